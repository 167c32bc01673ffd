#!/usr/bin/env python3
"""Checks that `sitrep eval articles` scores each article exactly as ../shared/tools/score_article.py does.

usage: python3 eval/articles/verify.py [--split tune|check]   (from the project root; ../shared present)
       SITREP="dotnet src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll" python3 eval/articles/verify.py   (another build)

For every reading it writes the article's record with `sitrep analyze --format jsonl` (with the reading's
published date; for a Reuters story, the record of that story), scores it with score_article.py and
compares that score line with the one `sitrep eval articles --details` prints for the same reading.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

SITREP = os.environ.get("SITREP", "./sitrep").split()


def main():
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "all"
    details = subprocess.run([*SITREP, "eval", "articles", "--data", "eval/articles", "--split", split, "--details"],
                             capture_output=True, text=True).stdout
    ours = {}
    for block in details.split("== ")[1:]:
        lines = block.split("\n")
        ours[lines[0].strip()] = next(line for line in lines if line.startswith("score:"))
    same = differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted(glob.glob("eval/articles/gold/*.json")):
            name = os.path.basename(f)
            if name not in ours:
                continue
            g = json.load(open(f, encoding="utf-8"))
            path, _, story = g["file"].partition("#")
            cmd = [*SITREP, "analyze", os.path.join("../shared/data", path), "--format", "jsonl"]
            if g.get("published"):
                cmd += ["--published", g["published"]]
            records = [json.loads(x) for x in subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines() if x.strip()]
            if story:
                records = [r for r in records if r["document"]["source"].endswith("#" + story)]
            record = os.path.join(tmp, "record.json")
            with open(record, "w", encoding="utf-8") as out:
                json.dump(records[0], out, ensure_ascii=False)
            theirs = subprocess.run(["python3", "../shared/tools/score_article.py", f, record, "--quiet"],
                                    capture_output=True, text=True).stdout.strip()
            if theirs == ours[name]:
                same += 1
            else:
                differ += 1
                print(f"{name}:\n  score_article.py: {theirs}\n  sitrep eval:      {ours[name]}")
    print(f"{same} articles with the same score line, {differ} different")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
