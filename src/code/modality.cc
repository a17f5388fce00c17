#include "code/modality.h"

#include <algorithm>
#include <array>

namespace dyad {
namespace {

template <size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

constexpr std::array<std::string_view, 29> kIntent = {
    "agree",  "want",   "plan",    "intend",   "seek",     "hope",       "aim",     "promise",   "pledge",
    "vow",    "offer",   "propose",  "wish",     "threaten",   "expect",  "mean",      "ready",
    "prepared", "willing", "eager",  "determined", "keen",     "poised",  "likely",    "due",
    "scheduled", "going", "resolve", "commit"};
constexpr std::array<std::string_view, 2> kAdjectivalIntent = {"prepare", "set"};
constexpr std::array<std::string_view, 16> kAppeal = {
    "ask",     "urge",   "call",    "press",  "pressure", "push",   "encourage", "request",
    "invite",  "demand", "appeal",  "implore", "beg",     "persuade", "lobby",   "exhort"};
constexpr std::array<std::string_view, 7> kNonEvent = {"refuse", "fail",    "decline", "hesitate",
                                                       "neglect", "unable", "reluctant"};
// Verbs whose reported clause did not happen as far as the speaker says: "Russia denied that
// its troops had shelled the plant".
constexpr std::array<std::string_view, 5> kDenial = {"deny", "refute", "dismiss", "reject", "disprove"};
constexpr std::array<std::string_view, 6> kMutual = {"exchange", "swap", "trade", "clash", "skirmish", "spar"};

// Cooperative codes to intents: code prefix -> intent code; the longest prefix wins.
struct Mapping {
  std::string_view prefix, intent;
};
constexpr std::array<Mapping, 49> kIntents = {{
    {"04", "036"},   {"045", "039"},  {"05", "032"},   {"06", "031"},   {"061", "0311"}, {"062", "0312"}, {"063", "0313"},
    {"064", "0314"}, {"07", "033"},   {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
    {"08", "035"},   {"081", "0351"}, {"082", "0352"}, {"083", "034"},  {"0831", "0341"}, {"0832", "0342"},
    {"0833", "0343"}, {"0834", "0344"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"},
    {"15", "138"},   {"16", "131"},   {"160", "1313"}, {"161", "1313"}, {"162", "1311"}, {"163", "1312"},
    {"164", "134"},  {"165", "135"},  {"166", "136"},  {"17", "130"},   {"172", "132"},  {"1721", "1321"},
    {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"175", "137"}, {"18", "1383"}, {"19", "138"},
    {"191", "1381"}, {"192", "1382"}, {"193", "1384"}, {"194", "1384"}, {"195", "1384"}, {"20", "1385"},
}};

// Cooperative codes to appeals (02x); a demand (10x) has the same third and fourth digits.
constexpr std::array<Mapping, 33> kAppeals = {{
    {"04", "026"},   {"045", "028"},  {"05", "022"},   {"06", "021"},   {"061", "0211"}, {"062", "0212"},
    {"063", "0213"}, {"064", "0214"}, {"07", "023"},   {"071", "0231"}, {"072", "0232"}, {"073", "0233"},
    {"074", "0234"}, {"08", "025"},   {"081", "0251"}, {"082", "0252"}, {"083", "024"},  {"0831", "0241"},
    {"0832", "0242"}, {"0833", "0243"}, {"0834", "0244"}, {"084", "0253"}, {"085", "0254"}, {"086", "0255"},
    {"087", "0256"}, {"01", "020"},  {"02", "020"},   {"03", "020"},   {"09", "020"},   {"1", "020"},
    {"2", "020"},    {"057", "027"},  {"0871", "0256"},
}};

// Cooperative codes to their refusals (12x): "refused to release" is 1243, "refused to
// negotiate" 125, "refused to sign the agreement" 127.
constexpr std::array<Mapping, 25> kRefusals = {{
    {"04", "125"},   {"045", "120"},  {"057", "127"},  {"06", "121"},   {"061", "1211"}, {"062", "1212"},
    {"063", "1213"}, {"064", "1214"}, {"07", "122"},   {"071", "1221"}, {"072", "1222"}, {"073", "1223"},
    {"074", "1224"}, {"08", "124"},   {"081", "1241"}, {"082", "1242"}, {"083", "123"},  {"0831", "1231"},
    {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
    {"087", "1246"},
}};

template <size_t N>
const Mapping* longest_prefix(const std::array<Mapping, N>& table, std::string_view code) {
  const Mapping* best = nullptr;
  for (const Mapping& m : table)
    if (code.substr(0, m.prefix.size()) == m.prefix && (!best || m.prefix.size() > best->prefix.size())) best = &m;
  return best;
}

}  // namespace

ControlKind control_kind(std::string_view lemma, bool adjectival) {
  if (contains(kIntent, lemma) || (adjectival && contains(kAdjectivalIntent, lemma))) return ControlKind::kIntent;
  if (contains(kAppeal, lemma)) return ControlKind::kAppeal;
  if (contains(kNonEvent, lemma)) return ControlKind::kNonEvent;
  return ControlKind::kNone;
}

bool is_denial(std::string_view lemma) { return contains(kDenial, lemma); }

bool is_mutual_verb(std::string_view lemma) { return contains(kMutual, lemma); }

std::string intent_code(std::string_view code) {
  if (code.size() < 2) return {};
  std::string_view root = code.substr(0, 2);
  if (root == "01" || root == "02" || root == "03" || root == "13") return std::string(code);
  const Mapping* best = longest_prefix(kIntents, code);
  return best ? std::string(best->intent) : std::string();
}

std::string appeal_code(std::string_view code, bool demand) {
  const Mapping* best = longest_prefix(kAppeals, code);
  std::string appeal = best ? std::string(best->intent) : std::string("020");
  if (demand) appeal = "10" + appeal.substr(2);  // 0253 -> 1053, 020 -> 100
  return appeal;
}

std::string refusal_code(std::string_view code) {
  const Mapping* best = longest_prefix(kRefusals, code);
  return best ? std::string(best->intent) : std::string();
}

}  // namespace dyad
