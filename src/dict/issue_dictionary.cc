#include "dict/issue_dictionary.h"

#include "dict/dictionary_lines.h"
#include "dict/english_forms.h"

namespace dyad {

IssueDictionary::IssueDictionary(std::shared_ptr<Vocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary)) {}

void IssueDictionary::read_file(const std::string& path, Reporter& reporter) {
  read_dictionary_into(*this, path, reporter);
}

namespace {

// Each n:, v: and + multiplies an entry's variants; a hostile line ("v:a+v:b+v:c+...") would
// otherwise take exponential time and memory. Phoenix's largest has 64.
constexpr size_t kMaxVariants = 1024;

// Variants of one written word (prefix handled): each variant is a list of words.
// Returns an error message, empty on success.
std::string word_variants(std::string_view w, std::vector<std::string>& out) {
  std::string upper;
  if (w.starts_with("n:") || w.starts_with("N:")) {
    upper_ascii(w.substr(2), upper);
    if (upper.empty()) return "'n:' without a word";
    out = {upper};
    for (auto& p : noun_plurals(upper)) out.push_back(p);
  } else if (w.starts_with("v:") || w.starts_with("V:")) {
    upper_ascii(w.substr(2), upper);
    if (upper.empty()) return "'v:' without a word";
    out = verb_forms(upper);
  } else {
    if (w.size() >= 2 && w[1] == ':') return "unknown prefix '" + std::string(w.substr(0, 2)) + "'";
    upper_ascii(w, upper);
    out = {upper};
  }
  return {};
}

}  // namespace

void IssueDictionary::read_text(std::string_view text, const std::string& source_name,
                                Reporter& reporter) {
  const uint32_t file = files_.add(source_name);
  DictionaryLines lines(text, /*semicolon_comments=*/false);
  DictionaryLine line;
  std::string category;
  bool in_issue = false;
  auto fail = [&](const std::string& message) {
    reporter.report(DictionaryError(source_name, line.number, message));
  };
  while (lines.next(line)) {
    std::string_view t = trim(line.text);
    if (t.starts_with("</ISSUE")) {
      if (!in_issue) fail("</ISSUE> without <ISSUE ...>");
      in_issue = false;
      category.clear();
      continue;
    }
    if (t.starts_with("<ISSUE")) {
      if (in_issue) fail("<ISSUE ...> inside another <ISSUE ...>");
      in_issue = true;
      category.clear();
      const size_t at = t.find("CATEGORY=");
      if (at != std::string_view::npos) {
        std::string_view v = t.substr(at + 9);
        if (!v.empty() && v.front() == '"') {
          v.remove_prefix(1);
          category = std::string(v.substr(0, v.find('"')));
        } else {
          category = std::string(v.substr(0, v.find_first_of(" \t>")));
        }
      }
      continue;
    }
    IssueEntry entry;
    entry.category = category;
    entry.where = SourceRef{file, line.number};
    if (t.front() == '~') {
      entry.ignore = true;
      t.remove_prefix(t.starts_with("~~") ? 2 : 1);
    }
    std::string_view phrase = t;
    const size_t bracket = t.find('[');
    if (bracket != std::string_view::npos) {
      phrase = trim(t.substr(0, bracket));
      std::vector<std::string_view> groups;
      std::string problem = split_bracket_groups(t.substr(bracket), groups);
      if (!problem.empty() || groups.size() != 1 || groups[0].empty()) {
        fail(problem.empty() ? "issue entry needs exactly one non-empty [CODE]" : "issue code: " + problem);
        continue;
      }
      if (entry.ignore) {
        fail("ignore phrase '~' cannot have a code");
        continue;
      }
      entry.code = std::string(groups[0]);
    } else if (!entry.ignore) {
      fail("issue phrase without a [CODE]");
      continue;
    }
    entry.phrase = std::string(phrase);
    // Build variants: a list of word sequences.
    std::vector<std::vector<std::string>> variants{{}};
    bool glue_next = false;  // previous word ended with '+': join with this one
    std::string problem;
    for (std::string_view raw : split_words(phrase, "")) {
      // Split "a+b+c" into parts; a trailing '+' glues to the next written word.
      std::vector<std::string_view> parts;
      bool trailing_plus = false;
      size_t s = 0;
      for (size_t i = 0; i <= raw.size(); ++i) {
        if (i == raw.size() || raw[i] == '+') {
          if (i > s) parts.push_back(raw.substr(s, i - s));
          else if (i == raw.size() && i > 0) trailing_plus = true;
          s = i + 1;
        }
      }
      if (parts.empty()) {
        problem = "'+' without words";
        break;
      }
      for (size_t k = 0; k < parts.size(); ++k) {
        std::vector<std::string> forms;
        problem = word_variants(parts[k], forms);
        if (!problem.empty()) break;
        const bool join = (k > 0) || glue_next;
        std::vector<std::vector<std::string>> next;
        for (const auto& v : variants)
          for (const auto& f : forms) {
            if (join && !v.empty()) {
              auto spaced = v;
              spaced.push_back(f);
              next.push_back(std::move(spaced));
              auto hyphen = v;
              hyphen.back() += "-" + f;
              next.push_back(std::move(hyphen));
            } else {
              auto plain = v;
              plain.push_back(f);
              next.push_back(std::move(plain));
            }
          }
        variants = std::move(next);
        if (variants.size() > kMaxVariants) {
          problem = "more than " + std::to_string(kMaxVariants) + " variants (too many n:/v:/+)";
          break;
        }
      }
      if (!problem.empty()) break;
      glue_next = trailing_plus;
    }
    if (!problem.empty()) {
      fail("issue phrase: " + problem);
      continue;
    }
    if (variants.empty() || variants.front().empty()) {
      fail("issue entry without a phrase");
      continue;
    }
    const IssueId id = static_cast<IssueId>(entries_.size());
    entries_.push_back(std::move(entry));
    for (const auto& v : variants) {
      std::vector<WordId> ids;
      for (const auto& w : v) ids.push_back(vocabulary_->intern(w));
      trie_.insert(ids, id);
    }
  }
  if (in_issue) reporter.report(DictionaryError(source_name, line.number, "<ISSUE ...> not closed"));
}

void IssueDictionary::finish() { trie_.freeze(); }

std::vector<IssueCount> IssueDictionary::count(std::span<const WordId> tokens) const {
  std::vector<IssueCount> out;
  for (size_t i = 0; i < tokens.size();) {
    auto m = trie_.longest_match(tokens, i);
    if (!m) {
      ++i;
      continue;
    }
    bool ignore = false;
    for (IssueId id : m.payloads) ignore |= entries_[id].ignore;
    const IssueEntry& e = entries_[m.payloads.front()];
    if (!ignore) {
      bool found = false;
      for (auto& c : out)
        if (c.code == e.code) {
          ++c.count;
          found = true;
        }
      if (!found) out.push_back(IssueCount{e.code, 1});
    }
    i += m.length;
  }
  return out;
}

std::vector<IssueCount> IssueDictionary::count(std::span<const std::string_view> tokens) const {
  std::vector<WordId> ids(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) ids[i] = vocabulary_->find(tokens[i]);
  return count(std::span<const WordId>(ids));
}

}  // namespace dyad
