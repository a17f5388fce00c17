#include "resolve/place_finder.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

#include "syntax/clause.h"
#include "syntax/head_rules.h"
#include "text/ascii_words.h"

namespace dyad {
namespace {

bool has_label(const Tree& t, NodeId n, std::string_view want) {
  return t.nodes[n].token < 0 && base_label(t.nodes[n].label) == want;
}

bool is_clause_node(const Tree& t, NodeId n) {
  return has_label(t, n, "S") || has_label(t, n, "SBAR") || has_label(t, n, "SINV") ||
         has_label(t, n, "SQ");
}

// 0 in/at/near..., 1 to/into/toward, 2 from; -1 not locative. "on" only counts before words
// that name a location ("on the outskirts of", "on the border").
int preposition_rank(const Tree& t, NodeId pp, int32_t* prep_token) {
  NodeId first = t.first_child(pp);
  if (first == kNoNode || !t.is_preterminal(first)) return -1;
  int32_t tok = t.nodes[first].token;
  *prep_token = tok;
  std::string_view w = t.tokens[tok].text;
  if (equals_any_word(w, {"in", "at", "near", "outside", "inside", "within", "across", "throughout",
                 "around", "over", "off", "across", "along", "via"}))
    return 0;
  if (equals_any_word(w, {"to", "into", "toward", "towards"})) return 1;
  if (equals_word(w, "from")) return 2;
  if (equals_word(w, "on")) {
    for (int32_t k = tok + 1; k <= t.nodes[pp].last_token && k <= tok + 4; ++k)
      if (equals_any_word(t.tokens[k].text, {"outskirts", "border", "edge", "coast", "streets", "front",
                                   "frontline", "island", "shores", "banks"}))
        return 0;
  }
  return -1;
}

bool is_place_word(std::string_view w) {
  return equals_any_word(w, {"region", "regions", "area", "areas", "province", "oblast", "district",
                    "city", "town", "suburb", "suburbs", "outskirts", "governorate", "state",
                    "county", "border", "airport", "port", "strip", "countryside", "centre",
                    "center", "downtown", "neighbourhood", "neighborhood"});
}

// Collects the tokens of a PP's object and its "of" chain: NPs are walked, other PPs and
// embedded clauses are not.
void object_tokens(const Tree& t, NodeId n, std::vector<int32_t>& out) {
  if (t.is_preterminal(n)) {
    out.push_back(t.nodes[n].token);
    return;
  }
  if (is_clause_node(t, n)) return;
  if (has_label(t, n, "PP")) {
    NodeId first = t.first_child(n);
    if (first == kNoNode || !t.is_preterminal(first) ||
        !equals_word(t.tokens[t.nodes[first].token].text, "of"))
      return;
  }
  for (NodeId c = t.first_child(n); c != kNoNode; c = t.next_sibling(c)) object_tokens(t, c, out);
}

struct Found {
  int32_t first = -1, last = -1;
  std::span<const PlaceId> candidates;
  bool container = false;  // every candidate is a country or region
};

// Gazetteer names inside the given (sorted) token list; a name must lie in one contiguous run.
// `locative` is false after to/into/from, where "Iran 's" owns the object ("greetings to Iran's
// Supreme Leader") rather than locating it ("in Moscow's Red Square").
std::vector<Found> names_in(const Tree& t, const std::vector<int32_t>& toks, const Gazetteer& g,
                            bool locative) {
  std::vector<Found> out;
  std::span<const Token> all(t.tokens);
  for (size_t i = 0; i < toks.size(); ++i) {
    int32_t start = toks[i];
    auto m = g.match_at(all, static_cast<size_t>(start));
    if (!m) continue;
    // A name starts among the allowed tokens and may run past them: the parser sometimes
    // splits a multiword name ("in Rio (PP de Janeiro)").
    size_t j = i;
    while (j + 1 < toks.size() && toks[j + 1] <= m->last_token) ++j;
    bool proper = false;
    for (int32_t k = m->first_token; k <= m->last_token; ++k)
      proper = proper || is_proper_noun(t.tokens[k].tag);
    if (!proper) continue;
    // A name modifying a following noun or name is part of an actor: "the Minsk government".
    const int32_t next = m->last_token + 1;
    if (next < static_cast<int32_t>(t.tokens.size())) {
      const Token& after = t.tokens[next];
      if ((is_noun(after.tag) || after.tag == Pos::CD) && !is_place_word(after.text)) continue;
      if (after.tag == Pos::POS && !locative) {
        // ... unless a place of its own follows: "to Mozambique's Cabo Delgado province".
        bool place_follows = false;
        for (size_t k = j + 1; k < toks.size() && !place_follows; ++k) {
          auto later = g.match_at(all, static_cast<size_t>(toks[k]));
          place_follows = later && is_proper_noun(t.tokens[toks[k]].tag);
        }
        if (!place_follows) continue;
      }
    }
    Found f{m->first_token, m->last_token, m->candidates, true};
    for (PlaceId id : m->candidates)
      f.container = f.container && (g.place(id).is_country() || g.place(id).feature == "RGN");
    out.push_back(f);
    i = j;
  }
  return out;
}

struct Choice {
  std::tuple<int, int, int, int> rank;  // source, preposition, depth, distance
  std::vector<Found> names;
};

// Which embedded phrases a PP search enters.
enum class Walk {
  kVerbPhrase,  // the verb's own VP: everything but clauses with their own subject
  kClause,      // the rest of the clause: not into VPs of other verbs
  kSentence,    // fallback for broken parses: not into SBARs or comma-set participles
};

// A clause without a subject of its own ("crossing near Grodno", "to meet in Minsk") still
// belongs to the event; "that troops would leave Syria" does not.
bool enters_clause(const Tree& t, NodeId n) {
  if (!has_label(t, n, "S")) return false;
  NodeId first = t.first_child(n);
  return first != kNoNode && has_label(t, first, "VP");
}

bool skips(const Tree& t, NodeId n, Walk walk, int32_t verb) {
  if (t.is_preterminal(n)) return false;
  if (is_clause_node(t, n)) return walk == Walk::kSentence ? has_label(t, n, "SBAR")
                                                          : !enters_clause(t, n);
  if (!has_label(t, n, "VP")) return false;
  const Node& node = t.nodes[n];
  if (walk == Walk::kClause) return verb < node.first_token || verb > node.last_token;
  if (walk == Walk::kSentence)
    return node.first_token > 0 && t.tokens[node.first_token - 1].tag == Pos::Comma;
  return false;
}

void consider_pps(const Tree& t, NodeId n, NodeId skip, int source, Walk walk, int depth,
                  int32_t verb, const Gazetteer& g, std::optional<Choice>& best) {
  if (n == skip) return;
  if (!t.is_preterminal(n) && has_label(t, n, "PP")) {
    int32_t prep = -1;
    int rank = preposition_rank(t, n, &prep);
    if (rank >= 0) {
      std::vector<int32_t> toks;
      for (NodeId c = t.next_sibling(t.first_child(n)); c != kNoNode; c = t.next_sibling(c))
        object_tokens(t, c, toks);
      std::sort(toks.begin(), toks.end());
      auto names = names_in(t, toks, g, rank == 0);
      if (!names.empty()) {
        int distance = verb >= 0 ? std::abs(prep - verb) : prep;
        Choice c{{source, rank, depth, distance}, std::move(names)};
        if (!best || c.rank < best->rank) best = std::move(c);
      }
    }
    ++depth;
  }
  for (NodeId c = t.first_child(n); c != kNoNode; c = t.next_sibling(c)) {
    if (skips(t, c, walk, verb)) continue;
    consider_pps(t, c, skip, source, walk, depth + (enters_clause(t, c) ? 1 : 0), verb, g, best);
  }
}

bool moves_or_strikes(std::string_view lemma) {
  return equals_any_word(lemma, {"visit", "attack", "bomb", "shell", "strike", "enter", "reach", "leave",
                        "invade", "raid", "capture", "tour", "hit", "storm", "seize", "besiege",
                        "liberate", "occupy", "target", "recapture", "encircle", "evacuate"});
}

NodeId preterminal_of(const Tree& t, int32_t token) {
  for (NodeId n = 0; n < static_cast<NodeId>(t.nodes.size()); ++n)
    if (t.nodes[n].token == token) return n;
  return kNoNode;
}

}  // namespace

std::optional<EventPlace> find_event_place(const Tree& tree, int32_t verb_token,
                                           const Gazetteer& gazetteer,
                                           std::span<const std::string> preferred_iso3) {
  if (tree.root == kNoNode) return std::nullopt;
  NodeId clause = kNoNode, verb_vp = kNoNode;
  if (verb_token < 0) {
    ClauseHeads h = main_clause_heads(tree);
    clause = h.clause;
    verb_vp = h.verb_phrase;
    verb_token = h.verb;
  } else {
    for (NodeId n = preterminal_of(tree, verb_token); n != kNoNode; n = tree.nodes[n].parent) {
      if (verb_vp == kNoNode && has_label(tree, n, "VP")) verb_vp = n;
      if (is_clause_node(tree, n) && !has_label(tree, n, "SBAR")) {
        clause = n;
        break;
      }
    }
  }
  if (clause == kNoNode) clause = tree.root;

  std::optional<Choice> best;
  if (verb_vp != kNoNode)
    consider_pps(tree, verb_vp, kNoNode, 0, Walk::kVerbPhrase, 0, verb_token, gazetteer, best);
  if (!best) consider_pps(tree, clause, verb_vp, 1, Walk::kClause, 0, verb_token, gazetteer, best);
  if (!best && verb_vp != kNoNode && verb_token >= 0 &&
      moves_or_strikes(tree.tokens[verb_token].lemma)) {
    // The verb's object NP: the first NP child of its VP.
    for (NodeId c = tree.first_child(verb_vp); c != kNoNode; c = tree.next_sibling(c)) {
      if (!has_label(tree, c, "NP")) continue;
      std::vector<int32_t> toks;
      object_tokens(tree, c, toks);
      std::sort(toks.begin(), toks.end());
      auto names = names_in(tree, toks, gazetteer, true);
      if (!names.empty()) best = Choice{{2, 0, 0, 0}, std::move(names)};
      break;
    }
  }
  // A parse that split the clause ("(S (S (VP Fighting)) (S (VP erupted (PP in Tripoli))))")
  // leaves the place outside the clause found: search the sentence, minus embedded SBARs.
  if (!best) consider_pps(tree, tree.root, kNoNode, 3, Walk::kSentence, 0, verb_token, gazetteer, best);
  if (!best) return std::nullopt;

  // The most specific name (a town before a region before a country); a country or region named
  // beside it ("Brest, France", "Paris, Texas") decides among its candidates, then the actors'
  // countries and population (Gazetteer::best).
  const Found* chosen = nullptr;
  auto is_region = [&](const Found& f) {
    return gazetteer.place(f.candidates.front()).feature == "RGN";
  };
  for (const auto& f : best->names)
    if (!chosen && !f.container) chosen = &f;
  for (const auto& f : best->names)
    if (!chosen && is_region(f)) chosen = &f;
  if (!chosen) chosen = &best->names.front();
  std::optional<PlaceId> named;
  const Found* container = nullptr;
  for (const auto& f : best->names) {
    if (&f == chosen || !f.container || named) continue;
    if (!container) container = &f;
    named = gazetteer.best_in_country(chosen->candidates,
                                      gazetteer.place(f.candidates.front()).iso3);
  }
  // "Mozambique's Cabo Delgado province": a town of that name elsewhere ("Delgado", El
  // Salvador) is not the place; the country named is.
  if (!named && container) {
    chosen = container;
    named = container->candidates.front();
  }
  const PlaceId id = named.value_or(gazetteer.best(chosen->candidates, preferred_iso3));

  const Place& p = gazetteer.place(id);
  EventPlace out;
  for (int32_t k = chosen->first; k <= chosen->last; ++k) {
    if (!out.raw_text.empty()) out.raw_text.push_back(' ');
    out.raw_text += tree.tokens[k].text;
  }
  out.name = p.name;
  out.geonameid = p.geonameid;
  out.lat = p.lat;
  out.lon = p.lon;
  out.country_iso3 = p.iso3;
  out.country_iso2 = p.iso2;
  out.feature = p.feature;
  out.first_token = chosen->first;
  out.last_token = chosen->last;
  out.place = id;
  return out;
}

}  // namespace dyad
