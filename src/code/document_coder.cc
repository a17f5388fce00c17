#include "code/document_coder.h"

#include <algorithm>
#include <cstdio>
#include <span>

#include "code/actor_code.h"
#include "code/actor_coder.h"
#include "code/event_json.h"
#include "resolve/date_expression.h"

namespace dyad {
namespace {

bool is_clause_label(std::string_view label) {
  return label == "S" || label == "SINV" || label == "SQ";
}

// Token span of the smallest clause with a subject containing `token` (the whole sentence
// when none). A clause without a subject is part of the one that controls it: "is due to
// meet the emperor on Thursday" is future, and "rallied on Sunday to demand elections" dates
// the demand by Sunday.
std::span<const Token> clause_of(const Tree& tree, int32_t token) {
  std::span<const Token> all(tree.tokens);
  if (token < 0 || token >= static_cast<int32_t>(tree.tokens.size())) return all;
  NodeId n = kNoNode;
  for (NodeId i = 0; i < static_cast<NodeId>(tree.nodes.size()); ++i)
    if (tree.nodes[i].token == token) { n = i; break; }
  NodeId found = kNoNode;
  for (; n != kNoNode; n = tree.nodes[n].parent) {
    const Node& node = tree.nodes[n];
    if (!is_clause_label(node.label) || node.first_token < 0) continue;
    found = n;
    if (clause_subject(tree, n) != kNoNode) break;
  }
  if (found == kNoNode) return all;
  return all.subspan(tree.nodes[found].first_token, tree.nodes[found].last_token - tree.nodes[found].first_token + 1);
}

// The country part of an actor code that starts with one ("IRNGOV" -> "IRN").
void add_country(const std::string& code, std::vector<std::string>& out) {
  if (code.size() < 3 || code[0] == '-') return;
  std::string iso3 = code.substr(0, 3);
  if (iso3 == "IGO" || iso3 == "NGO" || iso3 == "MNC" || iso3 == "IMG") return;
  if (std::find(out.begin(), out.end(), iso3) == out.end()) out.push_back(iso3);
}

}  // namespace

DocumentCoder::DocumentCoder(const FrontEndResources& resources, const EventCoder& coder,
                             const Gazetteer* gazetteer, DocumentLimits limits)
    : parser_(resources), coder_(coder), gazetteer_(gazetteer), limits_(limits) {}

void DocumentCoder::code_sentence(const Tree& tree, int32_t sentence_index, const std::string& sentence_text,
                                  std::chrono::year_month_day document_date, const CoderOptions& options,
                                  std::vector<DocumentEvent>& out) {
  Date role_date = Date::from_ymd(static_cast<int>(document_date.year()),
                                  static_cast<unsigned>(document_date.month()),
                                  static_cast<unsigned>(document_date.day()));
  coder_.code(tree, role_date, options, coding_);
  std::vector<std::string> countries;
  const size_t first = out.size();
  for (CodedEvent& e : coding_.events) {
    DocumentEvent& d = out.emplace_back();
    int32_t verb = e.verb_span.empty() ? -1 : e.verb_span.begin;
    std::optional<ResolvedDate> when = find_event_date(clause_of(tree, verb), document_date);
    if (!when) when = find_event_date(tree.tokens, document_date);
    if (when) {
      d.date = format_iso_date(when->date);
      d.date_text = when->text;
    } else {
      d.date = format_iso_date(document_date);
    }
    if (gazetteer_) {
      countries.clear();
      add_country(e.source, countries);
      add_country(e.target, countries);
      d.location = find_event_place(tree, verb, *gazetteer_, countries);
    }
    // An agent without a country ("journalists", "protesters") is of the country the event
    // happened in; in an arrest or repression (root 17), or when a state releases people or
    // refuses to ("Belarus released 30 political prisoners": 084x, 1243), of the country of
    // the other side.
    auto fill_country = [&](std::string& code, const std::string& other) {
      if (code.size() <= 3 || code.compare(0, 3, "---") != 0) return;
      // A country's own people, rebels or opposition act on its state: "the RSF attacked the
      // army", "Imran Khan's party accused the election commission".
      const std::string_view other_sector = first_sector(other);
      const bool domestic_other = starts_with_country(other) && !other_sector.empty() && !is_state_sector(other_sector);
      // Courts and police act on their own country's people: "activists were convicted by a
      // Hong Kong court", "prosecutors charged journalists".
      const bool justice_other = other.size() == 6 && starts_with_country(other) &&
                                 (other_sector == "JUD" || other_sector == "COP");
      // Insurgents and rebels attack people of the country they fight in: "Boko Haram
      // militants killed hundreds of villagers".
      const bool insurgent_other = starts_with_country(other) &&
                                   (other_sector == "INS" || other_sector == "REB" || other_sector == "SEP") &&
                                   (e.code.compare(0, 2, "17") == 0 || e.code.compare(0, 2, "18") == 0 ||
                                    e.code.compare(0, 2, "19") == 0 || e.code.compare(0, 2, "20") == 0);
      if ((domestic_other && is_state_sector(first_sector(code))) || justice_other || insurgent_other) {
        code = other.substr(0, 3) + code.substr(3);
      } else if (d.location && d.location->country_iso3.size() == 3) {
        code = d.location->country_iso3 + code.substr(3);
      } else if ((e.code.compare(0, 2, "17") == 0 || e.code.compare(0, 2, "14") == 0 ||
                  ((e.code.compare(0, 3, "084") == 0 || e.code == "1243") && other.size() == 3)) &&
                 starts_with_country(other)) {
        code = other.substr(0, 3) + code.substr(3);
      }
    };
    fill_country(e.source, e.target);
    fill_country(e.target, e.source);
    // A prefix agent without a country ("aid workers": NGO---) is of the event's country, else
    // the body alone (NGO), a valid CAMEO actor.
    auto fill_prefix = [&](std::string& code) {
      if (code.size() < 6 || code.compare(0, 3, "---") == 0 || code.compare(3, 3, "---") != 0) return;
      const bool located = d.location && d.location->country_iso3.size() == 3;
      code = code.substr(0, 3) + (located ? d.location->country_iso3 : std::string()) + code.substr(6);
    };
    fill_prefix(e.source);
    fill_prefix(e.target);
    // No event: an actor still without a country ("exchanged prisoners": whose?), or a state
    // acting on its own institutions ("India put its armed forces on alert": IND INDMIL).
    // Its rebels, opposition and people are others ("Cuba released political prisoners").
    auto countryless = [](const std::string& c) { return c.compare(0, 3, "---") == 0; };
    auto own_part = [](const std::string& whole, const std::string& part) {
      if (whole.size() != 3 || part.size() < 6 || part.compare(0, 3, whole) != 0) return false;
      return is_state_sector(first_sector(part));
    };
    if (e.source == e.target || countryless(e.source) || countryless(e.target) || own_part(e.source, e.target) ||
        own_part(e.target, e.source)) {
      out.pop_back();
      continue;
    }
    d.sentence = sentence_index;
    d.text = sentence_text;
    d.event = std::move(e);
  }
  // One act coded twice, once with a general and once with a specific actor ("US airstrikes
  // on Houthi positions killed ten fighters": YEMREB and YEMREBHTH) is one event: the
  // specific one.
  auto general_of = [](const std::string& general, const std::string& specific) {
    return general.size() < specific.size() && specific.compare(0, general.size(), general) == 0;
  };
  size_t kept = first;
  for (size_t i = first; i < out.size(); ++i) {
    const CodedEvent& a = out[i].event;
    bool covered = false;
    for (size_t j = first; j < out.size() && !covered; ++j) {
      const CodedEvent& b = out[j].event;
      covered = j != i && a.code == b.code &&
                ((a.source == b.source && general_of(a.target, b.target)) ||
                 (a.target == b.target && general_of(a.source, b.source)));
    }
    if (covered) continue;
    if (kept != i) out[kept] = std::move(out[i]);
    ++kept;
  }
  out.resize(kept);
}

CodedDocument DocumentCoder::code(const Document& doc) {
  CodedDocument result;
  // The document is parsed whole, then coded: parsing gets 4/5 of the budget, so that what
  // was parsed can still be coded (coding costs a fraction of parsing).
  const auto started = std::chrono::steady_clock::now();
  const bool unbounded = limits_.time_budget >= std::chrono::steady_clock::time_point::max() - started;
  const auto deadline = unbounded ? std::chrono::steady_clock::time_point::max() : started + limits_.time_budget;
  const auto parse_deadline = unbounded ? deadline : started + limits_.time_budget * 4 / 5;
  ParsedDocument parsed = parser_.parse(doc, parse_deadline);
  result.warnings = std::move(parsed.warnings);
  result.sentence_count = static_cast<int32_t>(parsed.sentences.size());
  std::optional<std::chrono::year_month_day> date = parse_iso_date(doc.date);
  if (!date) {
    result.warnings.push_back("no usable date \"" + doc.date + "\"");
    return result;
  }
  discourse_.clear();
  sentence_actors_.assign(parsed.sentences.size(), {});
  std::vector<char> coded(parsed.sentences.size(), 0);
  Date role_date = Date::from_ymd(static_cast<int>(date->year()), static_cast<unsigned>(date->month()),
                                  static_cast<unsigned>(date->day()));
  CoderOptions options;
  options.discourse = &discourse_;
  options.max_pattern_attempts = limits_.max_pattern_attempts;
  CoderOptions probe_options;
  probe_options.max_pattern_attempts = limits_.max_pattern_attempts;
  std::vector<std::string> last_speaker, last_addressee;
  int64_t stopped_searches = 0;  // sentences whose pattern search hit the cap
  int32_t first_stopped = -1;
  size_t i = 0;
  for (; i < parsed.sentences.size(); ++i) {
    if (std::chrono::steady_clock::now() > deadline) break;
    const ParsedSentence& s = parsed.sentences[i];
    // A quotation's speaker: "“We are ready ...” Lukashenko added." names it afterwards, so
    // that sentence's actors are looked at first (without a discourse: it names its own).
    std::vector<std::string> speaker, addressee;
    if (s.quote_group >= 0 && s.speaker >= 0 && static_cast<size_t>(s.speaker) < parsed.sentences.size() &&
        static_cast<size_t>(s.speaker) != i) {
      size_t k = static_cast<size_t>(s.speaker);
      if (!coded[k]) {
        SentenceCoding probe;
        coder_.code(parsed.sentences[k].tree, role_date, probe_options, probe);
        speaker = probe.actors.subject;
        addressee = probe.actors.object;
      } else {
        speaker = sentence_actors_[k].subject;
        addressee = sentence_actors_[k].object;
      }
    }
    // The same speaker goes on addressing the same person ("Lukashenko told Pezeshkian ...
    // Lukashenko added: ..."), until someone else speaks.
    if (addressee.empty() && !speaker.empty() && speaker == last_speaker) addressee = last_addressee;
    if (!speaker.empty()) {
      last_speaker = speaker;
      last_addressee = addressee;
    }
    discourse_.set_speaker(std::move(speaker));
    discourse_.set_addressee(std::move(addressee));
    code_sentence(s.tree, s.index, s.text, *date, options, result.events);
    if (coding_.pattern_search_stopped && stopped_searches++ == 0) first_stopped = s.index;
    for (std::string& name : coding_.unknown_actors) result.unknown_actors.push_back(std::move(name));
    coded[i] = 1;
    sentence_actors_[i] = coding_.actors;
    discourse_.remember(coding_.actors);
  }
  // One warning per limit and document, however many sentences it cut.
  if (stopped_searches > 0)
    result.warnings.push_back("pattern search stopped at the cap of " + std::to_string(limits_.max_pattern_attempts) +
                              " attempts per sentence in " + std::to_string(stopped_searches) +
                              " sentence(s), the first sentence " + std::to_string(first_stopped) +
                              "; their later verbs are not coded");
  if (i < parsed.sentences.size() || parsed.out_of_time) {
    const uint32_t from = i < parsed.sentences.size() ? parsed.sentences[i].begin : parsed.stopped_at;
    const double budget = std::chrono::duration<double>(limits_.time_budget).count();
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", budget);
    result.warnings.push_back("time budget of " + std::string(seconds) + " s per document exceeded after " +
                              std::to_string(i) + " sentence(s): the text from byte " + std::to_string(from) +
                              " on is not coded");
  }
  return result;
}

}  // namespace dyad
