// ProperNounLexicon: single-word proper names known to WordNet ("Hungary", "Hamas", "Islamabad").
//
// The tagger is trained on the Brown corpus (1961 American English), which has seen few of
// today's country, city and group names; at the start of a sentence, where capitalisation says
// nothing, it guesses from suffixes ("Hungary" JJ like "military", "Pakistan" JJ). WordNet lists
// such names as capitalised instance nouns, so the tagger uses this list to correct them.
//
// The list is built at build time by dyad-extract-proper-nouns from WordNet's data.noun: a
// capitalised one-word lemma of a synset that is an instance (@i: "Hungary is an instance of
// European country"). Demonyms ("American") are not instances, so they stay adjectives.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace dyad {

class ProperNounLexicon {
 public:
  // Reads one name per line. Throws std::runtime_error("path: reason") when unreadable.
  static ProperNounLexicon load(const std::string& path);
  // Builds the list from WordNet's data.* files in `wordnet_dir` (build-time tool).
  static std::vector<std::string> extract_from_wordnet(const std::string& wordnet_dir);

  bool contains(std::string_view word) const { return names_.count(word) > 0; }
  size_t size() const { return names_.size(); }

 private:
  std::string storage_;  // all names, '\n'-separated; names_ views into it
  std::unordered_set<std::string_view> names_;
};

}  // namespace dyad
