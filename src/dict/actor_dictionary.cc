#include "dict/actor_dictionary.h"

#include <algorithm>

#include "dict/dictionary_lines.h"

namespace dyad {
namespace {

int64_t width(const ActorRole& r) { return static_cast<int64_t>(r.end.days) - r.begin.days; }

// Parses "", "<D", ">D", "D1-D2", "D" (blanks already removed) into [begin, end).
std::string parse_restriction(std::string_view r, ActorRole& role) {
  if (r.empty()) return {};
  role.dated = true;
  auto date = [](std::string_view t, Date& out) {
    auto d = parse_dictionary_date(t);
    if (d) out = *d;
    return d.has_value();
  };
  if (r.front() == '<') {
    if (!date(r.substr(1), role.end)) return "bad date '" + std::string(r.substr(1)) + "' (want YYYYMMDD or YYMMDD)";
    return {};
  }
  if (r.front() == '>') {
    if (!date(r.substr(1), role.begin)) return "bad date '" + std::string(r.substr(1)) + "' (want YYYYMMDD or YYMMDD)";
    return {};
  }
  const size_t dash = r.find('-');
  if (dash != std::string_view::npos) {
    std::string_view a = r.substr(0, dash), b = r.substr(dash + 1);
    if (!date(a, role.begin)) return "bad start date '" + std::string(a) + "' in range";
    if (!date(b, role.end)) return "bad end date '" + std::string(b) + "' in range";
    // D-D names one day: the range end is exclusive, and an empty range cannot be meant.
    if (role.begin == role.end) role.end.days += 1;
    if (!(role.begin < role.end)) return "date range '" + std::string(r) + "' ends before it starts";
    return {};
  }
  if (!date(r, role.begin)) return "bad date restriction '" + std::string(r) + "'";
  return {};
}

}  // namespace

bool prefer_role(const ActorRole& a, const ActorRole& b) {
  if (a.dated != b.dated) return a.dated;
  if (width(a) != width(b)) return width(a) < width(b);
  if (a.where.file != b.where.file) return a.where.file < b.where.file;
  if (a.where.line != b.where.line) return a.where.line < b.where.line;
  return &a < &b;
}

ActorDictionary::ActorDictionary(std::shared_ptr<Vocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary)) {}

void ActorDictionary::read_file(const std::string& path, Reporter& reporter) {
  read_dictionary_into(*this, path, reporter);
}

bool ActorDictionary::parse_roles(std::string_view text, SourceRef where, const std::string& file,
                                  Reporter& reporter, std::vector<ActorRole>& out) {
  std::vector<std::string_view> groups;
  std::string problem = split_bracket_groups(text, groups);
  bool ok = problem.empty();
  if (!ok)  // the groups before the bad text are still used
    reporter.report(DictionaryError(file, where.line, "actor code: " + problem));
  for (std::string_view g : groups) {
    ActorRole role;
    role.where = where;
    size_t end = 0;
    while (end < g.size() && !is_blank(g[end]) && g[end] != '<' && g[end] != '>') ++end;
    std::string_view code = g.substr(0, end);
    if (code.empty()) {
      reporter.report(DictionaryError(file, where.line, "empty actor code in '[" + std::string(g) + "]'"));
      ok = false;
      continue;
    }
    if (code.find_first_not_of("0123456789-") == std::string_view::npos &&
        code.find_first_of("0123456789") != std::string_view::npos) {
      reporter.report(DictionaryError(file, where.line, "'[" + std::string(g) + "]' has a date but no actor code"));
      ok = false;
      continue;
    }
    std::string restriction;
    for (char c : g.substr(end))
      if (!is_blank(c)) restriction.push_back(c);
    problem = parse_restriction(restriction, role);
    if (!problem.empty()) {
      reporter.report(DictionaryError(file, where.line, "actor code " + std::string(code) + ": " + problem));
      ok = false;
      continue;
    }
    if (code != "---") role.code = std::string(code);
    out.push_back(std::move(role));
  }
  return ok;
}

void ActorDictionary::add_name(std::string_view words_text, ActorEntryId entry, SourceRef where,
                               const std::string& file, Reporter& reporter) {
  std::vector<std::string_view> words = split_words(words_text, "_");
  if (words.empty()) {
    reporter.report(DictionaryError(file, where.line, "actor name has no words"));
    return;
  }
  std::vector<WordId> ids;
  ids.reserve(words.size());
  for (std::string_view w : words) ids.push_back(vocabulary_->intern(w));
  trie_.insert(ids, entry);
  if (entries_[entry].name_count == 0) entries_[entry].first_name = static_cast<uint32_t>(names_.size());
  names_.emplace_back(static_cast<uint32_t>(name_words_.size()), static_cast<uint32_t>(ids.size()));
  name_words_.insert(name_words_.end(), ids.begin(), ids.end());
  ++entries_[entry].name_count;
  ++name_count_;
}

