#!/usr/bin/env python3
"""Independent re-check of facts.tsv and entities.tsv against text.txt (same checks as the gold-corpus examples)."""
import csv, os, re, sys
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
T = open(os.path.join(D, 'text.txt'), encoding='utf-8').read()
RELS = {'alliedWith','opposed','expelledFrom','heldOffice','memberOf','spouse','parentOf','siblingOf','bornIn',
        'birthDate','diedIn','deathDate','killedBy','exiledTo','residedIn','founded'}
SYM = {'alliedWith','opposed','spouse','siblingOf'}
TYPES = {'Person','Organization','Place','Office','Publication'}
ISO = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
# end of the annotatable body: first of the excluded sections / footer
ends = [i for i in (T.find('\nIn popular culture\n'), T.find('\nReferences\n'), T.find('Category:')) if i >= 0]
FOOT = min(ends)
errors = []
def err(m): errors.append(m)

def read(path):
    with open(os.path.join(D, path), encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    return [l.split('\t') for l in lines]

ent_rows = read('entities.tsv')
if ent_rows[0] != ['canonical_name','type','aliases']: err('entities header %r' % ent_rows[0])
ents = {}
for r in ent_rows[1:]:
    if len(r) != 3: err('entities: bad row %r' % r); continue
    n, t, a = r
    if n in ents: err('entities: duplicate %s' % n)
    if t not in TYPES: err('entities: bad type %s for %s' % (t, n))
    al = [x.strip() for x in a.split(' | ')]
    if any(not x for x in al): err('entities: empty alias for %s' % n)
    if t != 'Office':
        for x in al:
            if x not in T: err('entities: alias %r of %s not literal in text' % (x, n))
    ents[n] = (t, al)

rows = read('facts.tsv')
if rows[0] != ['id','relation','subject','object','start','end','offset','evidence']: err('facts header %r' % rows[0])
used, seen, prefix = set(), set(), None
for k, r in enumerate(rows[1:], 1):
    if len(r) != 8: err('facts: row %d has %d columns' % (k, len(r))); continue
    i, rel, s, o, st, en, off, ev = r
    m = re.match(r'^([A-Z]+)(\d{3})$', i)
    if not m or int(m.group(2)) != k: err('%s: id out of sequence' % i)
    elif prefix is None: prefix = m.group(1)
    elif m.group(1) != prefix: err('%s: prefix differs' % i)
    if rel not in RELS: err('%s: bad relation %s' % (i, rel))
    if s not in ents: err('%s: subject %s not in entities' % (i, s))
    else: used.add(s)
    if rel in ('birthDate','deathDate'):
        if not ISO.match(o): err('%s: object date %r not ISO' % (i, o))
    elif o not in ents: err('%s: object %s not in entities' % (i, o))
    else: used.add(o)
    for d in (st, en):
        if d and not ISO.match(d): err('%s: date %r not ISO' % (i, d))
    if st and en and st > en[:len(st)]: err('%s: start after end' % i)
    # type sanity
    if s in ents:
        ts = ents[s][0]
        if rel in ('heldOffice','spouse','parentOf','siblingOf','bornIn','birthDate','diedIn','deathDate','killedBy','exiledTo','residedIn') and ts != 'Person':
            err('%s: subject of %s is %s' % (i, rel, ts))
    if o in ents:
        to = ents[o][0]
        if rel == 'heldOffice' and to != 'Office': err('%s: heldOffice object is %s' % (i, to))
        if rel in ('bornIn','diedIn','residedIn','exiledTo') and to != 'Place': err('%s: %s object is %s' % (i, rel, to))
        if rel in ('spouse','parentOf','siblingOf','killedBy') and to != 'Person': err('%s: %s object is %s' % (i, rel, to))
        if rel in ('memberOf','founded','expelledFrom') and to not in ('Organization','Publication','Place'): err('%s: %s object is %s' % (i, rel, to))
    try: off = int(off)
    except ValueError: err('%s: offset not int' % i); continue
    if T.find(ev) != off: err('%s: text.find(evidence)=%d != %d' % (i, T.find(ev), off))
    if T[off:off+len(ev)] != ev: err('%s: evidence not at offset' % i)
    if T.count(ev) != 1: err('%s: evidence occurs %d times' % (i, T.count(ev)))
    if len(ev) > 200: err('%s: evidence %d chars' % (i, len(ev)))
    if off + len(ev) > FOOT: err('%s: evidence after body end' % i)
    if ']]' in ev or 'File:' in ev: err('%s: caption residue in evidence' % i)
    key = (rel, s, o) if rel not in SYM else (rel,) + tuple(sorted((s, o)))
    key = key + (st,)
    if key in seen: err('%s: duplicate fact %r' % (i, key))
    seen.add(key)
unused = [n for n in ents if n not in used]
c = Counter(r[1] for r in rows[1:] if len(r) == 8)
print('facts:', len(rows) - 1, ' entities:', len(ents), ' unused entities:', unused)
for rel in ['alliedWith','opposed','expelledFrom','heldOffice','memberOf','founded','spouse','parentOf','siblingOf',
            'bornIn','birthDate','diedIn','deathDate','killedBy','exiledTo','residedIn']:
    print('  %-13s %d' % (rel, c.get(rel, 0)))
for e in errors: print('ERROR', e)
print('OK' if not errors else '%d errors' % len(errors))
sys.exit(1 if errors else 0)
