#!/usr/bin/env python3
"""Draws the article evaluation set from ../shared/data by a fixed rule (see README.md).

usage: python3 eval/articles/draw.py [DATA_DIR] [--round 2|3]   (default ../shared/data) -> prints selection TSV

Round 1 (the first 34 articles) is the default. Round 2 draws more articles by the same rule from the
candidates round 1 did not draw, with its own seed and counts (ROUNDS below). Round 3 (no benchmark pages: too
few candidates are left) also leaves out the speaker set's articles (eval/speakers/selection*.tsv), and every
candidate that is a byte or near copy of a text drawn before or of a candidate kept before it (the speaker draw's
test: half of its 5-word shingles in one other text), so that no text sits in two sets or in both halves.

Rule, per source: candidates are the articles whose length is within the source's word range,
that contain at least 4 quotation marks (" or curly), and at least 3 distinct words of the
political/conflict vocabulary below; candidates are sorted by path and drawn with
random.Random(SEED).sample(candidates, k).  Nothing about Sitrep's output enters the rule.
"""
import importlib.util
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# round -> (seed, articles drawn per source: bbc-politics, reuters, polnear-train, benchmark)
ROUNDS = {1: (13, (12, 8, 8, 6)), 2: (14, (6, 6, 6, 2)), 3: (15, (8, 8, 8, 0))}
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


def speakers_draw():
    """eval/speakers/draw.py as a module: its copy tests (digests, shingles, candidates) are ours for round 3."""
    spec = importlib.util.spec_from_file_location("speakers_draw", os.path.join(HERE, "..", "speakers", "draw.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def draw3(data):
    """Round 3: [(label, number of candidates, file)], the article rule, and no copy of anything drawn before."""
    sp = speakers_draw()
    seed, counts = ROUNDS[3]
    texts = {
        "bbc-politics": sp.folder(data, "news-bbc-fulltext/bbc/politics"),
        "reuters": reuters_stories(data),
        "polnear-train": sp.folder(data, "polnear/train/text"),
    }
    ranges = {"bbc-politics": (150, 420), "reuters": (120, 450), "polnear-train": (150, 500)}
    every = {p: t for src in texts.values() for p, t in src.items()}
    before = {p for r in (1, 2) for _, _, p in draw(data, r)}
    for name in ("selection.tsv", "selection-round2.tsv"):
        with open(os.path.join(HERE, "..", "speakers", name), encoding="utf-8") as f:
            before |= {parts[2] for parts in (line.rstrip("\n").split("\t") for line in f) if len(parts) == 3}
    ex_texts = [every[p] for p in sorted(before) if p in every]
    ex_hash, ex_sh = {sp.digest(t) for t in ex_texts}, [sp.shingles(t) for t in ex_texts]
    kept_sh, out = [], []
    for (label, src), k in zip(texts.items(), counts):
        lo, hi = ranges[label]
        cands = sp.candidates(src, lambda t, n, lo=lo, hi=hi: ok(t, lo, hi), before, ex_hash, ex_sh, kept_sh)
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
    for label, n, p in (draw3(data) if rnd == 3 else draw(data, rnd)):
        print(f"{label}\t{n}\t{p}")


if __name__ == "__main__":
    main()
