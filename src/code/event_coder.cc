#include "code/event_coder.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>

#include "code/actor_code.h"
#include "code/actor_coder.h"
#include "code/modality.h"
#include "resolve/cameo_table.h"
#include "syntax/head_rules.h"

namespace dyad {

// Per-sentence view used while matching one verb's patterns.
struct SentenceView {
  const Tree& tree;
  const VerbDictionary& verbs;
  std::span<const WordId> ids;     // surface form ids
  std::span<const WordId> lemmas;  // lemma ids (kNoWord when unknown)
  const ActorCoder& actors;
  const std::vector<std::vector<std::pair<WordId, uint32_t>>>& synset_phrase_starts;
  int8_t* synset_memo;  // [synset * tokens + t]: match length at t, -1 = not computed yet
  int32_t token_count;
};

namespace {

bool is_verb_tag(Pos p) {
  return p == Pos::VB || p == Pos::VBD || p == Pos::VBG || p == Pos::VBN || p == Pos::VBP || p == Pos::VBZ;
}

bool label_is(const Tree& tree, NodeId n, std::string_view want) {
  return n != kNoNode && !tree.is_preterminal(n) && base_label(tree.nodes[n].label) == want;
}

bool is_clause(const Tree& tree, NodeId n) {
  if (n == kNoNode || tree.is_preterminal(n)) return false;
  std::string_view b = base_label(tree.nodes[n].label);
  return b == "S" || b == "SINV" || b == "SQ";
}

bool equals_lower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (static_cast<char>(tolower(static_cast<unsigned char>(a[i]))) != lower[i]) return false;
  return true;
}

// A quotation put before its speaker ("“Russia attacked our cities,” Zelensky said"): the
// parser makes the quoted clause a sibling of the speaker's verb phrase, not its complement.
// The verb of that phrase reports the clause, as "said" does in "Zelensky said Russia ...".
// Without quotation marks the same holds when the verb reports speech: "Germany will deliver
// four more systems to Ukraine, Defence Minister Boris Pistorius said".
int32_t fronted_quotation_reporter(const Tree& tree, NodeId clause) {
  NodeId parent = tree.nodes[clause].parent;
  if (!is_clause(tree, parent)) return -1;
  bool closed = false, comma = false;
  for (NodeId c = tree.next_sibling(clause); c != kNoNode; c = tree.next_sibling(c)) {
    if (tree.is_preterminal(c)) {
      const Token& t = tree.tokens[tree.nodes[c].token];
      if (t.tag == Pos::CloseQuote) closed = true;
      if (t.text == ",") comma = true;
      continue;
    }
    if (!label_is(tree, c, "VP")) continue;
    const int32_t verb = main_verb(tree, c);
    if (closed) return verb;
    if (!comma || verb < 0) return -1;
    const Token& v = tree.tokens[verb];
    for (std::string_view r : {"say", "tell", "add", "state", "announce", "report", "write", "claim", "insist",
                               "confirm", "note", "explain", "declare", "warn", "tweet", "post"})
      if (equals_lower(v.lemma, r)) return verb;
    return -1;
  }
  return -1;
}

// The tokens of the clause that the verb of preterminal `pre` reports: an S or SBAR complement of its verb
// phrase ("said [that] Russia attacked"), or a quotation put before it. Empty when none.
TokenSpan reported_clause(const Tree& tree, NodeId pre) {
  if (pre == kNoNode) return {};
  const int32_t v = tree.nodes[pre].token;
  NodeId vp = tree.nodes[pre].parent;
  if (!label_is(tree, vp, "VP")) return {};
  for (NodeId c = tree.first_child(vp); c != kNoNode; c = tree.next_sibling(c))
    if (is_clause(tree, c) || label_is(tree, c, "SBAR")) return {tree.nodes[c].first_token, tree.nodes[c].last_token + 1};
  NodeId top = vp;
  while (label_is(tree, tree.nodes[top].parent, "VP")) top = tree.nodes[top].parent;
  NodeId clause = tree.nodes[top].parent;
  if (!is_clause(tree, clause)) return {};
  for (NodeId c = tree.first_child(clause); c != kNoNode && c != top; c = tree.next_sibling(c))
    if (is_clause(tree, c) && fronted_quotation_reporter(tree, c) == v)
      return {tree.nodes[c].first_token, tree.nodes[c].last_token + 1};
  return {};
}


bool is_negation(const Token& t) {
  return equals_lower(t.text, "not") || equals_lower(t.text, "n't") || equals_lower(t.text, "never");
}

// Bloom-filter bit (0..255) of a word, or of a synset (kept apart from words by the high bit).
inline uint32_t signature_bit(uint32_t key) { return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 56); }
inline uint32_t synset_key(SynsetId id) { return 0x80000000u | id; }

constexpr uint32_t kPrepositionMark = 0xffffffffu;

// A transformation's verb code K covers code c when equal, or when K is a root-level
// code ("190") and c is in that root ("193").
// True when the actor of `np` is only the possessor of what the phrase names ("Belarus's
// intention to strengthen ties with Iran"): the owner of an intention, statement or plan is
// on the acting side, so such a phrase is no target when another actor follows before `end`
// (the search goes on to "with Iran"); "restore ties with Gondor's police" keeps Gondor.
// An owner of another country than the acting `source` is the one acted on: "Beijing
// rejected Washington's call to join talks with Russia" is aimed at Washington.
bool only_possessor(const Tree& tree, const ActorCoder& actors, NodeId np, int32_t end,
                    const std::vector<std::string>& source) {
  const NounPhraseCodes& owner = actors.codes_of(np);
  const TokenSpan span = owner.span;
  if (span.empty() || span.end >= static_cast<int32_t>(tree.tokens.size())) return false;
  if (tree.tokens[span.end].tag != Pos::POS) return false;
  bool same_side = false;
  for (const std::string& o : owner.codes)
    for (const std::string& s : source) same_side = same_side || o.compare(0, 3, s, 0, 3) == 0;
  if (!same_side && !source.empty()) return false;
  for (int32_t t = span.end + 1; t < end; ++t) {
    if (!actors.in_mention(t)) continue;
    NodeId other = actors.noun_phrase_at(t);
    if (other != kNoNode && other != np && !actors.codes_of(other).codes.empty() &&
        actors.codes_of(other).span.begin > span.end)
      return true;
  }
  return false;
}

// The preposition word of a PP ("in", "between"), or "" when its first child is no word.
std::string_view preposition_of(const Tree& tree, NodeId pp) {
  NodeId prep = tree.first_child(pp);
  if (prep == kNoNode || !tree.is_preterminal(prep)) return {};
  return tree.tokens[tree.nodes[prep].token].text;
}

bool preposition_is_one_of(const Tree& tree, NodeId pp, std::initializer_list<std::string_view> words) {
  const std::string_view w = preposition_of(tree, pp);
  for (std::string_view l : words)
    if (equals_lower(w, l)) return true;
  return false;
}

// A PP that places rather than involves: "in Minsk", "at the summit", "near the border".
bool is_locative_pp(const Tree& tree, NodeId pp) {
  return preposition_is_one_of(tree, pp, {"in", "at", "near", "inside", "outside", "within", "throughout", "across"});
}

// True when every code of `part` is a state institution (GOV, MIL, COP, SPY, JUD, LEG) of a
// country that is one of `whole`'s bare country codes: "Algiers recalled its ambassador to
// Paris" does not act on its own ambassador (such events are dropped), so the search for
// the target goes on ("to Paris").
bool own_institutions(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
  if (part.empty()) return false;
  for (const std::string& p : part) {
    if (p.size() != 6) return false;
    if (!is_state_sector(first_sector(p))) return false;
    bool own = false;
    for (const std::string& w : whole) own = own || (w.size() == 3 && p.compare(0, 3, w) == 0);
    if (!own) return false;
  }
  return true;
}

// True for unnamed journalists ("told reporters", "said to the press": ---MED): the
// audience of a statement, not its target.
bool press_audience(const std::vector<std::string>& codes) {
  if (codes.empty()) return false;
  for (const std::string& c : codes)
    if (c != "---MED") return false;
  return true;
}

// True for a PP that names a gathering where something happened: "on the sidelines of the
// BRICS summit", "at a conference in Munich", "during a meeting of the SCO". The body that
// holds the gathering is its host, not the target of what its guests do there.
bool is_gathering_pp(const Tree& tree, NodeId pp) {
  if (!preposition_is_one_of(tree, pp, {"on", "at", "in", "during"})) return false;
  NodeId np = kNoNode;
  for (NodeId c = tree.first_child(pp); c != kNoNode && np == kNoNode; c = tree.next_sibling(c))
    if (label_is(tree, c, "NP")) np = c;
  while (np != kNoNode && label_is(tree, tree.first_child(np), "NP")) np = tree.first_child(np);  // (NP (NP the summit) (PP of X))
  if (np == kNoNode || tree.nodes[np].head < 0) return false;
  const Token& head = tree.tokens[tree.nodes[np].head];
  const std::string_view word = head.lemma.empty() ? std::string_view(head.text) : std::string_view(head.lemma);
  for (std::string_view g : {"sideline", "sidelines", "summit", "conference", "meeting", "forum", "session", "gathering",
                             "ceremony", "congress", "convention", "assembly"})
    if (equals_lower(word, g)) return true;
  return false;
}

// Consultations (040, 041, 044-046): meetings held somewhere, as opposed to visits and
// hosting (042, 043), whose place is their target.
bool is_consultation(std::string_view code) {
  return code.substr(0, 2) == "04" && code != "042" && code != "043";
}

// A PP that names where a consultation was held: a gathering, or "in"/"at" a place.
bool is_meeting_place(const Tree& tree, NodeId pp) {
  return is_gathering_pp(tree, pp) || preposition_is_one_of(tree, pp, {"in", "at"});
}

