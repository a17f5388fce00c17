#include "resolve/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <stdexcept>

#include "resolve/place_name.h"
#include "syntax/data_dir.h"

namespace dyad {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool starts_capital_or_digit(std::string_view text) {
  if (text.empty()) return false;
  unsigned char c = text[0];
  if (c >= 0x80) return true;  // accented capitals ("Żytomierz"), judged by the tagger instead
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::unique_ptr<Gazetteer> Gazetteer::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw std::runtime_error(path + ": cannot open (build the dyad_gazetteer target)");
  std::string text(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));

  auto g = std::make_unique<Gazetteer>();
  // About one line per 60 bytes and 1.3 keys per place: reserving avoids rehashing.
  const size_t expected = text.size() / 60 + 16;
  g->places_.reserve(expected);
  g->by_key_.reserve(expected * 3 / 2);
  g->prefixes_.reserve(expected / 4);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": " + why);
    };
    auto f = split_tabs(line);
    if (f.size() != 9) fail("expected 9 TAB-separated fields, found " + std::to_string(f.size()));
    Place p;
    if (!parse_number(f[0], p.geonameid)) fail("bad geonameid '" + std::string(f[0]) + "'");
    p.name = f[1];
    p.iso2 = f[2];
    p.iso3 = f[3];
    p.feature = f[4];
    if (!parse_number(f[5], p.population)) fail("bad population '" + std::string(f[5]) + "'");
    if (!parse_number(f[6], p.lat) || !parse_number(f[7], p.lon)) fail("bad lat/lon");
    if (p.name.empty() || p.iso2.size() != 2 || p.iso3.size() != 3) fail("bad name or country");
    const PlaceId id = static_cast<PlaceId>(g->places_.size());
    g->places_.push_back(std::move(p));
    std::string_view keys = f[8];
    if (keys.empty()) fail("no lookup keys");
    while (!keys.empty()) {
      size_t bar = keys.find('|');
      std::string_view key = keys.substr(0, bar);
      keys = bar == std::string_view::npos ? std::string_view() : keys.substr(bar + 1);
      if (key.empty()) continue;
      auto& ids = g->by_key_[std::string(key)];
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      int words = 1;
      for (size_t i = 0; i < key.size(); ++i) {
        if (key[i] != ' ') continue;
        ++words;
        g->prefixes_.emplace(key.substr(0, i));
      }
      g->max_name_tokens_ = std::max(g->max_name_tokens_, words);
    }
  }
  if (g->places_.empty()) throw std::runtime_error(path + ": no places");
  return g;
}

std::unique_ptr<Gazetteer> Gazetteer::load_default() {
  return load(default_data_dir() + "/gazetteer.tsv");
}

std::span<const PlaceId> Gazetteer::lookup(std::string_view name) const {
  std::string key = normalize_place_name(name);
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return {};
  return it->second;
}

std::optional<GazetteerMatch> Gazetteer::match_at(std::span<const Token> tokens,
                                                  size_t start) const {
  if (start >= tokens.size() || !starts_capital_or_digit(tokens[start].text)) return std::nullopt;
  thread_local std::string key;
  key.clear();
  std::optional<GazetteerMatch> best;
  int words = 0;
  for (size_t i = start; i < tokens.size(); ++i) {
    const size_t before = key.size();
    if (!append_place_key(tokens[i].text, key)) {
      if (i == start) return std::nullopt;
      continue;  // a comma or hyphen token inside "Washington , D.C."
    }
    // A token may add several words ("Port-au-Prince"); count what was appended.
    for (size_t k = before; k < key.size(); ++k) words += key[k] == ' ';
    if (before == 0) words += 1;
    if (words > max_name_tokens_) break;
    auto it = by_key_.find(std::string_view(key));
    if (it != by_key_.end())
      best = GazetteerMatch{static_cast<int32_t>(start), static_cast<int32_t>(i), it->second};
    if (prefixes_.find(std::string_view(key)) == prefixes_.end()) break;
  }
  return best;
}

PlaceId Gazetteer::best(std::span<const PlaceId> candidates,
                        std::span<const std::string> preferred_iso3) const {
  PlaceId top = candidates.front();
  auto rank = [&](PlaceId id) {
    const Place& p = places_[id];
    // Countries and regions outrank towns sharing their name ("Lebanon", Pennsylvania).
    int kind = p.is_country() ? 2 : p.feature == "RGN" ? 1 : 0;
    return std::make_tuple(kind, p.population, p.is_capital());
  };
  for (PlaceId id : candidates)
    if (rank(id) > rank(top)) top = id;
  if (preferred_iso3.empty() || places_[top].feature == "PCLI" || places_[top].feature == "RGN")
    return top;
  const Place& biggest = places_[top];
  auto is_seat = [](const Place& p) { return p.feature == "PPLC" || p.feature == "PPLA"; };
  std::optional<PlaceId> preferred;
  for (PlaceId id : candidates) {
    const Place& p = places_[id];
    if (p.population * 10 < biggest.population) continue;
    if (is_seat(biggest) && !is_seat(p) && p.population * 10 < biggest.population * 4) continue;
    if (std::find(preferred_iso3.begin(), preferred_iso3.end(), p.iso3) == preferred_iso3.end())
      continue;
    if (!preferred || rank(id) > rank(*preferred)) preferred = id;
  }
  return preferred.value_or(top);
}

std::optional<PlaceId> Gazetteer::best_in_country(std::span<const PlaceId> candidates,
                                                  std::string_view iso3) const {
  std::optional<PlaceId> out;
  for (PlaceId id : candidates)
    if (places_[id].iso3 == iso3 && (!out || places_[id].population > places_[*out].population))
      out = id;
  return out;
}

}  // namespace dyad
