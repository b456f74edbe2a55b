#!/usr/bin/env python3
"""Independent re-check of facts.tsv and entities.tsv against text.txt.

Checks, for every fact line:
  - 8 tab-separated columns; id = <PREFIX><nnn>, consecutive from 1;
  - relation is one of the 16 schema relations;
  - text.find(evidence) == offset and text[offset:offset+len(evidence)] == evidence;
  - evidence occurs exactly once in the file (warning otherwise) and is at most 200 characters;
  - evidence lies in the body (before the end-of-body marker: See also / Category line);
  - evidence is not an image-caption fragment (does not contain ']]');
  - subject and object (except for birthDate/deathDate) have an entity line;
    subject/object types fit the relation;
  - birthDate/deathDate objects and start/end are ISO dates (YYYY, YYYY-MM, YYYY-MM-DD), start <= end;
  - no duplicate fact (symmetric relations compared unordered).
For entities: header, known type, no duplicate canonical names, every Person/Organization/Place/
Publication alias is a literal substring of the text (case-sensitive); non-literal Office aliases
are listed for information. Entities not used in any fact are listed for information.
Run: python3 verify.py   (exit status 1 on any error)
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = sys.argv[1] if len(sys.argv) > 1 else None
TEXT = open(os.path.join(HERE, 'text.txt'), encoding='utf-8').read()

# end of body: first of "\nSee also", "\nReferences", "\nFurther reading", "\nExternal links", " Category:"
markers = ['\nSee also', '\nReferences\n', '\nFurther reading', '\nExternal links', 'Category:', '\nNotes\n',
           '\nBibliography', '\nWorks\n', '\nSelected works', '\nPublications']
BODY_END = min([TEXT.find(m) for m in markers if TEXT.find(m) >= 0] or [len(TEXT)])

RELS = {'alliedWith', 'opposed', 'expelledFrom', 'heldOffice', 'memberOf', 'spouse', 'parentOf', 'siblingOf',
        'bornIn', 'birthDate', 'diedIn', 'deathDate', 'killedBy', 'exiledTo', 'residedIn', 'founded'}
SYM = {'alliedWith', 'opposed', 'spouse', 'siblingOf'}
TYPES = {'Person', 'Organization', 'Place', 'Office', 'Publication'}
AGENT = {'Person', 'Organization', 'Publication'}
OBJ_TYPE = {
    'alliedWith': AGENT, 'opposed': AGENT | {'Place'}, 'expelledFrom': {'Organization', 'Place'},
    'heldOffice': {'Office'}, 'memberOf': {'Organization'}, 'spouse': {'Person'}, 'parentOf': {'Person'},
    'siblingOf': {'Person'}, 'bornIn': {'Place'}, 'diedIn': {'Place'}, 'killedBy': AGENT,
    'exiledTo': {'Place'}, 'residedIn': {'Place'}, 'founded': {'Organization', 'Publication'},
}
SUBJ_TYPE = {r: {'Person'} for r in RELS}
SUBJ_TYPE.update({'alliedWith': AGENT, 'opposed': AGENT | {'Place'}, 'memberOf': {'Person', 'Organization'},
                  'founded': AGENT, 'expelledFrom': {'Person', 'Organization'}})
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')

errors, warnings = [], []

# ---- entities
ent = {}
lines = open(os.path.join(HERE, 'entities.tsv'), encoding='utf-8').read().split('\n')
if lines[0] != 'canonical_name\ttype\taliases':
    errors.append('entities.tsv: bad header')
nonliteral_office = []
for ln in lines[1:]:
    if not ln.strip():
        continue
    c = ln.split('\t')
    if len(c) != 3:
        errors.append(f'entities.tsv: bad line {ln!r}'); continue
    name, typ, al = c
    if name in ent:
        errors.append(f'entities.tsv: duplicate {name}')
    if typ not in TYPES:
        errors.append(f'entities.tsv: bad type {typ} for {name}')
    aliases = [a.strip() for a in al.split(' | ')]
    if any(not a for a in aliases):
        errors.append(f'entities.tsv: empty alias for {name}')
    ent[name] = (typ, aliases)
    for a in aliases:
        if a not in TEXT:
            if typ == 'Office':
                nonliteral_office.append(f'{name}: {a}')
            else:
                errors.append(f'entities.tsv: alias not in text: {name}: {a!r}')

# ---- facts
lines = open(os.path.join(HERE, 'facts.tsv'), encoding='utf-8').read().split('\n')
if lines[0] != 'id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence':
    errors.append('facts.tsv: bad header')
seen = set()
used = set()
counts = {r: 0 for r in sorted(RELS)}
n = 0
prefix = PREFIX
for ln in lines[1:]:
    if not ln:
        continue
    n += 1
    c = ln.split('\t')
    if len(c) != 8:
        errors.append(f'line {n}: {len(c)} columns'); continue
    fid, rel, s, o, st, en, off, ev = c
    m = re.match(r'^([A-Z]+)(\d{3})$', fid)
    if not m:
        errors.append(f'{fid}: bad id')
    else:
        prefix = prefix or m.group(1)
        if m.group(1) != prefix or int(m.group(2)) != n:
            errors.append(f'{fid}: id not consecutive (expected {prefix}{n:03d})')
    if rel not in RELS:
        errors.append(f'{fid}: bad relation {rel}'); continue
    counts[rel] += 1
    try:
        off = int(off)
    except ValueError:
        errors.append(f'{fid}: offset not int'); continue
    if TEXT.find(ev) != off or TEXT[off:off + len(ev)] != ev:
        errors.append(f'{fid}: offset/evidence mismatch (find={TEXT.find(ev)}, offset={off})')
    k = TEXT.count(ev)
    if k != 1:
        warnings.append(f'{fid}: evidence occurs {k} times')
    if len(ev) > 200:
        errors.append(f'{fid}: evidence longer than 200 ({len(ev)})')
    if off + len(ev) > BODY_END:
        errors.append(f'{fid}: evidence beyond the body (ends {off+len(ev)} > {BODY_END})')
    if ']]' in ev or 'File:' in ev:
        errors.append(f'{fid}: caption/File evidence')
    if s not in ent:
        errors.append(f'{fid}: subject without entity: {s}')
    elif ent[s][0] not in SUBJ_TYPE[rel]:
        errors.append(f'{fid}: subject type {ent[s][0]} not allowed for {rel}')
    used.add(s)
    if rel in ('birthDate', 'deathDate'):
        if not DATE.match(o):
            errors.append(f'{fid}: bad date object {o}')
    else:
        if o not in ent:
            errors.append(f'{fid}: object without entity: {o}')
        elif ent[o][0] not in OBJ_TYPE[rel]:
            errors.append(f'{fid}: object type {ent[o][0]} not allowed for {rel}')
        used.add(o)
    for d in (st, en):
        if d and not DATE.match(d):
            errors.append(f'{fid}: bad date {d}')
    if st and en and st[:len(en)] > en[:len(st)]:
        errors.append(f'{fid}: start {st} after end {en}')
    key = (rel, frozenset((s, o))) if rel in SYM else (rel, s, o)
    if key in seen:
        errors.append(f'{fid}: duplicate fact {rel} {s} {o}')
    seen.add(key)
    if s == o:
        errors.append(f'{fid}: subject equals object')

unused = [e for e in ent if e not in used]
print(f'text: {len(TEXT)} chars, body ends at {BODY_END}')
print(f'facts: {n}, entities: {len(ent)} ({len(unused)} not used in facts: {", ".join(unused) or "-"})')
print('counts:', ', '.join(f'{r} {counts[r]}' for r in sorted(counts)))
if nonliteral_office:
    print(f'non-literal office aliases ({len(nonliteral_office)}):')
    for x in nonliteral_office:
        print('   ', x)
for w in warnings:
    print('WARNING', w)
for e in errors:
    print('ERROR', e)
print('RESULT:', 'OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
