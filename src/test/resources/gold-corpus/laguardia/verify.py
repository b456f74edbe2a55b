#!/usr/bin/env python3
"""Independent re-check of facts.tsv and entities.tsv against text.txt."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = open(os.path.join(HERE, 'text.txt'), encoding='utf-8').read()
FOOTER = TEXT.find('Category:1882 births')
RELATIONS = {'alliedWith', 'opposed', 'expelledFrom', 'heldOffice', 'memberOf', 'spouse', 'parentOf', 'siblingOf',
             'bornIn', 'birthDate', 'diedIn', 'deathDate', 'killedBy', 'exiledTo', 'residedIn', 'founded'}
SYMMETRIC = {'alliedWith', 'opposed', 'spouse', 'siblingOf'}
TYPES = {'Person', 'Organization', 'Place', 'Office', 'Publication'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
# expected object type per relation (None = any)
OBJTYPE = {'heldOffice': {'Office'}, 'memberOf': {'Organization'}, 'expelledFrom': {'Organization', 'Place'},
           'spouse': {'Person'}, 'parentOf': {'Person'}, 'siblingOf': {'Person'}, 'bornIn': {'Place'},
           'diedIn': {'Place'}, 'residedIn': {'Place'}, 'exiledTo': {'Place'}, 'killedBy': {'Person', 'Organization'},
           'founded': {'Organization', 'Publication'}, 'alliedWith': {'Person', 'Organization'},
           'opposed': {'Person', 'Organization'}}

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(name):
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().rstrip('\n').split('\n')
    header = lines[0].split('\t')
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cols = line.split('\t')
        if len(cols) != len(header):
            err('%s line %d: %d columns, expected %d' % (name, n, len(cols), len(header)))
            continue
        rows.append(dict(zip(header, cols)))
    return header, rows


eh, ents = read_tsv('entities.tsv')
if eh != ['canonical_name', 'type', 'aliases']:
    err('entities.tsv: bad header %r' % eh)
etype = {}
for e in ents:
    if e['canonical_name'] in etype:
        err('duplicate entity %s' % e['canonical_name'])
    etype[e['canonical_name']] = e['type']
    if e['type'] not in TYPES:
        err('entity %s: bad type %s' % (e['canonical_name'], e['type']))
    aliases = [a.strip() for a in e['aliases'].split(' | ')]
    if any(not a for a in aliases):
        err('entity %s: empty alias' % e['canonical_name'])
    if e['type'] in ('Person', 'Organization', 'Place'):
        for a in aliases:
            if a not in TEXT:
                err('entity %s: alias %r not in text' % (e['canonical_name'], a))

fh, facts = read_tsv('facts.tsv')
if fh != ['id', 'relation', 'subject', 'object', 'start', 'end', 'offset', 'evidence']:
    err('facts.tsv: bad header %r' % fh)
seen = set()
used = set()
for i, f in enumerate(facts, 1):
    fid = f['id']
    if fid != 'LG%03d' % i:
        err('%s: id out of order (expected LG%03d)' % (fid, i))
    rel = f['relation']
    if rel not in RELATIONS:
        err('%s: unknown relation %s' % (fid, rel))
    ev = f['evidence']
    try:
        off = int(f['offset'])
    except ValueError:
        err('%s: offset not an int' % fid)
        continue
    if TEXT[off:off + len(ev)] != ev:
        err('%s: evidence not at offset %d' % (fid, off))
    if TEXT.find(ev) != off:
        err('%s: text.find(evidence)=%d != offset %d' % (fid, TEXT.find(ev), off))
    if TEXT.count(ev) != 1:
        err('%s: evidence occurs %d times' % (fid, TEXT.count(ev)))
    if len(ev) > 200:
        err('%s: evidence longer than 200 chars (%d)' % (fid, len(ev)))
    if off >= FOOTER:
        err('%s: evidence after the footer' % fid)
    s, o = f['subject'], f['object']
    if s not in etype:
        err('%s: subject %r not in entities.tsv' % (fid, s))
    used.add(s)
    if rel in ('birthDate', 'deathDate'):
        if not DATE.match(o):
            err('%s: object %r is not an ISO date' % (fid, o))
    else:
        if o not in etype:
            err('%s: object %r not in entities.tsv' % (fid, o))
        elif OBJTYPE.get(rel) and etype[o] not in OBJTYPE[rel]:
            err('%s: object %r has type %s, unexpected for %s' % (fid, o, etype[o], rel))
        used.add(o)
    if s in etype and rel not in ('alliedWith', 'opposed', 'founded', 'expelledFrom', 'killedBy') and etype[s] != 'Person':
        err('%s: subject %r is not a Person' % (fid, s))
    for col in ('start', 'end'):
        if f[col] and not DATE.match(f[col]):
            err('%s: %s %r is not an ISO date' % (fid, col, f[col]))
    if f['start'] and f['end'] and f['end'] < f['start']:
        err('%s: end before start' % fid)
    key = (rel, s, o) if rel not in SYMMETRIC else (rel, frozenset((s, o)))
    dkey = key + (f['start'],)
    if dkey in seen:
        err('%s: duplicate fact' % fid)
    seen.add(dkey)

unused = sorted(set(etype) - used)
print('facts: %d, entities: %d, unused entities: %d %s' % (len(facts), len(ents), len(unused), unused))
counts = {}
for f in facts:
    counts[f['relation']] = counts.get(f['relation'], 0) + 1
for r in sorted(RELATIONS):
    print('  %-13s %d' % (r, counts.get(r, 0)))
if errors:
    print('\n'.join(errors))
    print('%d ERRORS' % len(errors))
    sys.exit(1)
print('OK: all checks passed')
