#!/usr/bin/env bash
# Corpus benchmark of `dyad code` (docs/performance.md): raw news text to events on 1 and N
# threads, and coding from given parses (PETRARCH XML), each run under /usr/bin/time.
#   scripts/corpus_bench.sh [BUILD_DIR]      env: SENTENCES (100000), RUNS (3), THREADS (nproc),
#                                                 DYAD_SHARED_DIR (../shared)
# The corpus is made in BUILD_DIR/bench-corpus at run time from the peer samples in
# $DYAD_SHARED_DIR/peer/petrarch2/text and dyad's own articles (scripts/bench_corpus.py),
# repeated to at least SENTENCES sentences. Each figure is the median of RUNS runs; CPU is
# user+sys. The default dictionaries (data/dict) are used. Other processes share the machine:
# the load average is printed with the table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build=$(cd "${1:-build}" && pwd)
dyad="$build/dyad"
shared=${DYAD_SHARED_DIR:-$source_dir/../shared}
target=${SENTENCES:-100000}
runs=${RUNS:-3}
threads=${THREADS:-$(nproc)}
dir="$build/bench-corpus"
mkdir -p "$dir"
[ -x "$dyad" ] || { echo "corpus_bench: $dyad not built" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "corpus_bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

# --- the corpus -------------------------------------------------------------------------------
python3 "$here/bench_corpus.py" seed "$dir/seed.jsonl" "$source_dir" "$shared" 2>/dev/null
seed_sentences=$("$dyad" parse -q --format jsonl "$dir/seed.jsonl" | wc -l)
copies=$(( (target + seed_sentences - 1) / seed_sentences ))
sentences=$(( copies * seed_sentences ))
python3 "$here/bench_corpus.py" repeat "$dir/seed.jsonl" "$copies" "$dir/corpus.jsonl"
bytes=$(stat -c %s "$dir/corpus.jsonl")
records=$(python3 "$here/bench_corpus.py" xml "$shared" "$target" "$dir/corpus.xml")
head -n 1 "$dir/seed.jsonl" > "$dir/one.jsonl"

# run NAME ARGS...: RUNS timed runs of dyad; appends "wall user sys maxrss_kb" lines to NAME.times.
run() {
  local name=$1
  shift
  : > "$dir/$name.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$dir/$name.time" "$dyad" "$@" > "$dir/$name.out" 2> "$dir/$name.err" \
      || { echo "corpus_bench: dyad $* failed:" >&2; cat "$dir/$name.err" >&2; exit 1; }
    cat "$dir/$name.time" >> "$dir/$name.times"
  done
}
# median COLUMN NAME: the median of one column of NAME.times.
median() { sort -g -k"$1","$1" "$dir/$2.times" | awk -v c="$1" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
run startup code -q -j1 "$dir/one.jsonl"
run text1 code -q -j1 "$dir/corpus.jsonl"
run textN code -q -j"$threads" "$dir/corpus.jsonl"
run xml1 code -q -j1 "$dir/corpus.xml"
run xmlN code -q -j"$threads" "$dir/corpus.xml"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cmp -s "$dir/text1.out" "$dir/textN.out" || echo "corpus_bench: WARNING: -j1 and -j$threads outputs differ" >&2
cmp -s "$dir/xml1.out" "$dir/xmlN.out" || echo "corpus_bench: WARNING: XML -j1 and -j$threads outputs differ" >&2
events=$(wc -l < "$dir/text1.out")
xml_events=$(wc -l < "$dir/xml1.out")

row() {  # row LABEL NAME UNITS: one line of the table
  local wall user sys rss
  wall=$(median 1 "$2"); user=$(median 2 "$2"); sys=$(median 3 "$2"); rss=$(median 4 "$2")
  awk -v label="$1" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" -v n="$3" -v bytes="$4" \
    'BEGIN { cpu = user + sys;
             printf "%-28s %8.2f %8.2f %12.0f %12.0f %8.1f %9.0f\n", label, wall, cpu, n / wall,
                    (cpu > 0 ? n / cpu : 0), bytes / wall / 1e6, rss / 1024 }'
}
echo
echo "dyad code corpus benchmark: $(nproc) cores, $runs runs each (median), load average $load_before -> $load_after"
echo "text corpus: $sentences sentences ($copies x $seed_sentences), $(wc -l < "$dir/corpus.jsonl") documents," \
     "$bytes bytes, $events events; XML: $records records, $xml_events events"
printf "%-28s %8s %8s %12s %12s %8s %9s\n" "run" "wall s" "cpu s" "sent/s" "sent/cpu-s" "MB/s" "peak MB"
row "raw text -> events, -j1" text1 "$sentences" "$bytes"
row "raw text -> events, -j$threads" textN "$sentences" "$bytes"
row "given parses -> events, -j1" xml1 "$records" "$(stat -c %s "$dir/corpus.xml")"
row "given parses -> events, -j$threads" xmlN "$records" "$(stat -c %s "$dir/corpus.xml")"
awk -v a="$(median 1 text1)" -v b="$(median 1 textN)" -v c="$(median 1 xml1)" -v d="$(median 1 xmlN)" -v t="$threads" \
  'BEGIN { printf "speed-up on %d threads: raw text %.2fx, given parses %.2fx\n", t, a / b, c / d }'
echo "start-up (one short document, -j1): $(median 1 startup) s wall, $(median 4 startup | awk '{ printf "%.0f", $1 / 1024 }') MB peak"
