#!/usr/bin/env bash
# The main job on the bundled example articles: today, parsing them; the coder extends this.
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
echo "== dyad parse examples/articles.jsonl (first sentences of each article)"
"$build/dyad" parse examples/articles.jsonl | awk '/^# doc/{n++} n<=6'
echo
echo "== sentences, tokens and subject/verb/object heads per example article"
"$build/dyad" parse examples/articles.jsonl | grep -E '^# (doc|clause)' | paste - - | \
  sed -E 's/# doc ([^ ]+) sentence ([0-9]+) bytes [0-9-]+\t# clause = /\1 #\2: /' | head -40
echo
echo "== dyad ingest: the example articles into an event store, then once more (nothing new is stored)"
db="$build/demo-events.db"
rm -f "$db" "$db-wal" "$db-shm"
"$build/dyad" ingest -q --db "$db" examples/articles.jsonl
"$build/dyad" ingest -q --db "$db" examples/articles.jsonl | head -1
top=$("$build/dyad" query --db "$db" --summary | sed -n 's/^  top dyads: \([^ ]*\) .*/\1/p')
if [ -n "$top" ]; then
  echo
  echo "== dyad timeline --dyad $top --both-directions --by day (plot: $build/demo-timeline.svg)"
  "$build/dyad" timeline --db "$db" --dyad "$top" --both-directions --by day --plot "$build/demo-timeline.svg"
fi