// True for a PP of time, place or circumstance ("during talks", "after the strikes", "in Minsk"),
// as opposed to one naming what the verb is about ("demanded an end to the strikes").
bool is_adjunct_pp(const Tree& tree, NodeId pp) {
  return preposition_is_one_of(tree, pp, {"during", "after", "before", "amid", "amidst", "at", "in", "despite",
                                          "following", "since", "until", "near", "throughout", "within", "as",
                                          "ahead"});
}

// Whether a compound's members, with no one else involved, do `code` to each other: the
// cooperative and yielding roots 03-08 ("Russia and Ukraine exchanged prisoners") except hosting
// and mediating (043, 045: done for others), and mutual verbs and nouns ("clashed", "clashes").
bool members_act_on_each_other(std::string_view code, const Token& trigger) {
  if (is_mutual_verb(trigger.lemma.empty() ? trigger.text : trigger.lemma)) return true;
  return code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '8' && code.substr(0, 3) != "043" &&
         code.substr(0, 3) != "045";
}

// True when a modal of `modals` (lower case) is in the verb chain of preterminal `pre`.
bool modal_in_chain(const Tree& tree, NodeId pre, std::initializer_list<std::string_view> modals) {
  if (pre == kNoNode) return false;
  for (NodeId a = tree.nodes[pre].parent; label_is(tree, a, "VP"); a = tree.nodes[a].parent)
    for (NodeId c = tree.first_child(a); c != kNoNode; c = tree.next_sibling(c)) {
      if (!tree.is_preterminal(c)) continue;
      const Token& t = tree.tokens[tree.nodes[c].token];
      if (t.tag != Pos::MD) continue;
      for (std::string_view m : modals)
        if (equals_lower(t.text, m)) return true;
    }
  return false;
}

// True when the verb of preterminal `pre` is in the future: will/'ll/shall/would.
bool future_verb(const Tree& tree, NodeId pre) {
  return modal_in_chain(tree, pre, {"will", "'ll", "shall", "would", "wo"});
}

// True when the verb of preterminal `pre` is only possible: could, might or may.
bool hypothetical_verb(const Tree& tree, NodeId pre) { return modal_in_chain(tree, pre, {"could", "might", "may"}); }

// True when the verb of preterminal `pre` is negated in its verb chain ("did not want").
bool negated_verb(const Tree& tree, NodeId pre) {
  if (pre == kNoNode) return false;
  for (NodeId a = tree.nodes[pre].parent; label_is(tree, a, "VP") || label_is(tree, a, "ADJP");
       a = tree.nodes[a].parent)
    for (NodeId c = tree.first_child(a); c != kNoNode; c = tree.next_sibling(c))
      if (tree.is_preterminal(c) && is_negation(tree.tokens[tree.nodes[c].token])) return true;
  return false;
}

// A verb of killing (coded 18x or 19x) whose object, between the verb and the end of the
// target, counts a hundred or more (or "hundreds", "thousands") of people who are not
// fighters: `targets` with no armed sector.
bool is_mass_killing(const Tree& tree, const Token& verb, std::string_view code, int32_t from, TokenSpan target,
                     const std::vector<std::string>& targets) {
  if (code.size() < 2 || (code.substr(0, 2) != "18" && code.substr(0, 2) != "19") || target.empty()) return false;
  bool killing = false;
  for (std::string_view k : {"kill", "massacre", "slaughter", "murder", "execute", "slay"})
    killing = killing || equals_lower(verb.lemma, k);
  if (!killing) return false;
  for (const std::string& t : targets) {
    if (t.size() < 6) return false;
    const std::string_view sector = std::string_view(t).substr(3, 3);
    for (std::string_view armed : {"MIL", "COP", "INS", "REB", "SEP", "UAF", "SPY"})
      if (sector == armed) return false;
  }
  for (int32_t i = from; i < target.end && i < static_cast<int32_t>(tree.tokens.size()); ++i) {
    const Token& t = tree.tokens[i];
    if (equals_lower(t.text, "hundreds") || equals_lower(t.text, "thousands")) return true;
    if (t.tag != Pos::CD) continue;
    long value = 0;
    bool digits = !t.text.empty();
    for (char c : t.text) {
      if (c == ',') continue;
      if (c < '0' || c > '9') { digits = false; break; }
      value = value * 10 + (c - '0');
      if (value > 1000000) break;
    }
    if (digits && value >= 100) return true;
  }
  return false;
}

bool code_matches(std::string_view c, std::string_view k) {
  if (c == k) return true;
  return k.size() == 3 && k[2] == '0' && c.size() >= 3 && c.substr(0, 2) == k.substr(0, 2);
}

bool word_matches(const SentenceView& s, WordId w, int32_t t) { return s.ids[t] == w || s.lemmas[t] == w; }

// Length of the match of a word/synset term starting at token t (0: no match).
int32_t match_simple(const SentenceView& s, const PatternTerm& term, int32_t t, int32_t end) {
  if (t >= end) return 0;
  if (term.first_child == kPrepositionMark) {
    NodeId pre = s.actors.preterminal(t);
    NodeId parent = pre == kNoNode ? kNoNode : s.tree.nodes[pre].parent;
    if (parent == kNoNode || base_label(s.tree.nodes[parent].label) != "PP") return 0;
  }
  const int32_t original_end = end;
  if (term.kind == TermKind::kWord) return word_matches(s, term.value, t) ? 1 : 0;
  if (term.kind == TermKind::kSynset) {
    int8_t& memo = s.synset_memo[static_cast<size_t>(term.value) * s.token_count + t];
    if (memo >= 0 && t + memo <= end) return memo;
    // Computed over the rest of the sentence once; a window that cuts the longest
    // member short is recomputed below (rare).
    bool full = memo < 0;
    if (full) end = s.token_count;
    const Synset& set = s.verbs.synset(term.value);
    int32_t best = (set.contains(s.ids[t]) || set.contains(s.lemmas[t])) ? 1 : 0;
    const auto& starts = s.synset_phrase_starts[term.value];
    if (starts.empty()) return best;
    for (WordId first : {s.ids[t], s.lemmas[t]}) {
      if (first == kNoWord) continue;
      auto it = std::lower_bound(starts.begin(), starts.end(), std::pair<WordId, uint32_t>(first, 0));
      for (; it != starts.end() && it->first == first; ++it) {
        const std::vector<WordId>& phrase = set.phrases[it->second];
        int32_t n = static_cast<int32_t>(phrase.size());
        if (n <= best || t + n > end) continue;
        bool ok = true;
        for (int32_t k = 1; k < n && ok; ++k) ok = word_matches(s, phrase[k], t + k);
        if (ok) best = n;
      }
    }
    if (full) {
      memo = static_cast<int8_t>(std::min<int32_t>(best, 127));
      if (t + best > original_end) return match_simple(s, term, t, original_end);
    }
    return best;
  }
  return 0;
}

struct PatternState {
  int score = 0;
  NodeId source_np = kNoNode, target_np = kNoNode;
  bool compound_source = false, compound_target = false;
  bool negation_matched = false;
};

// Flattens a pattern's terms (composite terms contribute their children in order).
void flatten(const VerbPattern& p, std::span<const PatternTerm> terms, std::vector<PatternTerm>& out) {
  for (const PatternTerm& t : terms) {
    if (t.kind == TermKind::kNounPhrase || t.kind == TermKind::kPrepPhrase) {
      size_t before = out.size();
      flatten(p, p.children(t), out);
      // The preposition of (PREP OBJ) must head a real PP, not an infinitive "to";
      // first_child marks it (flattened terms have no children of their own).
      if (t.kind == TermKind::kPrepPhrase && out.size() > before) out[before].first_child = kPrepositionMark;
      if (out.size() > before) out.back().joined_to_next = t.joined_to_next;
    } else {
      out.push_back(t);
    }
  }
}

void note_negation(const SentenceView& s, int32_t begin, int32_t len, PatternState& st) {
  for (int32_t k = begin; k < begin + len; ++k)
    if (is_negation(s.tree.tokens[k])) st.negation_matched = true;
}

// Matches terms after the verb, forward from `pos` within [pos, end). `adjacent`: the
// first term must start exactly at pos.
bool match_after(const SentenceView& s, const std::vector<PatternTerm>& terms, int32_t pos, int32_t end,
                 bool adjacent, PatternState& st) {
  for (const PatternTerm& term : terms) {
    switch (term.kind) {
      case TermKind::kAny: {
        // ^ stands for one phrase: skip the noun phrase (or word) at the next word.
        if (pos >= end) return false;
        NodeId np = s.actors.base_noun_phrase_at(pos);
        pos = np != kNoNode && s.tree.nodes[np].first_token >= pos ? s.tree.nodes[np].last_token + 1 : pos + 1;
        break;
      }
      case TermKind::kSource:
      case TermKind::kTarget:
      case TermKind::kCompound: {
        int32_t t = pos;
        while (t < end && !s.actors.in_mention(t)) ++t;
        if (t >= end) return false;
        NodeId np = s.actors.noun_phrase_at(t);
        if (np == kNoNode) return false;
        const NounPhraseCodes& codes = s.actors.codes_of(np);
        if (term.kind == TermKind::kCompound) {
          if (codes.codes.size() < 2) return false;
          st.compound_target = true;
          st.target_np = np;
        } else if (term.kind == TermKind::kSource) {
          st.source_np = np;
        } else {
          st.target_np = np;
        }
        pos = std::max(pos, s.tree.nodes[np].last_token + 1);
        ++st.score;
        break;
      }
      default: {
        int32_t found = -1, len = 0;
        for (int32_t t = pos; t < end; ++t) {
          len = match_simple(s, term, t, end);
          if (len > 0) { found = t; break; }
          if (adjacent) break;
        }
        if (found < 0) return false;
        note_negation(s, found, len, st);
        st.score += 4 * len - (term.kind == TermKind::kWord && s.ids[found] != term.value ? 1 : 0);
        pos = found + len;
      }
    }
    adjacent = term.joined_to_next;
  }
  return true;
}

