// Lemmatizer: dictionary forms of tagged words, from WordNet's morphology ("morphy").
//
// The Penn tag picks the WordNet part of speech (NN* noun, VB* verb, JJ* adjective, RB* adverb).
// For an inflected tag (NNS, VBD, VBN, VBG, VBZ, JJR, JJS, RBR, RBS) the word's entry in the
// exception list wins ("struck" -> "strike", "better" -> "good"), then the detachment rules
// ("countries" -> "country", "talks" -> "talk"), undoubling a final consonant where the rules
// leave one ("expelled" -> "expel"), and only then the word itself if it is a lemma. For a base
// tag (NN, VB, VBP, JJ, RB) the word itself wins when it is a lemma, so "news", "lay"/VBP and
// "found"/VB stay as they are; a tagging slip ("women"/NN) still reaches "woman".
// Proper nouns, numbers and closed-class words are lowercased only ("Paris" -> "paris",
// "Texas" -> "texas"). Clitics map to their words: 's/VBZ "be", n't "not", 'll "will",
// 've "have", 'm/'re "be", 'd "would" (MD) or "have" (VBD), ca/wo MD "can"/"will"; the
// possessive 's stays "'s". Every lemma is lowercase (ASCII letters are folded; other
// characters are kept as they are).
//
// Loading reads the four index files and four exception lists once (about 20 ms); a
// Lemmatizer is immutable afterwards and safe to use from any number of threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/pos.h"
#include "syntax/tree.h"

namespace dyad {

class Lemmatizer {
 public:
  // Loads WordNet from `wordnet_dir` (index.noun ... and noun.exc ...). Throws
  // std::runtime_error("path: reason") when a file is missing or unreadable.
  static Lemmatizer load(const std::string& wordnet_dir);

  std::string lemma(std::string_view word, Pos tag) const;
  // Fills Token::lemma from its text and tag for every token that has none yet.
  void lemmatize(std::vector<Token>& tokens) const;

  // Retags the tagger's guesses that WordNet rules out: a lowercase word tagged as a verb that
  // is no form of any English verb but is a form of a noun becomes a noun (NNS when it is the
  // plural). The tagger learnt from Brown (1961) and guesses today's words from their endings:
  // "the opposition activists" came out "activists"/VBZ and broke the sentence (a verb form
  // keeps its tag and gets its lemma here, which lemmatize() then keeps). And an
  // adjective that is also a noun, after a determiner or possessive and before a finite verb,
  // is that noun ("Myanmar's military"/JJ "killed"); a plural noun read as a verb at the end
  // of a noun compound that is a verb's object is that noun ("carried out drone strikes/VBZ").
  void correct_tags(std::vector<Token>& tokens) const;

  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;

 private:
  struct Data;
  explicit Lemmatizer(std::shared_ptr<const Data> data);
  std::shared_ptr<const Data> data_;
};

// The WordNet directory of this build (compile definition DYAD_WORDNET_DIR).
std::string default_wordnet_dir();

}  // namespace dyad
