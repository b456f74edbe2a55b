# Independent check of facts.tsv / entities.tsv against text.txt; run from this folder.
import os, re, csv, collections
os.chdir(os.path.dirname(os.path.abspath(__file__)))
text = open('text.txt', encoding='utf-8').read()
ents = {}
for row in list(csv.reader(open('entities.tsv', encoding='utf-8'), delimiter='\t'))[1:]:
    assert len(row) == 3, row
    assert row[0] not in ents, row[0]
    ents[row[0]] = (row[1], row[2].split(' | '))
    assert row[1] in {'Person', 'Organization', 'Place', 'Office', 'Publication'}, row
RELS = set('alliedWith opposed expelledFrom heldOffice memberOf spouse parentOf siblingOf bornIn birthDate diedIn deathDate killedBy exiledTo residedIn founded'.split())
ISO = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
rows = list(csv.reader(open('facts.tsv', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
assert rows[0] == 'id relation subject object start end offset evidence'.split(), rows[0]
bad = 0; seen = set(); used = set(); counts = collections.Counter()
for r in rows[1:]:
    assert len(r) == 8, r
    i, rel, s, o, st, en, off, ev = r
    ok = rel in RELS and text[int(off):int(off) + len(ev)] == ev and text.find(ev) == int(off)
    ok &= s in ents and (o in ents if rel not in ('birthDate', 'deathDate') else bool(ISO.match(o)))
    ok &= all(ISO.match(d) for d in (st, en) if d)
    key = (rel, s, o, st) if rel not in ('alliedWith', 'opposed', 'spouse', 'siblingOf') else (rel, frozenset((s, o)))
    ok &= key not in seen; seen.add(key)
    if text.count(ev) != 1: print('note: evidence not unique', i)
    used |= {s, o}; counts[rel] += 1
    if not ok: bad += 1; print('BAD', r)
for e, (t, al) in ents.items():
    if e not in used: print('unused entity', e)
    if t != 'Office':
        for a in al:
            if a not in text: print('alias not literal', e, a)
print(f'{len(rows)-1} facts, {bad} bad, {len(ents)} entities')
for k in sorted(RELS): print(k, counts[k])
