#include "cli/dict_command.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include "dict/default_dictionaries.h"
#include "dict/dictionary_lines.h"
#include "dict/dictionary_set.h"
#include "dict/native_directory.h"
#include "dict/native_format.h"
#include "dict/petrarch_to_native.h"
#include "resolve/cameo_table.h"
#include "syntax/lemmatizer.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string extension_of(const std::string& path) { return lower(fs::path(path).extension().string()); }

// The PETRARCH kind of `path`, by name and then by content.
std::optional<DictionaryKind> petrarch_kind(const std::string& path, Reporter& reporter) {
  if (auto kind = dictionary_kind_of_name(path)) return kind;
  try {
    return dictionary_kind_of_content(read_dictionary_file(path));
  } catch (const DictionaryError& e) {
    reporter.report(e);
    return std::nullopt;
  }
}

std::string where_text(const SourceFiles& files, SourceRef where) {
  return files.path(where.file) + ":" + std::to_string(where.line);
}

std::string describe_code(std::string_view code) {
  if (code.empty()) return "no event";
  const CameoCodeInfo* info = find_cameo_code(code);
  return std::string(code) + (info ? " (" + std::string(info->name) + ")" : "");
}

// ---------------------------------------------------------------- lint

struct FileCounts {
  size_t entries = 0;
  size_t errors = 0;
};

void count_entries(const DictionarySet& set, std::map<std::string, FileCounts>& counts) {
  for (ActorEntryId id = 0; id < set.actors.entry_count(); ++id)
    ++counts[set.actors.files().path(set.actors.entry(id).where.file)].entries;
  for (AgentId id = 0; id < set.agents.agent_count(); ++id)
    ++counts[set.agents.files().path(set.agents.agent(id).where.file)].entries;
  const VerbDictionary& verbs = set.verbs;
  for (VerbBlockId b = 0; b < verbs.block_count(); ++b) {
    for (const VerbPattern& p : verbs.patterns(b)) ++counts[verbs.files().path(p.where.file)].entries;
    const VerbBlock& block = verbs.block(b);
    for (uint32_t k = 0; k < block.verb_count; ++k) {
      const Verb& v = verbs.verb(block.first_verb + k);
      if (v.own_code || !v.code.is_null()) ++counts[verbs.files().path(v.where.file)].entries;
    }
  }
  for (SynsetId id = 0; id < verbs.synset_count(); ++id)
    if (verbs.synset(id).where.line) ++counts[verbs.files().path(verbs.synset(id).where.file)].entries;
  for (DiscardId id = 0; id < set.discards.entry_count(); ++id)
    ++counts[set.discards.files().path(set.discards.entry(id).where.file)].entries;
}

// Native verb codes must be CAMEO codes (a typo would silently code nothing meaningful).
void check_cameo_codes(const VerbDictionary& verbs, Reporter& reporter) {
  for (VerbBlockId b = 0; b < verbs.block_count(); ++b) {
    for (const VerbPattern& p : verbs.patterns(b))
      if (!p.code.is_null() && !find_cameo_code(p.code.code))
        reporter.report(DictionaryError(verbs.files().path(p.where.file), p.where.line, std::max(p.column, 1u),
                                        "'" + p.code.code + "' is not a CAMEO event code"));
    const VerbBlock& block = verbs.block(b);
    for (uint32_t k = 0; k < block.verb_count; ++k) {
      const Verb& v = verbs.verb(block.first_verb + k);
      if (v.own_code && !v.code.is_null() && !find_cameo_code(v.code.code))
        reporter.report(DictionaryError(verbs.files().path(v.where.file), v.where.line, 1,
                                        "'" + v.code.code + "' is not a CAMEO event code"));
    }
  }
}

}  // namespace

