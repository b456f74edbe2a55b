#!/usr/bin/env python3
"""Independent re-check of facts.tsv and entities.tsv against text.txt (run from anywhere).
Checks, for every fact line: field count; id prefix and running order; known relation;
text.find(evidence) == offset and text[offset:offset+len] == evidence; evidence unique in the file,
at most 200 characters, not inside an image caption fragment (no ']]'), and lying before the end of the
annotated body (the Category line and the list sections named in BODY_END); subject and object have an
entity line of a type fitting the relation; birthDate/deathDate objects and start/end are ISO 8601
(YYYY, YYYY-MM or YYYY-MM-DD) and start <= end; no duplicate fact (symmetric relations unordered).
For entities: no duplicate canonical name, a known type, every entity used, and every alias of a Person,
Organization, Place or Publication a literal substring of the text (Office aliases may be paraphrases)."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'HRZ'
BODY_END = ['\nSee also\n']      # lists after the prose body (not used as evidence)
text = open(os.path.join(HERE, 'text.txt'), encoding='utf-8').read()
errors = []
def err(m): errors.append(m)

RELS = {'alliedWith', 'opposed', 'expelledFrom', 'heldOffice', 'memberOf', 'spouse', 'parentOf', 'siblingOf',
        'bornIn', 'birthDate', 'diedIn', 'deathDate', 'killedBy', 'exiledTo', 'residedIn', 'founded'}
SYM = {'alliedWith', 'opposed', 'spouse', 'siblingOf'}
TYPES = {'Person', 'Organization', 'Place', 'Office', 'Publication'}
ISO = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')
PER, ORG, PLA, OFF, PUB = 'Person', 'Organization', 'Place', 'Office', 'Publication'
AGENT = {PER, ORG}
SIG = {  # relation -> (allowed subject types, allowed object types or None for a date)
    'alliedWith': (AGENT, AGENT), 'opposed': (AGENT, AGENT), 'expelledFrom': ({PER}, {ORG, PLA}),
    'heldOffice': ({PER}, {OFF}), 'memberOf': (AGENT, {ORG}), 'spouse': ({PER}, {PER}),
    'parentOf': ({PER}, {PER}), 'siblingOf': ({PER}, {PER}), 'bornIn': ({PER}, {PLA}),
    'birthDate': ({PER}, None), 'diedIn': ({PER}, {PLA}), 'deathDate': ({PER}, None),
    'killedBy': ({PER}, AGENT), 'exiledTo': ({PER}, {PLA}), 'residedIn': ({PER, ORG}, {PLA}),
    'founded': (AGENT, {ORG, PUB}),
}

# body end
cat = text.find('Category:')
ends = [cat] + [text.find(s) for s in BODY_END if text.find(s) >= 0]
body_end = min(e for e in ends if e >= 0)

# entities
ents = {}
with open(os.path.join(HERE, 'entities.tsv'), encoding='utf-8') as fh:
    rows = fh.read().rstrip('\n').split('\n')
if rows[0] != 'canonical_name\ttype\taliases':
    err('entities.tsv: bad header')
for n, line in enumerate(rows[1:], 2):
    p = line.split('\t')
    if len(p) != 3:
        err('entities.tsv line %d: %d fields' % (n, len(p))); continue
    c, ty, al = p
    if c in ents: err('entities.tsv: duplicate canonical %r' % c)
    if ty not in TYPES: err('entities.tsv: bad type %r for %r' % (ty, c))
    aliases = [a for a in al.split(' | ')]
    if any(not a.strip() or a != a.strip() for a in aliases): err('entities.tsv: empty/space alias for %r' % c)
    if len(set(aliases)) != len(aliases): err('entities.tsv: repeated alias for %r' % c)
    if ty != OFF:
        for a in aliases:
            if a not in text: err('entities.tsv: alias %r of %r not in text' % (a, c))
    ents[c] = (ty, aliases)

# facts
with open(os.path.join(HERE, 'facts.tsv'), encoding='utf-8') as fh:
    rows = fh.read().rstrip('\n').split('\n')
if rows[0] != 'id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence':
    err('facts.tsv: bad header')
seen, used, count = set(), set(), {}
for n, line in enumerate(rows[1:], 1):
    p = line.split('\t')
    if len(p) != 8:
        err('facts line %d: %d fields' % (n, len(p))); continue
    fid, rel, s, o, st, en, off, ev = p
    if fid != '%s%03d' % (PREFIX, n): err('%s: id out of order (expected %s%03d)' % (fid, PREFIX, n))
    if rel not in RELS: err('%s: unknown relation %r' % (fid, rel)); continue
    count[rel] = count.get(rel, 0) + 1
    try: off = int(off)
    except ValueError: err('%s: offset not an int' % fid); continue
    if text.find(ev) != off or text[off:off + len(ev)] != ev: err('%s: offset/evidence mismatch' % fid)
    if text.count(ev) != 1: err('%s: evidence occurs %d times' % (fid, text.count(ev)))
    if len(ev) > 200: err('%s: evidence longer than 200 (%d)' % (fid, len(ev)))
    if ']]' in ev: err('%s: evidence inside a caption fragment' % fid)
    if off + len(ev) > body_end: err('%s: evidence after the body end (%d)' % (fid, body_end))
    stypes, otypes = SIG[rel]
    if s not in ents: err('%s: subject %r has no entity line' % (fid, s))
    elif ents[s][0] not in stypes: err('%s: subject %r type %s unfit for %s' % (fid, s, ents[s][0], rel))
    used.add(s)
    if otypes is None:
        if not ISO.match(o): err('%s: date object %r not ISO' % (fid, o))
    else:
        if o not in ents: err('%s: object %r has no entity line' % (fid, o))
        elif ents[o][0] not in otypes: err('%s: object %r type %s unfit for %s' % (fid, o, ents[o][0], rel))
        used.add(o)
    for d in (st, en):
        if d and not ISO.match(d): err('%s: date %r not ISO' % (fid, d))
    if st and en and st[:len(en)] > en[:len(st)]: err('%s: start after end' % fid)
    key = (rel, frozenset((s, o)) if rel in SYM else (s, o), st, en)
    if key in seen: err('%s: duplicate fact' % fid)
    seen.add(key)
    if rel in SYM or rel in ('parentOf',):
        if s == o: err('%s: reflexive fact' % fid)
offices = [c for c in ents if ents[c][0] == OFF and c in used]
for c in ents:
    # an unused entity is allowed only when it is named inside the title of a used office
    if c not in used and not any(c in oc for oc in offices):
        err('entities.tsv: %r is not used in any fact' % c)

print('facts: %d, entities: %d, body end at %d' % (len(rows) - 1, len(ents), body_end))
for r in sorted(RELS): print('  %-12s %d' % (r, count.get(r, 0)))
if errors:
    print('%d ERRORS' % len(errors)); [print('  ' + e) for e in errors]; sys.exit(1)
print('ALL CHECKS PASSED')
