#!/usr/bin/env python3
"""labels.tsv from candidates.py's draw and the reading (reading.txt): python3 eval/stories/make_labels.py > eval/stories/labels.tsv"""
import collections, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
rows = [l.rstrip("\n").split("\t") for l in subprocess.run([sys.executable, os.path.join(here, "candidates.py")] + sys.argv[1:],
        capture_output=True, text=True, check=True).stdout.splitlines()]
reading = {}
for line in open(os.path.join(here, "reading.txt")):
    if line.strip() and not line.startswith("#"):
        g, p = line.split()
        reading[g] = p
groups = collections.OrderedDict()
for r in rows:
    groups.setdefault(r[0], []).append(r)
print("file\tstory\tgroup\tsplit\tpublished")
for g, members in groups.items():
    if len(members) == 1 and members[0][1] == "singleton":
        parts = ["a"]
    else:
        parts = reading[g].split("|")
        letters = "".join(sorted("".join(parts)))
        if letters != "abcdefghij"[:len(members)]:
            sys.exit(f"{g}: the reading names {letters}, the draw has {len(members)} articles")
    for part in parts:
        for ch in part:
            r = members[ord(ch) - ord("a")]
            print("\t".join([r[3], f"{g}-{part}", g, r[2], ""]))