// Matches terms before the verb, backwards from `limit` (exclusive) down to `begin`.
bool match_before(const SentenceView& s, const std::vector<PatternTerm>& terms, int32_t begin, int32_t limit,
                  NodeId subject, PatternState& st) {
  for (size_t k = terms.size(); k-- > 0;) {
    const PatternTerm& term = terms[k];
    bool adjacent = term.joined_to_next;  // to the following term or the verb
    switch (term.kind) {
      case TermKind::kAny:
        break;
      case TermKind::kSource:
      case TermKind::kTarget:
      case TermKind::kCompound: {
        int32_t t = limit - 1;
        while (t >= begin && !s.actors.in_mention(t)) --t;
        NodeId np = t >= begin ? s.actors.noun_phrase_at(t) : kNoNode;
        if (np == kNoNode && term.kind == TermKind::kCompound) np = subject;
        if (np == kNoNode) return false;
        const NounPhraseCodes& codes = s.actors.codes_of(np);
        if (term.kind == TermKind::kCompound) {
          if (codes.codes.size() < 2) return false;
          st.compound_source = true;
          st.source_np = np;
        } else if (term.kind == TermKind::kSource) {
          st.source_np = np;
        } else {
          st.target_np = np;
        }
        limit = std::min(limit, s.tree.nodes[np].first_token);
        ++st.score;
        break;
      }
      default: {
        int32_t found = -1, len = 0;
        for (int32_t t = limit - 1; t >= begin; --t) {
          len = match_simple(s, term, t, limit);
          if (len > 0 && (!adjacent || t + len == limit)) { found = t; break; }
          if (adjacent && t + 1 < limit - 3) break;  // adjacency: only phrases ending at limit
        }
        if (found < 0) return false;
        note_negation(s, found, len, st);
        st.score += 4 * len - (term.kind == TermKind::kWord && s.ids[found] != term.value ? 1 : 0);
        limit = found;
      }
    }
  }
  return true;
}

std::string span_text(const Tree& tree, TokenSpan span) {
  std::string out;
  for (int32_t t = span.begin; t < span.end; ++t) {
    if (!out.empty()) out += ' ';
    out += tree.tokens[t].text;
  }
  return out;
}

TokenSpan node_span(const Tree& tree, NodeId n) {
  if (n == kNoNode || tree.nodes[n].first_token < 0) return {};
  return {tree.nodes[n].first_token, tree.nodes[n].last_token + 1};
}

NodeId first_np_child(const Tree& tree, NodeId n) {
  for (NodeId c = tree.first_child(n); c != kNoNode; c = tree.next_sibling(c))
    if (label_is(tree, c, "NP")) return c;
  return kNoNode;
}

}  // namespace

EventCoder::EventCoder(std::shared_ptr<const DictionarySet> dictionaries)
    : dictionaries_(std::move(dictionaries)) {
  const VerbDictionary& verbs = dictionaries_->verbs;
  // Transformation verbs stand for their dictionary codes ("SAY" -> 010).
  auto code_of = [&](const std::vector<WordId>& words, bool& ok) -> std::string {
    if (words.empty()) return {};
    std::span<const VerbId> found = words.size() == 1 ? verbs.find(words[0]) : std::span<const VerbId>{};
    if (found.empty() || verbs.verb(found[0]).code.is_null()) { ok = false; return {}; }
    return verbs.verb(found[0]).code.code;
  };
  for (const Transformation& t : verbs.transformations()) {
    bool ok = true;
    PreparedTransform prepared{&t, code_of(t.inner_verb, ok), code_of(t.outer_verb, ok)};
    if (ok) transforms_.push_back(std::move(prepared));
  }
  synset_phrase_starts_.resize(verbs.synset_count());
  for (SynsetId id = 0; id < verbs.synset_count(); ++id) {
    const Synset& set = verbs.synset(id);
    for (uint32_t k = 0; k < set.phrases.size(); ++k)
      if (!set.phrases[k].empty()) {
        synset_phrase_starts_[id].emplace_back(set.phrases[k][0], k);
        synsets_of_word_[set.phrases[k][0]].push_back(id);
      }
    for (WordId w : set.words) synsets_of_word_[w].push_back(id);
    std::sort(synset_phrase_starts_[id].begin(), synset_phrase_starts_[id].end());
  }
  patterns_by_block_.resize(verbs.block_count());
  for (VerbBlockId b = 0; b < verbs.block_count(); ++b) {
    for (const VerbPattern& pattern : verbs.patterns(b)) {
      PreparedPattern prepared;
      prepared.pattern = &pattern;
      flatten(pattern, pattern.before_verb(), prepared.before);
      flatten(pattern, pattern.after_verb(), prepared.after);
      for (const auto* terms : {&prepared.before, &prepared.after})
        for (const PatternTerm& t : *terms)
          if (t.kind == TermKind::kWord) prepared.required.push_back(t.value);
          else if (t.kind == TermKind::kSynset) prepared.required_sets.push_back(t.value);
      for (WordId w : prepared.required) {
        uint32_t bit = signature_bit(w);
        prepared.signature[bit >> 6] |= 1ull << (bit & 63);
      }
      for (SynsetId id : prepared.required_sets) {
        uint32_t bit = signature_bit(synset_key(id));
        prepared.signature[bit >> 6] |= 1ull << (bit & 63);
      }
      patterns_by_block_[b].push_back(std::move(prepared));
    }
  }
}

