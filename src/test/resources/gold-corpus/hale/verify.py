#!/usr/bin/env python3
"""Independent re-check of facts.tsv and entities.tsv against text.txt.

Reads only the three files in this folder (not the build scripts) and checks:
- header lines;
- ids consecutive with the document prefix;
- relation names valid;
- offset: text.find(evidence) == offset and text[offset:offset+len] == evidence;
- evidence at most 200 characters and occurring exactly once in the file;
- evidence inside the body (before BODY_END_MARKER) and not image-caption residue;
- subject and object present in entities.tsv, with types fitting the relation;
- birthDate/deathDate objects, start and end are ISO dates (YYYY, YYYY-MM, YYYY-MM-DD), start <= end;
- no duplicate (relation, subject, object) line (symmetric relations compared unordered),
  except where the start date differs (separate dated episodes);
- every Person/Organization/Place/Publication alias occurs literally in the text
  (Office aliases may be normalised paraphrases; those not found are listed);
- every entity is used by some fact (entities not used are listed, not errors).
Prints a count per relation at the end.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "MH"
BODY_END_MARKER = "\nReferences\n"

RELATIONS = {"alliedWith", "opposed", "expelledFrom", "heldOffice", "memberOf", "spouse", "parentOf",
             "siblingOf", "bornIn", "birthDate", "diedIn", "deathDate", "killedBy", "exiledTo",
             "residedIn", "founded"}
SYMMETRIC = {"alliedWith", "opposed", "spouse", "siblingOf"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
AGENT = {"Person", "Organization", "Place"}  # Place allowed for states in opposed/alliedWith
OBJ_TYPES = {
    "heldOffice": {"Office"},
    "memberOf": {"Organization"},
    "expelledFrom": {"Organization", "Place"},
    "bornIn": {"Place"}, "diedIn": {"Place"}, "residedIn": {"Place"}, "exiledTo": {"Place"},
    "spouse": {"Person"}, "parentOf": {"Person"}, "siblingOf": {"Person"}, "killedBy": {"Person", "Organization"},
    "founded": {"Organization", "Publication"},
    "alliedWith": AGENT, "opposed": AGENT,
}
SUBJ_TYPES = {
    "heldOffice": {"Person"}, "spouse": {"Person"}, "parentOf": {"Person"}, "siblingOf": {"Person"},
    "bornIn": {"Person"}, "diedIn": {"Person"}, "residedIn": {"Person"}, "exiledTo": {"Person"},
    "birthDate": {"Person"}, "deathDate": {"Person"}, "killedBy": {"Person"},
    "memberOf": {"Person", "Organization"}, "expelledFrom": {"Person", "Organization"},
    "founded": {"Person", "Organization"}, "alliedWith": AGENT, "opposed": AGENT,
}


def main():
    text = open(os.path.join(HERE, "text.txt"), encoding="utf-8").read()
    body_end = text.find(BODY_END_MARKER)
    assert body_end > 0, "body end marker not found"
    errors = []

    # ---- entities ---------------------------------------------------------
    ent = {}
    alias_missing = []
    lines = open(os.path.join(HERE, "entities.tsv"), encoding="utf-8").read().split("\n")
    if lines[0] != "canonical_name\ttype\taliases":
        errors.append("entities.tsv: bad header")
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            errors.append("entities.tsv line %d: %d columns" % (n, len(parts)))
            continue
        name, typ, aliases = parts
        if name in ent:
            errors.append("entities.tsv: duplicate entity %s" % name)
        if typ not in {"Person", "Organization", "Place", "Office", "Publication"}:
            errors.append("entities.tsv: bad type %s for %s" % (typ, name))
        al = [a for a in aliases.split(" | ") if a]
        ent[name] = (typ, al)
        for a in al:
            if a not in text:
                if typ == "Office":
                    alias_missing.append("%s: %s" % (name, a))
                else:
                    errors.append("alias not literal in text: %s -> %r" % (name, a))

    # ---- facts ------------------------------------------------------------
    lines = open(os.path.join(HERE, "facts.tsv"), encoding="utf-8").read().split("\n")
    if lines[0] != "id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence":
        errors.append("facts.tsv: bad header")
    counts = Counter()
    seen = {}
    used = set()
    nfacts = 0
    for n, line in enumerate(lines[1:], 1):
        if not line:
            continue
        nfacts += 1
        parts = line.split("\t")
        if len(parts) != 8:
            errors.append("line %d: %d columns" % (n, len(parts)))
            continue
        fid, rel, subj, obj, start, end, off, ev = parts
        tag = "%s" % fid
        if fid != "%s%03d" % (PREFIX, n):
            errors.append("%s: id out of sequence (expected %s%03d)" % (tag, PREFIX, n))
        if rel not in RELATIONS:
            errors.append("%s: bad relation %s" % (tag, rel))
            continue
        counts[rel] += 1
        try:
            off = int(off)
        except ValueError:
            errors.append("%s: offset not an int" % tag)
            continue
        if text.find(ev) != off or text[off:off + len(ev)] != ev:
            errors.append("%s: offset/evidence mismatch" % tag)
        if text.count(ev) != 1:
            errors.append("%s: evidence occurs %d times" % (tag, text.count(ev)))
        if len(ev) > 200:
            errors.append("%s: evidence longer than 200 (%d)" % (tag, len(ev)))
        if off + len(ev) > body_end:
            errors.append("%s: evidence after body end" % tag)
        if ev.rstrip().endswith("]]"):
            errors.append("%s: evidence is caption residue" % tag)
        # subject
        if subj not in ent:
            errors.append("%s: subject %s not in entities" % (tag, subj))
        else:
            used.add(subj)
            if ent[subj][0] not in SUBJ_TYPES[rel]:
                errors.append("%s: subject type %s unfit for %s" % (tag, ent[subj][0], rel))
        # object
        if rel in ("birthDate", "deathDate"):
            if not DATE_RE.match(obj):
                errors.append("%s: object not an ISO date: %s" % (tag, obj))
        elif obj not in ent:
            errors.append("%s: object %s not in entities" % (tag, obj))
        else:
            used.add(obj)
            if ent[obj][0] not in OBJ_TYPES[rel]:
                errors.append("%s: object type %s unfit for %s" % (tag, ent[obj][0], rel))
        for d in (start, end):
            if d and not DATE_RE.match(d):
                errors.append("%s: bad date %s" % (tag, d))
        if start and end and start[:len(end)] > end[:len(start)]:
            errors.append("%s: start after end" % tag)
        key = (rel, frozenset((subj, obj))) if rel in SYMMETRIC else (rel, subj, obj)
        if key in seen and seen[key] == start:
            errors.append("%s: duplicate of an earlier fact" % tag)
        seen[key] = start

    unused = sorted(set(ent) - used)
    print("facts: %d, entities: %d" % (nfacts, len(ent)))
    print("office aliases that are paraphrases (not literal in text): %d" % len(alias_missing))
    for a in alias_missing:
        print("   ", a)
    print("entities not used in any fact: %s" % (", ".join(unused) or "none"))
    print()
    print("| relation | count |")
    print("|---|---|")
    for r in ["alliedWith", "opposed", "expelledFrom", "heldOffice", "memberOf", "founded", "spouse", "parentOf",
              "siblingOf", "bornIn", "birthDate", "diedIn", "deathDate", "killedBy", "exiledTo", "residedIn"]:
        print("| %s | %d |" % (r, counts[r]))
    print("| **total** | **%d** |" % sum(counts.values()))
    print()
    if errors:
        print("ERRORS: %d" % len(errors))
        for e in errors:
            print("   ", e)
        sys.exit(1)
    print("OK: 0 errors")


if __name__ == "__main__":
    main()
