#!/usr/bin/env python3
"""Draws the article evaluation set from ../shared/data by a fixed rule (see README.md).

usage: python3 eval/articles/draw.py [DATA_DIR]   (default ../shared/data) -> prints selection TSV

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

SEED = 13
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


def reuters(data):
    out = []
    d = os.path.join(data, "news-reuters21578")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".sgm"):
            continue
        sgml = open(os.path.join(d, name), encoding="latin-1").read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', sgml, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(2), re.S)
            if body and ok(body.group(1), 120, 450):
                out.append(f"news-reuters21578/{name}#{m.group(1)}")
    return out


def files(data, sub, lo, hi, prefix=""):
    d = os.path.join(data, sub)
    return [f"{sub}/{n}" for n in sorted(os.listdir(d))
            if n.startswith(prefix) and ok(open(os.path.join(d, n), encoding="utf-8", errors="replace").read(), lo, hi)]


def benchmark(data):
    gt = json.load(open(os.path.join(data, "article-extraction-benchmark", "ground-truth.dev.json"), encoding="utf-8"))
    return [f"article-extraction-benchmark/html/{k}.html.gz" for k in sorted(gt)
            if ok(gt[k]["articleBody"], 150, 700)]


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
    sources = [
        ("bbc-politics", files(data, "news-bbc-fulltext/bbc/politics", 150, 420), 12),
        ("reuters", reuters(data), 8),
        ("polnear-train", files(data, "polnear/train/text", 150, 500), 8),
        ("benchmark", benchmark(data), 6),
    ]
    for label, cands, k in sources:
        pick = random.Random(SEED).sample(cands, min(k, len(cands)))
        for p in pick:
            print(f"{label}\t{len(cands)}\t{p}")


if __name__ == "__main__":
    main()