int run_dict_lint(const DictLintOptions& options, std::FILE* out, std::FILE* err) {
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back(default_dictionary_dir());
  CollectingReporter errors;
  std::vector<std::pair<std::string, DictionaryKind>> native, petrarch;
  std::vector<std::string> order;  // every file, in reading order
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      // A directory is native when it holds native files (then notes in .txt are not read),
      // else PETRARCH.
      auto found = list_native_directory(path, errors);
      native.insert(native.end(), found.begin(), found.end());
      std::vector<std::string> txt;
      for (fs::directory_iterator it(path, ec), end; found.empty() && !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && extension_of(it->path().string()) == ".txt") txt.push_back(it->path().string());
      std::sort(txt.begin(), txt.end());
      for (const std::string& f : txt)
        if (auto kind = petrarch_kind(f, errors)) petrarch.emplace_back(f, *kind);
        else errors.report(DictionaryError(f, 0, "cannot tell which kind of dictionary this is"));
      if (found.empty() && txt.empty()) errors.report(DictionaryError(path, 0, "no dictionary files in this directory"));
    } else if (fs::is_regular_file(path, ec)) {
      if (auto kind = native_kind_of_name(path)) native.emplace_back(path, *kind);
      else if (auto pk = petrarch_kind(path, errors)) petrarch.emplace_back(path, *pk);
      else errors.report(DictionaryError(path, 0, "cannot tell which kind of dictionary this is"));
    } else {
      errors.report(DictionaryError(path, 0, "no such file or directory"));
    }
  }
  if (native.empty() && petrarch.empty()) {
    for (const DictionaryError& e : errors.errors) std::fprintf(err, "%s\n", e.what());
    std::fprintf(err, "dyad dict lint: no dictionary files to read\n");
    return 2;
  }
  std::map<std::string, FileCounts> counts;
  size_t actors = 0, names = 0, agents = 0, triggers = 0, nouns = 0, patterns = 0, sets = 0;
  auto tally = [&](const DictionarySet& set) {
    count_entries(set, counts);
    actors += set.actors.entry_count();
    names += set.actors.name_count();
    agents += set.agents.agent_count();
    for (VerbId v = 0; v < set.verbs.verb_count(); ++v) {
      ++triggers;
      if (set.verbs.verb(v).nominal) ++nouns;
    }
    patterns += set.verbs.pattern_count();
    sets += set.verbs.synset_count();
  };
  if (!native.empty()) {
    DictionarySet set;
    for (const auto& [path, kind] : native) {
      order.push_back(path);
      read_native_file(set, path, kind, errors);
    }
    set.finish(errors);
    check_cameo_codes(set.verbs, errors);
    tally(set);
  }
  if (!petrarch.empty()) {
    DictionarySet set;
    for (const auto& [path, kind] : petrarch) {
      order.push_back(path);
      set.read_file(path, kind, errors);
    }
    set.finish(errors);
    tally(set);
  }
  // Errors in file order, then by line and column.
  std::map<std::string, size_t> rank;
  for (size_t i = 0; i < order.size(); ++i) rank.emplace(order[i], i + 1);
  std::stable_sort(errors.errors.begin(), errors.errors.end(), [&](const DictionaryError& a, const DictionaryError& b) {
    auto key = [&](const DictionaryError& e) {
      auto it = rank.find(e.file());
      return std::make_tuple(it == rank.end() ? size_t{0} : it->second, e.line(), e.column());
    };
    return key(a) < key(b);
  });
  for (const DictionaryError& e : errors.errors) {
    std::fprintf(out, "%s\n", e.what());
    ++counts[e.file()].errors;
  }
  for (const std::string& path : order) {
    const FileCounts& c = counts[path];
    std::fprintf(out, "%s: %zu entries, %zu error%s\n", path.c_str(), c.entries, c.errors, c.errors == 1 ? "" : "s");
  }
  std::fprintf(out,
               "%zu files: %zu actor entries (%zu names), %zu agents, %zu verb triggers (%zu nouns), "
               "%zu patterns, %zu sets; %zu error%s\n",
               order.size(), actors, names, agents, triggers, nouns, patterns, sets, errors.errors.size(),
               errors.errors.size() == 1 ? "" : "s");
  return errors.errors.empty() ? 0 : 1;
}

// ---------------------------------------------------------------- convert