void EventCoder::code(const Tree& tree, Date date, const CoderOptions& options, SentenceCoding& out) const {
  out.events.clear();
  out.discard.clear();
  out.story_discard = false;
  out.actors.subject.clear();
  out.actors.object.clear();
  out.actors.others.clear();
  out.unknown_actors.clear();
  out.pattern_attempts = 0;
  out.pattern_search_stopped = false;
  const DictionarySet& dict = *dictionaries_;
  const Vocabulary& vocab = *dict.vocabulary;
  const size_t n = tree.tokens.size();
  if (n == 0) return;

  // One vocabulary lookup per token and form, reused by every dictionary below.
  thread_local std::vector<WordId> ids, lemmas;
  ids.resize(n);
  lemmas.resize(n);
  for (size_t i = 0; i < n; ++i) {
    ids[i] = vocab.find(tree.tokens[i].text);
    const std::string& lemma = tree.tokens[i].lemma;
    // Most lemmas are the word itself, lower-cased: reuse its id instead of a second lookup.
    lemmas[i] = lemma.empty() ? kNoWord
                : equals_lower(tree.tokens[i].text, lemma) ? ids[i]
                                                           : vocab.find(lemma);
  }

  DiscardScan scan = dict.discards.scan(std::span<const WordId>(ids.data(), n));
  if (scan.story || scan.sentence) {
    const DiscardHit& hit = scan.story ? *scan.story : *scan.sentence;
    const DiscardEntry& entry = dict.discards.entry(hit.entry);
    out.story_discard = scan.story.has_value();
    out.discard = std::string(scan.story ? "story: " : "sentence: ") + entry.phrase + " (" +
                  dict.discards.files().describe(entry.where) + ")";
    return;
  }

  ActorCoder actors(dict, tree, std::span<const WordId>(ids.data(), n), date, options.discourse);
  NodeId main_subject = kNoNode, main_object = kNoNode;
  for (NodeId c = tree.root; c != kNoNode;) {
    if (is_clause(tree, c)) {
      main_subject = clause_subject(tree, c);
      for (NodeId vp = tree.first_child(c); vp != kNoNode && main_object == kNoNode; vp = tree.next_sibling(vp))
        if (label_is(tree, vp, "VP")) main_object = first_np_child(tree, vp);
      break;
    }
    c = tree.first_child(c);
  }
  // Unknown actors: subject and object phrases with proper nouns but no dictionary match.
  out.unknown_actors.clear();
  for (NodeId np : {main_subject, main_object}) {
    if (np == kNoNode || actors.codes_of(np).has_names || !actors.codes_of(np).codes.empty()) continue;
    std::string name;
    const Node& node = tree.nodes[np];
    for (int32_t t = node.first_token; t >= 0 && t <= node.last_token; ++t) {
      const Token& tok = tree.tokens[t];
      bool proper = tok.tag == Pos::NNP || tok.tag == Pos::NNPS;
      if (proper && !name.empty() && t > 0 && tree.tokens[t - 1].tag != Pos::NNP && tree.tokens[t - 1].tag != Pos::NNPS)
        break;  // the first run of proper nouns only
      if (proper) name += (name.empty() ? "" : " ") + tok.text;
    }
    if (!name.empty()) out.unknown_actors.push_back(std::move(name));
  }
  if (main_subject != kNoNode) out.actors.subject = actors.codes_of(main_subject).codes;
  if (main_object != kNoNode) out.actors.object = actors.codes_of(main_object).codes;
  for (NodeId np : actors.mention_phrases()) {
    if (np == main_subject || np == main_object) continue;
    const NounPhraseCodes& codes = actors.codes_of(np);
    if (!codes.codes.empty()) out.actors.others.push_back(codes.codes);
  }
  SentenceView view{tree, dict.verbs, std::span<const WordId>(ids.data(), n),
                    std::span<const WordId>(lemmas.data(), n), actors, synset_phrase_starts_, nullptr,
                    static_cast<int32_t>(n)};
  thread_local std::vector<int8_t> synset_memo;
  synset_memo.assign(dict.verbs.synset_count() * n, -1);
  view.synset_memo = synset_memo.data();
  // Every word and lemma of the sentence, sorted, for the patterns' required-word test.
  thread_local std::vector<WordId> present;
  present.clear();
  for (size_t i = 0; i < n; ++i) {
    present.push_back(ids[i]);
    present.push_back(lemmas[i]);
  }
  std::sort(present.begin(), present.end());
  // Whether a synset has a member starting at some token, computed when first asked.
  thread_local std::vector<int8_t> set_present;
  set_present.assign(dict.verbs.synset_count(), 0);
  uint64_t signature[4] = {0, 0, 0, 0};
  auto set_bit = [&](uint32_t key) {
    uint32_t bit = signature_bit(key);
    signature[bit >> 6] |= 1ull << (bit & 63);
  };
  for (size_t i = 0; i < n; ++i)
    for (WordId w : {ids[i], lemmas[i]}) {
      if (w == kNoWord) continue;
      set_bit(w);
      auto it = synsets_of_word_.find(w);
      if (it != synsets_of_word_.end())
        for (SynsetId id : it->second) {
          set_present[id] = 1;
          set_bit(synset_key(id));
        }
    }

  // Events grouped by verb, so a controlling verb can yield to the clause it controls.
  struct VerbGroup {
    int32_t verb, controller, reporter;
    bool pattern;
    size_t first_event;
    std::string code;                  // the verb's event code
    NodeId source_np;                  // its subject, coded even when the verb yields no event
    int32_t verb_begin, verb_end;
    bool negation_in_pattern = false;  // the pattern itself matched a negation ("NOT * ...")
  };
  thread_local std::vector<VerbGroup> groups;
  groups.clear();

  for (NodeId pre = 0; pre < static_cast<NodeId>(tree.nodes.size()); ++pre) {
    const Node& node = tree.nodes[pre];
    if (node.token < 0) continue;
    const int32_t v = node.token;
    const Token& tok = tree.tokens[v];
    if (!is_verb_tag(tok.tag)) continue;
    NodeId vp = node.parent;
    if (!label_is(tree, vp, "VP")) continue;
    // An auxiliary with a verb phrase complement is not the event's verb.
    if (is_auxiliary(tok)) {
      bool has_vp = false;
      for (NodeId c = tree.first_child(vp); c != kNoNode; c = tree.next_sibling(c))
        if (label_is(tree, c, "VP")) has_vp = true;
      if (has_vp) continue;
    }

    // Verb lookup: lemma first, then the surface form; particles and pre-words must be there.
    const Verb* verb = nullptr;
    int32_t verb_end = v + 1, verb_begin = v;
    int best_extra = -1;
    auto consider = [&](std::span<const VerbId> found) {
      for (VerbId id : found) {
        const Verb& cand = dict.verbs.verb(id);
        int32_t end = v + 1;
        bool ok = true;
        for (WordId p : cand.particles) {
          // A particle may follow directly or after a short object ("called the talks off").
          int32_t t = end;
          while (t < static_cast<int32_t>(n) && t < end + 4 && !word_matches(view, p, t)) ++t;
          if (t >= static_cast<int32_t>(n) || t >= end + 4) { ok = false; break; }
          end = t + 1;
        }
        int32_t begin = v;
        for (size_t k = cand.pre_words.size(); ok && k-- > 0;) {
          if (begin == 0 || !word_matches(view, cand.pre_words[k], begin - 1)) ok = false;
          else --begin;
        }
        if (!ok) continue;
        int extra = static_cast<int>(cand.particles.size() + cand.pre_words.size());
        if (extra > best_extra) {
          best_extra = extra;
          verb = &cand;
          verb_end = cand.particles.empty() ? v + 1 : end;
          verb_begin = begin;
        }
      }
    };
    // A verb entry written as this very word ("LEFT") is more specific than the lemma's
    // ("LEAVE"); then the lemma, then any entry listing the surface form.
    if (ids[v] != kNoWord && ids[v] != lemmas[v]) {
      thread_local std::vector<VerbId> exact;
      exact.clear();
      for (VerbId id : dict.verbs.find(ids[v]))
        if (dict.verbs.verb(id).lemma == ids[v]) exact.push_back(id);
      consider(exact);
    }
    if (!verb && lemmas[v] != kNoWord) consider(dict.verbs.find(lemmas[v]));
    if (!verb && ids[v] != kNoWord && ids[v] != lemmas[v]) consider(dict.verbs.find(ids[v]));
    if (!verb) continue;

    // The verb chain: VPs from the verb's own up to the clause.
    NodeId top = vp;
    bool passive = false, negated = false;
    // "did not enter Rafah but bombed the city": a negation above a coordination does not
    // reach a conjunct that "but" sets against it.
    bool contrasted = false;
    for (NodeId a = vp, below = kNoNode;; below = a, a = tree.nodes[a].parent) {
      for (NodeId c = tree.first_child(a); c != kNoNode && c != below && below != kNoNode; c = tree.next_sibling(c))
        if (tree.is_preterminal(c) && tree.tokens[tree.nodes[c].token].tag == Pos::CC &&
            (equals_lower(tree.tokens[tree.nodes[c].token].text, "but") || equals_lower(tree.tokens[tree.nodes[c].token].text, "yet")))
          contrasted = true;
      for (NodeId c = tree.first_child(a); c != kNoNode; c = tree.next_sibling(c)) {
        if (!tree.is_preterminal(c)) continue;
        const Token& t = tree.tokens[tree.nodes[c].token];
        if (is_negation(t) && !contrasted) negated = true;

        if (a != vp && is_verb_tag(t.tag) &&
            (equals_lower(t.lemma, "be") || equals_lower(t.lemma, "get") || equals_lower(t.text, "been")))
          passive = tok.tag == Pos::VBN;
      }
      top = a;
      NodeId p = tree.nodes[a].parent;
      if (!label_is(tree, p, "VP")) break;
    }

    // Subject: the clause's, or the controlling clause's, or the modified noun's.
    NodeId clause = tree.nodes[top].parent;
    NodeId subject = kNoNode;
    int32_t controller = -1;  // the verb whose subject this clause borrows ("agreed" in "agreed to lift")
    int32_t reporter = -1;    // the verb this clause is the complement of ("said" in "X said Y ...")
    NodeId scope = clause;  // where the pre-verb words are
    for (int hops = 0; clause != kNoNode && hops < 8; ++hops) {
      if (is_clause(tree, clause)) {
        subject = clause_subject(tree, clause);
        if (subject != kNoNode) {
          // A complement clause ("X said [that] Y attacked Z"): remember the verb it reports.
          NodeId p = tree.nodes[clause].parent;
          if (label_is(tree, p, "SBAR")) p = tree.nodes[p].parent;
          if (hops == 0 && label_is(tree, p, "VP")) reporter = tree.nodes[p].head;
          if (hops == 0 && reporter < 0) reporter = fronted_quotation_reporter(tree, clause);
          break;
        }
        NodeId p = tree.nodes[clause].parent;
        if (label_is(tree, p, "SBAR")) {
          NodeId np = tree.nodes[p].parent;
          if (label_is(tree, np, "NP")) { subject = first_np_child(tree, np); scope = np; }
          break;
        }
        // "is ready to cooperate": the adjective controls the clause.
        if (label_is(tree, p, "ADJP") && label_is(tree, tree.nodes[p].parent, "VP")) {
          if (controller < 0) controller = tree.nodes[p].head;
          p = tree.nodes[p].parent;
        }
        if (!label_is(tree, p, "VP")) break;
        // Controlled clause: climb to the clause the controlling VP belongs to.
        if (controller < 0) controller = tree.nodes[p].head;
        NodeId a = p;
        while (label_is(tree, tree.nodes[a].parent, "VP")) a = tree.nodes[a].parent;
        clause = tree.nodes[a].parent;
        scope = clause;
        continue;
      }
      if (label_is(tree, clause, "NP")) {  // reduced relative: "troops stationed in Iraq"
        subject = first_np_child(tree, clause);
        if (subject == top) subject = kNoNode;
        passive = passive || tok.tag == Pos::VBN;
        scope = clause;
      }
      break;
    }

    // Patterns of the verb's block.
    const VerbPattern* best = nullptr;
    PatternState best_state;
    // Pre-verb words are looked for back to the sentence start, as TABARI's patterns
    // ("INDICATED WOULD *") reach across clause boundaries.
    int32_t scope_begin = 0;
    (void)scope;
    // "beat and detained hundreds of protesters": a bare verb conjunct shares the objects of
    // the conjunct after it.
    NodeId object_vp = vp;
    {
      bool bare = true;
      for (NodeId c = tree.first_child(vp); c != kNoNode && bare; c = tree.next_sibling(c))
        bare = tree.is_preterminal(c) || label_is(tree, c, "PRT") || label_is(tree, c, "ADVP");
      NodeId next = tree.next_sibling(vp);
      if (bare && label_is(tree, tree.nodes[vp].parent, "VP") && next != kNoNode && tree.is_preterminal(next) &&
          tree.tokens[tree.nodes[next].token].tag == Pos::CC && label_is(tree, tree.next_sibling(next), "VP"))
        object_vp = tree.next_sibling(next);
    }
    const int32_t vp_end = tree.nodes[object_vp].last_token + 1;
    int32_t pattern_end = vp_end;
    // Patterns stop at an embedded clause with a dictionary verb of its own: in "The US
    // said they had attacked Iraq", ATTACK belongs to "attacked", not to a pattern of "said".
    for (NodeId c = tree.first_child(object_vp); c != kNoNode; c = tree.next_sibling(c)) {
      NodeId clause_node = is_clause(tree, c) ? c : kNoNode;
      if (label_is(tree, c, "SBAR"))
        for (NodeId g = tree.first_child(c); g != kNoNode; g = tree.next_sibling(g))
          if (is_clause(tree, g)) { clause_node = g; break; }
      if (clause_node == kNoNode) continue;
      NodeId inner_vp = kNoNode;
      for (NodeId g = tree.first_child(clause_node); g != kNoNode; g = tree.next_sibling(g))
        if (label_is(tree, g, "VP")) { inner_vp = g; break; }
      int32_t inner = inner_vp == kNoNode ? -1 : main_verb(tree, inner_vp);
      if (inner < 0) continue;
      if (!dict.verbs.find(ids[inner]).empty() || (lemmas[inner] != kNoWord && !dict.verbs.find(lemmas[inner]).empty())) {
        pattern_end = std::min(pattern_end, tree.nodes[c].first_token);
        break;
      }
    }
    for (const PreparedPattern& prepared : patterns_by_block_[verb->block]) {
      if ((prepared.signature[0] & ~signature[0]) | (prepared.signature[1] & ~signature[1]) |
          (prepared.signature[2] & ~signature[2]) | (prepared.signature[3] & ~signature[3]))
        continue;  // some required word or synset is certainly absent
      bool possible = true;
      for (WordId w : prepared.required)
        if (!std::binary_search(present.begin(), present.end(), w)) { possible = false; break; }
      for (size_t k = 0; possible && k < prepared.required_sets.size(); ++k) {
        possible = set_present[prepared.required_sets[k]] == 1;
      }
      if (!possible) continue;
      if (++out.pattern_attempts > options.max_pattern_attempts) {
        out.pattern_search_stopped = true;
        break;
      }
      const VerbPattern& pattern = *prepared.pattern;
      const std::vector<PatternTerm>& before = prepared.before;
      const std::vector<PatternTerm>& after = prepared.after;
      PatternState st;
      bool verb_joined = pattern.terms[pattern.verb_index].joined_to_next;
      // Passive voice moves the object to the subject: "Two journalists were detained by
      // Turkish police" fits "detain {target}" with the subject as the target (and the
      // by-phrase must not fill the slot).
      bool matched = false;
      if (passive && !after.empty() && after.front().kind == TermKind::kTarget) {
        thread_local std::vector<PatternTerm> rest;
        rest.assign(after.begin() + 1, after.end());
        matched = match_after(view, rest, verb_end, pattern_end, false, st);
        if (matched) ++st.score;
      } else if (passive && subject != kNoNode && !after.empty() &&
                 (after.front().kind == TermKind::kWord || after.front().kind == TermKind::kSynset)) {
        // ... and so does it for an object word: "Sanctions were imposed on Iran by the US"
        // fits "impose sanction on {target}" with "sanction" in the subject.
        const int32_t subject_end = tree.nodes[subject].last_token + 1;
        int32_t len = 0;
        for (int32_t t = tree.nodes[subject].first_token; t < subject_end && len == 0; ++t)
          len = match_simple(view, after.front(), t, subject_end);
        if (len > 0) {
          thread_local std::vector<PatternTerm> rest;
          rest.assign(after.begin() + 1, after.end());
          matched = match_after(view, rest, verb_end, pattern_end, false, st);
          if (matched) st.score += 4 * len;
        }
      } else {
        matched = match_after(view, after, verb_end, pattern_end, verb_joined, st);
      }
      if (!matched) continue;
      if (!match_before(view, before, scope_begin, verb_begin, subject, st)) continue;
      if (!best || st.score > best_state.score) { best = &pattern; best_state = st; }
    }
    // Past the work cap this verb's search is incomplete: it and the verbs after it go uncoded.
    if (out.pattern_search_stopped) break;

    const EventCode& code = best ? best->code : verb->code;
    groups.push_back(VerbGroup{v, controller, reporter, best != nullptr, out.events.size(), code.code, kNoNode, verb_begin,
                               verb_end, best_state.negation_matched});
    if (code.is_null()) continue;
    if (code.passive_only && !passive) continue;
    if (negated && !best_state.negation_matched) continue;
    // "could trigger the return of sanctions", "might meet": what may happen has not.
    if (hypothetical_verb(tree, pre)) continue;
    // "No government has recognised the Taliban", "held no talks": a quantifier that negates.
    {
      auto starts_with_no = [&](NodeId np) {
        return np != kNoNode && tree.nodes[np].first_token >= 0 && equals_lower(tree.tokens[tree.nodes[np].first_token].text, "no");
      };
      if (starts_with_no(subject) || starts_with_no(first_np_child(tree, object_vp))) continue;
    }

    // Source and target noun phrases.
    NodeId source_np = best_state.source_np, target_np = best_state.target_np;
    // A pattern's target slot ("meet {target}") may reach into a place phrase: where a meeting
    // is held is no party to it ("met in the Russian city of Kazan").
    if (target_np != kNoNode && is_consultation(code.code))
      for (NodeId a = tree.nodes[target_np].parent; a != kNoNode && a != vp; a = tree.nodes[a].parent)
        if (label_is(tree, a, "PP") && is_meeting_place(tree, a)) {
          target_np = kNoNode;
          break;
        }
    if (passive && source_np == kNoNode) {
      // The agent: a by-phrase, else a from- or in-phrase with an actor ("shot dead in X").
      for (std::string_view prep_word : {"by", "from", "in"}) {
        thread_local std::vector<NodeId> pps;
        pps.clear();
        for (NodeId c = tree.first_child(vp); c != kNoNode; c = tree.next_sibling(c)) {
          if (label_is(tree, c, "PP")) pps.push_back(c);
          if (label_is(tree, c, "ADVP"))  // "opposed earlier by X" parsed with the PP in the ADVP
            for (NodeId g = tree.first_child(c); g != kNoNode; g = tree.next_sibling(g))
              if (label_is(tree, g, "PP")) pps.push_back(g);
        }
        for (NodeId c : pps) {
          if (source_np != kNoNode) break;
          if (!equals_lower(preposition_of(tree, c), prep_word)) continue;
          NodeId np = first_np_child(tree, c);
          if (np != kNoNode && !actors.codes_of(np).codes.empty()) source_np = np;
        }
        if (source_np != kNoNode) break;
      }
      // Without an agent the passive is read as TABARI does: the subject acts.
      if (source_np == kNoNode && !code.passive_only) passive = false;
    }
    if (passive) {
      if (target_np == kNoNode) target_np = subject;
    } else {
      if (source_np == kNoNode) source_np = subject;
      if (target_np == kNoNode) {
        // NP complements first, then PPs, then the subject of an S complement. A statement's
        // locative PP names a place ("said in Minsk") and its S complement what it reports.
        // A protest's place is where it is held, not what it is against ("rallied in Seoul").
        const bool statement = code.code.compare(0, 2, "01") == 0;
        // A protest "in Seoul" is held there; one "outside the Israeli embassy" is aimed at it.
        const bool protest = code.code.compare(0, 2, "14") == 0;
        const bool consult = is_consultation(code.code);
        auto venue = [&](NodeId pp) {
          // Where a meeting is held is no party to it ("met in the Russian city of Kazan").
          if (is_gathering_pp(tree, pp) || (consult && is_meeting_place(tree, pp))) return true;
          if (statement) return is_locative_pp(tree, pp);
          return protest && preposition_is_one_of(tree, pp, {"in", "across", "throughout"});
        };
        for (int pass = 0; pass < (statement ? 2 : 3) && target_np == kNoNode; ++pass)
          for (NodeId c = tree.first_child(object_vp); c != kNoNode && target_np == kNoNode; c = tree.next_sibling(c)) {
            NodeId cand = kNoNode;
            if (pass == 0 && label_is(tree, c, "NP")) cand = c;
            if (pass == 1 && label_is(tree, c, "PP") && !venue(c)) cand = first_np_child(tree, c);
            if (pass == 2 && label_is(tree, c, "S")) cand = clause_subject(tree, c);
            if (pass == 2 && label_is(tree, c, "SBAR"))
              for (NodeId g = tree.first_child(c); g != kNoNode; g = tree.next_sibling(g))
                if (is_clause(tree, g)) { cand = clause_subject(tree, g); break; }
            if (cand != kNoNode && !actors.codes_of(cand).codes.empty() &&
                !only_possessor(tree, actors, cand, vp_end, actors.codes_of(source_np).codes) &&
                !own_institutions(actors.codes_of(source_np).codes, actors.codes_of(cand).codes) &&
                !(statement && press_audience(actors.codes_of(cand).codes)))
              target_np = cand;
          }
        // Else the first actor after the verb within its verb phrase.
        // A statement's target is never inside the clause it reports (CAMEO 01x).
        int32_t fallback_end = vp_end;
        if (statement) {
          fallback_end = pattern_end;
          for (NodeId c = tree.first_child(object_vp); c != kNoNode; c = tree.next_sibling(c))
            if ((is_clause(tree, c) && clause_subject(tree, c) != kNoNode) || label_is(tree, c, "SBAR")) {
              fallback_end = std::min(fallback_end, tree.nodes[c].first_token);
              break;
            }
        }
        for (int32_t t = verb_end; t < fallback_end && target_np == kNoNode; ++t) {
          if (!actors.in_mention(t)) continue;
          NodeId np = actors.noun_phrase_at(t);
          if (np != kNoNode && label_is(tree, tree.nodes[np].parent, "PP") && venue(tree.nodes[np].parent))
            continue;
          // Nor deeper inside a gathering or venue: "met on the sidelines of the BRICS summit",
          // "met in the Russian city of Kazan".
          bool at_venue = false;
          for (NodeId a = np == kNoNode ? kNoNode : tree.nodes[np].parent; a != kNoNode && a != object_vp && !at_venue;
               a = tree.nodes[a].parent)
            at_venue = label_is(tree, a, "PP") && (is_gathering_pp(tree, a) || (consult && venue(a)));
          if (at_venue || (statement && press_audience(actors.codes_of(np).codes))) continue;
          if (np != kNoNode && !actors.codes_of(np).codes.empty() && !only_possessor(tree, actors, np, fallback_end, actors.codes_of(source_np).codes))
            target_np = np;
        }
      }
    }

    // Force posture (15x) is shown to someone the sentence names beside it, not to the
    // actor's own forces: "put its armed forces on alert along the Line of Control with
    // Pakistan", "called up 300,000 reservists after the Hamas attack".
    if (!passive && source_np != kNoNode && code.code.compare(0, 2, "15") == 0) {
      const std::vector<std::string>& own = actors.codes_of(source_np).codes;
      auto foreign = [&](NodeId np) {
        const std::vector<std::string>& codes = actors.codes_of(np).codes;
        if (codes.empty()) return false;
        for (const std::string& c : codes) {
          if (c.compare(0, 3, "---") == 0) return false;
          for (const std::string& o : own)
            if (c.compare(0, 3, o, 0, 3) == 0) return false;
        }
        return true;
      };
      // Whom forces face comes before where they go ("sent a carrier group to the eastern
      // Mediterranean as a warning to Hezbollah"); without one, the destination ("deployed
      // 1,000 soldiers to Mozambique").
      for (int pass = 0; pass < 2 && (target_np == kNoNode || !foreign(target_np)); ++pass)
        for (int32_t t = verb_end; t < static_cast<int32_t>(n); ++t) {
          if (!actors.in_mention(t)) continue;
          NodeId np = actors.noun_phrase_at(t);
          NodeId pp = np == kNoNode ? kNoNode : tree.nodes[np].parent;
          if (pass == 0 && label_is(tree, pp, "PP") &&
              preposition_is_one_of(tree, pp, {"to", "into", "in", "at", "toward", "towards", "through", "across"}))
            continue;
          if (np != kNoNode && foreign(np)) { target_np = np; break; }
        }
    }
    // What is told or warned is aimed at the one told: "Putin warned NATO that Russia could
    // use nuclear weapons", "“We are ready for a long war,” Qassem told Israel".
    if (!passive && target_np == kNoNode && reporter >= 0) {
      NodeId told = first_np_child(tree, tree.nodes[actors.preterminal(reporter)].parent);
      if (told != kNoNode && tree.nodes[told].first_token > reporter && !actors.codes_of(told).codes.empty())
        target_np = told;
    }
    const NounPhraseCodes& sources = actors.codes_of(source_np);
    groups.back().source_np = source_np;
    // In a quotation, "you" and an event without a target address the one spoken to.
    NounPhraseCodes addressee;
    if (target_np == kNoNode && options.discourse && !options.discourse->addressee().empty())
      addressee.codes = options.discourse->addressee();
    const NounPhraseCodes& targets = target_np == kNoNode ? addressee : actors.codes_of(target_np);
    const TokenSpan source_span = sources.span.empty() ? node_span(tree, source_np) : sources.span;
    const TokenSpan target_span = targets.span.empty() ? node_span(tree, target_np) : targets.span;
    const TokenSpan verb_span{verb_begin, verb_end};
    std::string rule, verb_text;  // filled by the first event emitted
    auto emit = [&](const std::string& s, const std::string& t, const std::string& c, TokenSpan sp, TokenSpan tp) {
      CodedEvent e;
      e.source = s;
      e.target = t;
      e.code = c;
      for (const CodedEvent& other : out.events)
        if (other.same_triple(e)) return;
      if (rule.empty()) {
        rule = dict.verbs.describe(best ? best->where : verb->where);
        verb_text = span_text(tree, verb_span);
      }
      e.source_span = sp;
      e.target_span = tp;
      e.verb_span = verb_span;
      e.evidence.source_text = span_text(tree, sp);
      e.evidence.target_text = span_text(tree, tp);
      e.evidence.verb_text = verb_text;
      e.evidence.rule = rule;
      out.events.push_back(std::move(e));
    };
    static const std::string kNone = "---";
    static const std::vector<std::string> kNoneList{kNone};
    const std::vector<std::string>& src = sources.codes.empty() && !options.require_dyad ? kNoneList : sources.codes;
    const std::vector<std::string>& tgt = targets.codes.empty() && !options.require_dyad ? kNoneList : targets.codes;
    // A `%` pattern on the subject is about the compound's members acting on each other
    // ("- % HAVE * [191]": "Gondor and Osgiliath have delayed their meeting").
    // ... and so is a compound subject with no one else involved of a cooperative or yielding
    // verb ("Brazil and the United States are seeking to deepen a partnership", "Russia and
    // Ukraine exchanged prisoners": 03x-08x) or of a verb that is mutual by its meaning
    // ("Thai and Cambodian troops exchanged fire", "clashed").
    const bool cooperative = members_act_on_each_other(code.code, tok);
    // A target without a country ("exchanged prisoners") does not stop the mutual reading.
    // Nor does one of the compound's own members in a place phrase ("Ukraine and Poland signed
    // an agreement in Warsaw"): the place is the venue, the members are the parties.
    const bool no_real_target = std::all_of(targets.codes.begin(), targets.codes.end(), [&](const std::string& c) {
      if (c.compare(0, 3, "---") == 0) return true;
      return target_np != kNoNode && label_is(tree, tree.nodes[target_np].parent, "PP") &&
             is_locative_pp(tree, tree.nodes[target_np].parent) &&
             std::any_of(src.begin(), src.end(), [&](const std::string& m) { return m.compare(0, 3, c, 0, 3) == 0; });
    });
    if (src.size() >= 2 && (best_state.compound_source || (cooperative && no_real_target && !passive))) {
      for (const std::string& a : src)
        for (const std::string& b : src)
          if (a != b) emit(a, b, code.code, source_span, source_span);
      continue;
    }
    if (src.empty() || tgt.empty()) continue;  // require_dyad: both actors must be coded
    // "attend a summit in Switzerland": the venue of a noun does not host (no reverse 043);
    // "arrived in Gondor" (the verb's own PP) still makes Gondor the host.
    bool venue_target = false;
    if (target_np != kNoNode && !target_span.empty()) {
      // The PP the target's words sit in, up to the target phrase's parent.
      const NodeId stop = tree.nodes[target_np].parent;
      for (NodeId a = actors.preterminal(target_span.begin); a != kNoNode && a != stop; a = tree.nodes[a].parent)
        if (label_is(tree, a, "PP")) {
          venue_target = is_locative_pp(tree, a) && label_is(tree, tree.nodes[a].parent, "NP");
          break;
        }
    }
    // "killed at least 223 villagers", "massacred hundreds of civilians": killing on that
    // scale of people who are not fighters is a mass killing (202).
    std::string event_code = code.code;
    if (is_mass_killing(tree, tok, event_code, verb_end, target_span, tgt)) event_code = "202";
    for (const std::string& a : src)
      for (const std::string& b : tgt) {
        if (a == b && a != kNone) continue;  // a compound actor never acts on itself
        emit(a, b, event_code, source_span, target_span);
        if (!passive && !code.reverse.empty() && a != kNone && b != kNone && !venue_target)
          emit(b, a, code.reverse, target_span, source_span);
      }
  }

  auto group_end = [&](size_t g) { return g + 1 < groups.size() ? groups[g + 1].first_event : out.events.size(); };
  thread_local std::vector<char> drop;
  drop.assign(out.events.size(), 0);
  bool any = false;

  // Transformations ("~ a (b . ATTACK) SAY = a b 112"): an event in a clause reported by
  // (or controlled by) another verb is recoded from the two verbs' codes and actors:
  // "Ukraine said Russia attacked Georgia" -> UKR RUS 112; "Russia said it attacked
  // Georgia" -> RUS GEO 015. The reporting verb's own event is then dropped.
  thread_local std::vector<CodedEvent> added;
  added.clear();
  if (!transforms_.empty()) {
    for (size_t g = 0; g < groups.size(); ++g) {
      const VerbGroup& inner = groups[g];
      int32_t outer_verb = inner.reporter >= 0 ? inner.reporter : inner.controller;
      if (outer_verb < 0 || group_end(g) == inner.first_event) continue;
      size_t outer_index = groups.size();
      for (size_t h = 0; h < groups.size(); ++h)
        if (groups[h].verb == outer_verb) { outer_index = h; break; }
      if (outer_index == groups.size()) continue;
      const VerbGroup& outer = groups[outer_index];
      const std::vector<std::string>& outer_sources = actors.codes_of(outer.source_np).codes;
      if (outer_sources.empty()) continue;
      bool controlled = inner.reporter < 0;
      for (size_t e = inner.first_event; e < group_end(g); ++e) {
        const CodedEvent& ev = out.events[e];
        bool from_outer = std::find(outer_sources.begin(), outer_sources.end(), ev.source) != outer_sources.end();
        for (const PreparedTransform& t : transforms_) {
          const Transformation& rule = *t.rule;
          if (!t.outer_code.empty() && !code_matches(outer.code, t.outer_code)) continue;
          if (!t.inner_code.empty() && !code_matches(ev.code, t.inner_code)) continue;
          char is = rule.inner_source;
          if ((is == '_') != controlled) continue;
          if (is == rule.source && !from_outer) continue;
          if (is != '_' && is != '.' && is != rule.source && from_outer) continue;
          auto value = [&](char var, const std::string& speaker) -> std::string {
            if (var == rule.source) return speaker;
            if (var == is) return ev.source;
            if (var == rule.inner_target) return ev.target;
            return {};
          };
          for (const std::string& speaker : outer_sources) {
            CodedEvent r = ev;
            r.source = value(rule.result_source, speaker);
            r.target = value(rule.result_target, speaker);
            r.code = rule.result_code == "Q" ? ev.code : rule.result_code;
            if (r.source.empty() || r.target.empty() || r.source == r.target) continue;
            r.evidence.rule = dict.verbs.describe(rule.where);
            r.evidence.verb_text =
                span_text(tree, TokenSpan{outer.verb_begin, outer.verb_end}) + " ... " + ev.evidence.verb_text;
            added.push_back(std::move(r));
          }
          drop[e] = 1;
          for (size_t k = outer.first_event; k < group_end(outer_index); ++k) drop[k] = 1;
          any = true;
          break;
        }
      }
    }
  }

  // Modality (code/modality.h): a controlled event that is only intended becomes an intent or
  // threat code; one that is asked for, refused or under a negated controller is not coded.
  thread_local std::vector<char> keep_controller;
  keep_controller.assign(groups.size(), 0);
  bool recoded = false;
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& inner = groups[g];
    if (group_end(g) == inner.first_event) continue;
    if (inner.reporter >= 0) {
      const Token& reporter = tree.tokens[inner.reporter];
      const std::string_view lemma = reporter.lemma.empty() ? std::string_view(reporter.text) : reporter.lemma;
      if (is_denial(lemma)) {
        // "Russia denied that its troops had shelled Kharkiv": not a shelling but a denial
        // (016) by Russia, about an act against Ukraine.
        const VerbGroup* outer = nullptr;
        for (const VerbGroup& h : groups)
          if (h.verb == inner.reporter) outer = &h;
        for (size_t e = inner.first_event; e < group_end(g); ++e) {
          drop[e] = 1, any = true;
          if (!outer) continue;
          for (const std::string& denier : actors.codes_of(outer->source_np).codes) {
            const CodedEvent& ev = out.events[e];
            if (denier.compare(0, 3, ev.target, 0, 3) == 0) continue;
            CodedEvent d = ev;
            d.source = denier;
            d.code = "016";
            d.source_span = actors.codes_of(outer->source_np).span.empty() ? node_span(tree, outer->source_np)
                                                                            : actors.codes_of(outer->source_np).span;
            d.evidence.source_text = span_text(tree, d.source_span);
            d.evidence.verb_text = reporter.text + " ... " + ev.evidence.verb_text;
            added.push_back(std::move(d));
          }
        }
        continue;
      }
      // "demanded that Russia withdraw", "vowed that it would retaliate": the reporting verb
      // governs the clause as a controller would; "said that" leaves it as it is, unless what
      // is said is what the speaker's side will do: "Germany will deliver air defence systems
      // to Ukraine, Pistorius said" is a promise (0332), not a delivery.
      if (control_kind(lemma, false) == ControlKind::kNone) {
        if (!future_verb(tree, actors.preterminal(inner.verb))) continue;
        const std::vector<std::string>* speaker = nullptr;
        for (const VerbGroup& h : groups)
          if (h.verb == inner.reporter) speaker = &actors.codes_of(h.source_np).codes;
        for (size_t e = inner.first_event; e < group_end(g); ++e) {
          CodedEvent& ev = out.events[e];
          bool own_side = false;
          for (const std::string& c : speaker ? *speaker : std::vector<std::string>{})
            own_side = own_side || c.compare(0, 3, ev.source, 0, 3) == 0;
          const std::string intent = intent_code(ev.code);
          if (drop[e] || !own_side || intent.empty() || intent == ev.code) continue;
          ev.code = intent;
          recoded = true;
        }
        continue;
      }
    }
    const int32_t governor = inner.controller >= 0 ? inner.controller : inner.reporter;
    if (governor < 0) continue;
    const Token& controller = tree.tokens[governor];
    bool adjectival = controller.tag == Pos::JJ ||
                      (controller.tag == Pos::VBN && governor > 0 && equals_lower(tree.tokens[governor - 1].lemma, "be"));
    ControlKind kind = control_kind(controller.lemma.empty() ? controller.text : controller.lemma, adjectival);
    bool controller_negated = inner.controller >= 0 && negated_verb(tree, actors.preterminal(inner.controller));
    if (controller_negated && inner.negation_in_pattern) continue;  // the pattern coded the negation
    if (kind == ControlKind::kNone && !controller_negated) continue;
    for (size_t e = inner.first_event; e < group_end(g); ++e) {
      if (drop[e]) continue;
      CodedEvent& ev = out.events[e];
      std::string intent = kind == ControlKind::kIntent && !controller_negated ? intent_code(ev.code) : "";
      if (intent.empty()) {
        drop[e] = 1;
        any = true;
        continue;
      }
      if (intent != ev.code) recoded = true;
      ev.code = std::move(intent);
      ev.evidence.verb_text = controller.text + " ... " + ev.evidence.verb_text;
    }
    if (kind == ControlKind::kAppeal || kind == ControlKind::kNonEvent)
      for (size_t h = 0; h < groups.size(); ++h) {
        if (groups[h].verb != governor) continue;
        keep_controller[h] = 1;
        if (controller_negated || groups[h].pattern) continue;
        // "refused to release the activists": the refusal is of a release (1243).
        if (kind == ControlKind::kNonEvent) {
          std::string refusal = refusal_code(out.events[inner.first_event].code);
          for (size_t e = groups[h].first_event; e < group_end(h) && !refusal.empty(); ++e) {
            if (drop[e] || out.events[e].code.compare(0, 2, "12") != 0) continue;
            if (refusal != out.events[e].code) recoded = true;
            out.events[e].code = refusal;
          }
          continue;
        }
        // "urged Russia to release the prisoners": the appeal is for a release (0253).
        bool demand = equals_lower(controller.lemma, "demand");
        for (size_t e = groups[h].first_event; e < group_end(h); ++e) {
          if (drop[e] || group_end(g) == inner.first_event) continue;
          std::string appeal = appeal_code(out.events[inner.first_event].code, demand);
          if (appeal != out.events[e].code) recoded = true;
          out.events[e].code = std::move(appeal);
        }
      }
  }

  // "Obama agreed to lift sanctions on Iran": the controlled verb's event (lift, 085) is
  // what happened; the controlling verb's generic code (agree) is dropped unless one of
  // its own patterns matched.
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].controller < 0 || group_end(g) == groups[g].first_event) continue;
    for (size_t h = 0; h < groups.size(); ++h)
      if (groups[h].verb == groups[g].controller && !groups[h].pattern && !keep_controller[h])
        for (size_t e = groups[h].first_event; e < group_end(h); ++e) drop[e] = 1, any = true;
  }
  if (any) {
    size_t kept = 0;
    for (size_t e = 0; e < out.events.size(); ++e)
      if (!drop[e]) {
        if (kept != e) out.events[kept] = std::move(out.events[e]);
        ++kept;
      }
    out.events.resize(kept);
  }
  if (recoded) {  // two verbs recoded to one intent code make one event
    size_t kept = 0;
    for (size_t e = 0; e < out.events.size(); ++e) {
      bool seen = false;
      for (size_t k = 0; k < kept && !seen; ++k) seen = out.events[k].same_triple(out.events[e]);
      if (seen) continue;
      if (kept != e) out.events[kept] = std::move(out.events[e]);
      ++kept;
    }
    out.events.resize(kept);
  }
  for (CodedEvent& r : added) {
    bool seen = false;
    for (const CodedEvent& other : out.events) seen = seen || other.same_triple(r);
    if (!seen) out.events.push_back(std::move(r));
  }

  code_nominal_events(view, actors, signature, present, set_present, options, out);

  // "“China is ready to deepen cooperation,” Wang Yi told his counterpart": when the words
  // reported hold an event, that event is what was said; the reporting verb's generic
  // statement (010) is not coded beside it.
  size_t kept = 0;
  for (size_t e = 0; e < out.events.size(); ++e) {
    bool redundant = false;
    if (out.events[e].code == "010" && out.events[e].verb_span.end - out.events[e].verb_span.begin == 1) {
      const TokenSpan reported = reported_clause(tree, actors.preterminal(out.events[e].verb_span.begin));
      for (size_t k = 0; k < out.events.size() && !redundant; ++k)
        redundant = k != e && reported.begin <= out.events[k].verb_span.begin && out.events[k].verb_span.begin < reported.end;
    }
    if (redundant) continue;
    if (kept != e) out.events[kept] = std::move(out.events[e]);
    ++kept;
  }
  out.events.resize(kept);
}

