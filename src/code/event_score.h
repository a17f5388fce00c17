// Scoring coded events against a hand-coded gold set (tests/data/gold_events.tsv).
//
// Gold file: UTF-8, TAB-separated, '#' comment and blank lines ignored; columns
//   id, date (YYYY-MM-DD), sentence, events ("SRC TGT CODE; SRC TGT CODE", may be empty),
//   and an optional fifth column of comma-separated tags (phenomena such as "passive").
// System file: `dyad code` JSONL (code/event_json.h); only doc_id, source, target and code
// are read, and doc_id is matched against the gold id.
//
// Matching is per sentence and counts multisets: a system event matches at most one gold
// event. Two levels:
//   full: source, target and code equal;
//   root: first 3 letters of source and target equal and the same two-digit CAMEO root.
// Full matches are paired first, then root matches among what is left, so an event that
// matches at full level also counts at root level and the root pairing stays maximal.
// Parse errors are thrown as std::runtime_error "path:line: message".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

struct EventTriple {
  std::string source, target, code;
  bool operator==(const EventTriple&) const = default;
};

// "RUSGOV UKR 190"
std::string to_string(const EventTriple& e);

struct GoldSentence {
  std::string id, date, text;
  std::vector<EventTriple> events;
  std::vector<std::string> tags;
  int line = 0;  // 1-based line in the gold file
};

std::vector<GoldSentence> parse_gold_events(std::string_view text, std::string_view path);
std::vector<GoldSentence> read_gold_events(const std::string& path);

// System events grouped by doc_id, in file order within a document.
using SystemEvents = std::unordered_map<std::string, std::vector<EventTriple>>;
SystemEvents parse_event_jsonl(std::string_view text, std::string_view path);
SystemEvents read_event_jsonl(const std::string& path);

struct MatchCounts {
  int64_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void add(const MatchCounts& o) { tp += o.tp; fp += o.fp; fn += o.fn; }
};

enum class MatchKind { kFull, kRootOnly, kNone };

struct SentenceScore {
  const GoldSentence* gold = nullptr;
  std::vector<EventTriple> system;
  std::vector<MatchKind> gold_match;    // per gold event
  std::vector<MatchKind> system_match;  // per system event
  std::vector<int> gold_partner;        // index into `system`, -1 when unmatched
  MatchCounts root, full;
};

struct EventScore {
  int64_t sentences = 0;
  int64_t gold_events = 0;
  int64_t system_events = 0;          // on gold sentences only
  int64_t unknown_doc_events = 0;     // system events whose doc_id is not a gold id
  int64_t events_on_empty = 0;        // system events on sentences with no gold event
  MatchCounts root, full;
  std::map<std::string, MatchCounts> by_root;  // root level; fn by gold root, fp by system root
  std::map<std::string, MatchCounts> by_tag;   // root level, over the sentences with the tag
  std::map<std::string, int64_t> tag_sentences;
  std::vector<SentenceScore> per_sentence;     // same order as the gold sentences

  // System events that match no gold event at root level, per 10 sentences.
  double spurious_per_10() const { return sentences ? 10.0 * double(root.fp) / double(sentences) : 0.0; }
};

// `gold` must outlive the result (SentenceScore points into it).
EventScore score_events(const std::vector<GoldSentence>& gold, const SystemEvents& system);

// The plain-text report of the tool; with `details`, every sentence that is not an exact
// match is listed with its misses, root-only matches and spurious events.
std::string format_score_report(const EventScore& score, bool details);

// The gold sentences as `dyad code` input documents, one {"id","date","text"} per line.
std::string gold_documents_jsonl(const std::vector<GoldSentence>& gold);

}  // namespace dyad