int run_dict_convert(const DictConvertOptions& options, std::FILE* out, std::FILE* err) {
  if (options.from != "petrarch") {
    std::fprintf(err, "dyad dict convert: --from %s: only 'petrarch' is supported\n", options.from.c_str());
    return 2;
  }
  std::error_code ec;
  CollectingReporter kind_errors;
  std::vector<std::pair<std::string, DictionaryKind>> inputs;
  const bool dir_input = fs::is_directory(options.input, ec);
  if (dir_input) {
    std::vector<std::string> txt;
    for (fs::directory_iterator it(options.input, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec) && extension_of(it->path().string()) == ".txt") txt.push_back(it->path().string());
    std::sort(txt.begin(), txt.end());
    for (const std::string& f : txt)
      if (auto kind = petrarch_kind(f, kind_errors)) inputs.emplace_back(f, *kind);
      else std::fprintf(err, "%s: cannot tell which kind of dictionary this is; skipped\n", f.c_str());
  } else if (fs::is_regular_file(options.input, ec)) {
    if (auto kind = petrarch_kind(options.input, kind_errors)) inputs.emplace_back(options.input, *kind);
    else std::fprintf(err, "%s: cannot tell which kind of dictionary this is\n", options.input.c_str());
  } else {
    std::fprintf(err, "dyad dict convert: %s: no such file or directory\n", options.input.c_str());
    return 2;
  }
  for (const DictionaryError& e : kind_errors.errors) std::fprintf(err, "%s\n", e.what());
  const bool dir_output = dir_input || options.output.ends_with("/") || fs::is_directory(options.output, ec);
  if (dir_output) {
    fs::create_directories(options.output, ec);
    if (ec) {
      std::fprintf(err, "dyad dict convert: cannot create %s: %s\n", options.output.c_str(), ec.message().c_str());
      return 2;
    }
  }
  size_t written = 0, input_errors = 0, note_count = 0;
  for (const auto& [path, kind] : inputs) {
    if (kind == DictionaryKind::kDiscards || kind == DictionaryKind::kIssues) {
      std::fprintf(err, "%s: %s dictionaries have no native form; skipped\n", path.c_str(),
                   std::string(dictionary_kind_name(kind)).c_str());
      continue;
    }
    DictionarySet set;
    CollectingReporter errors;
    set.read_file(path, kind, errors);
    set.finish(errors);
    for (const DictionaryError& e : errors.errors) std::fprintf(err, "%s\n", e.what());
    input_errors += errors.errors.size();
    std::vector<ConversionNote> notes;
    std::string text = "# Converted from ";
    text.append(fs::path(path).filename().string())
        .append(" by `dyad dict convert --from petrarch` (format: docs/dictionaries.md).\n");
    size_t entries = 0;
    if (kind == DictionaryKind::kActors) {
      text += actors_to_native(set.actors, notes);
      entries = set.actors.entry_count();
    } else if (kind == DictionaryKind::kAgents) {
      text += agents_to_native(set.agents, notes);
      entries = set.agents.agent_count();
    } else {
      text += verbs_to_native(set.verbs, notes);
      entries = set.verbs.pattern_count() + set.verbs.verb_count();
    }
    for (const ConversionNote& n : notes) std::fprintf(err, "%s: %s\n", n.where.c_str(), n.message.c_str());
    note_count += notes.size();
    std::string ext = ".";
    ext.append(dictionary_kind_name(kind));
    std::string target = options.output;
    if (dir_output) {
      std::string name = fs::path(path).filename().string();
      if (extension_of(name) == ".txt") name.resize(name.size() - 4);
      if (!lower(name).ends_with(ext)) name += ext;
      target = (fs::path(options.output) / name).string();
    } else if (!target.ends_with(ext)) {
      std::fprintf(err, "dyad dict convert: %s holds %s; the output file must end in %s\n", path.c_str(),
                   std::string(dictionary_kind_name(kind)).c_str(), ext.c_str());
      return 2;
    }
    std::ofstream file(target, std::ios::binary);
    file << text;
    if (!file) {
      std::fprintf(err, "dyad dict convert: cannot write %s\n", target.c_str());
      return 2;
    }
    ++written;
    std::fprintf(out, "%s -> %s (%zu entries, %zu notes)\n", path.c_str(), target.c_str(), entries, notes.size());
  }
  std::fprintf(out, "converted %zu file%s; %zu input error%s, %zu construct%s not expressible (on stderr)\n", written,
               written == 1 ? "" : "s", input_errors, input_errors == 1 ? "" : "s", note_count,
               note_count == 1 ? "" : "s");
  if (written == 0) return 2;
  return input_errors ? 1 : 0;
}

// ---------------------------------------------------------------- explain

namespace {

struct Explainer {
  const DictionarySet& set;
  const std::vector<Token>& tokens;
  std::vector<WordId> ids;
  Date date;
  std::FILE* out;
  size_t found = 0;

  std::string span_text(size_t begin, size_t end) const {
    std::string s;
    for (size_t i = begin; i < end; ++i) {
      if (!s.empty()) s.push_back(' ');
      s += tokens[i].text;
    }
    return s;
  }

  // Length of an actor or agent phrase at `i` (a slot filler), 0 if none.
  size_t slot_at(size_t i) const {
    size_t a = set.actors.longest_match(std::span<const WordId>(ids), i, date).length;
    size_t g = set.agents.longest_match(std::span<const WordId>(ids), i).length;
    return std::max(a, g);
  }

