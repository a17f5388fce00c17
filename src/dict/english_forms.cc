#include "dict/english_forms.h"

#include <algorithm>

namespace dyad {
namespace {

bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_consonant(char c) { return is_letter(c) && !is_vowel(c); }

void add(std::vector<std::string>& out, std::string form) {
  if (std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
}

std::string cat(std::string_view a, std::string_view b) {
  std::string s(a);
  s += b;
  return s;
}

}  // namespace

std::vector<std::string> noun_plurals(std::string_view w) {
  std::vector<std::string> out;
  if (w.empty() || !is_letter(w.back())) return out;  // e.g. F-16, AK-47: no plural
  const size_t n = w.size();
  const char last = w.back();
  const char prev = n >= 2 ? w[n - 2] : '\0';
  if (last == 'S') {
    if (prev == 'S' || prev == 'U') add(out, cat(w, "ES"));
    else if (prev == 'I') add(out, cat(w.substr(0, n - 2), "ES"));
    // other final S: already plural
  } else if (last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S'))) {
    add(out, cat(w, "ES"));
  } else if (last == 'Y' && is_consonant(prev)) {
    add(out, cat(w.substr(0, n - 1), "IES"));
  } else if (w.ends_with("MAN")) {
    add(out, cat(w.substr(0, n - 3), "MEN"));
    add(out, cat(w, "S"));
  } else {
    add(out, cat(w, "S"));
  }
  return out;
}

std::vector<std::string> verb_forms(std::string_view w) {
  std::vector<std::string> out;
  add(out, std::string(w));
  if (w.empty() || !is_letter(w.back())) return out;
  const size_t n = w.size();
  const char last = w.back();
  const char prev = n >= 2 ? w[n - 2] : '\0';
  const std::string_view stem = w.substr(0, n - 1);

  // Third person singular.
  if (last == 'S' || last == 'X' || last == 'Z') add(out, cat(w, "ES"));  // PETRARCH2 and English
  else if (last == 'Y') {
    add(out, cat(stem, "IES"));                   // PETRARCH2 (right after a consonant)
    if (is_vowel(prev)) add(out, cat(w, "S"));    // English: PLAYS
  } else {
    add(out, cat(w, "S"));                        // PETRARCH2
    if (last == 'H' && (prev == 'C' || prev == 'S')) add(out, cat(w, "ES"));  // REACHES
    if (last == 'O' && is_consonant(prev)) add(out, cat(w, "ES"));            // VETOES
  }
  // Past.
  if (last == 'E') add(out, cat(w, "D"));
  else {
    add(out, cat(w, "ED"));                                        // PETRARCH2
    if (last == 'Y' && is_consonant(prev)) add(out, cat(stem, "IED"));  // English: TRIED
  }
  // Gerund.
  if (last == 'E' && w.ends_with("IE")) {
    add(out, cat(w.substr(0, n - 2), "YING"));  // English: DYING
    add(out, cat(w, "ING"));                    // PETRARCH2
  } else if (last == 'E' && is_consonant(prev)) {
    add(out, cat(stem, "ING"));
  } else {
    add(out, cat(w, "ING"));
  }
  return out;
}

}  // namespace dyad
