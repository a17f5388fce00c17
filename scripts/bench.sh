#!/usr/bin/env bash
# `make bench`: every micro-benchmark executable the build produced (bench/*_bench.cc), one core
# each, then the corpus benchmark of `dyad code` on 1 and N threads (scripts/corpus_bench.sh).
# CORPUS=0 skips the corpus benchmark; MICRO=0 skips the micro-benchmarks.
set -euo pipefail
build=${1:-build}
status=0
if [ "${MICRO:-1}" != 0 ]; then
  for exe in "$build"/*_bench; do
    [ -x "$exe" ] || continue
    echo "== $(basename "$exe")"
    "$exe" --benchmark_counters_tabular=true || status=1
  done
fi
if [ "${CORPUS:-1}" != 0 ]; then
  echo "== corpus benchmark (scripts/corpus_bench.sh)"
  "$(dirname "$0")/corpus_bench.sh" "$build" || status=1
fi
exit $status
