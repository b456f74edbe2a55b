# Independent check of facts.tsv / entities.tsv against text.txt.
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, 'text.txt'), encoding='utf-8').read()
RELS = {'alliedWith', 'opposed', 'expelledFrom', 'heldOffice', 'memberOf', 'spouse', 'parentOf', 'siblingOf',
        'bornIn', 'birthDate', 'diedIn', 'deathDate', 'killedBy', 'exiledTo', 'residedIn', 'founded'}
SYM = {'alliedWith', 'opposed', 'spouse', 'siblingOf'}
TYPES = {'Person', 'Organization', 'Place', 'Office', 'Publication'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
# evidence must lie in the article body: before the References heading / Category line
cut = min(i for i in (text.find('\nReferences\n'), text.find('Category:'), len(text)) if i >= 0)
errors = []

ents = {}
lines = open(os.path.join(HERE, 'entities.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')
if lines[0] != 'canonical_name\ttype\taliases':
    errors.append('entities header')
for ln in lines[1:]:
    cols = ln.split('\t')
    if len(cols) != 3:
        errors.append(f'entities: bad line {ln!r}'); continue
    name, typ, al = cols
    if name in ents: errors.append(f'duplicate entity {name}')
    if typ not in TYPES: errors.append(f'bad type {typ} for {name}')
    aliases = [a for a in al.split(' | ') if a]
    if not aliases: errors.append(f'no aliases for {name}')
    if typ != 'Office':
        for a in aliases:
            if a not in text: errors.append(f'alias not literal in text: {name} / {a!r}')
    ents[name] = (typ, aliases)

lines = open(os.path.join(HERE, 'facts.tsv'), encoding='utf-8').read().rstrip('\n').split('\n')
if lines[0] != 'id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence':
    errors.append('facts header')
ids, keys, used = set(), set(), set()
nonunique = 0
for ln in lines[1:]:
    cols = ln.split('\t')
    if len(cols) != 8:
        errors.append(f'bad facts line {ln!r}'); continue
    fid, rel, s, o, st, en, off, ev = cols
    if fid in ids: errors.append(f'duplicate id {fid}')
    ids.add(fid)
    if rel not in RELS: errors.append(f'{fid}: bad relation {rel}')
    off = int(off)
    if text[off:off + len(ev)] != ev: errors.append(f'{fid}: evidence not at offset')
    if text.find(ev) != off: errors.append(f'{fid}: offset is not first occurrence')
    if text.count(ev) != 1: nonunique += 1; print(f'note: {fid} evidence occurs {text.count(ev)} times')
    if len(ev) > 200: errors.append(f'{fid}: evidence longer than 200 ({len(ev)})')
    if off + len(ev) > cut: errors.append(f'{fid}: evidence outside article body')
    if s not in ents: errors.append(f'{fid}: subject {s!r} has no entity line')
    used.add(s)
    if rel in ('birthDate', 'deathDate'):
        if not DATE.match(o): errors.append(f'{fid}: bad date object {o}')
    else:
        if o not in ents: errors.append(f'{fid}: object {o!r} has no entity line')
        used.add(o)
    for d in (st, en):
        if d and not DATE.match(d): errors.append(f'{fid}: bad date {d}')
    if st and en and en < st[:len(en)]: errors.append(f'{fid}: end before start')
    # type sanity
    if s in ents and rel != 'founded' and rel not in SYM and ents[s][0] not in ('Person', 'Organization'):
        errors.append(f'{fid}: odd subject type {ents[s][0]}')
    if rel == 'heldOffice' and o in ents and ents[o][0] != 'Office': errors.append(f'{fid}: office type')
    if rel in ('bornIn', 'diedIn', 'residedIn', 'exiledTo') and o in ents and ents[o][0] != 'Place':
        errors.append(f'{fid}: place type')
    k = (rel, s, o, st, en)
    if rel in SYM: k = (rel,) + tuple(sorted((s, o))) + (st, en)
    if k in keys: errors.append(f'{fid}: duplicate fact')
    keys.add(k)
    if rel in SYM:
        k2 = (rel,) + tuple(sorted((s, o)))
        # once per pair (allow separate dated episodes only with different start)
for n in ents:
    if n not in used: errors.append(f'entity not used in any fact: {n}')

n = len(lines) - 1
print(f'{n} facts, {len(ents)} entities, {nonunique} non-unique evidence strings')
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print(f'ALL OK: {n}/{n} facts pass')
