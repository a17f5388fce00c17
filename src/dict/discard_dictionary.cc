#include "dict/discard_dictionary.h"

#include "dict/dictionary_lines.h"

namespace dyad {

DiscardDictionary::DiscardDictionary(std::shared_ptr<Vocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary)) {}

void DiscardDictionary::read_file(const std::string& path, Reporter& reporter) {
  read_dictionary_into(*this, path, reporter);
}

void DiscardDictionary::read_text(std::string_view text, const std::string& source_name,
                                  Reporter& reporter) {
  const uint32_t file = files_.add(source_name);
  DictionaryLines lines(text, /*semicolon_comments=*/false);
  DictionaryLine line;
  while (lines.next(line)) {
    std::string_view t = trim(line.text);
    DiscardEntry entry;
    entry.where = SourceRef{file, line.number};
    if (t.front() == '+') {
      entry.story_level = true;
      t.remove_prefix(1);
    }
    std::vector<WordId> ids;
    for (std::string_view w : split_words(t, "_")) {
      ids.push_back(vocabulary_->intern(w));
      if (!entry.phrase.empty()) entry.phrase.push_back(' ');
      entry.phrase.append(vocabulary_->word(ids.back()));
    }
    if (ids.empty()) {
      reporter.report(DictionaryError(source_name, line.number, "discard line has no words"));
      continue;
    }
    trie_.insert(ids, static_cast<DiscardId>(entries_.size()));
    entries_.push_back(std::move(entry));
  }
}

void DiscardDictionary::finish() { trie_.freeze(); }

size_t DiscardDictionary::story_level_count() const {
  size_t n = 0;
  for (const auto& e : entries_) n += e.story_level;
  return n;
}

template <typename WordAt>
DiscardScan DiscardDictionary::scan_by(size_t size, WordAt&& word_at) const {
  DiscardScan out;
  for (size_t i = 0; i < size && !(out.story && out.sentence); ++i) {
    auto m = trie_.longest_match_by(size, i, word_at);
    if (!m) continue;
    for (DiscardId id : m.payloads) {
      auto& slot = entries_[id].story_level ? out.story : out.sentence;
      if (!slot) slot = DiscardHit{id, static_cast<uint32_t>(i), m.length};
    }
  }
  return out;
}

DiscardScan DiscardDictionary::scan(std::span<const WordId> tokens) const {
  return scan_by(tokens.size(), [&](size_t i) { return tokens[i]; });
}

DiscardScan DiscardDictionary::scan(std::span<const std::string_view> tokens) const {
  // Look each token up once, not once per starting position.
  std::vector<WordId> ids(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) ids[i] = vocabulary_->find(tokens[i]);
  return scan(std::span<const WordId>(ids));
}

}  // namespace dyad
