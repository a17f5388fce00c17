#!/usr/bin/env bash
# The main job on the bundled example articles: code their events (shown as text), store them in an
# event store, ingest again to show nothing is stored twice, then a summary and a timeline.
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
echo "== dyad code --format text examples/articles.jsonl: each event, then its evidence (source / verb / target / date words)"
"$build/dyad" code -q --format text examples/articles.jsonl
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
