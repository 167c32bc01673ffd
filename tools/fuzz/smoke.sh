#!/usr/bin/env bash
# CI's fuzz smoke (.ci/run): every target's seeds and saved crash inputs (tests/*/Fuzz/TARGET) replayed in process with
# the invariant checks, then, when AFL++ is installed, SMOKE_SECONDS (default 20; 0 for none) of afl-fuzz per target.
# Exit status: 1 when a replayed input fails (a regression); what afl-fuzz finds in a smoke run is reported, not failed
# on, so CI stays deterministic (run tools/fuzz/run.sh TARGET to reproduce it and add the input to tests/*/Fuzz).
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
targets="reader html tokenizer time structure"
seconds=${SMOKE_SECONDS:-20}
start=$SECONDS
# SMOKE_NO_BUILD=1 (.ci/run, right after building the solution) uses the build that is there.
if [[ "${SMOKE_NO_BUILD:-}" == 1 && -f tools/Sitrep.Fuzz/bin/Release/net10.0/Sitrep.Fuzz.dll ]]; then
  :
elif ! out=$(dotnet build tools/Sitrep.Fuzz -c Release -nologo -v q 2>&1); then
  printf '%s\n' "$out" | grep -E "error" | head -10
  echo "fuzz smoke: the fuzz targets do not build"
  exit 1
fi
rc=0
for t in $targets; do
  paths=(tools/fuzz/seeds/"$t")
  for d in tests/*/Fuzz/"$t"; do [[ -d $d ]] && paths+=("$d"); done
  dotnet tools/Sitrep.Fuzz/bin/Release/net10.0/Sitrep.Fuzz.dll replay "$t" "${paths[@]}" || rc=1
done
if [[ "$seconds" == 0 ]]; then
  echo "fuzz smoke: SMOKE_SECONDS=0, so no fuzzing (seeds and crash regressions were replayed in process)"
elif command -v afl-fuzz >/dev/null; then
  minutes=$(awk -v s="$seconds" 'BEGIN { printf "%.3f", s / 60 }')
  reuse=0   # the first target builds and instruments, the others reuse it
  for t in $targets; do
    log=tools/fuzz/out/smoke-$t.log
    mkdir -p tools/fuzz/out
    if FUZZ_REUSE_BUILD=$reuse tools/fuzz/run.sh "$t" "$minutes" > "$log" 2>&1; then
      grep "^$t: run_time" "$log"
    else
      tail -15 "$log"
      echo "fuzz smoke: afl-fuzz on $t found a crash or hang, or failed (above; tools/fuzz/out/$t; not failing CI)"
    fi
    reuse=1
  done
else
  echo "fuzz smoke: afl-fuzz not found, so no fuzzing (seeds and crash regressions were replayed in process); apt-get install afl++ to fuzz"
fi
echo "fuzz smoke: $((SECONDS - start)) s"
exit $rc
