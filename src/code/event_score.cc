#include "code/event_score.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <simdjson.h>

#include "io/json_writer.h"

namespace dyad {
namespace {

[[noreturn]] void fail(std::string_view path, int line, const std::string& message) {
  throw std::runtime_error(std::string(path) + ":" + std::to_string(line) + ": " + message);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) return out;
    start = pos + 1;
  }
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

bool is_event_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// An actor code is "---" or 3-letter groups of A-Z.
bool is_actor_code(std::string_view s) {
  if (s == "---") return true;
  if (s.empty() || s.size() % 3 != 0) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::string root_key(const EventTriple& e) {
  return e.source.substr(0, 3) + ' ' + e.target.substr(0, 3) + ' ' + e.code.substr(0, 2);
}

std::string code_root(const std::string& code) { return code.substr(0, 2); }

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string counts_row(std::string_view label, const MatchCounts& c, size_t width) {
  std::string row(label);
  if (row.size() < width) row.append(width - row.size(), ' ');
  char buf[160];
  std::snprintf(buf, sizeof buf, " %5lld %5lld %5lld   %6.3f %6.3f %6.3f\n", static_cast<long long>(c.tp),
                static_cast<long long>(c.fp), static_cast<long long>(c.fn), c.precision(), c.recall(), c.f1());
  return row + buf;
}

std::string counts_header(std::string_view label, size_t width) {
  std::string row(label);
  if (row.size() < width) row.append(width - row.size(), ' ');
  return row + "    tp    fp    fn   precis recall     f1\n";
}

}  // namespace

std::string to_string(const EventTriple& e) { return e.source + ' ' + e.target + ' ' + e.code; }

std::vector<GoldSentence> parse_gold_events(std::string_view text, std::string_view path) {
  std::vector<GoldSentence> out;
  std::set<std::string, std::less<>> ids;
  int line_no = 0;
  for (std::string_view raw : split(text, '\n')) {
    ++line_no;
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    auto cols = split(line, '\t');
    if (cols.size() != 4 && cols.size() != 5)
      fail(path, line_no, "expected 4 or 5 TAB-separated columns (id, date, sentence, events[, tags]), got " +
                              std::to_string(cols.size()));
    GoldSentence g;
    g.line = line_no;
    g.id = std::string(trim(cols[0]));
    g.date = std::string(trim(cols[1]));
    g.text = std::string(trim(cols[2]));
    if (g.id.empty()) fail(path, line_no, "empty id");
    if (!ids.insert(g.id).second) fail(path, line_no, "duplicate id '" + g.id + "'");
    if (!is_date(g.date)) fail(path, line_no, "date '" + g.date + "' is not YYYY-MM-DD");
    if (g.text.empty()) fail(path, line_no, "empty sentence");
    for (std::string_view item : split(cols[3], ';')) {
      item = trim(item);
      if (item.empty()) continue;
      auto w = words(item);
      if (w.size() != 3) fail(path, line_no, "event '" + std::string(item) + "' is not 'SOURCE TARGET CODE'");
      if (!is_actor_code(w[0]) || !is_actor_code(w[1]))
        fail(path, line_no, "event '" + std::string(item) + "': bad actor code");
      if (!is_event_code(w[2])) fail(path, line_no, "event '" + std::string(item) + "': bad event code");
      g.events.push_back({std::string(w[0]), std::string(w[1]), std::string(w[2])});
    }
    if (cols.size() == 5)
      for (std::string_view tag : split(cols[4], ','))
        if (!trim(tag).empty()) g.tags.emplace_back(trim(tag));
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<GoldSentence> read_gold_events(const std::string& path) {
  return parse_gold_events(read_file(path), path);
}

SystemEvents parse_event_jsonl(std::string_view text, std::string_view path) {
  SystemEvents out;
  simdjson::dom::parser parser;
  int line_no = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_no;
    if (trim(line).empty()) continue;
    simdjson::dom::element doc;
    if (auto err = parser.parse(line.data(), line.size()).get(doc))
      fail(path, line_no, std::string("invalid JSON: ") + simdjson::error_message(err));
    auto field = [&](const char* name) {
      std::string_view v;
      if (doc[name].get_string().get(v)) fail(path, line_no, std::string("missing string field '") + name + "'");
      return std::string(v);
    };
    std::string doc_id = field("doc_id");
    out[doc_id].push_back({field("source"), field("target"), field("code")});
  }
  return out;
}

SystemEvents read_event_jsonl(const std::string& path) { return parse_event_jsonl(read_file(path), path); }

EventScore score_events(const std::vector<GoldSentence>& gold, const SystemEvents& system) {
  EventScore score;
  std::set<std::string_view> gold_ids;
  static const std::vector<EventTriple> kNone;
  for (const GoldSentence& g : gold) {
    gold_ids.insert(g.id);
    SentenceScore s;
    s.gold = &g;
    auto it = system.find(g.id);
    s.system = it == system.end() ? kNone : it->second;
    const size_t ng = g.events.size(), ns = s.system.size();
    s.gold_match.assign(ng, MatchKind::kNone);
    s.system_match.assign(ns, MatchKind::kNone);
    s.gold_partner.assign(ng, -1);
    // Keys are compared within one equivalence class at a time, so greedy pairing is maximal.
    for (int pass = 0; pass < 2; ++pass) {
      const MatchKind kind = pass == 0 ? MatchKind::kFull : MatchKind::kRootOnly;
      for (size_t i = 0; i < ng; ++i) {
        if (s.gold_match[i] != MatchKind::kNone) continue;
        for (size_t j = 0; j < ns; ++j) {
          if (s.system_match[j] != MatchKind::kNone) continue;
          bool same = pass == 0 ? g.events[i] == s.system[j] : root_key(g.events[i]) == root_key(s.system[j]);
          if (!same) continue;
          s.gold_match[i] = kind;
          s.system_match[j] = kind;
          s.gold_partner[i] = static_cast<int>(j);
          break;
        }
      }
    }
    for (size_t i = 0; i < ng; ++i) {
      MatchCounts& r = score.by_root[code_root(g.events[i].code)];
      if (s.gold_match[i] == MatchKind::kFull) ++s.full.tp; else ++s.full.fn;
      if (s.gold_match[i] == MatchKind::kNone) { ++s.root.fn; ++r.fn; } else { ++s.root.tp; ++r.tp; }
    }
    for (size_t j = 0; j < ns; ++j) {
      if (s.system_match[j] != MatchKind::kFull) ++s.full.fp;
      if (s.system_match[j] == MatchKind::kNone) {
        ++s.root.fp;
        ++score.by_root[code_root(s.system[j].code)].fp;
      }
    }
    ++score.sentences;
    score.gold_events += static_cast<int64_t>(ng);
    score.system_events += static_cast<int64_t>(ns);
    if (ng == 0) score.events_on_empty += static_cast<int64_t>(ns);
    score.root.add(s.root);
    score.full.add(s.full);
    for (const std::string& tag : g.tags) {
      score.by_tag[tag].add(s.root);
      ++score.tag_sentences[tag];
    }
    score.per_sentence.push_back(std::move(s));
  }
  for (const auto& [doc_id, events] : system)
    if (!gold_ids.count(doc_id)) score.unknown_doc_events += static_cast<int64_t>(events.size());
  return score;
}

std::string format_score_report(const EventScore& score, bool details) {
  std::string out;
  out += "sentences " + std::to_string(score.sentences) + ", gold events " + std::to_string(score.gold_events) +
         ", system events " + std::to_string(score.system_events) + "\n\n";
  out += counts_header("level", 10);
  out += counts_row("root", score.root, 10);
  out += counts_row("full", score.full, 10);
  out += "\nspurious events per 10 sentences (root level): " + fixed(score.spurious_per_10(), 2) + "\n";
  out += "system events on sentences with no gold event: " + std::to_string(score.events_on_empty) + "\n";
  if (score.unknown_doc_events)
    out += "system events whose doc_id is not in the gold set (not scored): " +
           std::to_string(score.unknown_doc_events) + "\n";

  out += "\nby CAMEO root (root level)\n" + counts_header("root", 10);
  for (const auto& [root, c] : score.by_root) out += counts_row(root, c, 10);

  if (!score.by_tag.empty()) {
    out += "\nby tag (root level, sentences with the tag)\n" + counts_header("tag", 18);
    for (const auto& [tag, c] : score.by_tag)
      out += counts_row(tag + " (" + std::to_string(score.tag_sentences.at(tag)) + ")", c, 18);
  }

  if (details) {
    out += "\ndetails (sentences that are not an exact match)\n";
    for (const SentenceScore& s : score.per_sentence) {
      if (s.full.fp == 0 && s.full.fn == 0) continue;
      out += "\n" + s.gold->id + " " + s.gold->date + " " + s.gold->text + "\n";
      for (size_t i = 0; i < s.gold->events.size(); ++i) {
        const std::string ev = to_string(s.gold->events[i]);
        switch (s.gold_match[i]) {
          case MatchKind::kFull: out += "  ok        " + ev + "\n"; break;
          case MatchKind::kRootOnly:
            out += "  root-only " + ev + "  system: " + to_string(s.system[s.gold_partner[i]]) + "\n";
            break;
          case MatchKind::kNone: out += "  missed    " + ev + "\n"; break;
        }
      }
      for (size_t j = 0; j < s.system.size(); ++j)
        if (s.system_match[j] == MatchKind::kNone) out += "  spurious  " + to_string(s.system[j]) + "\n";
    }
  }
  return out;
}

std::string gold_documents_jsonl(const std::vector<GoldSentence>& gold) {
  std::string out;
  for (const GoldSentence& g : gold) {
    JsonWriter w(&out);
    w.begin_object();
    w.key("id"); w.value(g.id);
    w.key("date"); w.value(g.date);
    w.key("text"); w.value(g.text);
    w.end_object();
    out += '\n';
  }
  return out;
}

}  // namespace dyad
