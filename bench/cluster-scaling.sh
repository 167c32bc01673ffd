#!/usr/bin/env bash
# Scaling of the cluster feed (issue 17): publishes the same documents (BBC full text + the first three Reuters-21578
# files, about 5,000 documents) to a fresh feed for each worker count, runs that many `sitrep worker` processes (one job
# each, nice -n 10) into a fresh PostgreSQL database until the feed is empty, and prints one line per run: documents,
# wall time (start-up included), documents/s over the ledger's first to last commit, the ratio to one worker, CPU
# seconds of all workers, documents per CPU second, seconds spent in store writes (wall, summed over workers), the
# CPU seconds of all postgres processes on this machine during the run (the server's cost; other clients of the same
# server would be counted too), and the database size.
#   bench/cluster-scaling.sh [WORKERS...]                 (default: 1 2 4)
# With SITREP_BENCH_COMPARE=1 it first ingests the same inputs with one `sitrep ingest` process into its own database
# and, after each worker run, compares the row count of every table with it (issue 17: "the row counts equal a
# single-process ingest"), printing "rows equal" or the tables that differ; a difference makes the script exit 1.
# Needs nats-server and PostgreSQL (.ci/services start); SITREP_BENCH_NATS / SITREP_BENCH_POSTGRES name others.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sitrep="$here/sitrep"
nats=${SITREP_BENCH_NATS:-nats://127.0.0.1:4222}
pg=${SITREP_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}
pghost=$(echo "$pg" | sed -E 's#^postgres(ql)?://([^@]*@)?([^:/]+).*#\3#')
pgport=$(echo "$pg" | sed -nE 's#.*:([0-9]+)$#\1#p'); pgport=${pgport:-5432}
data=${SITREP_DATA:-$here/../shared/data}
inputs=("$data/news-bbc-fulltext/bbc" "$data/news-reuters21578/reut2-000.sgm" "$data/news-reuters21578/reut2-001.sgm" "$data/news-reuters21578/reut2-002.sgm")
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(1 2 4)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sql() { psql -h "$pghost" -p "$pgport" -U postgres -d "$1" -tAqc "$2"; }
# CPU seconds (user + system) of every process named postgres, from /proc, with the reaped children the postmaster
# has accumulated (cutime, cstime), so that backends that ended during the run are counted.
pgcpu() { for f in /proc/[0-9]*/stat; do { read -r line < "$f"; } 2>/dev/null || continue; case "$line" in *"(postgres)"*) echo "$line";; esac; done \
  | awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); s += $12 + $13 + $14 + $15 } END { printf "%.1f\n", s / hz }'; }
"$sitrep" worker --help > /dev/null   # build first (worker runs from the ReadyToRun build, made by the script when stale), then run that build itself
sitrep=(dotnet "$here/src/Sitrep.Cli/bin/Release/publish/sitrep.dll")

# Row count of every table but the queue's ledger (a single-process ingest has no messages) and of the story removal log
# (its length depends on the order articles came in), one "table count" per line; then a checksum of the contents of the
# cross-article results, which do not depend on the order either: copies, stories, story links, incidents.
rowcounts() {
  for t in $(sql "$1" "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('queue_messages', 'story_removals') ORDER BY 1"); do
    echo "$t $(sql "$1" "SELECT count(*) FROM $t")"
  done
  for q in "duplicates:doc_id || ' ' || duplicate_of FROM duplicates" "story_docs:doc_id || ' ' || story_id FROM story_docs" \
           "story_links:doc_a || ' ' || doc_b FROM story_links" "incident_reports:doc_id || ' ' || event_id || ' ' || incident FROM incident_reports"; do
    echo "${q%%:*} contents $(sql "$1" "SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) FROM (SELECT ${q#*:}) x(r)")"
  done
}
differ=0
if [ "${SITREP_BENCH_COMPARE:-}" = 1 ]; then
  sql postgres "DROP DATABASE IF EXISTS sitrep_bench_single WITH (FORCE)"; sql postgres "CREATE DATABASE sitrep_bench_single"
  "${sitrep[@]}" ingest "${inputs[@]}" --store "$pg/sitrep_bench_single" > "$work/single" 2> /dev/null || true
  echo "single process: $(cat "$work/single")"
  rowcounts sitrep_bench_single > "$work/single-rows"
fi

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
printf '%-7s %-9s %-8s %-11s %-7s %-8s %-10s %-8s %-8s %-8s\n' workers documents wall_s steady_d/s ratio cpu_s d/cpu_s write_s pg_cpu_s db_MB
base=""
for n in "${counts[@]}"; do
  db="sitrep_bench_cluster_$n"
  sql postgres "DROP DATABASE IF EXISTS $db WITH (FORCE)"; sql postgres "CREATE DATABASE $db"
  feed="$nats/bench-$n-$(date +%s)"
  "${sitrep[@]}" ingest "${inputs[@]}" --queue "$feed" > "$work/publish" 2> /dev/null || true
  echo "  $(cat "$work/publish")" >&2
  start=$(date +%s.%N); pg0=$(pgcpu)
  for i in $(seq 1 "$n"); do
    nice -n 10 /usr/bin/time -f "%U %S" -o "$work/time-$i" "${sitrep[@]}" worker --queue "$feed" --store "$pg/$db" --jobs 1 --exit-when-idle --name "w$i" > "$work/out-$i" 2> "$work/err-$i" &
  done
  wait
  wall=$(echo "$(date +%s.%N) - $start" | bc); pg1=$(pgcpu)
  docs=$(sql "$db" "SELECT count(*) FROM documents")
  span=$(sql "$db" "SELECT (max(processed_at) - min(processed_at)) / 1000.0 FROM queue_messages")
  cpu=$(cat "$work"/time-* | awk '{ s += $1 + $2 } END { print s }')
  writes=$(cat "$work"/out-* | sed -nE 's/.*store writes ([0-9.]+) s.*/\1/p' | awk '{ s += $1 } END { print s }')
  size=$(sql "$db" "SELECT pg_database_size(current_database()) / 1048576.0")
  steady=$(echo "scale=2; $docs / $span" | bc)
  [ -n "$base" ] || base=$steady
  printf '%-7s %-9s %-8.1f %-11.2f %-7.2f %-8.1f %-10.2f %-8.1f %-8.1f %-8.1f\n' "$n" "$docs" "$wall" "$steady" "$(echo "scale=3; $steady / $base" | bc)" "$cpu" "$(echo "scale=2; $docs / $cpu" | bc)" "$writes" "$(echo "$pg1 - $pg0" | bc)" "$size"
  if [ "${SITREP_BENCH_COMPARE:-}" = 1 ]; then
    rowcounts "$db" > "$work/rows-$n"
    if cmp -s "$work/single-rows" "$work/rows-$n"; then
      echo "  $n workers: rows equal to the single process in all $(wc -l < "$work/rows-$n") tables ($(tr '\n' ' ' < "$work/rows-$n"))"
    else
      differ=1; echo "  $n workers: rows differ (single process < > workers):"; { diff "$work/single-rows" "$work/rows-$n" || true; } | sed 's/^/    /'
    fi
  fi
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $differ
