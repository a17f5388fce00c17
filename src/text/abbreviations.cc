#include "text/abbreviations.h"

#include <algorithm>
#include <array>

namespace dyad {

namespace {

using K = AbbreviationKind;

// Sorted by byte order (uppercase before lowercase); a static_assert checks it.
// US state abbreviations in AP style are here too: "D-Va.", "St. Louis, Mo."
constexpr std::array kAbbreviations = std::to_array<Abbreviation>({
    {"Adm.", K::kTitle}, {"Ala.", K::kMaybeFinal}, {"Amb.", K::kTitle}, {"Apr.", K::kMaybeFinal},
    {"Ariz.", K::kMaybeFinal}, {"Ark.", K::kMaybeFinal}, {"Art.", K::kNumberPrefix},
    {"Assn.", K::kMaybeFinal}, {"Atty.", K::kTitle}, {"Aug.", K::kMaybeFinal},
    {"Ave.", K::kMaybeFinal}, {"Bhd.", K::kMaybeFinal}, {"Blvd.", K::kMaybeFinal},
    {"Brig.", K::kTitle}, {"Bros.", K::kMaybeFinal}, {"Calif.", K::kMaybeFinal}, {"Capt.", K::kTitle},
    {"Cdr.", K::kTitle}, {"Cmdr.", K::kTitle}, {"Co.", K::kMaybeFinal}, {"Col.", K::kTitle},
    {"Colo.", K::kMaybeFinal}, {"Conn.", K::kMaybeFinal}, {"Corp.", K::kMaybeFinal},
    {"Cpl.", K::kTitle}, {"D.C.", K::kMaybeFinal}, {"Dec.", K::kMaybeFinal}, {"Dept.", K::kMaybeFinal},
    {"Det.", K::kTitle}, {"Dr.", K::kTitle}, {"E.U.", K::kMaybeFinal}, {"Feb.", K::kMaybeFinal},
    {"Fig.", K::kNumberPrefix}, {"Fla.", K::kMaybeFinal}, {"Fr.", K::kTitle}, {"Ft.", K::kTitle},
    {"Ga.", K::kMaybeFinal}, {"Gen.", K::kTitle}, {"Gens.", K::kTitle}, {"Gov.", K::kTitle},
    {"Hon.", K::kTitle}, {"Ill.", K::kMaybeFinal}, {"Inc.", K::kMaybeFinal}, {"Insp.", K::kTitle},
    {"Jan.", K::kMaybeFinal}, {"Jr.", K::kMaybeFinal}, {"Jul.", K::kMaybeFinal},
    {"Jun.", K::kMaybeFinal}, {"Kan.", K::kMaybeFinal}, {"Ky.", K::kMaybeFinal}, {"Lt.", K::kTitle},
    {"Ltd.", K::kMaybeFinal}, {"Maj.", K::kTitle}, {"Mar.", K::kMaybeFinal}, {"Mass.", K::kMaybeFinal},
    {"Md.", K::kMaybeFinal}, {"Messrs.", K::kTitle}, {"Mich.", K::kMaybeFinal}, {"Min.", K::kTitle},
    {"Minn.", K::kMaybeFinal}, {"Miss.", K::kMaybeFinal}, {"Mo.", K::kMaybeFinal},
    {"Mont.", K::kMaybeFinal}, {"Mr.", K::kTitle}, {"Mrs.", K::kTitle}, {"Ms.", K::kTitle},
    {"Mt.", K::kTitle}, {"Neb.", K::kMaybeFinal}, {"Nev.", K::kMaybeFinal}, {"No.", K::kNumberPrefix},
    {"Nos.", K::kNumberPrefix}, {"Nov.", K::kMaybeFinal}, {"Oct.", K::kMaybeFinal},
    {"Okla.", K::kMaybeFinal}, {"Ore.", K::kMaybeFinal}, {"PLC.", K::kMaybeFinal},
    {"Pa.", K::kMaybeFinal}, {"Pres.", K::kTitle}, {"Prof.", K::kTitle}, {"Pte.", K::kMaybeFinal},
    {"Pty.", K::kMaybeFinal}, {"Pvt.", K::kTitle}, {"Rep.", K::kTitle}, {"Reps.", K::kTitle},
    {"Rev.", K::kTitle}, {"Rt.", K::kTitle}, {"S.A.", K::kMaybeFinal}, {"Sec.", K::kTitle},
    {"Sen.", K::kTitle}, {"Sens.", K::kTitle}, {"Sep.", K::kMaybeFinal}, {"Sept.", K::kMaybeFinal},
    {"Sgt.", K::kTitle}, {"Sr.", K::kMaybeFinal}, {"St.", K::kMaybeFinal}, {"Supt.", K::kTitle},
    {"Tenn.", K::kMaybeFinal}, {"Tex.", K::kMaybeFinal}, {"U.A.E.", K::kMaybeFinal},
    {"U.K.", K::kMaybeFinal}, {"U.N.", K::kMaybeFinal}, {"U.S.", K::kMaybeFinal},
    {"U.S.A.", K::kMaybeFinal}, {"U.S.S.R.", K::kMaybeFinal}, {"Va.", K::kMaybeFinal},
    {"Vol.", K::kNumberPrefix}, {"Vt.", K::kMaybeFinal}, {"Wash.", K::kMaybeFinal},
    {"Wis.", K::kMaybeFinal}, {"Wyo.", K::kMaybeFinal}, {"a.m.", K::kMaybeFinal},
    {"approx.", K::kNeverFinal}, {"cf.", K::kNeverFinal}, {"dept.", K::kMaybeFinal},
    {"e.g.", K::kNeverFinal}, {"est.", K::kMaybeFinal}, {"etc.", K::kMaybeFinal},
    {"i.e.", K::kNeverFinal}, {"incl.", K::kNeverFinal}, {"p.m.", K::kMaybeFinal},
    {"pp.", K::kNumberPrefix}, {"viz.", K::kNeverFinal}, {"vol.", K::kNumberPrefix},
    {"vs.", K::kNeverFinal},
});

constexpr bool sorted_and_unique() {
  for (size_t i = 1; i < kAbbreviations.size(); ++i)
    if (!(kAbbreviations[i - 1].text < kAbbreviations[i].text)) return false;
  return true;
}
static_assert(sorted_and_unique(), "kAbbreviations must be sorted by byte order, without duplicates");

}  // namespace

std::span<const Abbreviation> news_abbreviations() { return kAbbreviations; }

std::optional<AbbreviationKind> find_abbreviation(std::string_view word) {
  // Every entry ends with '.', is 2..8 bytes long: reject the common case cheaply.
  if (word.size() < 2 || word.size() > 8 || word.back() != '.') return std::nullopt;
  auto it = std::lower_bound(kAbbreviations.begin(), kAbbreviations.end(), word,
                             [](const Abbreviation& a, std::string_view w) { return a.text < w; });
  if (it == kAbbreviations.end() || it->text != word) return std::nullopt;
  return it->kind;
}

}  // namespace dyad
