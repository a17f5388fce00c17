#include "syntax/proper_noun_lexicon.h"

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace dyad {

ProperNounLexicon ProperNounLexicon::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open proper-noun list");
  ProperNounLexicon lexicon;
  std::stringstream ss;
  ss << in.rdbuf();
  lexicon.storage_ = ss.str();
  std::string_view all = lexicon.storage_;
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    if (end > start) lexicon.names_.insert(all.substr(start, end - start));
    start = end + 1;
  }
  return lexicon;
}

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Calls visit(word, is_instance) for every lemma of every synset line of a WordNet data file.
template <typename Visit>
void for_each_synset_word(const std::string& path, Visit visit) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open WordNet data file");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
    std::istringstream fields(line);
    std::string offset, lexfile, type, count_hex;
    fields >> offset >> lexfile >> type >> count_hex;
    int count = static_cast<int>(std::stoul(count_hex, nullptr, 16));
    std::vector<std::string> words;
    for (int i = 0; i < count; ++i) {
      std::string word, lex_id;
      fields >> word >> lex_id;
      if (size_t paren = word.find('('); paren != std::string::npos) word.resize(paren);  // adj markers
      words.push_back(word);
    }
    int pointers = 0;
    fields >> pointers;
    bool instance = false;
    for (int i = 0; i < pointers; ++i) {
      std::string symbol, target, pos, source;
      fields >> symbol >> target >> pos >> source;
      if (symbol == "@i") instance = true;
    }
    for (const std::string& w : words) visit(w, instance);
  }
}

}  // namespace

std::vector<std::string> ProperNounLexicon::extract_from_wordnet(const std::string& wordnet_dir) {
  std::set<std::string> instance_names;
  {
    for_each_synset_word(wordnet_dir + "/data.noun", [&](const std::string& w, bool instance) {
      if (w.find('_') != std::string::npos || w.size() < 2) return;
      if (instance && is_upper(w[0])) instance_names.insert(w);
    });
  }
  return std::vector<std::string>(instance_names.begin(), instance_names.end());
}

}  // namespace dyad
