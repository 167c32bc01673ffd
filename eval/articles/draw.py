#!/usr/bin/env python3
"""Draws the article evaluation set from ../shared/data by a fixed rule (see README.md).

usage: python3 eval/articles/draw.py [DATA_DIR] [--round 2]   (default ../shared/data) -> prints selection TSV

Round 1 (the first 34 articles) is the default. Round 2 draws more articles by the same rule from the
candidates round 1 did not draw, with its own seed and counts (ROUNDS below).

Rule, per source: candidates are the articles whose length is within the source's word range,
that contain at least 4 quotation marks (" or curly), and at least 3 distinct words of the
political/conflict vocabulary below; candidates are sorted by path and drawn with
random.Random(SEED).sample(candidates, k).  Nothing about Sitrep's output enters the rule.
"""
import json
import os
import random
import re
import sys

# round -> (seed, articles drawn per source: bbc-politics, reuters, polnear-train, benchmark)
ROUNDS = {1: (13, (12, 8, 8, 6)), 2: (14, (6, 6, 6, 2))}
VOCAB = set("""minister president government war talks military troops army attack attacks killed election
party parliament leader leaders protest ceasefire accused sanctions treaty rebels vote police opposition
embassy diplomat diplomatic summit negotiations agreement deal officials spokesman senator congress
campaign minister's security forces strike bomb peace crisis foreign""".split())


def words(text):
    return re.findall(r"[A-Za-z']+", text)


def ok(text, lo, hi):
    w = words(text)
    quotes = text.count('"') + text.count("\u201c") + text.count("\u201d")
    vocab = {x.lower() for x in w} & VOCAB
    return lo <= len(w) <= hi and quotes >= 4 and len(vocab) >= 3


def reuters_stories(data):
    """{'news-reuters21578/FILE.sgm#NEWID': body text} of every story with a BODY, in file order (eval/speakers uses it too)."""
    out = {}
    d = os.path.join(data, "news-reuters21578")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".sgm"):
            continue
        sgml = open(os.path.join(d, name), encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', sgml, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(2), re.S)
            if body:
                out[f"news-reuters21578/{name}#{m.group(1)}"] = body.group(1)
    return out


def reuters(data):
    return [path for path, body in reuters_stories(data).items() if ok(body, 120, 450)]


def files(data, sub, lo, hi, prefix=""):
    d = os.path.join(data, sub)
    return [f"{sub}/{n}" for n in sorted(os.listdir(d))
            if n.startswith(prefix) and ok(open(os.path.join(d, n), encoding="utf-8", errors="replace").read(), lo, hi)]


def benchmark(data):
    gt = json.load(open(os.path.join(data, "article-extraction-benchmark", "ground-truth.dev.json"), encoding="utf-8"))
    return [f"article-extraction-benchmark/html/{k}.html.gz" for k in sorted(gt)
            if ok(gt[k]["articleBody"], 150, 700)]


def draw(data, rnd):
    """[(label, number of candidates, file)] of one round; a later round skips what earlier rounds drew."""
    seed, counts = ROUNDS[rnd]
    sources = [
        ("bbc-politics", files(data, "news-bbc-fulltext/bbc/politics", 150, 420)),
        ("reuters", reuters(data)),
        ("polnear-train", files(data, "polnear/train/text", 150, 500)),
        ("benchmark", benchmark(data)),
    ]
    earlier = {p for r in ROUNDS if r < rnd for _, _, p in draw(data, r)}
    out = []
    for (label, cands), k in zip(sources, counts):
        cands = [c for c in cands if c not in earlier]
        out += [(label, len(cands), p) for p in random.Random(seed).sample(cands, min(k, len(cands)))]
    return out


def arguments(argv):
    """(data folder, round) from the command line: [DATA] [--round N]."""
    argv = list(argv)
    rnd = 1
    if "--round" in argv:
        i = argv.index("--round")
        rnd = int(argv[i + 1])
        del argv[i:i + 2]
    return (argv[0] if argv else "../shared/data"), rnd


def main():
    data, rnd = arguments(sys.argv[1:])
    for label, n, p in draw(data, rnd):
        print(f"{label}\t{n}\t{p}")


if __name__ == "__main__":
    main()
