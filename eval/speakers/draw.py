#!/usr/bin/env python3
"""Draws the quotes-only speaker set (eval/speakers) from ../shared/data by a fixed rule (see README.md).

usage: python3 eval/speakers/draw.py [DATA_DIR] > eval/speakers/selection.tsv   (default ../shared/data)
       python3 eval/speakers/draw.py [DATA_DIR] --round 2 > eval/speakers/selection-round2.tsv

Rule: a candidate is a BBC politics or business article, or a Reuters-21578 story (its BODY), of 150 to 600
words with at least 6 quotation marks (straight or curly). Left out: every article of the article set
(eval/articles/selection*.tsv), every text byte-identical to one of them, every text that mostly repeats one
of them (near copies: half or more of its 5-word shingles in that text), and every later copy of a text
already a candidate (same test, the first by path kept). The candidates of each source, sorted by path, are
drawn with random.Random(21).sample.  Nothing about Sitrep's output enters the rule.

Round 2 (web news pages): a candidate is a page of the article-extraction benchmark (its gold body in
ground-truth.dev.json, the text a reader sees and check.py checks against) in English (a fifth or more of its
words are common English function words, FUNCTION below) of 150 to 900 words with at least 6 quotation marks.
Left out as in round 1: the article set's pages, byte-identical texts and near copies of them or of a candidate
already kept. The candidates, sorted by path, are drawn with random.Random(22).sample (14 pages).
"""
import hashlib
import importlib.util
import json
import os
import random
import re
import sys

SEED = 21
LO, HI, MARKS = 150, 600, 6
NEAR = 0.5  # share of a text's 5-word shingles found in another text that makes it a copy of that text
# label, where, count
SOURCES = [("bbc-politics", "news-bbc-fulltext/bbc/politics", 16),
           ("bbc-business", "news-bbc-fulltext/bbc/business", 6),
           ("reuters", "news-reuters21578", 8)]
EXCLUDE = ["selection.tsv", "selection-round2.tsv"]
# round 2: web pages of the article-extraction benchmark
SEED2, LO2, HI2, COUNT2 = 22, 150, 900, 14
FUNCTION = set("the of and to a in that is for on it with as was he she said be by at his her from are this have".split())
ENGLISH = 0.2  # share of words in FUNCTION that makes a page English


def words(text):
    return re.findall(r"[A-Za-z']+", text)


def marks(text):
    return sum(text.count(c) for c in '"\u201c\u201d')


def shingles(text):
    w = [x.lower() for x in words(text)]
    return {tuple(w[i:i + 5]) for i in range(max(0, len(w) - 4))}


def articles_draw():
    """eval/articles/draw.py as a module: its Reuters reader and its command line are ours too."""
    spec = importlib.util.spec_from_file_location("articles_draw", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "articles", "draw.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reuters_stories(data):
    """{'news-reuters21578/FILE.sgm#NEWID': body text}: the stories as eval/articles/draw.py reads them (its function)."""
    return articles_draw().reuters_stories(data)


def folder(data, sub):
    d = os.path.join(data, sub)
    return {f"{sub}/{n}": open(os.path.join(d, n), encoding="utf-8", errors="replace").read()
            for n in sorted(os.listdir(d)) if n.endswith(".txt")}


def digest(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def excluded_paths(here):
    paths = set()
    for name in EXCLUDE:
        with open(os.path.join(here, "..", "articles", name), encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    paths.add(parts[2])
    return paths


def exclusions(texts, here):
    """The article set's paths, and the digests and shingles of those of its texts that are in texts."""
    ex_paths = excluded_paths(here)
    ex_texts = [texts[p] for p in sorted(ex_paths) if p in texts]
    return ex_paths, {digest(t) for t in ex_texts}, [shingles(t) for t in ex_texts]


def is_copy(sh, others):
    """True when half or more of the shingles sh are in one of the shingle sets others."""
    return bool(sh) and any(len(sh & o) >= NEAR * len(sh) for o in others)


def draw(data, here):
    """[(label, number of candidates, path)] in draw order per source."""
    texts = {}
    reuters = reuters_stories(data)
    for label, sub, _ in SOURCES:
        texts[label] = reuters if label == "reuters" else folder(data, sub)
    every = {p: t for src in texts.values() for p, t in src.items()}
    ex_paths, ex_hash, ex_sh = exclusions(every, here)
    kept_sh = []  # shingles of the candidates kept so far, over all sources
    out = []
    for label, _, k in SOURCES:
        cands = candidates(texts[label], lambda t, n: LO <= n <= HI and marks(t) >= MARKS, ex_paths, ex_hash, ex_sh, kept_sh)
        out += [(label, len(cands), p) for p in random.Random(SEED).sample(cands, min(k, len(cands)))]
    return out


def candidates(texts, fits, ex_paths, ex_hash, ex_sh, kept_sh):
    """Paths of texts (sorted) that fits(text, word count) accepts, not excluded, no byte or near copy of an excluded
    text or of a candidate kept before (kept_sh gains each kept candidate's shingles)."""
    cands = []
    for p, t in sorted(texts.items()):
        if not fits(t, len(words(t))) or p in ex_paths or digest(t) in ex_hash:
            continue
        sh = shingles(t)
        if is_copy(sh, ex_sh) or is_copy(sh, kept_sh):
            continue
        kept_sh.append(sh)
        cands.append(p)
    return cands


def english(text):
    w = [x.lower() for x in words(text)]
    return bool(w) and sum(x in FUNCTION for x in w) >= ENGLISH * len(w)


def draw2(data, here):
    """[(label, number of candidates, path)] of round 2: benchmark pages read from their gold body."""
    gt = json.load(open(os.path.join(data, "article-extraction-benchmark", "ground-truth.dev.json"), encoding="utf-8"))
    texts = {f"article-extraction-benchmark/html/{k}.html.gz": v["articleBody"] for k, v in gt.items()}
    ex_paths, ex_hash, ex_sh = exclusions(texts, here)
    cands = candidates(texts, lambda t, n: LO2 <= n <= HI2 and marks(t) >= MARKS and english(t), ex_paths, ex_hash, ex_sh, [])
    return [("benchmark", len(cands), p) for p in random.Random(SEED2).sample(cands, min(COUNT2, len(cands)))]


def main():
    data, rnd = articles_draw().arguments(sys.argv[1:])
    here = os.path.dirname(os.path.abspath(__file__))
    for label, n, p in (draw2 if rnd == 2 else draw)(data, here):
        print(f"{label}\t{n}\t{p}")


if __name__ == "__main__":
    main()