  // Length of a word or synset term's match at `i`, 0 if none.
  size_t term_at(const PatternTerm& t, size_t i, const std::vector<WordId>& lemmas) const {
    if (i >= ids.size()) return 0;
    if (t.kind == TermKind::kWord) return ids[i] == t.value || lemmas[i] == t.value ? 1 : 0;
    if (t.kind != TermKind::kSynset) return 0;
    const Synset& s = set.verbs.synset(t.value);
    size_t best = s.contains(ids[i]) || s.contains(lemmas[i]) ? 1 : 0;
    for (const auto& phrase : s.phrases) {
      if (phrase.size() <= best || i + phrase.size() > ids.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < phrase.size() && ok; ++k) ok = ids[i + k] == phrase[k] || lemmas[i + k] == phrase[k];
      if (ok) best = phrase.size();
    }
    return best;
  }

  void flatten(const VerbPattern& p, std::span<const PatternTerm> terms, std::vector<PatternTerm>& flat) const {
    for (const PatternTerm& t : terms)
      if (t.kind == TermKind::kNounPhrase || t.kind == TermKind::kPrepPhrase) flatten(p, p.children(t), flat);
      else flat.push_back(t);
  }

  // Whether the phrase's tokens fit pattern `p` with the trigger at token v: terms after
  // the trigger in order, terms before it in order backwards; slots take an actor or agent.
  bool fits(const VerbPattern& p, size_t v, const std::vector<WordId>& lemmas) const {
    std::vector<PatternTerm> after, before;
    flatten(p, p.after_verb(), after);
    flatten(p, p.before_verb(), before);
    size_t pos = v + 1;
    for (const PatternTerm& t : after) {
      bool ok = false;
      for (size_t i = pos; i < ids.size() && !ok; ++i) {
        size_t len = 0;
        if (t.kind == TermKind::kTarget || t.kind == TermKind::kSource || t.kind == TermKind::kCompound) len = slot_at(i);
        else if (t.kind == TermKind::kAny) len = 1;
        else len = term_at(t, i, lemmas);
        if (len) {
          ok = true;
          pos = i + len;
        }
      }
      if (!ok) return false;
    }
    size_t limit = v;
    for (size_t k = before.size(); k-- > 0;) {
      const PatternTerm& t = before[k];
      bool ok = false;
      for (size_t i = limit; i-- > 0 && !ok;) {
        size_t len = 0;
        if (t.kind == TermKind::kTarget || t.kind == TermKind::kSource || t.kind == TermKind::kCompound) len = slot_at(i);
        else if (t.kind == TermKind::kAny) len = 1;
        else len = term_at(t, i, lemmas);
        if (len && i + len <= limit) {
          ok = true;
          limit = i;
        }
      }
      if (!ok) return false;
    }
    return true;
  }

  void actor_at(size_t i, const ActorMatch& m) {
    ++found;
    const ActorDictionary& actors = set.actors;
    std::fprintf(out, "actor \"%s\" -> %s\n", span_text(i, i + m.length).c_str(),
                 m.role ? (m.role->code.empty() ? "no code (---)" : m.role->code.c_str()) : "no role at this date");
    for (ActorEntryId id : m.entries) {
      const ActorEntry& e = actors.entry(id);
      std::fprintf(out, "  %s  %s:", where_text(actors.files(), e.where).c_str(), e.name.c_str());
      bool first = true;
      for (const ActorRole& r : actors.roles(id)) {
        std::string range = r.dated ? format_native_range(r.begin, r.end) : "";
        std::fprintf(out, "%s %s%s%s%s", first ? "" : ",", r.code.empty() ? "---" : r.code.c_str(),
                     range.empty() ? "" : " ", range.c_str(),
                     &r == m.role ? " (chosen)" : r.holds_at(date) ? " (holds)" : "");
        first = false;
      }
      if (first) std::fprintf(out, " no roles");
      std::fprintf(out, "\n");
    }
  }

  void agent_at(size_t i, const AgentMatch& m) {
    ++found;
    const AgentDictionary& agents = set.agents;
    const AgentEntry& a = agents.agent(m.agents[0]);
    std::fprintf(out, "agent \"%s\" -> %s (%s the country's code)\n", span_text(i, i + m.length).c_str(),
                 a.code.c_str(), a.placement == AgentPlacement::kPrefix ? "before" : "after");
    for (AgentId id : m.agents) {
      const AgentEntry& e = agents.agent(id);
      std::fprintf(out, "  %s  %s = %s%s\n", where_text(agents.files(), e.where).c_str(), e.phrase.c_str(),
                   e.code.c_str(), e.placement == AgentPlacement::kPrefix ? "~" : "");
    }
  }

