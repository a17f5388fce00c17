// Fuzz target: the CAMEO verb dictionary reader (dict/verb_dictionary.h). Reads the input as
// a verbs file with a collecting reporter, finishes it, then looks up every word of the input
// and walks the verbs, blocks, patterns (nested terms included) and synsets it reaches,
// checking that every id and child range lies inside the dictionary.
#include "dict/verb_dictionary.h"
#include "fuzz/fuzz_dict.h"

namespace dyad::fuzz {

int dict_verbs(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  CollectingReporter reporter;
  VerbDictionary dict;
  dict.read_text(text, kDictFile, reporter);
  dict.finish(reporter);
  check_dictionary_errors("dict_verbs", reporter, text);

  auto check_term = [&](const VerbPattern& p, const PatternTerm& t) {
    if (t.kind == TermKind::kSynset && t.value >= dict.synset_count()) fail("dict_verbs", "synset id");
    if (t.kind == TermKind::kWord && t.value >= dict.vocabulary().size()) fail("dict_verbs", "word id");
    if (size_t(t.first_child) + t.child_count > p.nested.size()) fail("dict_verbs", "child range");
  };
  for (std::string_view word : query_words(text)) {
    for (VerbId id : dict.find(word)) {
      if (id >= dict.verb_count()) fail("dict_verbs", "verb id");
      const Verb& verb = dict.verb(id);
      if (verb.block >= dict.block_count()) fail("dict_verbs", "block id");
      for (const VerbPattern& p : dict.patterns(verb.block)) {
        if (p.verb_index >= p.terms.size() || p.terms[p.verb_index].kind != TermKind::kVerb)
          fail("dict_verbs", "pattern verb index");
        for (const PatternTerm& t : p.terms) {
          check_term(p, t);
          for (const PatternTerm& c : p.children(t)) check_term(p, c);
        }
        (void)p.before_verb();
        (void)p.after_verb();
      }
    }
    if (auto s = dict.find_synset(word)) {
      if (*s >= dict.synset_count()) fail("dict_verbs", "synset id");
      const WordId w = dict.vocabulary().find(word);
      (void)dict.synset(*s).contains(w);
    }
  }
  for (const Transformation& t : dict.transformations()) (void)t.text.size();
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(dict_verbs)
