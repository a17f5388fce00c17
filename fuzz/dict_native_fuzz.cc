// Fuzz target: dyad's own dictionary format (dict/native_actors.h, native_agents.h,
// native_verbs.h; docs/dictionaries.md). The input is read as an actors, an agents and a
// verbs file into one DictionarySet sharing one Vocabulary, as a directory loads them, and
// finished. Checks:
//  - every error names the file and a line in it, a column inside that line, and is one line
//    of text without control characters (a NUL would cut it when printed);
//  - lookups of the input's own words stay inside the sentence and name real entries, blocks,
//    patterns (terms in range) and synsets;
//  - an EventCoder built on the result codes a sentence made of the input's words (verbs as
//    verbs, nouns as nouns, the rest as names) with every event's spans inside the sentence
//    and its rule naming a line of the input.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "code/event_coder.h"
#include "dict/date.h"
#include "dict/dictionary_set.h"
#include "dict/native_actors.h"
#include "dict/native_agents.h"
#include "dict/native_verbs.h"
#include "fuzz/fuzz_dict.h"
#include "syntax/ptb.h"

namespace dyad::fuzz {
namespace {

constexpr const char* kName = "dict_native";

// The physical lines of `text` (as NativeLines counts them: '\n' ends a line).
std::vector<std::string_view> physical_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t at = 0;
  for (;;) {
    size_t nl = text.find('\n', at);
    lines.push_back(text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at));
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return lines;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void check_errors(const CollectingReporter& reporter, std::string_view text) {
  check_dictionary_errors(kName, reporter, text);
  const std::vector<std::string_view> lines = physical_lines(text);
  for (const DictionaryError& e : reporter.errors) {
    if (e.line() == 0) continue;  // finish(): a set never defined is reported at its first use
    if (e.line() > lines.size()) fail(kName, "error line past the input");
    if (e.column() > code_points(lines[e.line() - 1]) + 1) fail(kName, "error column past its line");
    for (char c : std::string_view(e.what()))
      if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) fail(kName, "error holds a control character");
  }
}

void check_lookups(const DictionarySet& set, const std::vector<std::string_view>& words) {
  const VerbDictionary& verbs = set.verbs;
  for (Date date : {Date::from_ymd(2025, 8, 20), Date::min(), Date::max()})
    for (size_t i = 0; i < words.size(); ++i) {
      const ActorMatch m = set.actors.longest_match(words, i, date);
      if (!m) continue;
      if (i + m.length > words.size() || m.entries.empty()) fail(kName, "actor match outside the sentence");
      for (ActorEntryId e : m.entries)
        if (e >= set.actors.entry_count()) fail(kName, "actor entry id");
    }
  for (size_t i = 0; i < words.size(); ++i) {
    const AgentMatch m = set.agents.longest_match(words, i);
    if (!m) continue;
    if (i + m.length > words.size() || m.agents.empty()) fail(kName, "agent match outside the sentence");
    for (AgentId a : m.agents)
      if (a >= set.agents.agent_count() || set.agents.agent(a).code.empty()) fail(kName, "agent id or code");
  }
  auto check_term = [&](const VerbPattern& p, const PatternTerm& t) {
    if (t.kind == TermKind::kSynset && t.value >= verbs.synset_count()) fail(kName, "synset id");
    if (t.kind == TermKind::kWord && t.value >= verbs.vocabulary().size()) fail(kName, "word id");
    if (size_t(t.first_child) + t.child_count > p.nested.size()) fail(kName, "child range");
  };
  for (std::string_view word : words)
    for (std::span<const VerbId> found : {verbs.find(word), verbs.find_noun(word)})
      for (VerbId id : found) {
        if (id >= verbs.verb_count()) fail(kName, "verb id");
        const Verb& verb = verbs.verb(id);
        if (verb.block >= verbs.block_count()) fail(kName, "block id");
        for (const VerbPattern& p : verbs.patterns(verb.block)) {
          if (p.verb_index >= p.terms.size() || p.terms[p.verb_index].kind != TermKind::kVerb)
            fail(kName, "pattern verb index");
          for (const PatternTerm& t : p.terms) {
            check_term(p, t);
            for (const PatternTerm& c : p.children(t)) check_term(p, c);
          }
        }
      }
}

// (ROOT (S (NP (NNP w0)) (VP (VBD verb) (NP (NN noun) (NNP name) ...) (VP (VBD verb) ...)) (. .)))
// from at most 64 words: every verb of the dictionary opens a VP inside the previous one.
std::string sentence_brackets(const DictionarySet& set, const std::vector<std::string_view>& words) {
  std::string s = "(ROOT (S";
  int open = 0;
  bool in_np = false;
  const size_t n = std::min<size_t>(words.size(), 64);
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = words[i];
    const bool verb = i > 0 && !set.verbs.find(w).empty();
    if (verb) {
      if (in_np) s += ")";
      in_np = false;
      s += " (VP (VBD " + std::string(w) + ")";
      ++open;
      continue;
    }
    if (!in_np) {
      s += " (NP";
      in_np = true;
    }
    s += set.verbs.find_noun(w).empty() ? " (NNP " : " (NN ";
    s += std::string(w) + ")";
  }
  if (in_np) s += ")";
  s.append(open, ')');
  return s + " (. .)))";
}

void check_coding(const std::shared_ptr<const DictionarySet>& set, const std::vector<std::string_view>& words,
                  size_t line_count) {
  Tree tree;
  try {
    tree = read_ptb(sentence_brackets(*set, words));
  } catch (const PtbError&) {
    return;  // a word the bracket reader splits differently: nothing to code
  }
  const EventCoder coder(set);
  const int32_t n = static_cast<int32_t>(tree.tokens.size());
  for (bool require_dyad : {true, false}) {
    CoderOptions options;
    options.require_dyad = require_dyad;
    const SentenceCoding coding = coder.code(tree, Date::from_ymd(2025, 8, 20), options);
    for (const CodedEvent& e : coding.events) {
      for (TokenSpan span : {e.source_span, e.target_span, e.verb_span})
        if (span.begin < 0 || span.begin > span.end || span.end > n) fail(kName, "event span outside the sentence");
      if (e.code.empty() || e.source.empty() || e.target.empty()) fail(kName, "event without code or actors");
      const std::string& rule = e.evidence.rule;  // "fuzz.txt:LINE"
      const size_t colon = rule.rfind(':');
      if (colon == std::string::npos || rule.substr(0, colon) != kDictFile) fail(kName, "rule names another file");
      const unsigned long line = std::strtoul(rule.c_str() + colon + 1, nullptr, 10);
      if (line == 0 || line > line_count) fail(kName, "rule names a line outside the input");
    }
  }
}

}  // namespace

int dict_native(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  CollectingReporter reporter;
  auto set = std::make_shared<DictionarySet>();
  read_native_actors(set->actors, text, kDictFile, reporter);
  read_native_agents(set->agents, text, kDictFile, reporter);
  read_native_verbs(set->verbs, text, kDictFile, reporter);
  set->finish(reporter);
  check_errors(reporter, text);

  const std::vector<std::string_view> words = query_words(text);
  check_lookups(*set, words);
  check_coding(set, words, physical_lines(text).size());
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(dict_native)