  void trigger_at(size_t i, VerbId id, const std::vector<WordId>& lemmas) {
    ++found;
    const VerbDictionary& verbs = set.verbs;
    const Verb& v = verbs.verb(id);
    const VerbBlock& block = verbs.block(v.block);
    std::fprintf(out, "%s \"%s\" -> trigger %s (block %s)  %s\n", v.nominal ? "noun" : "verb", tokens[i].text.c_str(),
                 lower(verbs.vocabulary().word(v.lemma)).c_str(), block.name.c_str(),
                 where_text(verbs.files(), v.where).c_str());
    if (!v.code.is_null() || v.own_code)
      std::fprintf(out, "  %s  alone: %s\n", where_text(verbs.files(), v.where).c_str(),
                   describe_code(v.code.code).c_str());
    size_t others = 0;
    for (const VerbPattern& p : verbs.patterns(v.block)) {
      if (!fits(p, i, lemmas)) {
        ++others;
        continue;
      }
      std::fprintf(out, "  %s  %s: %s  (fits)\n", where_text(verbs.files(), p.where).c_str(), p.text.c_str(),
                   describe_code(p.code.code).c_str());
    }
    if (others)
      std::fprintf(out, "  (%zu other pattern%s of this trigger %s not fit the phrase)\n", others, others == 1 ? "" : "s",
                   others == 1 ? "does" : "do");
  }
};

}  // namespace

int run_dict_explain(const DictExplainOptions& options, std::FILE* out, std::FILE* err) {
  Date date;
  if (options.date.empty()) {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    date = Date{static_cast<int32_t>(today.time_since_epoch().count())};
  } else if (auto d = Date::parse_iso(options.date)) {
    date = *d;
  } else {
    std::fprintf(err, "dyad dict explain: bad --date '%s' (want YYYY-MM-DD)\n", options.date.c_str());
    return 2;
  }
  CollectingReporter errors;
  const std::string dir = options.dictionaries.empty() ? default_dictionary_dir() : options.dictionaries;
  DictionarySet set = load_dictionary_directory(dir, errors);
  if (!errors.errors.empty())
    std::fprintf(err, "dyad dict explain: %zu error%s in the dictionaries of %s (see dyad dict lint); first: %s\n",
                 errors.errors.size(), errors.errors.size() == 1 ? "" : "s", dir.c_str(), errors.errors[0].what());

  std::vector<Token> tokens;
  tokenize(options.phrase, 0, static_cast<uint32_t>(options.phrase.size()), tokens);
  Explainer ex{set, tokens, {}, date, out};
  std::vector<WordId> lemmas;
  std::optional<Lemmatizer> lemmatizer;
  try {
    lemmatizer.emplace(Lemmatizer::load(default_wordnet_dir()));
  } catch (const std::exception&) {
    // Without WordNet, inflected forms are still found through the generated forms.
  }
  for (const Token& t : tokens) {
    ex.ids.push_back(set.vocabulary->find(t.text));
    lemmas.push_back(lemmatizer ? set.vocabulary->find(lemmatizer->lemma(t.text, Pos::VBD)) : kNoWord);
  }
  std::string shown;
  for (const Token& t : tokens) shown += (shown.empty() ? "" : " | ") + t.text;
  std::fprintf(out, "\"%s\" at %s, tokens: %s\n", options.phrase.c_str(), date.to_iso().c_str(), shown.c_str());

  size_t covered = 0;  // tokens before this are inside an actor or agent already shown
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i >= covered) {
      ActorMatch actor = set.actors.longest_match(std::span<const WordId>(ex.ids), i, date);
      AgentMatch agent = set.agents.longest_match(std::span<const WordId>(ex.ids), i);
      if (actor) ex.actor_at(i, actor);
      if (agent) ex.agent_at(i, agent);
      covered = i + std::max<size_t>(actor.length, agent.length);
    }
    std::vector<VerbId> triggers;
    auto add = [&](std::span<const VerbId> found) {
      for (VerbId id : found)
        if (std::find(triggers.begin(), triggers.end(), id) == triggers.end()) triggers.push_back(id);
    };
    add(set.verbs.find(ex.ids[i]));
    if (lemmas[i] != kNoWord) add(set.verbs.find(lemmas[i]));
    add(set.verbs.find_noun(ex.ids[i]));
    if (lemmatizer) add(set.verbs.find_noun(set.vocabulary->find(lemmatizer->lemma(tokens[i].text, Pos::NNS))));
    for (VerbId id : triggers) ex.trigger_at(i, id, lemmas);
  }
  if (ex.found == 0) {
    std::fprintf(out, "no dictionary entry matches\n");
    return 1;
  }
  return 0;
}

}  // namespace dyad
