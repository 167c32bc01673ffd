#!/usr/bin/env python3
"""Checks the reference readings in eval/articles/gold against the corpus (does not run Sitrep).

usage: python3 eval/articles/check.py [DATA_DIR] [--data SET_DIR]   (default ../shared/data, eval/articles)

--data names another set of readings in this format (its gold/*.json), e.g. eval/speakers.
--speakers also asks every accepted speaker name to be in the article (quotation marks and apostrophes
straightened); the article set's readings list a few names the text does not spell out, so it is not the default.

Every quote text, event evidence phrase, place name and entity mention must occur verbatim in the
article as a reader sees it (for a benchmark page: the benchmark's gold body; for a Reuters story:
its title, dateline and body). Event types must be PLOVER categories, place countries ISO3 codes,
splits tune or check. Prints one line per problem and a count.
"""
import glob
import gzip  # noqa: F401
import html
import json
import os
import re
import sys

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def article_text(data, file):
    path, _, story = file.partition("#")
    full = os.path.join(data, path)
    if path.startswith("article-extraction-benchmark/"):
        key = os.path.basename(path).split(".")[0]
        gt = json.load(open(os.path.join(data, "article-extraction-benchmark", "ground-truth.dev.json"), encoding="utf-8"))
        return gt[key]["articleBody"]
    if story:
        sgml = open(full, encoding="latin-1").read()
        m = re.search(r'<REUTERS[^>]*NEWID="%s"[^>]*>(.*?)</REUTERS>' % story, sgml, re.S)
        parts = [re.search(r"<%s>(.*?)</%s>" % (t, t), m.group(1), re.S) for t in ("TITLE", "DATELINE", "BODY")]
        return html.unescape("\n".join(p.group(1) for p in parts if p))
    return open(full, encoding="utf-8").read()


def squash(s):
    return re.sub(r"\s+", " ", s)


def straight(s):
    return squash(s).translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


def main():
    argv = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    if "--data" in argv:
        i = argv.index("--data")
        here = argv[i + 1]
        del argv[i:i + 2]
    speakers = "--speakers" in argv
    if speakers:
        argv.remove("--speakers")
    data = argv[0] if argv else "../shared/data"
    problems = n = 0
    for f in sorted(glob.glob(os.path.join(here, "gold", "*.json"))):
        n += 1
        g = json.load(open(f, encoding="utf-8"))
        name = os.path.basename(f)
        text = squash(article_text(data, g["file"]))

        def need(s, what):
            nonlocal problems
            if s and squash(s) not in text:
                problems += 1
                print(f"{name}: {what} not in the article: {s!r}")

        if g.get("split") not in ("tune", "check"):
            problems += 1
            print(f"{name}: split must be tune or check")
        for q in g.get("quotes", []) + g.get("quotes_optional", []):
            need(q["text"], "quote")
            if "speaker" in q and not q["speaker"]:
                problems += 1
                print(f"{name}: quote without speaker: {q['text'][:40]!r}")
            for s in q.get("speaker", []) if speakers else []:
                if straight(s) not in straight(text):
                    problems += 1
                    print(f"{name}: speaker not in the article: {s!r}")
        for e in g.get("events", []):
            need(e["evidence_contains"], "event evidence")
            if e["type"] not in PLOVER:
                problems += 1
                print(f"{name}: not a PLOVER category: {e['type']}")
        for p in g.get("places", []):
            codes = p.get("country") if isinstance(p.get("country"), list) else [p.get("country") or ""]
            if not codes or not all(re.fullmatch(r"[A-Z]{3}", c) for c in codes):
                problems += 1
                print(f"{name}: place {p['name']} country is not ISO3: {p.get('country')}")
            if not any(squash(x) in text for x in [p["name"]] + p.get("mentions", [])):
                problems += 1
                print(f"{name}: place not in the article: {p['name']}")
        for e in g.get("entities", []):
            for m in e.get("mentions", []):
                need(m, "entity mention")
    print(f"{n} readings, {problems} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
