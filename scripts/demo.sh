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
