#!/usr/bin/env python3
"""Re-read facts.tsv / entities.tsv and check them against text.txt."""
import csv, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
text = open('text.txt', encoding='utf-8').read()
cat = text.find('Category:')
RELS = {'alliedWith','opposed','expelledFrom','heldOffice','memberOf','spouse','parentOf','siblingOf',
        'bornIn','birthDate','diedIn','deathDate','killedBy','exiledTo','residedIn','founded'}
SYM = {'alliedWith','opposed','spouse','siblingOf'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
errs = []
with open('entities.tsv', encoding='utf-8') as fh:
    rows = list(csv.reader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))
assert rows[0] == ['canonical_name','type','aliases'], rows[0]
ents = {}
for r in rows[1:]:
    if len(r) != 3: errs.append(f'entity row bad: {r}'); continue
    n, t, a = r
    if n in ents: errs.append(f'duplicate entity {n}')
    if t not in {'Person','Organization','Place','Office','Publication'}: errs.append(f'bad type {n} {t}')
    als = [x.strip() for x in a.split(' | ')]
    ents[n] = (t, als)
    if t != 'Office':
        for x in als:
            if x not in text: errs.append(f'alias not in text: {n} / {x}')
with open('facts.tsv', encoding='utf-8') as fh:
    rows = list(csv.reader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))
assert rows[0] == ['id','relation','subject','object','start','end','offset','evidence'], rows[0]
ids = set(); pairs = set(); used = set(); ok = 0
TYPES = {'bornIn':('Person','Place'),'diedIn':('Person','Place'),'residedIn':('Person','Place'),
         'exiledTo':('Person','Place'),'heldOffice':('Person','Office'),'spouse':('Person','Person'),
         'parentOf':('Person','Person'),'siblingOf':('Person','Person'),'killedBy':('Person',None)}
for r in rows[1:]:
    if len(r) != 8: errs.append(f'row bad: {r}'); continue
    i, rel, s, o, st, en, off, ev = r
    e0 = len(errs)
    if i in ids: errs.append(f'dup id {i}')
    ids.add(i)
    if not i.startswith('MB'): errs.append(f'{i}: prefix')
    if rel not in RELS: errs.append(f'{i}: relation {rel}')
    off = int(off)
    if text[off:off+len(ev)] != ev: errs.append(f'{i}: evidence not at offset')
    if text.find(ev) != off: errs.append(f'{i}: find() != offset')
    if text.count(ev) != 1: errs.append(f'{i}: evidence not unique ({text.count(ev)})')
    if len(ev) > 200: errs.append(f'{i}: evidence too long')
    if off + len(ev) > cat: errs.append(f'{i}: evidence after Category line')
    if s not in ents: errs.append(f'{i}: subject not entity {s}')
    else: used.add(s)
    if rel in ('birthDate','deathDate'):
        if not DATE.match(o): errs.append(f'{i}: bad date object {o}')
    else:
        if o not in ents: errs.append(f'{i}: object not entity {o}')
        else: used.add(o)
    for d in (st, en):
        if d and not DATE.match(d): errs.append(f'{i}: bad date {d}')
    if st and en and en < st[:len(en)]: errs.append(f'{i}: end before start')
    if rel in TYPES and s in ents and o in ents:
        ts, to = TYPES[rel]
        if ents[s][0] != ts or (to and ents[o][0] != to): errs.append(f'{i}: types {ents[s][0]} {ents[o][0]}')
    key = (rel, frozenset((s, o))) if rel in SYM else (rel, s, o)
    if key in pairs and rel not in ('residedIn',): errs.append(f'{i}: duplicate fact {key}')
    pairs.add(key)
    if len(errs) == e0: ok += 1
for n in ents:
    if n not in used: errs.append(f'entity unused: {n}')
print(f'{ok}/{len(rows)-1} facts OK; {len(ents)} entities')
for e in errs: print('ERROR', e)
sys.exit(1 if errs else 0)
