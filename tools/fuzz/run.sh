#!/usr/bin/env bash
# Fuzzes one target with SharpFuzz + AFL++ (tools/fuzz/README.md).
#   tools/fuzz/run.sh TARGET [MINUTES]      TARGET: reader, html, tokenizer, time, structure; MINUTES default 5
# Builds tools/Sitrep.Fuzz into tools/fuzz/out/build (FUZZ_REUSE_BUILD=1 reuses the last one), instruments
# Sitrep.Core.dll and Sitrep.Ingest.dll there with sharpfuzz, seeds from tools/fuzz/seeds/TARGET (plus examples/ and a few ../shared/data files when present), runs
# afl-fuzz under nice -n 15 and prints executions, paths, crashes and hangs; every saved crash or hang is replayed in
# process so its exception shows. Exit 0 when no crash or hang was saved, 1 when some were, 3 when afl-fuzz is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
targets="reader html tokenizer time structure"
target=${1:-}
minutes=${2:-5}
if [[ -z "$target" || " $targets " != *" $target "* ]]; then
  echo "usage: tools/fuzz/run.sh TARGET [MINUTES]   (targets: $targets)" >&2
  exit 2
fi
if ! [[ "$minutes" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
  echo "$minutes: MINUTES must be a number" >&2
  exit 2
fi
if ! command -v afl-fuzz >/dev/null; then
  echo "afl-fuzz not found: install AFL++ (apt-get install afl++) to fuzz; tools/fuzz/smoke.sh replays the seeds without it" >&2
  exit 3
fi
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work=tools/fuzz/out/$target
build=tools/fuzz/out/build
rm -rf "$work/in"
mkdir -p "$work/in"
if [[ "${FUZZ_REUSE_BUILD:-}" == 1 && -f $build/Sitrep.Fuzz.dll ]]; then
  echo "== instrumented build reused ($build) =="
else
  echo "== build and instrument =="
  rm -rf "$build"
  mkdir -p "$build"
  dotnet tool restore >/dev/null
  # Its own artifacts folder, so a build here never races one of the repository's (bin/ and obj/ are not shared).
  nice -n 10 dotnet build tools/Sitrep.Fuzz -c Release --artifacts-path tools/fuzz/out/artifacts -v quiet -nologo | grep -E "error|warn" || true
  cp -r tools/fuzz/out/artifacts/bin/Sitrep.Fuzz/release/. "$build/"
  for dll in Sitrep.Core.dll Sitrep.Ingest.dll; do
    dotnet sharpfuzz "$build/$dll" >/dev/null
  done
fi

echo "== seeds =="
cp tools/fuzz/seeds/"$target"/* "$work/in/"
data=../shared/data
case "$target" in
  tokenizer|time|structure)
    cp examples/*.txt "$work/in/"
    if [[ -d $data/news-bbc-fulltext/bbc ]]; then
      for d in "$data"/news-bbc-fulltext/bbc/*/; do cp "$(ls "$d"*.txt | head -1)" "$work/in/bbc-$(basename "$d").txt"; done
    fi ;;
  html)
    cp examples/*.html "$work/in/"
    if [[ -d $data/article-extraction-benchmark/html ]]; then
      ls -S "$data"/article-extraction-benchmark/html/*.html.gz | tail -2 | while read -r f; do gunzip -c "$f" > "$work/in/$(basename "${f%.gz}")"; done
    fi ;;
  reader)
    if [[ -f $data/news-reuters21578/reut2-000.sgm ]]; then
      { printf '\x02'; head -c 4000 "$data/news-reuters21578/reut2-000.sgm"; } > "$work/in/reuters.bin"
    fi ;;
esac
echo "$(ls "$work/in" | wc -l) seed inputs"

echo "== afl-fuzz ($target, $minutes min) =="
# Existing findings are kept beside the new run rather than resumed: the instrumented code may have changed.
[[ -d "$work/findings" ]] && rm -rf "$work/findings.prev" && mv "$work/findings" "$work/findings.prev"
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
mkdir -p "$work/tmp"   # the reader target's temporary files
TMPDIR="$PWD/$work/tmp" AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  AFL_FAST_CAL=1 AFL_SKIP_CRASHES=1 \
  nice -n 15 afl-fuzz -V "$seconds" -t 5000 -m none -i "$work/in" -o "$work/findings" -- dotnet "$build/Sitrep.Fuzz.dll" "$target" \
  > "$work/afl.log" 2>&1 || { echo "afl-fuzz failed; its log: $work/afl.log" >&2; tail -20 "$work/afl.log" >&2; exit 1; }

stats=$work/findings/default/fuzzer_stats
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(stat saved_crashes); hangs=$(stat saved_hangs)
echo "$target: run_time $(stat run_time) s, execs_done $(stat execs_done), execs_per_sec $(stat execs_per_sec), corpus_count $(stat corpus_count), saved_crashes $crashes, saved_hangs $hangs"
found=$(find "$work/findings/default/crashes" "$work/findings/default/hangs" -type f -name 'id:*' 2>/dev/null | sort)
if [[ -n "$found" ]]; then
  echo "== replay of what was saved (in process, the same build uninstrumented) =="
  dotnet tools/fuzz/out/artifacts/bin/Sitrep.Fuzz/release/Sitrep.Fuzz.dll replay "$target" $found || true
  exit 1
fi
