#include "code/actor_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "syntax/head_rules.h"

namespace dyad {
namespace {

// A capitalised word with a demonym's ending ("Thai", "Cambodian", "Chinese", "British",
// "French", "Cypriot"), as opposed to a country's name ("Thailand", "China", "Iran").
bool is_np(const Tree& tree, NodeId n) {
  if (n == kNoNode || tree.is_preterminal(n)) return false;
  std::string_view b = base_label(tree.nodes[n].label);
  return b == "NP" || b == "NX" || b == "NML" || b == "WHNP";
}

bool label_is(const Tree& tree, NodeId n, std::string_view want) {
  return n != kNoNode && base_label(tree.nodes[n].label) == want;
}

// Phrases whose actors belong to something else than the NP's own referent.
bool is_dependent_part(const Tree& tree, NodeId n) {
  std::string_view b = base_label(tree.nodes[n].label);
  return b == "PP" || b == "SBAR" || b == "S" || b == "VP" || b == "PRN" || b == "RRC" || b == "UCP";
}

void add_code(std::vector<std::string>& codes, std::string code) {
  if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(std::move(code));
}

void widen(TokenSpan& span, int32_t begin, int32_t end) {
  if (span.empty()) { span = {begin, end}; return; }
  span.begin = std::min(span.begin, begin);
  span.end = std::max(span.end, end);
}

}  // namespace

NodeId clause_subject(const Tree& tree, NodeId s) {
  if (s == kNoNode) return kNoNode;
  bool inverted = label_is(tree, s, "SINV");
  NodeId last_np = kNoNode;
  bool seen_vp = false;
  for (NodeId c = tree.first_child(s); c != kNoNode; c = tree.next_sibling(c)) {
    std::string_view b = base_label(tree.nodes[c].label);
    if (b == "VP") {
      if (!inverted) return last_np;
      seen_vp = true;
      continue;
    }
    if (b == "NP" && tree.nodes[c].label.find("TMP") == std::string::npos) {
      if (inverted && seen_vp) return c;
      last_np = c;
    }
  }
  return inverted ? last_np : kNoNode;
}

ActorCoder::ActorCoder(const DictionarySet& dictionaries, const Tree& tree, std::span<const WordId> ids,
                       Date date, const Discourse* discourse)
    : dict_(dictionaries), tree_(tree), ids_(ids), discourse_(discourse) {
  const size_t n = tree.tokens.size();
  mention_of_token_.assign(n, -1);
  preterminal_of_token_.assign(n, kNoNode);
  for (NodeId i = 0; i < static_cast<NodeId>(tree.nodes.size()); ++i)
    if (tree.nodes[i].token >= 0) preterminal_of_token_[tree.nodes[i].token] = i;
  for (size_t i = 0; i < n;) {
    Pos tag = tree.tokens[i].tag;
    // Verbs, prepositions and punctuation never start a name ("said", "in").
    bool can_start = !(tag == Pos::IN || tag == Pos::CC || tag == Pos::TO || tag == Pos::PRP ||
                       tag == Pos::PRPS || tag == Pos::VB || tag == Pos::VBD || tag == Pos::VBZ ||
                       tag == Pos::VBP || tag == Pos::MD || tag == Pos::POS || tag == Pos::RB ||
                       tag == Pos::WDT || tag == Pos::WP || tag == Pos::EX || tag == Pos::Comma ||
                       tag == Pos::Period || tag == Pos::Colon || tag == Pos::OpenQuote ||
                       tag == Pos::CloseQuote || tag == Pos::LRB || tag == Pos::RRB);
    if (can_start && ids[i] != kNoWord) {
      if (ActorMatch m = dict_.actors.longest_match(ids, i, date)) {
        Mention mention{static_cast<int32_t>(i), static_cast<int32_t>(i + m.length), false, m.code(), false};
        for (size_t k = i; k < i + m.length; ++k) mention_of_token_[k] = static_cast<int32_t>(mentions_.size());
        mentions_.push_back(mention);
        i += m.length;
        continue;
      }
      AgentMatch a = dict_.agents.longest_match(ids, i);
      // A one-word agent used as an adjective before an event noun describes the event:
      // "an official visit", "military aid" (but "military officials" composes).
      if (a && a.length == 1 && tree.tokens[i].tag == Pos::JJ && i + 1 < n && is_noun(tree.tokens[i + 1].tag) &&
          ids[i + 1] != kNoWord && !dict_.verbs.find_noun(ids[i + 1]).empty())
        a = AgentMatch{};
      if (a) {
        const AgentEntry& agent = dict_.agents.agent(a.agents[0]);
        Mention mention{static_cast<int32_t>(i), static_cast<int32_t>(i + a.length), true, agent.code,
                        agent.placement == AgentPlacement::kPrefix};
        for (size_t k = i; k < i + a.length; ++k) mention_of_token_[k] = static_cast<int32_t>(mentions_.size());
        mentions_.push_back(mention);
        i += a.length;
        continue;
      }
    }
    ++i;
  }
}

bool ActorCoder::is_coordination(NodeId np) const {
  int conjuncts = 0;
  bool cc = false;
  for (NodeId c = tree_.first_child(np); c != kNoNode; c = tree_.next_sibling(c)) {
    std::string_view b = base_label(tree_.nodes[c].label);
    if (is_np(tree_, c)) ++conjuncts;
    else if (b == "CC" || b == "CONJP") cc = true;
  }
  return cc && conjuncts >= 2;
}

void ActorCoder::collect_mentions(NodeId n, NodeId top, std::vector<const Mention*>& out) const {
  if (tree_.is_preterminal(n)) {
    int32_t t = tree_.nodes[n].token;
    int32_t m = mention_of_token_[t];
    if (m >= 0 && (out.empty() || out.back() != &mentions_[m])) out.push_back(&mentions_[m]);
    return;
  }
  if (n != top && is_dependent_part(tree_, n)) return;
  for (NodeId c = tree_.first_child(n); c != kNoNode; c = tree_.next_sibling(c)) collect_mentions(c, top, out);
}

void ActorCoder::own_codes(NodeId np, NounPhraseCodes& out, AgentForms& agent_forms) const {
  std::vector<const Mention*> found;
  collect_mentions(np, np, found);
  agent_forms.clear();
  if (found.empty()) return;
  out.has_names = true;
  for (const Mention* m : found) widen(out.span, m->begin, m->end);

  // A coordinator between two mentions, with only determiners and adjectives between it
  // and the second one ("Calenardhon and the evil Arnor"), starts a new conjunct.
  auto coordinated = [&](const Mention* a, const Mention* b) {
    for (int32_t t = b->begin - 1; t >= a->end; --t) {
      Pos p = tree_.tokens[t].tag;
      if (p == Pos::CC || p == Pos::Comma) return true;
      if (!(p == Pos::DT || p == Pos::JJ || p == Pos::JJR || p == Pos::JJS || p == Pos::PRPS || p == Pos::PDT))
        return false;
    }
    return false;
  };
  auto separated = [&](const Mention* a, const Mention* b) {
    for (int32_t t = a->end; t < b->begin; ++t)
      if (tree_.tokens[t].tag == Pos::CC || tree_.tokens[t].tag == Pos::Comma) return true;
    return false;
  };

  // Actors: the first actor of each conjunct; a slash code (FRO/BIL/SAM) is several actors.
  std::vector<std::string_view> actor_codes;
  const Mention* previous_actor = nullptr;
  for (const Mention* m : found) {
    if (m->agent) continue;
    bool starts = previous_actor == nullptr || coordinated(previous_actor, m);
    previous_actor = m;
    if (!starts || m->code.empty()) continue;
    std::string_view code = m->code;
    while (!code.empty()) {
      size_t slash = code.find('/');
      std::string_view part = code.substr(0, slash);
      if (!part.empty()) actor_codes.push_back(part);
      if (slash == std::string_view::npos) break;
      code.remove_prefix(slash + 1);
    }
  }

  // Agents: modifiers shared by coordinated heads ("Islamist media and government" ->
  // MUS+MED, MUS+GOV); the agents next to a coordinator are alternatives.
  std::vector<const Mention*> agents;
  for (const Mention* m : found)
    if (m->agent) agents.push_back(m);
  std::vector<const Mention*> shared;
  std::vector<const Mention*> alternatives;
  {
    bool any_cc = false;
    for (size_t k = 1; k < agents.size(); ++k)
      if (separated(agents[k - 1], agents[k])) any_cc = true;
    if (!any_cc) {
      shared = agents;
    } else {
      size_t first_cc = 0;
      for (size_t k = 1; k < agents.size(); ++k)
        if (separated(agents[k - 1], agents[k])) { first_cc = k; break; }
      for (size_t k = 0; k + 1 < first_cc; ++k) shared.push_back(agents[k]);
      alternatives.push_back(agents[first_cc - 1]);
      for (size_t k = first_cc; k < agents.size(); ++k) alternatives.push_back(agents[k]);
    }
  }
  auto forms = [&](std::string_view actor, const Mention* alternative) {
    std::string prefix, suffix;
    auto add = [&](const Mention* g) {
      if (g->prefix_agent) prefix += g->code;
      else if (actor.find(g->code) == std::string_view::npos && suffix.find(g->code) == std::string::npos)
        suffix += g->code;
    };
    for (const Mention* g : shared)
      if (g->begin < (alternative ? alternative->begin : INT32_MAX)) add(g);
    if (alternative) add(alternative);
    for (const Mention* g : shared)
      if (alternative && g->begin > alternative->begin) add(g);
    return std::pair<std::string, std::string>(std::move(prefix), std::move(suffix));
  };
  auto compose = [&](std::string_view actor, const Mention* alternative) {
    auto [prefix, suffix] = forms(actor, alternative);
    // A people ("Rohingya" MMRCVL) with a role of its own is that role: "Rohingya refugees"
    // MMRREF, not MMRCVLREF.
    if (actor.size() == 6 && actor.substr(3) == "CVL" && suffix.size() >= 3) actor = actor.substr(0, 3);
    return prefix + std::string(actor) + suffix;
  };
  if (actor_codes.empty()) {
    if (alternatives.empty() && !shared.empty()) agent_forms.push_back(forms("", nullptr));
    for (const Mention* alt : alternatives) agent_forms.push_back(forms("", alt));
    return;
  }
  for (std::string_view actor : actor_codes) {
    if (alternatives.empty()) add_code(out.codes, compose(actor, nullptr));
    for (const Mention* alt : alternatives) add_code(out.codes, compose(actor, alt));
  }
}

// A one-word actor with a bare country code: the demonym of "Kyrgyz and Tajik troops"
// (also a one-word country name, which a conjunct of this shape rarely is).
bool ActorCoder::is_one_word_country(int32_t t) const {
  const int32_t m = mention_of_token_[t];
  if (m < 0) return false;
  const Mention& mention = mentions_[m];
  return !mention.agent && mention.begin == t && mention.end == t + 1 && mention.code.size() == 3;
}

bool ActorCoder::is_pronoun_np(NodeId np) const {
  NodeId c = tree_.first_child(np);
  return c != kNoNode && tree_.next_sibling(c) == kNoNode && tree_.is_preterminal(c) &&
         tree_.tokens[tree_.nodes[c].token].tag == Pos::PRP;
}

namespace {
bool equals_lower_ascii(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (static_cast<char>(std::tolower(static_cast<unsigned char>(word[i]))) != lower[i]) return false;
  return true;
}
}  // namespace

NounPhraseCodes ActorCoder::pronoun_codes(NodeId np) const {
  NodeId c = tree_.first_child(np);
  return resolve_pronoun(np, tree_.tokens[tree_.nodes[c].token].text);
}

NounPhraseCodes ActorCoder::resolve_pronoun(NodeId at, std::string_view word) const {
  // "you"/"your" never refer to the clause's subject: only to a quotation's addressee.
  const bool second_person = equals_lower_ascii(word, "you") || equals_lower_ascii(word, "your") ||
                             equals_lower_ascii(word, "yours");
  // "I", "we", "our" are the speaker's: not the subject of their own clause ("Russia attacked
  // our cities") but of a clause that reports it, before or after it ("“...,” Zelensky said").
  bool first_person = false;
  for (std::string_view w : {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
    first_person = first_person || equals_lower_ascii(word, w);
  // An object pronoun is never its own clause's subject (that would be "himself"): in
  // "police arrested him", "him" is someone named before.
  bool object_case = false;
  if (tree_.nodes[at].first_token >= 0 && tree_.tokens[tree_.nodes[at].first_token].tag == Pos::PRP)
    for (std::string_view w : {"him", "her", "them"}) object_case = object_case || equals_lower_ascii(word, w);
  bool own_clause = first_person || object_case;
  // Climb to each enclosing clause and try its subject, nearest first.
  for (NodeId a = second_person ? kNoNode : tree_.nodes[at].parent; a != kNoNode; a = tree_.nodes[a].parent) {
    std::string_view b = base_label(tree_.nodes[a].label);
    if (b != "S" && b != "SINV" && b != "SQ") continue;
    NodeId subject = clause_subject(tree_, a);
    if (subject == kNoNode) continue;
    if (own_clause) {
      own_clause = false;
      continue;
    }
    // The pronoun itself, or a subject that contains it, is no antecedent.
    if (tree_.nodes[subject].first_token <= tree_.nodes[at].first_token &&
        tree_.nodes[at].last_token <= tree_.nodes[subject].last_token)
      continue;
    if (!first_person && tree_.nodes[subject].first_token > tree_.nodes[at].first_token) continue;
    if (first_person && is_pronoun_np(subject)) continue;
    const NounPhraseCodes& codes = codes_of(subject);
    if (!codes.codes.empty()) return codes;
  }
  // A subject named earlier in the sentence outside the pronoun's clauses: "Although
  // Pashinyan did not travel to Minsk, he spoke by phone with Putin".
  if (!first_person && !second_person) {
    const bool personal = equals_lower_ascii(word, "he") || equals_lower_ascii(word, "she") ||
                          equals_lower_ascii(word, "his") || equals_lower_ascii(word, "him") ||
                          equals_lower_ascii(word, "her");
    NodeId best = kNoNode;
    for (NodeId s = 0; s < static_cast<NodeId>(tree_.nodes.size()); ++s) {
      std::string_view b = base_label(tree_.nodes[s].label);
      if (tree_.is_preterminal(s) || (b != "S" && b != "SINV")) continue;
      NodeId subject = clause_subject(tree_, s);
      if (subject == kNoNode || tree_.nodes[subject].last_token >= tree_.nodes[at].first_token) continue;
      if (best != kNoNode && tree_.nodes[subject].last_token <= tree_.nodes[best].last_token) continue;
      const NounPhraseCodes& codes = codes_of(subject);
      if (codes.codes.empty() || (personal && !is_person_code(codes.codes[0]))) continue;
      best = subject;
    }
    if (best != kNoNode) return codes_of(best);
  }
  NounPhraseCodes out;
  if (discourse_) {
    out.codes = discourse_->pronoun(word);
    if (!out.codes.empty()) {
      out.span = {tree_.nodes[at].first_token, tree_.nodes[at].last_token + 1};
      out.has_names = true;
    }
  }
  return out;
}

NounPhraseCodes ActorCoder::pronoun_at(int32_t t) const {
  NodeId pre = preterminal_of_token_[t];
  Pos tag = tree_.tokens[t].tag;
  if (pre == kNoNode || (tag != Pos::PRP && tag != Pos::PRPS)) return {};
  NounPhraseCodes out = resolve_pronoun(pre, tree_.tokens[t].text);
  if (!out.codes.empty()) out.span = {t, t + 1};
  return out;
}

std::vector<NodeId> ActorCoder::mention_phrases() const {
  std::vector<NodeId> out;
  for (const Mention& m : mentions_) {
    NodeId np = noun_phrase_at(m.begin);
    if (np != kNoNode && std::find(out.begin(), out.end(), np) == out.end()) out.push_back(np);
  }
  return out;
}

// "the two countries", "both sides", "the two nations".
bool ActorCoder::describes_two_countries(NodeId np) const {
  const Node& n = tree_.nodes[np];
  if (n.first_token < 0 || n.last_token - n.first_token > 3) return false;
  bool two = false, countries = false;
  for (int32_t t = n.first_token; t <= n.last_token; ++t) {
    const std::string& w = tree_.tokens[t].lemma.empty() ? tree_.tokens[t].text : tree_.tokens[t].lemma;
    if (w == "two" || w == "both") two = true;
    if (w == "country" || w == "nation" || w == "side" || w == "state" || w == "government") countries = true;
  }
  return two && countries;
}

// "the two leaders", "both presidents": the last two people named before in the sentence.
std::vector<std::string> ActorCoder::two_leaders_before(NodeId np) const {
  const Node& n = tree_.nodes[np];
  if (n.first_token < 0 || n.last_token - n.first_token > 3) return {};
  bool two = false, leaders = false;
  for (int32_t t = n.first_token; t <= n.last_token; ++t) {
    const std::string& w = tree_.tokens[t].lemma.empty() ? tree_.tokens[t].text : tree_.tokens[t].lemma;
    if (w == "two" || w == "both") two = true;
    if (w == "leader" || w == "president" || w == "minister" || w == "premier" || w == "head") leaders = true;
  }
  if (!two || !leaders) return {};
  std::vector<std::string> people;
  for (int32_t t = 0; t < n.first_token; ++t) {
    if (!in_mention(t)) continue;
    NodeId other = noun_phrase_at(t);
    if (other == kNoNode || other == np || tree_.nodes[other].last_token >= n.first_token) continue;
    for (const std::string& c : codes_of(other).codes)
      if (is_person_code(c) && std::find(people.begin(), people.end(), c) == people.end()) people.push_back(c);
  }
  if (people.size() < 2) return {};
  return {people[people.size() - 2], people.back()};
}

const NounPhraseCodes& ActorCoder::codes_of(NodeId np) const {
  static const NounPhraseCodes kEmpty;
  if (np == kNoNode) return kEmpty;
  if (cache_index_.empty()) cache_index_.assign(tree_.nodes.size(), -1);
  if (cache_index_[np] >= 0) return cache_[cache_index_[np]];
  NounPhraseCodes computed = compute_codes(np);
  cache_index_[np] = static_cast<int32_t>(cache_.size());
  cache_.push_back(std::move(computed));
  return cache_.back();
}

NounPhraseCodes ActorCoder::compute_codes(NodeId np) const {
  NounPhraseCodes out;
  if (is_pronoun_np(np)) return pronoun_codes(np);
  if (is_coordination(np)) {
    // "Thai and Cambodian troops" is often parsed as "Thai" and "Cambodian troops": a
    // conjunct that is one demonym takes the role of the last conjunct ("troops": THAMIL).
    std::string shared_role;
    NodeId last = kNoNode;
    for (NodeId c = tree_.first_child(np); c != kNoNode; c = tree_.next_sibling(c))
      if (is_np(tree_, c)) last = c;
    if (last != kNoNode && tree_.nodes[last].last_token > tree_.nodes[last].first_token &&
        is_one_word_country(tree_.nodes[last].first_token)) {
      const NounPhraseCodes& tail = codes_of(last);
      if (tail.codes.size() == 1 && tail.codes[0].size() > 3) shared_role = tail.codes[0].substr(3);
    }
    for (NodeId c = tree_.first_child(np); c != kNoNode; c = tree_.next_sibling(c)) {
      if (!is_np(tree_, c)) continue;
      const NounPhraseCodes& part = codes_of(c);
      const bool bare_demonym = c != last && !shared_role.empty() &&
                                tree_.nodes[c].first_token == tree_.nodes[c].last_token &&
                                is_one_word_country(tree_.nodes[c].first_token);
      for (const std::string& code : part.codes)
        add_code(out.codes, bare_demonym && code.size() == 3 ? code + shared_role : code);
      if (!part.span.empty()) widen(out.span, part.span.begin, part.span.end);
      out.has_names |= part.has_names;
    }
    return out;
  }
  AgentForms agent_forms;
  own_codes(np, out, agent_forms);
  if (!out.codes.empty()) return out;
  auto qualify = [&](const std::vector<std::string>& actors) {
    for (const std::string& actor : actors) {
      if (agent_forms.empty()) { add_code(out.codes, actor); continue; }
      for (const auto& [prefix, suffix] : agent_forms)
        add_code(out.codes, prefix + actor + (actor.find(suffix) != std::string::npos ? "" : suffix));
    }
  };
  const int32_t head = tree_.nodes[np].head;
  const bool head_is_event_noun = head >= 0 && ids_[head] != kNoWord && !dict_.verbs.find_noun(ids_[head]).empty();
  // An event named by a noun stands for its perpetrator in the by-phrase: "investigated the
  // killing of protesters by Bangladeshi security forces", "condemned the attack by Hamas".
  if (head_is_event_noun && agent_forms.empty()) {
    std::vector<NodeId> stack{np};
    while (!stack.empty()) {
      NodeId n = stack.back();
      stack.pop_back();
      for (NodeId c = tree_.first_child(n); c != kNoNode; c = tree_.next_sibling(c)) {
        if (tree_.is_preterminal(c) || label_is(tree_, c, "S") || label_is(tree_, c, "SBAR") || label_is(tree_, c, "VP"))
          continue;
        if (label_is(tree_, c, "PP")) {
          NodeId prep = tree_.first_child(c);
          if (prep != kNoNode && tree_.is_preterminal(prep) &&
              equals_lower_ascii(tree_.tokens[tree_.nodes[prep].token].text, "by")) {
            for (NodeId g = tree_.first_child(c); g != kNoNode; g = tree_.next_sibling(g))
              if (is_np(tree_, g) && !codes_of(g).codes.empty()) return codes_of(g);
          }
        }
        stack.push_back(c);
      }
    }
  }
  // Qualify or replace from the NP's prepositional phrases ("the leader of Belarus"), then
  // from a reduced relative's by/from phrase ("memos sent by Bree").
  for (int pass = 0; pass < 2; ++pass) {
    for (NodeId c = tree_.first_child(np); c != kNoNode; c = tree_.next_sibling(c)) {
      std::string_view b = base_label(tree_.nodes[c].label);
      std::vector<NodeId> pps;
      if (pass == 0 && b == "PP") pps.push_back(c);
      if (pass == 1 && b == "VP")
        for (NodeId g = tree_.first_child(c); g != kNoNode; g = tree_.next_sibling(g))
          if (label_is(tree_, g, "PP")) pps.push_back(g);
      for (NodeId pp : pps) {
        // An event noun with no agent of its own is qualified only by an owner ("the
        // exports of Iran"); a place does not make it an actor ("the war in Sudan").
        if (agent_forms.empty() && pass == 0 && head_is_event_noun) {
          NodeId prep = tree_.first_child(pp);
          const bool owner = prep != kNoNode && tree_.is_preterminal(prep) &&
                             (equals_lower_ascii(tree_.tokens[tree_.nodes[prep].token].text, "of") ||
                              equals_lower_ascii(tree_.tokens[tree_.nodes[prep].token].text, "from"));
          if (!owner) continue;
        }
        NodeId inner = kNoNode;
        for (NodeId g = tree_.first_child(pp); g != kNoNode; g = tree_.next_sibling(g))
          if (is_np(tree_, g)) { inner = g; break; }
        if (inner == kNoNode) continue;
        const NounPhraseCodes& part = codes_of(inner);
        if (part.codes.empty()) continue;
        qualify(part.codes);
        widen(out.span, part.span.begin, part.span.end);
        return out;
      }
    }
  }
  if (out.codes.empty()) {
    std::vector<std::string> leaders = two_leaders_before(np);
    if (!leaders.empty()) {
      out.codes = std::move(leaders);
      widen(out.span, tree_.nodes[np].first_token, tree_.nodes[np].last_token + 1);
      out.has_names = true;
      return out;
    }
  }
  if (discourse_ && out.codes.empty()) {
    if (describes_two_countries(np)) {
      out.codes = discourse_->two_countries();
      if (!out.codes.empty()) {
        widen(out.span, tree_.nodes[np].first_token, tree_.nodes[np].last_token + 1);
        return out;
      }
    }
    // "your people", "their army": the pronoun's country qualifies the agent. Without an
    // agent, "our cities" and "my country" are the speaker's country; "their border" is no
    // actor (the speaker's own things are what a quotation speaks of as targets).
    const int32_t head_first = tree_.nodes[np].first_token;
    const bool first_person = head_first >= 0 && (equals_lower_ascii(tree_.tokens[head_first].text, "our") ||
                                                  equals_lower_ascii(tree_.tokens[head_first].text, "my"));
    if (head_first >= 0 && tree_.tokens[head_first].tag == Pos::PRPS &&
        (agent_forms.size() == 1 || (agent_forms.empty() && first_person))) {
      NounPhraseCodes owner = pronoun_at(head_first);
      if (!owner.codes.empty() && owner.codes[0].size() >= 3 && owner.codes[0].compare(0, 3, "---") != 0) {
        const std::string& code = owner.codes[0];
        const bool state = code.compare(0, 3, "IGO") != 0 && code.compare(0, 3, "NGO") != 0 &&
                           code.compare(0, 3, "IMG") != 0;
        if (agent_forms.empty()) {
          out.codes = {state ? code.substr(0, 3) : code};
        } else {
          const auto& [prefix, suffix] = agent_forms[0];
          out.codes = {prefix + code.substr(0, 3) + suffix};
        }
        widen(out.span, head_first, tree_.nodes[np].last_token + 1);
        return out;
      }
    }
    // A definite description ("the president", "the ministry"): the last actor of its kind.
    const int32_t first = tree_.nodes[np].first_token;
    bool definite = first >= 0 && (tree_.tokens[first].text == "the" || tree_.tokens[first].text == "The");
    if (definite && agent_forms.size() == 1 && agent_forms[0].first.empty()) {
      std::vector<std::string> codes = discourse_->with_sector(agent_forms[0].second);
      if (!codes.empty()) {
        out.codes = std::move(codes);
        return out;
      }
    }
  }
  for (const auto& [prefix, suffix] : agent_forms)
    add_code(out.codes, prefix.empty() ? "---" + suffix : prefix + "---" + suffix);
  return out;
}

NodeId ActorCoder::base_noun_phrase_at(int32_t t) const {
  NodeId n = preterminal_of_token_[t];
  while (n != kNoNode && !is_np(tree_, n)) n = tree_.nodes[n].parent;
  return n;
}

NodeId ActorCoder::noun_phrase_at(int32_t t) const {
  NodeId n = preterminal_of_token_[t];
  while (n != kNoNode && !is_np(tree_, n)) n = tree_.nodes[n].parent;
  if (n == kNoNode) return n;
  // Widen over nested NP levels that are the same referent (possessives, appositions
  // stop at coordinations, which are one reference to several actors).
  while (true) {
    NodeId p = tree_.nodes[n].parent;
    if (p == kNoNode || !is_np(tree_, p)) break;
    if (is_coordination(p) || tree_.first_child(p) == n) n = p;
    else break;
  }
  return n;
}

}  // namespace dyad
