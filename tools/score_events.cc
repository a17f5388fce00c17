// dyad-score-events: scores `dyad code` output against the hand-coded gold set.
//
//   dyad-score-events [--details] GOLD.tsv EVENTS.jsonl   precision, recall, F1 (root and full
//                                                         level), spurious events per 10
//                                                         sentences, tables by root and tag
//   dyad-score-events --documents GOLD.tsv                 the gold sentences as dyad JSONL
//                                                         documents {"id","date","text"}
// A full run from the build directory:
//   ./dyad-score-events --documents ../tests/data/gold_events.tsv > gold.jsonl
//   ./dyad code [--dictionaries DIR] gold.jsonl > events.jsonl
//   ./dyad-score-events --details ../tests/data/gold_events.tsv events.jsonl
// Formats and matching rules: src/code/event_score.h; coding conventions: the gold file's header.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "code/event_score.h"

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: dyad-score-events [--details] GOLD.tsv EVENTS.jsonl\n"
               "       dyad-score-events --documents GOLD.tsv\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  bool details = false, documents = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--details")) details = true;
    else if (!std::strcmp(argv[i], "--documents")) documents = true;
    else if (!std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--help")) return usage(), 0;
    else if (argv[i][0] == '-' && argv[i][1] != '\0') return usage();
    else files.emplace_back(argv[i]);
  }
  if (documents ? files.size() != 1 : files.size() != 2) return usage();
  try {
    auto gold = dyad::read_gold_events(files[0]);
    std::string out;
    if (documents) {
      out = dyad::gold_documents_jsonl(gold);
    } else {
      auto system = dyad::read_event_jsonl(files[1]);
      out = dyad::format_score_report(dyad::score_events(gold, system), details);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad-score-events: %s\n", e.what());
    return 1;
  }
  return 0;
}
