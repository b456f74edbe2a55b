# Independent re-check of facts.tsv and entities.tsv against text.txt.
import re, sys
text = open('text.txt', encoding='utf-8').read()
footer = text.find('\nSee also\n')
cat = text.find('Category:')
errors = []
RELS = {'alliedWith','opposed','expelledFrom','heldOffice','memberOf','spouse','parentOf','siblingOf','bornIn',
        'birthDate','diedIn','deathDate','killedBy','exiledTo','residedIn','founded'}
SYM = {'alliedWith','opposed','spouse','siblingOf'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
ents = {}
lines = open('entities.tsv', encoding='utf-8').read().rstrip('\n').split('\n')
if lines[0] != 'canonical_name\ttype\taliases': errors.append('entities header')
for ln in lines[1:]:
    c = ln.split('\t')
    if len(c) != 3: errors.append('entity cols: ' + ln); continue
    name, typ, al = c
    if name in ents: errors.append('duplicate entity ' + name)
    if typ not in {'Person','Organization','Place','Office','Publication'}: errors.append('type ' + ln)
    aliases = [a for a in al.split(' | ')]
    if any(not a.strip() for a in aliases): errors.append('empty alias ' + name)
    if typ != 'Office':
        for a in aliases:
            if a not in text: errors.append(f'alias not literal: {name}: {a}')
    ents[name] = typ
lines = open('facts.tsv', encoding='utf-8').read().rstrip('\n').split('\n')
if lines[0] != 'id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence': errors.append('facts header')
seen = set(); used = set(); counts = {}
for n, ln in enumerate(lines[1:], 1):
    c = ln.split('\t')
    if len(c) != 8: errors.append('fact cols: ' + ln); continue
    fid, rel, s, o, st, en, off, ev = c
    if fid != f'KAH{n:03d}': errors.append('id order ' + fid)
    if rel not in RELS: errors.append('relation ' + fid)
    counts[rel] = counts.get(rel, 0) + 1
    off = int(off)
    if text.find(ev) != off or text[off:off+len(ev)] != ev: errors.append('offset ' + fid)
    if text.count(ev) != 1: errors.append('evidence not unique ' + fid)
    if len(ev) > 200: errors.append('evidence too long ' + fid)
    if off + len(ev) > footer: errors.append('evidence after See also ' + fid)
    if ev.rstrip().endswith(']]'): errors.append('caption ' + fid)
    if s not in ents: errors.append(f'subject entity missing {fid} {s}')
    used.add(s)
    if rel in ('birthDate', 'deathDate'):
        if not DATE.match(o): errors.append('date object ' + fid)
    else:
        if o not in ents: errors.append(f'object entity missing {fid} {o}')
        used.add(o)
    for d in (st, en):
        if d and not DATE.match(d): errors.append('date ' + fid)
    if st and en and en < st: errors.append('end before start ' + fid)
    key = (rel, frozenset((s, o)) if rel in SYM else (s, o), st)
    if key in seen: errors.append('duplicate fact ' + fid)
    seen.add(key)
    # type sanity
    if rel == 'heldOffice' and ents.get(o) != 'Office': errors.append('heldOffice object not Office ' + fid)
    if rel in ('bornIn','diedIn','residedIn','exiledTo') and ents.get(o) != 'Place': errors.append('place type ' + fid)
    if rel in ('spouse','parentOf','siblingOf','killedBy') and (ents.get(s) != 'Person' or ents.get(o) != 'Person'): errors.append('person type ' + fid)
unused = [e for e in ents if e not in used]
print('facts:', len(lines) - 1, ' entities:', len(ents), ' unused entities:', len(unused), unused)
for r in sorted(counts): print(f'  {r}\t{counts[r]}')
print('errors:', len(errors))
for e in errors: print('  ', e)
sys.exit(1 if errors else 0)
