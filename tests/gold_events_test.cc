// dyad's own dictionaries on the project's event sets, written for dyad with the events an
// analyst codes: the gold set (tests/data/gold_events.tsv, 326 sentences, the issue-4 target),
// a development set of longer wire-style sentences (dev_events.tsv, 160) and a held-out set
// (heldout_events.tsv, 120) whose errors are never read, so it measures unseen text. The
// floors are a little under the figures reached, so accuracy can only go up. Reproduce with
//   build/dyad-score-events --documents tests/data/gold_events.tsv > gold.jsonl
//   build/dyad code -q gold.jsonl > events.jsonl
//   build/dyad-score-events [--details] tests/data/gold_events.tsv events.jsonl
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "code/event_score.h"
#include "temp_path.h"

namespace dyad {
namespace {

struct Floors {
  double root_f1, full_f1, spurious_per_10;
};

// Codes `file` (tests/data) with dyad's own dictionaries and checks the floors.
void expect_floors(const std::string& file, size_t min_sentences, Floors floors) {
  const std::string gold_path = std::string(DYAD_TEST_DATA) + "/" + file;
  std::vector<GoldSentence> gold = read_gold_events(gold_path);
  ASSERT_GE(gold.size(), min_sentences);
  const std::string docs = dyad::temp_path(file + ".docs.jsonl");
  const std::string events = dyad::temp_path(file + ".events.jsonl");
  std::ofstream(docs) << gold_documents_jsonl(gold);
  const std::string command = std::string(DYAD_BINARY) + " code -q " + docs + " > " + events;
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  EventScore score = score_events(gold, read_event_jsonl(events));
  const double spurious_per_10 = 10.0 * double(score.root.fp) / double(score.sentences);
  std::printf("%s: root P %.3f R %.3f F1 %.3f; full F1 %.3f; spurious per 10 sentences %.2f\n", file.c_str(),
              score.root.precision(), score.root.recall(), score.root.f1(), score.full.f1(), spurious_per_10);
  EXPECT_GE(score.root.f1(), floors.root_f1);
  EXPECT_GE(score.full.f1(), floors.full_f1);
  EXPECT_LE(spurious_per_10, floors.spurious_per_10);
}

TEST(GoldEvents, OwnDictionariesReachTheFloors) {
  // Issue 4's target is root F1 0.85 here; reached 0.877, full 0.478, 0.67 spurious / 10.
  expect_floors("gold_events.tsv", 250, {0.865, 0.47, 0.75});
}

TEST(GoldEvents, DevelopmentSetReachesTheFloors) {
  // Longer wire-style sentences; read while improving the coder: 0.709, full 0.473, 1.81 / 10.
  expect_floors("dev_events.tsv", 150, {0.695, 0.46, 2.0});
}

TEST(GoldEvents, HeldOutSetReachesTheFloors) {
  // Never tuned on (only this score was looked at): 0.654, full 0.370, 3.08 / 10.
  expect_floors("heldout_events.tsv", 100, {0.64, 0.35, 3.25});
}

}  // namespace
}  // namespace dyad