void ActorDictionary::read_text(std::string_view text, const std::string& source_name,
                                Reporter& reporter) {
  const uint32_t file = files_.add(source_name);
  DictionaryLines lines(text, /*semicolon_comments=*/false);
  DictionaryLine line;
  bool have_entry = false;  // the last entry may still take synonyms and code lines
  std::vector<ActorRole> roles;
  while (lines.next(line)) {
    const SourceRef where{file, line.number};
    std::string_view t = line.text;
    t = trim(t);
    if (t.front() == '[') {
      if (!have_entry) {
        reporter.report(DictionaryError(source_name, line.number, "code line before any actor name"));
        continue;
      }
      roles.clear();
      parse_roles(t, where, source_name, reporter, roles);
      for (auto& r : roles) roles_.push_back(std::move(r));
      entries_.back().role_count = static_cast<uint32_t>(roles_.size() - entries_.back().first_role);
      continue;
    }
    const size_t bracket = t.find('[');
    std::string_view name = trim(t.substr(0, bracket));
    std::string_view codes = bracket == std::string_view::npos ? std::string_view{} : t.substr(bracket);
    if (t.front() == '+') {
      if (!have_entry) {
        reporter.report(DictionaryError(source_name, line.number, "synonym '+' before any actor name"));
        continue;
      }
      if (!codes.empty()) {
        reporter.report(DictionaryError(source_name, line.number,
            "synonym line carries a code; codes belong on the primary name or on indented code lines"));
        continue;
      }
      add_name(name.substr(1), static_cast<ActorEntryId>(entries_.size() - 1), where, source_name, reporter);
      continue;
    }
    if (name.find(']') != std::string_view::npos) {
      reporter.report(DictionaryError(source_name, line.number, "']' without '['"));
      continue;
    }
    roles.clear();
    if (!codes.empty()) parse_roles(codes, where, source_name, reporter, roles);  // bad roles dropped
    ActorEntry entry;
    entry.first_role = static_cast<uint32_t>(roles_.size());
    entry.role_count = static_cast<uint32_t>(roles.size());
    entry.where = where;
    for (std::string_view w : split_words(name, "_")) {
      if (!entry.name.empty()) entry.name.push_back(' ');
      entry.name.append(w);
    }
    for (auto& r : roles) roles_.push_back(std::move(r));
    entries_.push_back(std::move(entry));
    have_entry = true;
    add_name(name, static_cast<ActorEntryId>(entries_.size() - 1), where, source_name, reporter);
  }
}

void ActorDictionary::finish() { trie_.freeze(); }

ActorEntryId ActorDictionary::add_entry(std::string name, std::span<const ActorRole> roles,
                                        std::span<const std::vector<std::string>> names, SourceRef where) {
  const ActorEntryId id = static_cast<ActorEntryId>(entries_.size());
  ActorEntry entry;
  entry.name = std::move(name);
  entry.first_role = static_cast<uint32_t>(roles_.size());
  entry.role_count = static_cast<uint32_t>(roles.size());
  entry.first_name = static_cast<uint32_t>(names_.size());
  entry.where = where;
  entries_.push_back(std::move(entry));
  roles_.insert(roles_.end(), roles.begin(), roles.end());
  std::vector<WordId> ids;
  for (const std::vector<std::string>& words : names) {
    if (words.empty()) continue;
    ids.clear();
    for (const std::string& w : words) ids.push_back(vocabulary_->intern(w));
    trie_.insert(ids, id);
    names_.emplace_back(static_cast<uint32_t>(name_words_.size()), static_cast<uint32_t>(ids.size()));
    name_words_.insert(name_words_.end(), ids.begin(), ids.end());
    ++entries_[id].name_count;
    ++name_count_;
  }
  return id;
}

std::vector<std::span<const WordId>> ActorDictionary::names(ActorEntryId id) const {
  std::vector<std::span<const WordId>> out;
  const ActorEntry& e = entries_[id];
  for (uint32_t k = 0; k < e.name_count; ++k) {
    const auto& [first, count] = names_[e.first_name + k];
    out.emplace_back(name_words_.data() + first, count);
  }
  return out;
}

const ActorRole* ActorDictionary::role_at(std::span<const ActorEntryId> entries, Date date) const {
  const ActorRole* best = nullptr;
  for (ActorEntryId id : entries)
    for (const ActorRole& r : roles(id))
      if (r.holds_at(date) && (!best || prefer_role(r, *best))) best = &r;
  return best;
}

std::vector<std::string_view> ActorDictionary::codes_at(ActorEntryId id, Date date) const {
  std::vector<const ActorRole*> holding;
  for (const ActorRole& r : roles(id))
    if (r.holds_at(date)) holding.push_back(&r);
  std::sort(holding.begin(), holding.end(),
            [](const ActorRole* a, const ActorRole* b) { return prefer_role(*a, *b); });
  std::vector<std::string_view> out;
  for (const ActorRole* r : holding)
    if (!r->code.empty()) out.push_back(r->code);
  return out;
}

ActorMatch ActorDictionary::with_role(TokenTrie::Match m, Date date) const {
  ActorMatch out;
  if (!m) return out;
  out.length = m.length;
  out.entries = m.payloads;
  out.role = role_at(out.entries, date);
  return out;
}

ActorMatch ActorDictionary::longest_match(std::span<const WordId> tokens, size_t start, Date date) const {
  return with_role(trie_.longest_match(tokens, start), date);
}

ActorMatch ActorDictionary::longest_match(std::span<const std::string_view> tokens, size_t start,
                                          Date date) const {
  return with_role(trie_.longest_match(tokens, start, *vocabulary_), date);
}

std::span<const ActorEntryId> ActorDictionary::find(std::string_view name) const {
  std::vector<WordId> ids;
  for (std::string_view w : split_words(name, "_")) {
    ids.push_back(vocabulary_->find(w));
    if (ids.back() == kNoWord) return {};
  }
  return trie_.find(ids);
}

}  // namespace dyad
