// Reading CAMEO actor codes as dyad writes them: a three-letter country or body (IRN, IGO,
// NGO, IMG ...; "---" when unknown) followed by sector codes of three letters (GOV, MIL, OPP ...).
#pragma once

#include <string_view>

namespace dyad {

// The state's own institutions, which a state does not act on as on another actor.
inline bool is_state_sector(std::string_view sector) {
  return sector == "GOV" || sector == "MIL" || sector == "COP" || sector == "SPY" || sector == "JUD" ||
         sector == "LEG";
}

// The sector after the first three letters ("IRNGOV" -> "GOV"), "" when none.
inline std::string_view first_sector(std::string_view code) {
  return code.size() >= 6 ? code.substr(3, 3) : std::string_view();
}

// True when the code starts with a country: not unknown ("---") and not an international
// body or group (IGO, NGO, IMG).
inline bool starts_with_country(std::string_view code) {
  if (code.size() < 3) return false;
  const std::string_view head = code.substr(0, 3);
  return head != "---" && head != "IGO" && head != "NGO" && head != "IMG";
}

}  // namespace dyad
