#include "cli/dict_coverage.h"

#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "code/actor_code.h"
#include "code/modality.h"
#include "dict/default_dictionaries.h"
#include "dict/dictionary_error.h"
#include "dict/dictionary_set.h"
#include "dict/native_directory.h"
#include "resolve/cameo_table.h"

namespace dyad {
namespace {

// The codes the coder derives from a written code: what it becomes when only intended,
// asked for, demanded or refused.
void add_derived(const std::string& code, std::set<std::string>& out) {
  for (std::string derived : {intent_code(code), appeal_code(code, false), appeal_code(code, true), refusal_code(code)})
    if (!derived.empty()) out.insert(std::move(derived));
}

bool is_armed_group(std::string_view code) {
  for (size_t at = 3; at + 3 <= code.size(); at += 3) {
    const std::string_view sector = code.substr(at, 3);
    if (sector == "INS" || sector == "REB" || sector == "SEP" || sector == "UAF") return true;
  }
  return false;
}

}  // namespace

int run_dict_coverage(const DictCoverageOptions& options, std::FILE* out, std::FILE* err) {
  CollectingReporter errors;
  const std::string dir = options.dictionaries.empty() ? default_dictionary_dir() : options.dictionaries;
  DictionarySet set = load_dictionary_directory(dir, errors);
  if (set.files.empty()) {
    std::fprintf(err, "dyad dict coverage: no dictionary read from %s\n", dir.c_str());
    return 2;
  }
  if (!errors.errors.empty())
    std::fprintf(err, "dyad dict coverage: %zu error%s in %s (see dyad dict lint)\n", errors.errors.size(),
                 errors.errors.size() == 1 ? "" : "s", dir.c_str());

  // Codes written in the verb dictionaries.
  const VerbDictionary& verbs = set.verbs;
  std::set<std::string> written;
  auto add_code = [&](const EventCode& c) {
    if (!c.code.empty()) written.insert(c.code);
    if (!c.reverse.empty()) written.insert(c.reverse);
  };
  size_t noun_triggers = 0;
  for (VerbId v = 0; v < verbs.verb_count(); ++v) {
    add_code(verbs.verb(v).code);
    noun_triggers += verbs.verb(v).nominal ? 1 : 0;
  }
  for (VerbBlockId b = 0; b < verbs.block_count(); ++b) {
    add_code(verbs.block(b).code);
    for (const VerbPattern& p : verbs.patterns(b)) add_code(p.code);
  }
  std::set<std::string> reachable = written;
  for (const std::string& c : written) add_derived(c, reachable);

  // Per root: the table's event codes (roots themselves excluded), written, reachable.
  struct Root {
    std::string name;
    std::vector<std::string_view> codes, missing;
    int written = 0, reachable = 0;
  };
  std::map<std::string, Root> roots;
  int total = 0, total_written = 0, total_reachable = 0;
  for (const CameoCodeInfo& info : cameo_codes()) {
    const std::string root(cameo_root(info.code));
    if (info.code.size() == 2) {
      roots[root].name = std::string(info.name);
      continue;
    }
    Root& r = roots[root];
    r.codes.push_back(info.code);
    ++total;
    const std::string code(info.code);
    if (written.count(code)) ++r.written, ++total_written;
    if (reachable.count(code)) ++r.reachable, ++total_reachable;
    else r.missing.push_back(info.code);
  }
  int roots_written = 0;
  for (const auto& [root, r] : roots) roots_written += r.written > 0 ? 1 : 0;
  std::fprintf(out, "CAMEO event codes: %d written in the verb dictionaries, %d reachable with the coder's modality, of %d;"
                    " %d of %zu roots written\n",
               total_written, total_reachable, total, roots_written, roots.size());
  std::fprintf(out, "root  name                             codes  written  reachable  not reachable\n");
  for (const auto& [root, r] : roots) {
    std::string missing;
    for (std::string_view m : r.missing) missing += (missing.empty() ? "" : " ") + std::string(m);
    std::fprintf(out, "%-5s %-32.32s %5zu  %7d  %9d  %s\n", root.c_str(), r.name.c_str(), r.codes.size(), r.written,
                 r.reachable, missing.c_str());
  }
  std::set<std::string> other;  // codes written that are not in the CAMEO table
  for (const std::string& c : written)
    if (!find_cameo_code(c)) other.insert(c);
  if (!other.empty()) {
    std::fprintf(out, "written codes outside the CAMEO table:");
    for (const std::string& c : other) std::fprintf(out, " %s", c.c_str());
    std::fprintf(out, "\n");
  }

  // Actors.
  const ActorDictionary& actors = set.actors;
  size_t people = 0, bodies = 0, armed = 0, media = 0, countries = 0;
  for (ActorEntryId id = 0; id < actors.entry_count(); ++id) {
    bool dated = false, body = false, group = false, press = false, country = false;
    for (const ActorRole& role : actors.roles(id)) {
      dated = dated || role.dated;
      body = body || role.code.compare(0, 3, "IGO") == 0;
      group = group || is_armed_group(role.code);
      press = press || (role.code.size() >= 6 && role.code.find("MED") != std::string::npos);
      country = country || (role.code.size() == 3 && starts_with_country(role.code));
    }
    people += dated ? 1 : 0;
    bodies += body ? 1 : 0;
    armed += group ? 1 : 0;
    media += press ? 1 : 0;
    countries += country ? 1 : 0;
  }
  std::fprintf(out,
               "actors: %zu entries (%zu names); %zu with dated roles (mostly people in office); %zu international bodies"
               " (IGO); %zu armed non-state groups (INS, REB, SEP, UAF); %zu media; %zu country names, demonyms and"
               " capitals\n",
               actors.entry_count(), actors.name_count(), people, bodies, armed, media, countries);
  std::fprintf(out, "agents: %zu entries, %zu phrases with plurals\n", set.agents.agent_count(),
               set.agents.phrase_count());
  std::fprintf(out, "verbs: %zu triggers (%zu nouns), %zu patterns, %zu word sets\n", verbs.verb_count(), noun_triggers,
               verbs.pattern_count(), verbs.synset_count());
  return 0;
}

}  // namespace dyad
