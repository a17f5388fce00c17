#!/usr/bin/env bash
# Runs every benchmark executable the build produced (bench/*_bench.cc), one core each.
set -euo pipefail
build=${1:-build}
status=0
for exe in "$build"/*_bench; do
  [ -x "$exe" ] || continue
  echo "== $(basename "$exe")"
  "$exe" --benchmark_counters_tabular=true || status=1
done
exit $status
