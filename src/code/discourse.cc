#include "code/discourse.h"

#include <algorithm>
#include <cctype>

namespace dyad {
namespace {

constexpr size_t kWindow = 3;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_body_prefix(std::string_view code) {
  return code.substr(0, 3) == "IGO" || code.substr(0, 3) == "NGO" || code.substr(0, 3) == "IMG" ||
         code.substr(0, 3) == "MNC";
}

bool any_person(const std::vector<std::string>& codes) {
  return std::any_of(codes.begin(), codes.end(), [](const std::string& c) { return is_person_code(c); });
}

bool any_state(const std::vector<std::string>& codes) {
  return std::any_of(codes.begin(), codes.end(), [](const std::string& c) { return !is_person_code(c); });
}

}  // namespace

bool is_person_code(std::string_view code) {
  // A country followed by a government, military, police ... sector: people act for them.
  return code.size() > 3 && code.substr(0, 3) != "---" && !is_body_prefix(code);
}

void Discourse::remember(SentenceActors actors) {
  if (actors.subject.empty() && actors.object.empty() && actors.others.empty()) return;
  recent_.push_back(std::move(actors));
  if (recent_.size() > kWindow) recent_.erase(recent_.begin());
}

void Discourse::clear() {
  recent_.clear();
  speaker_.clear();
  addressee_.clear();
}

std::vector<std::string> Discourse::pronoun(std::string_view word) const {
  const std::string w = lower(word);
  if (w == "i" || w == "me" || w == "my" || w == "we" || w == "us" || w == "our") return speaker_;
  if (w == "you" || w == "your") return addressee_;
  enum { kPerson, kState, kGroup } want;
  if (w == "he" || w == "him" || w == "his" || w == "she" || w == "her" || w == "hers") want = kPerson;
  else if (w == "it" || w == "its") want = kState;
  else if (w == "they" || w == "them" || w == "their" || w == "theirs") want = kGroup;
  else return {};
  auto fits = [&](const std::vector<std::string>& codes) {
    if (codes.empty()) return false;
    if (want == kPerson) return any_person(codes) && codes.size() == 1;
    if (want == kState) return any_state(codes) && codes.size() == 1;
    return codes.size() >= 2;
  };
  for (size_t k = recent_.size(); k-- > 0;) {
    const SentenceActors& s = recent_[k];
    if (fits(s.subject)) return s.subject;
    if (fits(s.object)) return s.object;
    for (const auto& codes : s.others)
      if (fits(codes)) return codes;
  }
  if (want == kGroup)  // "they" for a single collective subject ("the ministry ... they")
    for (size_t k = recent_.size(); k-- > 0;)
      if (!recent_[k].subject.empty()) return recent_[k].subject;
  return {};
}

std::vector<std::string> Discourse::with_sector(std::string_view sector) const {
  auto fits = [&](const std::string& c) {
    return c.size() > sector.size() && c.compare(0, 3, "---") != 0 &&
           c.compare(c.size() - sector.size(), sector.size(), sector) == 0;
  };
  for (size_t k = recent_.size(); k-- > 0;) {
    const SentenceActors& s = recent_[k];
    for (const std::string& c : s.subject)
      if (fits(c)) return {c};
    for (const std::string& c : s.object)
      if (fits(c)) return {c};
    for (const auto& codes : s.others)
      for (const std::string& c : codes)
        if (fits(c)) return {c};
  }
  return {};
}

std::vector<std::string> Discourse::two_countries() const {
  std::vector<std::string> out;
  auto take = [&](const std::vector<std::string>& codes) {
    for (const std::string& c : codes) {
      if (c.size() < 3 || c.compare(0, 3, "---") == 0 || is_body_prefix(c)) continue;
      std::string country = c.substr(0, 3);
      if (std::find(out.begin(), out.end(), country) == out.end() && out.size() < 2) out.push_back(country);
    }
  };
  for (size_t k = recent_.size(); k-- > 0 && out.size() < 2;) {
    take(recent_[k].subject);
    take(recent_[k].object);
    for (const auto& codes : recent_[k].others) take(codes);
  }
  if (out.size() < 2) return {};
  return out;
}

}  // namespace dyad
