// dyad-extract-proper-nouns --wordnet DIR --out FILE
// Writes WordNet's one-word proper names, one per line, for the tagger (see
// syntax/proper_noun_lexicon.h). Run at build time.
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <string>

#include "syntax/proper_noun_lexicon.h"

int main(int argc, char** argv) {
  std::string wordnet, out;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--wordnet")) wordnet = argv[i + 1];
    else if (!std::strcmp(argv[i], "--out")) out = argv[i + 1];
  }
  if (wordnet.empty() || out.empty()) {
    std::fprintf(stderr, "usage: dyad-extract-proper-nouns --wordnet DIR --out FILE\n");
    return 2;
  }
  try {
    auto names = dyad::ProperNounLexicon::extract_from_wordnet(wordnet);
    std::ofstream file(out, std::ios::binary);
    for (const auto& n : names) file << n << '\n';
    if (!file) throw std::runtime_error(out + ": cannot write");
    std::printf("dyad-extract-proper-nouns: %zu names -> %s\n", names.size(), out.c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad-extract-proper-nouns: %s\n", e.what());
    return 1;
  }
  return 0;
}
