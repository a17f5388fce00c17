// The event scorer (code/event_score.h) on hand-made inputs with figures worked out by hand,
// and the shipped gold set (tests/data/gold_events.tsv) checked for coverage and well-formed codes.
#include "code/event_score.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "resolve/cameo_table.h"

namespace dyad {
namespace {

// Six sentences: a root-only match, a half-found compound, two spurious events on an empty
// sentence, a miss, a duplicate system event, and an empty sentence left empty.
const char* kGold =
    "# comment line\n"
    "s1\t2024-01-01\tRussian troops attacked Ukraine.\tRUSGOV UKR 190\tdemonym\n"
    "s2\t2025-06-22\tRussia and China condemned the US.\tRUS USA 111; CHN USA 111\tcompound\n"
    "\n"
    "s3\t2023-05-03\tInflation eased.\t\tnoevent\n"
    "s4\t2023-10-20\tIsrael demanded the release of hostages.\tISR PSEINS 1053\n"
    "s5\t2021-06-15\tErdogan was optimistic about Greece.\tTUR GRC 013\n"
    "s6\t2024-01-14\tReal Madrid beat Barcelona.\t\tnoevent\n";

const char* kSystem =
    R"({"doc_id":"s1","sentence":0,"source":"RUSMIL","target":"UKR","code":"195","root_code":"19"})" "\n"
    R"({"doc_id":"s2","sentence":0,"source":"RUS","target":"USA","code":"111"})" "\n"
    R"({"doc_id":"s3","sentence":0,"source":"USA","target":"IRN","code":"042"})" "\n"
    R"({"doc_id":"s3","sentence":0,"source":"USA","target":"IRN","code":"111"})" "\n"
    R"({"doc_id":"s5","sentence":0,"source":"TUR","target":"GRC","code":"013"})" "\n"
    R"({"doc_id":"s5","sentence":0,"source":"TUR","target":"GRC","code":"013"})" "\n"
    "\n"
    R"({"doc_id":"zzz","sentence":0,"source":"FRA","target":"DEU","code":"040"})" "\n";

TEST(EventScore, ParsesGoldColumnsEventsAndTags) {
  auto gold = parse_gold_events(kGold, "gold.tsv");
  ASSERT_EQ(gold.size(), 6u);
  EXPECT_EQ(gold[0].id, "s1");
  EXPECT_EQ(gold[0].date, "2024-01-01");
  EXPECT_EQ(gold[0].text, "Russian troops attacked Ukraine.");
  EXPECT_EQ(gold[0].line, 2);
  ASSERT_EQ(gold[1].events.size(), 2u);
  EXPECT_EQ(gold[1].events[1], (EventTriple{"CHN", "USA", "111"}));
  EXPECT_EQ(gold[1].tags, std::vector<std::string>{"compound"});
  EXPECT_EQ(gold[2].line, 5);
  EXPECT_TRUE(gold[2].events.empty());
  EXPECT_TRUE(gold[3].tags.empty());  // four columns: no tags
}

std::string gold_error(const std::string& text) {
  try {
    parse_gold_events(text, "g.tsv");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(EventScore, GoldErrorsNameFileAndLine) {
  EXPECT_EQ(gold_error("# c\na\t2024-01-01\tonly three"),
            "g.tsv:2: expected 4 or 5 TAB-separated columns (id, date, sentence, events[, tags]), got 3");
  EXPECT_EQ(gold_error("a\t2024-01-01\tx.\t\nb\t2024-1-1\ty.\t"), "g.tsv:2: date '2024-1-1' is not YYYY-MM-DD");
  EXPECT_EQ(gold_error("a\t2024-01-01\tx.\t\na\t2024-01-01\ty.\t"), "g.tsv:2: duplicate id 'a'");
  EXPECT_EQ(gold_error("a\t2024-01-01\tx.\tRUS UKR\n"), "g.tsv:1: event 'RUS UKR' is not 'SOURCE TARGET CODE'");
  EXPECT_EQ(gold_error("a\t2024-01-01\tx.\tRus UKR 190\n"), "g.tsv:1: event 'Rus UKR 190': bad actor code");
  EXPECT_EQ(gold_error("a\t2024-01-01\tx.\tRUS UKR 19a\n"), "g.tsv:1: event 'RUS UKR 19a': bad event code");
}

TEST(EventScore, ReadsSystemJsonlAndReportsBadLines) {
  auto system = parse_event_jsonl(kSystem, "ev.jsonl");
  ASSERT_EQ(system.size(), 5u);
  ASSERT_EQ(system.at("s3").size(), 2u);
  EXPECT_EQ(system.at("s3")[1], (EventTriple{"USA", "IRN", "111"}));
  try {
    parse_event_jsonl("{\"doc_id\":\"a\",\"source\":\"X\",\"target\":\"Y\",\"code\":\"01\"}\n{\"doc_id\":\"b\"}\n",
                      "ev.jsonl");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "ev.jsonl:2: missing string field 'source'");
  }
  EXPECT_THROW(parse_event_jsonl("{not json\n", "ev.jsonl"), std::runtime_error);
}

TEST(EventScore, FiguresOnHandMadeInput) {
  auto gold = parse_gold_events(kGold, "gold.tsv");
  auto score = score_events(gold, parse_event_jsonl(kSystem, "ev.jsonl"));
  EXPECT_EQ(score.sentences, 6);
  EXPECT_EQ(score.gold_events, 5);
  EXPECT_EQ(score.system_events, 6);
  EXPECT_EQ(score.unknown_doc_events, 1);
  EXPECT_EQ(score.events_on_empty, 2);
  // Root: s1 tp, s2 tp+fn, s3 2 fp, s4 fn, s5 tp+fp.
  EXPECT_EQ(score.root.tp, 3);
  EXPECT_EQ(score.root.fp, 3);
  EXPECT_EQ(score.root.fn, 2);
  EXPECT_DOUBLE_EQ(score.root.precision(), 0.5);
  EXPECT_DOUBLE_EQ(score.root.recall(), 0.6);
  EXPECT_DOUBLE_EQ(score.root.f1(), 0.6 / 1.1);
  // Full: s1 is now a miss and a spurious event.
  EXPECT_EQ(score.full.tp, 2);
  EXPECT_EQ(score.full.fp, 4);
  EXPECT_EQ(score.full.fn, 3);
  EXPECT_DOUBLE_EQ(score.full.precision(), 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(score.full.recall(), 0.4);
  EXPECT_NEAR(score.full.f1(), 4.0 / 11.0, 1e-12);
  EXPECT_DOUBLE_EQ(score.spurious_per_10(), 5.0);

  EXPECT_EQ(score.by_root.at("19").tp, 1);
  EXPECT_EQ(score.by_root.at("11").tp, 1);
  EXPECT_EQ(score.by_root.at("11").fn, 1);
  EXPECT_EQ(score.by_root.at("11").fp, 1);  // s3's USA IRN 111
  EXPECT_EQ(score.by_root.at("04").fp, 1);
  EXPECT_EQ(score.by_root.at("10").fn, 1);
  EXPECT_EQ(score.by_root.at("01").fp, 1);  // the duplicate in s5
  EXPECT_EQ(score.by_tag.at("noevent").fp, 2);
  EXPECT_EQ(score.tag_sentences.at("noevent"), 2);
  EXPECT_EQ(score.by_tag.at("compound").fn, 1);

  const SentenceScore& s1 = score.per_sentence[0];
  EXPECT_EQ(s1.gold_match[0], MatchKind::kRootOnly);
  EXPECT_EQ(s1.gold_partner[0], 0);
  const SentenceScore& s5 = score.per_sentence[4];
  EXPECT_EQ(s5.system_match[0], MatchKind::kFull);
  EXPECT_EQ(s5.system_match[1], MatchKind::kNone);
}

TEST(EventScore, FullMatchesArePairedBeforeRootMatches) {
  // Greedy root pairing alone would pair gold[0] with system[0] and lose the exact match.
  auto gold = parse_gold_events("a\t2024-01-01\tx.\tRUSMIL UKR 195; RUSMIL UKR 190\n", "g");
  SystemEvents system{{"a", {{"RUS", "UKR", "190"}, {"RUSMIL", "UKR", "195"}}}};
  auto score = score_events(gold, system);
  EXPECT_EQ(score.full.tp, 1);
  EXPECT_EQ(score.root.tp, 2);
  EXPECT_EQ(score.root.fp, 0);
}

TEST(EventScore, ReportListsFiguresAndDetails) {
  auto gold = parse_gold_events(kGold, "gold.tsv");
  auto score = score_events(gold, parse_event_jsonl(kSystem, "ev.jsonl"));
  std::string report = format_score_report(score, true);
  EXPECT_NE(report.find("sentences 6, gold events 5, system events 6\n"), std::string::npos) << report;
  EXPECT_NE(report.find("root           3     3     2    0.500  0.600  0.545\n"), std::string::npos) << report;
  EXPECT_NE(report.find("full           2     4     3    0.333  0.400  0.364\n"), std::string::npos) << report;
  EXPECT_NE(report.find("spurious events per 10 sentences (root level): 5.00\n"), std::string::npos);
  EXPECT_NE(report.find("not in the gold set (not scored): 1\n"), std::string::npos);
  EXPECT_NE(report.find("  root-only RUSGOV UKR 190  system: RUSMIL UKR 195\n"), std::string::npos);
  EXPECT_NE(report.find("  missed    ISR PSEINS 1053\n"), std::string::npos);
  EXPECT_NE(report.find("  spurious  USA IRN 042\n"), std::string::npos);
  EXPECT_EQ(report.find("\ns6 "), std::string::npos);  // exact (empty) sentences are not listed
  EXPECT_EQ(format_score_report(score, false).find("details"), std::string::npos);
}

TEST(EventScore, WritesGoldAsDocuments) {
  auto gold = parse_gold_events("q1\t2024-12-25\t\"We won,\" he said.\t\n", "g");
  EXPECT_EQ(gold_documents_jsonl(gold),
            "{\"id\":\"q1\",\"date\":\"2024-12-25\",\"text\":\"\\\"We won,\\\" he said.\"}\n");
}

// The shipped gold set: big enough, every CAMEO root covered, real codes only.
TEST(GoldEventSet, CoverageAndCodes) {
  auto gold = read_gold_events(std::string(DYAD_TEST_DATA) + "/gold_events.tsv");
  EXPECT_GE(gold.size(), 260u);
  std::map<std::string, int> root_sentences, tag_sentences;
  int empty = 0;
  const std::set<std::string> known_tags = {"passive", "compound", "negation", "say", "quote", "pronoun",
                                            "apposition", "title", "demonym", "metonym", "nominal", "noevent"};
  for (const GoldSentence& g : gold) {
    SCOPED_TRACE(g.id);
    EXPECT_GE(g.date, "2015-01-01");
    EXPECT_LE(g.date, "2026-12-31");
    if (g.events.empty()) ++empty;
    std::set<std::string> roots;
    for (const EventTriple& e : g.events) {
      EXPECT_NE(find_cameo_code(e.code), nullptr) << e.code;
      EXPECT_NE(e.source, e.target);
      roots.insert(e.code.substr(0, 2));
    }
    for (const auto& r : roots) ++root_sentences[r];
    for (const auto& t : g.tags) {
      EXPECT_TRUE(known_tags.count(t)) << t;
      ++tag_sentences[t];
    }
    // The noevent tag and an empty events column go together.
    EXPECT_EQ(g.events.empty(), std::count(g.tags.begin(), g.tags.end(), "noevent") == 1);
  }
  EXPECT_GE(empty, 40);
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    EXPECT_GE(root_sentences[root], 8) << "root " << root;
  }
  for (const auto& t : known_tags) EXPECT_GE(tag_sentences[t], 8) << t;
}

}  // namespace
}  // namespace dyad
