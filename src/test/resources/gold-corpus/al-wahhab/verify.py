#!/usr/bin/env python3
"""Independent re-check of facts.tsv and entities.tsv against text.txt (run from this folder)."""
import re, sys

PREFIX = 'WAH'
TEXT = open('text.txt', encoding='utf-8').read()
# Usable text: everything before "References", minus the Works list and the See also list
# (both lie between "Works" and the prose "Sources" section).
BODY_END = TEXT.find('\nReferences\n')
EXCLUDED = [(TEXT.find('\nWorks\n'), TEXT.find('\nSources\n'))]
assert BODY_END > 0 and all(0 < a < b for a, b in EXCLUDED)

RELS = {'alliedWith', 'opposed', 'expelledFrom', 'heldOffice', 'memberOf', 'spouse', 'parentOf', 'siblingOf',
        'bornIn', 'birthDate', 'diedIn', 'deathDate', 'killedBy', 'exiledTo', 'residedIn', 'founded'}
SYM = {'alliedWith', 'opposed', 'spouse', 'siblingOf'}
TYPES = {'Person', 'Organization', 'Place', 'Office', 'Publication'}
ISO = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
# expected object type per relation (None = date)
OBJ = {'heldOffice': {'Office'}, 'bornIn': {'Place'}, 'diedIn': {'Place'}, 'exiledTo': {'Place'},
       'residedIn': {'Place'}, 'birthDate': None, 'deathDate': None,
       'spouse': {'Person'}, 'parentOf': {'Person'}, 'siblingOf': {'Person'}}

errors = []


def err(msg):
    errors.append(msg)


# entities
ents = {}
lines = open('entities.tsv', encoding='utf-8').read().split('\n')
if lines[0] != 'canonical_name\ttype\taliases':
    err('entities header')
for ln in lines[1:]:
    if not ln:
        continue
    parts = ln.split('\t')
    if len(parts) != 3:
        err('entities columns: ' + ln); continue
    name, typ, al = parts
    if name in ents:
        err('duplicate entity ' + name)
    if typ not in TYPES:
        err('bad type %s for %s' % (typ, name))
    aliases = [a for a in al.split(' | ')]
    if any(not a.strip() for a in aliases):
        err('empty alias for ' + name)
    if typ in ('Person', 'Organization', 'Place'):
        for a in aliases:
            if a.lower() not in TEXT.lower():
                err('alias not in text: %s / %s' % (name, a))
    ents[name] = (typ, aliases)

# facts
lines = open('facts.tsv', encoding='utf-8').read().split('\n')
if lines[0] != 'id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence':
    err('facts header')
seen = set()
used = set()
n = 0
counts = {}
for k, ln in enumerate(lines[1:], 1):
    if not ln:
        continue
    parts = ln.split('\t')
    if len(parts) != 8:
        err('facts columns at line %d' % k); continue
    fid, rel, s, o, st, en, off, ev = parts
    n += 1
    if fid != '%s%03d' % (PREFIX, n):
        err('id out of sequence: ' + fid)
    if rel not in RELS:
        err('%s bad relation %s' % (fid, rel))
    counts[rel] = counts.get(rel, 0) + 1
    off = int(off)
    if TEXT.find(ev) != off or TEXT[off:off + len(ev)] != ev:
        err('%s offset/evidence mismatch' % fid)
    if TEXT.count(ev) != 1:
        err('%s evidence not unique (%d)' % (fid, TEXT.count(ev)))
    if len(ev) > 200:
        err('%s evidence too long (%d)' % (fid, len(ev)))
    if off + len(ev) > BODY_END:
        err('%s evidence after body end' % fid)
    for a, b in EXCLUDED:
        if a <= off < b or a < off + len(ev) <= b:
            err('%s evidence in an excluded list' % fid)
    if s not in ents:
        err('%s subject not an entity: %s' % (fid, s))
    used.add(s)
    if rel in ('birthDate', 'deathDate'):
        if not ISO.match(o):
            err('%s bad date object %s' % (fid, o))
    else:
        if o not in ents:
            err('%s object not an entity: %s' % (fid, o))
        else:
            used.add(o)
            exp = OBJ.get(rel)
            if exp and ents[o][0] not in exp:
                err('%s object type %s for %s' % (fid, ents[o][0], rel))
    if s in ents and ents[s][0] not in ('Person', 'Organization', 'Place'):
        err('%s subject type %s' % (fid, ents[s][0]))
    for d in (st, en):
        if d and not ISO.match(d):
            err('%s bad date %s' % (fid, d))
    if st and en and en < st[:len(en)]:
        err('%s end before start' % fid)
    key = (rel, frozenset((s, o))) if rel in SYM else (rel, s, o)
    if key in seen and rel not in ('residedIn', 'exiledTo'):
        err('%s duplicate fact' % fid)
    seen.add(key)

unused = sorted(set(ents) - used)
print('facts:', n, ' entities:', len(ents), ' unused entities:', unused)
for r in sorted(counts):
    print('  %-12s %d' % (r, counts[r]))
if errors:
    print('\n'.join(errors))
    print('FAILED:', len(errors), 'errors')
    sys.exit(1)
print('OK: 0 errors')
