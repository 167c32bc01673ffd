#!/usr/bin/env bash
# Kill-and-resume check of `sitrep ingest` (issue 14): ingests INPUT... into a clean SQLite store, then into a second
# store that is killed with SIGKILL at a random moment after its first commit and ingested again to completion, then once more (which must add
# nothing). Prints both stores' row counts and a digest of every table's rows (row ids left out); exits 1 if they differ.
#   bench/store-kill-resume.sh [INPUT...]        (default: the BBC politics folder from ../shared)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$here/../shared/data/news-bbc-fulltext/bbc/politics")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sitrep="$here/sitrep"
"$sitrep" --help > /dev/null   # build first, so that the timed runs do not include it

start=$(date +%s.%N)
"$sitrep" ingest "${inputs[@]}" --store "$work/clean.db" 2> /dev/null
clean_seconds=$(echo "$(date +%s.%N) - $start" | bc)

"$sitrep" ingest "${inputs[@]}" --store "$work/killed.db" > /dev/null 2>&1 &
pid=$!
# Kill at a random moment after the first batch has committed (start-up takes most of a short run's first seconds).
python3 - "$work/killed.db" "$pid" <<'PY'
import os, random, sqlite3, sys, time
path, pid = sys.argv[1], int(sys.argv[2])
def committed():
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1).execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:
        return 0
while committed() == 0:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    time.sleep(0.05)
time.sleep(random.uniform(0, 1.5))
PY
if kill -9 "$pid" 2> /dev/null; then
  echo "killed the second ingest with SIGKILL (a clean run took ${clean_seconds} s)"
else
  echo "the second ingest finished before the kill"
fi
wait "$pid" 2> /dev/null || true
python3 - "$work/killed.db" <<'PY' || true
import sqlite3, sys
print("documents committed before the kill:", sqlite3.connect(sys.argv[1]).execute("select count(*) from documents").fetchone()[0])
PY
"$sitrep" ingest "${inputs[@]}" --store "$work/killed.db" 2> /dev/null
rerun=$("$sitrep" ingest "${inputs[@]}" --store "$work/killed.db" 2> /dev/null)
echo "$rerun"

python3 - "$work/clean.db" "$work/killed.db" <<'PY'
import hashlib, sqlite3, sys
tables = ["documents", "identities", "entities", "mentions", "quotes", "times", "quantities", "events", "places", "findings"]
def digest(path):
    db = sqlite3.connect(path)
    out = {}
    for t in tables:
        cols = [c[1] for c in db.execute(f"pragma table_info({t})") if c[1] != "id"]
        rows = sorted(repr(r) for r in db.execute(f"select {', '.join(cols)} from {t}"))
        out[t] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:12])
    return out
a, b = digest(sys.argv[1]), digest(sys.argv[2])
for t in tables:
    print(f"{t:12} clean {a[t][0]:>9} {a[t][1]}   killed+resumed {b[t][0]:>9} {b[t][1]}   {'same' if a[t] == b[t] else 'DIFFERENT'}")
same = a == b
print("kill and resume: identical rows" if same else "kill and resume: ROWS DIFFER")
sys.exit(0 if same else 1)
PY
case "$rerun" in *" 0 added, 0 replaced"*) echo "rerun: adds 0 rows" ;; *) echo "rerun: ADDED ROWS"; exit 1 ;; esac
