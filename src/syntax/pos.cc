#include "syntax/pos.h"

#include <array>

namespace dyad {
namespace {

constexpr std::array<std::string_view, kPosCount> kNames = {
    "X",   "CC",  "CD",  "DT",  "EX",  "FW",  "IN",  "JJ",  "JJR", "JJS", "LS",  "MD",
    "NN",  "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
    "SYM", "TO",  "UH",  "VB",  "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$",
    "WRB", ",",   ".",   ":",   "``",  "''",  "-LRB-", "-RRB-", "$", "#"};

}  // namespace

std::string_view pos_name(Pos tag) {
  auto i = static_cast<size_t>(tag);
  return i < kNames.size() ? kNames[i] : kNames[0];
}

Pos pos_from_name(std::string_view name) {
  for (size_t i = 1; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Pos>(i);
  if (name == "(" || name == "-LCB-" || name == "-LSB-") return Pos::LRB;
  if (name == ")" || name == "-RCB-" || name == "-RSB-") return Pos::RRB;
  if (name == "HYPH" || name == "NFP") return Pos::Colon;
  return Pos::X;
}

}  // namespace dyad
