#!/usr/bin/env python3
"""Compare dyad's events on PETRARCH XML records with PETRARCH2's event file.

  build/dyad code ../shared/peer/petrarch2/text/GigaWord.sample.PETR.xml \
      --dictionaries ../shared/peer/petrarch2/dictionaries/phoenix -q > gw.jsonl
  scripts/compare_petrarch_events.py ../shared/peer/petrarch2/text/GigaWord.sample.PETR.xml \
      ../shared/peer/petrarch2/text/GigaWord.sample.petrarch2-events.txt gw.jsonl

PETRARCH2's lines carry the record id (column 6); dyad's carry doc_id and sentence, split
from the record id ("AFP0808020625_4" -> AFP0808020625, 4; an id without a numeric suffix
is the doc_id with sentence 0). Prints, per record, the events both found, dyad only and PETRARCH2 only, then the totals.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(xml_path, petrarch_path, dyad_path):
    records = []
    for s in ET.parse(xml_path).getroot().iter("Sentence"):
        records.append((s.get("id").strip(), s.get("date").strip(), " ".join(s.findtext("Text").split())))
    ids = {rid for rid, _, _ in records}
    dyad = {}
    for line in open(dyad_path):
        e = json.loads(line)
        rid = "%s_%d" % (e["doc_id"], e["sentence"])
        if rid not in ids:
            rid = e["doc_id"]
        dyad.setdefault(rid, set()).add((e["source"], e["target"], e["code"]))
    petr = {}
    unplaced = []
    for line in open(petrarch_path):
        f = line.rstrip("\n").split("\t")
        if f[5] not in ids:
            unplaced.append(line.strip())
            continue
        petr.setdefault(f[5], set()).add((f[1], f[2], f[3]))
    both = only_d = only_p = 0
    for rid, date, text in records:
        d, p = dyad.get(rid, set()), petr.get(rid, set())
        if not d and not p:
            continue
        print("## %s %s\n%s" % (rid, date, text))
        for tag, events in (("both", d & p), ("dyad only", d - p), ("petrarch2 only", p - d)):
            for e in sorted(events):
                print("  %-15s %s %s %s" % (tag, *e))
        both += len(d & p)
        only_d += len(d - p)
        only_p += len(p - d)
    for line in unplaced:
        print("unplaced petrarch2 event:", line)
    print("\nboth %d, dyad only %d, petrarch2 only %d, unplaced %d" % (both, only_d, only_p, len(unplaced)))


if __name__ == "__main__":
    main(*sys.argv[1:4])
