// Brown corpus sentences converted to Penn Treebank tags and to dyad's tokenization.
//
// The Brown corpus (NLTK format: "word/tag" items separated by spaces, one sentence per line)
// tags with the 87-tag Brown set plus compound tags. brown_to_penn rewrites one sentence so
// that the tokens look like what dyad's tokenizer produces and each carries a Penn tag:
//   - "-tl" (title), "-hl" (headline), "-nc" (cited) suffixes and the "fw-" prefix are dropped;
//     capitalised nouns inside a title become NNP/NNPS ("Grand/jj-tl Jury/nn-tl" -> NNP NNP),
//     as the Penn guidelines tag the words of a name;
//   - negated tags split off "n't": "didn't/dod*" -> did/VBD n't/RB, "can't/md*" -> ca/MD n't/RB;
//   - possessives split off the clitic: "Atlanta's/np$" -> Atlanta/NNP 's/POS,
//     "parents'/nns$" -> parents/NNS '/POS; "its/pp$" -> PRP$, "hers/pp$$" -> PRP;
//   - contractions split at the clitic: "he'll/pps+md" -> he/PRP 'll/MD, "I'm" -> I/PRP 'm/VBP;
//     a compound tag on a word with no clitic ("gonna/vbg+to") keeps the word, first tag;
//   - Brown's "vb", "do", "hv" cover both Penn VB and VBP; context decides (after a modal, "to",
//     a do-auxiliary or another verb, or at the start of a clause: VB; after a subject: VBP);
//   - "to/in" becomes TO, relative "that/wps" WDT, "more/ap" JJR, "such/abl a" PDT, and so on.
// Numbers with commas, "$600" and hyphenated words stay whole, and `` '' stay as quote tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/pos.h"

namespace dyad {

struct TaggedWord {
  std::string text;
  Pos tag = Pos::X;
};

using TaggedSentence = std::vector<TaggedWord>;

// Converts one line of a Brown file. Returns false, with *error set to a short reason, when the
// line has an item without "/" or a tag with no Penn equivalent (Brown's "nil"); `out` is then
// unspecified. An empty or blank line yields true and no tokens.
bool brown_to_penn(std::string_view line, TaggedSentence* out, std::string* error);

// The Penn tag of a single Brown tag with its suffixes already removed ("nn", "bedz", "pp$"),
// ignoring context (so "vb" is VB, "do" VBP). Pos::X when there is none ("nil").
Pos brown_simple_tag(std::string_view brown_tag);

struct BrownFile {
  std::string name;                    // "ca01"
  std::vector<TaggedSentence> sentences;
  size_t skipped_sentences = 0;        // lines brown_to_penn rejected
};

// Reads one corpus file. Throws std::runtime_error("path: reason") when it cannot be read.
BrownFile read_brown_file(const std::string& path);

// The corpus file names present in `dir` (ca01 .. cr09), sorted. Throws std::runtime_error when
// the directory cannot be listed or holds none.
std::vector<std::string> brown_file_names(const std::string& dir);

}  // namespace dyad