// Nominal triggers (dyad's `noun` lines): "held talks with Iran", "Pezeshkian's visit to
// Minsk", "Israeli airstrikes on Gaza". The noun's pattern is matched inside its noun
// phrase; the source is a possessor, a by-phrase, a demonym or actor before the noun, else
// the subject of the clause the noun phrase belongs to. A negated clause has no event, and
// a nominal event whose actors a verb of the clause already coded with the same root adds
// nothing ("held talks with" coded by a verb pattern).
void EventCoder::code_nominal_events(const SentenceView& view, const ActorCoder& actors, const uint64_t* signature,
                                     const std::vector<WordId>& present, const std::vector<int8_t>& set_present,
                                     const CoderOptions& options, SentenceCoding& out) const {
  const Tree& tree = view.tree;
  const VerbDictionary& verbs = dictionaries_->verbs;
  const size_t verb_events = out.events.size();
  if (out.pattern_search_stopped) return;
  for (int32_t t = 0; t < view.token_count; ++t) {
    const Pos tag = tree.tokens[t].tag;
    if (tag != Pos::NN && tag != Pos::NNS) continue;
    std::span<const VerbId> found = verbs.find_noun(view.ids[t]);
    if (found.empty() && view.lemmas[t] != kNoWord) found = verbs.find_noun(view.lemmas[t]);
    if (found.empty()) continue;
    NodeId base = actors.base_noun_phrase_at(t);
    if (base == kNoNode) continue;
    // "held no talks on the repatriation of refugees": neither talks nor a repatriation.
    bool quantified_no = false;
    for (NodeId a = base; a != kNoNode && !quantified_no && (label_is(tree, a, "NP") || label_is(tree, a, "PP"));
         a = tree.nodes[a].parent)
      quantified_no = label_is(tree, a, "NP") && equals_lower(tree.tokens[tree.nodes[a].first_token].text, "no");
    if (quantified_no) continue;
    NodeId np = base;  // widen over the noun's own PPs: (NP (NP talks) (PP with ...))
    while (label_is(tree, tree.nodes[np].parent, "NP") && tree.nodes[tree.nodes[np].parent].head == t)
      np = tree.nodes[np].parent;
    const int32_t end = tree.nodes[np].last_token + 1;

    for (VerbId id : found) {
      const Verb& noun = verbs.verb(id);
      const VerbPattern* best = nullptr;
      PatternState best_state;
      for (const PreparedPattern& prepared : patterns_by_block_[noun.block]) {
        if ((prepared.signature[0] & ~signature[0]) | (prepared.signature[1] & ~signature[1]) |
            (prepared.signature[2] & ~signature[2]) | (prepared.signature[3] & ~signature[3]))
          continue;
        bool possible = true;
        for (WordId w : prepared.required)
          if (!std::binary_search(present.begin(), present.end(), w)) { possible = false; break; }
        for (size_t k = 0; possible && k < prepared.required_sets.size(); ++k)
          possible = set_present[prepared.required_sets[k]] == 1;
        if (!possible || !prepared.before.empty()) continue;
        if (++out.pattern_attempts > options.max_pattern_attempts) {
          out.pattern_search_stopped = true;
          return;
        }
        PatternState st;
        bool joined = prepared.pattern->terms[prepared.pattern->verb_index].joined_to_next;
        if (!match_after(view, prepared.after, t + 1, end, joined, st)) continue;
        if (!best || st.score > best_state.score) { best = prepared.pattern; best_state = st; }
      }
      const EventCode& code = best ? best->code : noun.code;
    if (code.is_null()) continue;

      // The clause the noun phrase belongs to, and whether it is negated.
      NodeId clause = tree.nodes[np].parent;
      while (clause != kNoNode && !is_clause(tree, clause)) clause = tree.nodes[clause].parent;
      // A clause controlled by another word has its modality, as a verb's event has: "is
      // ready to deepen its cooperation with Pakistan" is an intent (031), "refused to hold
      // talks" and "urged them to resume talks" are no talks.
      std::string modal_code;
      bool denied = false;
      if (clause != kNoNode && clause_subject(tree, clause) == kNoNode) {
        NodeId p = tree.nodes[clause].parent;
        int32_t controller = -1;
        if (label_is(tree, p, "ADJP") && label_is(tree, tree.nodes[p].parent, "VP")) controller = tree.nodes[p].head;
        else if (label_is(tree, p, "VP")) controller = tree.nodes[p].head;
        if (controller >= 0) {
          const Token& c = tree.tokens[controller];
          const bool adjectival = c.tag == Pos::JJ ||
                                  (c.tag == Pos::VBN && controller > 0 && equals_lower(tree.tokens[controller - 1].lemma, "be"));
          ControlKind kind = control_kind(c.lemma.empty() ? c.text : c.lemma, adjectival);
          if (kind == ControlKind::kAppeal || kind == ControlKind::kNonEvent) continue;
          if (kind == ControlKind::kIntent) {
            modal_code = intent_code(code.code);
            if (modal_code.empty()) continue;
          }
        }
      }
      NodeId governing_vp = kNoNode;
      for (NodeId a = tree.nodes[np].parent; a != clause && a != kNoNode; a = tree.nodes[a].parent)
        if (label_is(tree, a, "VP")) governing_vp = a;
      if (governing_vp != kNoNode) {
        const int32_t governor = main_verb(tree, governing_vp);
        if (negated_verb(tree, actors.preterminal(governor))) continue;
        if (hypothetical_verb(tree, actors.preterminal(governor))) continue;  // "could trigger the return of sanctions"
        const Token& g = tree.tokens[governor];
        // "Iran denied any role in the strikes on Saudi facilities": a denial (016) by the
        // clause's subject about an act against Saudi Arabia.
        if (is_denial(g.lemma.empty() ? g.text : g.lemma)) denied = true;
        // The object of a verb coded as another kind of event is what that event is about,
        // not an event of its own: "demanded the release of the hostages" (a demand),
        // "condemned the US strikes" (a condemnation), "lifted sanctions on Syria" (easing).
        // A light verb codes nothing ("held talks with") or the same kind ("launched strikes").
        const std::string_view noun_root = cameo_root(code.code);
        // Only the verb's object is what it is about: "made the statement during talks with
        // X" keeps the talks (a prepositional phrase of the verb's own is an adjunct).
        bool object = true;
        for (NodeId a = tree.nodes[np].parent; a != governing_vp && a != kNoNode; a = tree.nodes[a].parent)
          if (label_is(tree, a, "PP") && label_is(tree, tree.nodes[a].parent, "VP") && is_adjunct_pp(tree, a)) object = false;
        bool about = false;
        for (size_t e = 0; e < verb_events && object && !about; ++e) {
          const CodedEvent& ev = out.events[e];
          about = ev.verb_span.begin <= governor && governor < ev.verb_span.end && cameo_root(ev.code) != noun_root;
        }
        if (about) continue;
      }

      // Source: possessor or actor before the noun in its own phrase, a by-phrase, the subject.
      NodeId source_np = kNoNode;
      NounPhraseCodes possessor;  // "his meeting with Lukashenko"
      for (int32_t k = tree.nodes[base].first_token; k < t && possessor.codes.empty(); ++k)
        if (tree.tokens[k].tag == Pos::PRPS) possessor = actors.pronoun_at(k);
      for (int32_t k = tree.nodes[base].first_token; k < t && source_np == kNoNode && possessor.codes.empty(); ++k)
        if (actors.in_mention(k)) {
          NodeId cand = actors.noun_phrase_at(k);
          if (cand != kNoNode && cand != np && cand != base && !actors.codes_of(cand).codes.empty()) source_np = cand;
          else if (!actors.codes_of(base).codes.empty() && best_state.target_np != base) source_np = base;
        }
      if (source_np == kNoNode)
        for (NodeId c = tree.first_child(np); c != kNoNode && source_np == kNoNode; c = tree.next_sibling(c)) {
          if (label_is(tree, c, "PP") && equals_lower(preposition_of(tree, c), "by")) {
            NodeId by = first_np_child(tree, c);
            if (by != kNoNode && !actors.codes_of(by).codes.empty()) source_np = by;
          }
        }
      if (source_np == kNoNode && possessor.codes.empty() && clause != kNoNode && governing_vp != kNoNode)
        source_np = clause_subject(tree, clause);
      if (denied) {
        possessor.codes.clear();
        source_np = clause_subject(tree, clause);
        modal_code = "016";
      }

      NodeId target_np = best_state.target_np;
      if (target_np == kNoNode)  // the first actor after the noun inside its phrase
        for (int32_t k = t + 1; k < end && target_np == kNoNode; ++k)
          if (actors.in_mention(k)) {
            NodeId cand = actors.noun_phrase_at(k);
            if (cand != kNoNode && !actors.codes_of(cand).codes.empty()) target_np = cand;
          }
      const TokenSpan noun_span{t, t + 1};
      const std::string& event_code = modal_code.empty() ? code.code : modal_code;
      auto emit = [&](const NounPhraseCodes& sources, const NounPhraseCodes& targets, TokenSpan source_span,
                      TokenSpan target_span) {
        for (const std::string& a : sources.codes)
          for (const std::string& b : targets.codes) {
            if (a == b) continue;
            bool covered = false;
            for (size_t e = 0; e < out.events.size() && !covered; ++e) {
              const CodedEvent& other = out.events[e];
              covered = other.source == a && other.target == b &&
                        (e >= verb_events || other.code.compare(0, 2, event_code, 0, 2) == 0);
            }
            if (covered) continue;
            CodedEvent ev;
            ev.source = a;
            ev.target = b;
            ev.code = event_code;
            ev.source_span = source_span;
            ev.target_span = target_span;
            ev.verb_span = noun_span;
            ev.evidence.source_text = span_text(tree, source_span);
            ev.evidence.target_text = span_text(tree, target_span);
            ev.evidence.verb_text = tree.tokens[t].text;
            ev.evidence.rule = verbs.describe(best ? best->where : noun.where);
            out.events.push_back(std::move(ev));
          }
      };
      // Members acting on each other, as with verbs: "talks between Serbia and Kosovo", and a
      // compound owner of a cooperative or mutual noun with no one else named ("Armenia and
      // Azerbaijan opened negotiations").
      // "host talks between the two sides": the parties are named, if uncoded, and the
      // subject is not one of them.
      NodeId mutual_np = kNoNode;
      bool between = false;
      for (NodeId c = tree.first_child(np); c != kNoNode && mutual_np == kNoNode; c = tree.next_sibling(c)) {
        if (!label_is(tree, c, "PP") || !equals_lower(preposition_of(tree, c), "between")) continue;
        between = true;
        NodeId members = first_np_child(tree, c);
        if (members != kNoNode && actors.codes_of(members).codes.size() >= 2) mutual_np = members;
      }
      if (mutual_np == kNoNode && !between && members_act_on_each_other(code.code, tree.tokens[t]) && target_np == kNoNode && possessor.codes.empty() &&
          source_np != kNoNode && actors.codes_of(source_np).codes.size() >= 2)
        mutual_np = source_np;
      if (mutual_np != kNoNode) {
        const NounPhraseCodes& members = actors.codes_of(mutual_np);
        const TokenSpan span = members.span.empty() ? node_span(tree, mutual_np) : members.span;
        emit(members, members, span, span);
        continue;
      }
      if ((source_np == kNoNode && possessor.codes.empty()) || target_np == kNoNode || source_np == target_np)
        continue;
      const NounPhraseCodes& sources = possessor.codes.empty() ? actors.codes_of(source_np) : possessor;
      // In a quotation, "you" and an event without a target address the one spoken to.
    NounPhraseCodes addressee;
    if (target_np == kNoNode && options.discourse && !options.discourse->addressee().empty())
      addressee.codes = options.discourse->addressee();
    const NounPhraseCodes& targets = target_np == kNoNode ? addressee : actors.codes_of(target_np);
      if (sources.codes.empty() || targets.codes.empty()) continue;
      const TokenSpan source_span = sources.span.empty() ? node_span(tree, source_np) : sources.span;
      const TokenSpan target_span = targets.span.empty() ? node_span(tree, target_np) : targets.span;
      emit(sources, targets, source_span, target_span);
    }
  }
  (void)options;
}

}  // namespace dyad
