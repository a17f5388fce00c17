#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/*_fuzz.cc) for SECONDS each, one after the other, with
# AddressSanitizer and UndefinedBehaviorSanitizer. Usage: scripts/fuzz.sh BUILD SECONDS [TARGET...]
# (TARGET = corpus folder name, e.g. ptb dict_verbs). Each target's growing corpus is kept in
# BUILD/corpus/<target>/ (seeded from fuzz/corpus/<target>/); a crashing input is written to
# BUILD/artifacts/ and the script goes on with the next target, then exits 1. Copy a crashing
# input into fuzz/corpus/<target>/ once its bug is fixed: it then runs in `make test`.
set -euo pipefail
build=${1:-build-fuzzclang}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
cd "$(dirname "$0")/.."
jobs=${JOBS:-$(nproc)}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/*_fuzz.cc; do n=$(basename "$f" .cc); targets+=("${n%_fuzz}"); done
fi

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_FUZZ=ON >/dev/null
cmake --build "$build" -j "$jobs" --target $(printf '%s_fuzz ' "${targets[@]}")

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
mkdir -p "$build/artifacts"
failed=()
summary=()
for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t"
  dict=()
  [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
  echo "== fuzzing $t for ${seconds}s"
  log="$build/artifacts/$t.log"
  # One process per target (the machine is shared); -max_len keeps inputs sentence-sized.
  if "$build/${t}_fuzz" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" "${dict[@]}" \
      "$build/corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    summary+=("$t: ${seconds}s, ${runs:-?} runs, ${cov:-cov: ?}, no crash")
  else
    failed+=("$t")
    summary+=("$t: CRASH, see $log and $build/artifacts/$t-*")
    grep -E 'ERROR|invariant broken|SUMMARY' "$log" | head -5 || true
  fi
done
echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
[ ${#failed[@]} -eq 0 ]
