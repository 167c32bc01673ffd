#!/usr/bin/env python3
"""Agreement between two readings of the same articles (does not run Sitrep).

usage: python3 eval/speakers/agree.py FIRST_DIR SECOND_DIR [--list]

Each DIR holds readings in the format of eval/articles (NAME.json with `quotes` and `quotes_optional`); the readings
present in both are compared, name by name. Quotes are matched one to one by their text: after the scorer's
normalisation (curly marks straightened, white space collapsed, outer punctuation trimmed, lower case), a pair
matches when one text contains the other; pairs are taken longest overlap first. "Same span" counts the matched pairs
whose shorter text is at least 0.8 of the longer (the scorer's threshold for a quote found). A quote of one reading
that matches only an optional quote of the other is counted apart ("quote vs optional"), not as one-sided.
Speaker agreement on a matched pair: the two lists of accepted names share a name (normalised the same way).
--list prints every quote of one side only, every optional pairing and every pair whose speakers share no name.
"""
import glob
import json
import os
import re
import sys


def norm(s):
    s = (s or "").translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" \"'.,;:").lower()


def overlap(a, b):
    a, b = norm(a), norm(b)
    if not a or not b or not (a in b or b in a):
        return 0.0
    return min(len(a), len(b)) / max(len(a), len(b))


def pair(xs, ys):
    """One-to-one matches between two lists of texts (greedy, largest overlap first): list of (i, j, overlap)."""
    cands = sorted(((overlap(x, y), i, j) for i, x in enumerate(xs) for j, y in enumerate(ys)), reverse=True)
    used_i, used_j, out = set(), set(), []
    for o, i, j in cands:
        if o > 0 and i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j, o))
    return out


def main():
    argv = [a for a in sys.argv[1:] if a != "--list"]
    show = "--list" in sys.argv
    if len(argv) != 2:
        sys.exit(__doc__)
    first, second = argv
    names = sorted(set(os.path.basename(f) for f in glob.glob(os.path.join(first, "*.json")))
                   & set(os.path.basename(f) for f in glob.glob(os.path.join(second, "*.json"))))
    tot = dict(both=0, same_span=0, only1=0, only2=0, opt1=0, opt2=0, spk=0)
    for name in names:
        a = json.load(open(os.path.join(first, name), encoding="utf-8"))
        b = json.load(open(os.path.join(second, name), encoding="utf-8"))
        qa, qb = a.get("quotes", []), b.get("quotes", [])
        matches = pair([q["text"] for q in qa], [q["text"] for q in qb])
        c = dict(both=len(matches), same_span=sum(o >= 0.8 for _, _, o in matches), spk=0)
        for i, j, o in matches:
            sa, sb = {norm(s) for s in qa[i]["speaker"]}, {norm(s) for s in qb[j]["speaker"]}
            if sa & sb:
                c["spk"] += 1
            elif show:
                print(f"{name}: speakers differ on {qa[i]['text'][:60]!r}: {qa[i]['speaker']} | {qb[j]['speaker']}")
            if show and o < 0.8:
                print(f"{name}: spans differ ({o:.2f}): {qa[i]['text'][:70]!r} | {qb[j]['text'][:70]!r}")
        rest_a = [q for i, q in enumerate(qa) if i not in {m[0] for m in matches}]
        rest_b = [q for j, q in enumerate(qb) if j not in {m[1] for m in matches}]
        opt_a = [q["text"] for q in a.get("quotes_optional", [])]
        opt_b = [q["text"] for q in b.get("quotes_optional", [])]
        for side, rest, other_opt, key_only, key_opt in ((1, rest_a, opt_b, "only1", "opt1"), (2, rest_b, opt_a, "only2", "opt2")):
            c[key_only] = c[key_opt] = 0
            for q in rest:
                if any(overlap(q["text"], t) > 0 for t in other_opt):
                    c[key_opt] += 1
                    if show:
                        print(f"{name}: reading {side}'s quote is optional in the other: {q['text'][:70]!r}")
                else:
                    c[key_only] += 1
                    if show:
                        print(f"{name}: only reading {side}: {q['text'][:70]!r} {q['speaker']}")
        for k in tot:
            tot[k] += c[k]
        print(f"{name}: both {c['both']} (same span {c['same_span']}), only first {c['only1']}, only second "
              f"{c['only2']}, quote vs optional {c['opt1']}/{c['opt2']}, speaker agrees {c['spk']}/{c['both']}")
    n1 = tot["both"] + tot["only1"] + tot["opt1"]
    n2 = tot["both"] + tot["only2"] + tot["opt2"]
    print(f"{len(names)} readings: first {n1} quotes, second {n2}; both {tot['both']} (same span {tot['same_span']}), "
          f"only first {tot['only1']}, only second {tot['only2']}, quote in one and optional in the other "
          f"{tot['opt1']}/{tot['opt2']}; speaker agrees {tot['spk']}/{tot['both']}"
          + (f" ({tot['spk'] / tot['both']:.2f})" if tot["both"] else ""))


if __name__ == "__main__":
    main()
