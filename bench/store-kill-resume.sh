#!/usr/bin/env bash
# Kill-and-resume check of `sitrep ingest` (issue 14): ingests INPUT... into a clean store, then into a second
# store that is killed with SIGKILL at a random moment after its first commit and ingested again to completion, then once more (which must add
# nothing). Prints both stores' row counts and a digest of every table's rows (row ids left out); exits 1 if they differ.
#   bench/store-kill-resume.sh [INPUT...]                                  SQLite files in a temporary folder
#   bench/store-kill-resume.sh --postgres postgres://user@host:port [INPUT...]   two fresh PostgreSQL databases there, dropped afterwards
# INPUT defaults to the BBC politics folder from ../shared.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
server=""
if [ "${1:-}" = "--postgres" ]; then
  server=${2:?"--postgres needs a postgres://user@host:port URL"}
  server=${server%/}
  shift 2
fi
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$here/../shared/data/news-bbc-fulltext/bbc/politics")
work=$(mktemp -d)
sitrep="$here/sitrep"
tables=(documents identities entities mentions quotes times quantities events places findings entity_counts speaker_counts)

if [ -n "$server" ]; then
  command -v psql > /dev/null || { echo "store-kill-resume: psql is needed for --postgres" >&2; exit 2; }
  suffix="$$_$(date +%s)"
  clean="$server/sitrep_kr_clean_$suffix"
  killed="$server/sitrep_kr_killed_$suffix"
  admin="$server/postgres"
  psql -q -X "$admin" -c "CREATE DATABASE sitrep_kr_clean_$suffix" -c "CREATE DATABASE sitrep_kr_killed_$suffix" > /dev/null
  trap 'psql -q -X "$admin" -c "DROP DATABASE IF EXISTS sitrep_kr_clean_$suffix WITH (FORCE)" -c "DROP DATABASE IF EXISTS sitrep_kr_killed_$suffix WITH (FORCE)" > /dev/null 2>&1; rm -rf "$work"' EXIT
else
  clean="$work/clean.db"
  killed="$work/killed.db"
  trap 'rm -rf "$work"' EXIT
fi

# Documents committed in a store (0 while it does not exist yet).
committed() {
  if [ -n "$server" ]; then
    psql -X -At "$1" -c "SELECT count(*) FROM documents" 2> /dev/null || echo 0
  else
    python3 -c 'import sqlite3, sys
try: print(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=1).execute("select count(*) from documents").fetchone()[0])
except sqlite3.Error: print(0)' "$1"
  fi
}

# One line per table: name, rows, digest of its rows in a fixed order (row ids and generated search columns left out).
digest() {
  local t
  if [ -n "$server" ]; then
    for t in "${tables[@]}"; do
      cols=$(psql -X -At "$1" -c "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '$t' AND column_name NOT IN ('id', 'tsv')")
      psql -X -At -F ' ' "$1" -c "SELECT '$t', count(*), left(md5(coalesce(string_agg(r, E'\n' ORDER BY r), '')), 12) FROM (SELECT CAST(ROW($cols) AS TEXT) COLLATE \"C\" AS r FROM $t) x"
    done
  else
    python3 - "$1" "${tables[@]}" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for t in sys.argv[2:]:
    cols = [c[1] for c in db.execute(f"pragma table_info({t})") if c[1] != "id"]
    rows = sorted(repr(r) for r in db.execute(f"select {', '.join(cols)} from {t}"))
    print(t, len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:12])
PY
  fi
}

"$sitrep" ingest --help > /dev/null   # build first (ingest runs from the ReadyToRun build), so that the timed runs do not include it

start=$(date +%s.%N)
"$sitrep" ingest "${inputs[@]}" --store "$clean" 2> /dev/null || [ $? -eq 1 ]   # 1: some inputs were refused (not articles)
clean_seconds=$(echo "$(date +%s.%N) - $start" | bc)

"$sitrep" ingest "${inputs[@]}" --store "$killed" > /dev/null 2>&1 &
pid=$!
# Kill at a random moment after the first batch has committed (start-up takes most of a short run's first seconds).
while [ "$(committed "$killed")" = 0 ] && kill -0 "$pid" 2> /dev/null; do sleep 0.05; done
sleep "$(python3 -c 'import random; print(round(random.uniform(0, 1.5), 2))')"
if kill -9 "$pid" 2> /dev/null; then
  echo "killed the second ingest with SIGKILL (a clean run took ${clean_seconds} s)"
else
  echo "the second ingest finished before the kill"
fi
wait "$pid" 2> /dev/null || true
if [ -n "$server" ]; then
  # The server ends the killed client's session (rolling back its batch, releasing its writer lock) once it notices.
  for _ in $(seq 1 200); do
    [ "$(psql -X -At "$admin" -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'sitrep_kr_killed_$suffix'")" = 0 ] && break
    sleep 0.05
  done
fi
echo "documents committed before the kill: $(committed "$killed")"
"$sitrep" ingest "${inputs[@]}" --store "$killed" 2> /dev/null || [ $? -eq 1 ]
rerun=$("$sitrep" ingest "${inputs[@]}" --store "$killed" 2> /dev/null || [ $? -eq 1 ])
echo "$rerun"

a=$(digest "$clean")
b=$(digest "$killed")
paste -d ' ' <(echo "$a") <(echo "$b") | while read -r t n1 d1 _ n2 d2; do
  printf '%-14s clean %9s %s   killed+resumed %9s %s   %s\n' "$t" "$n1" "$d1" "$n2" "$d2" "$([ "$n1 $d1" = "$n2 $d2" ] && echo same || echo DIFFERENT)"
done
if [ "$a" = "$b" ]; then echo "kill and resume: identical rows"; else echo "kill and resume: ROWS DIFFER"; exit 1; fi
case "$rerun" in *" 0 added, 0 replaced"*) echo "rerun: adds 0 rows" ;; *) echo "rerun: ADDED ROWS"; exit 1 ;; esac
