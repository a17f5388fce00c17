// Reader of dyad's own verb dictionaries (`*.verbs`, docs/dictionaries.md):
//
//   CODE PATTERN [| PATTERN ...]          verb trigger: "042 visit {target}"
//   noun CODE PATTERN [| PATTERN ...]     nominal trigger: "noun 040 talks with {target}"
//   &NAME = PHRASE [| PHRASE ...]         word set, used in patterns as &NAME
//
// A pattern is words, `{target}`, `{source}` and `&NAME` terms. Its trigger is the word
// marked `*` (`be *ready to`), else its first plain word. Plain words are tokenized like
// sentences and matched case-insensitively (the coder also compares lemmas).
//
// Into a VerbDictionary: each trigger (one word, in lemma form) is a verb alone in its own
// block, indexed by its generated inflections (english_forms.h verb_forms; a nominal
// trigger by itself and its noun_plurals, through find_noun()). A pattern compiles to a
// VerbPattern: the words before the trigger, kVerb, the words after it, with kTarget for
// {target}, kSource for {source}, kSynset for &NAME; no term is joined to the next (words
// need not be adjacent). A pattern that is the trigger alone ("010 say") gives the trigger
// its own code, used when none of its patterns matches. Code `---` (an extension) is a null
// code: the pattern matches and yields no event.
//
// Synset members get the plurals of their last token, as PETRARCH's; `&OTHER` as a member
// includes another set. Sets may be used before (or in another file than) their definition;
// finish() reports the ones never defined.
//
// A verb line's CODE is letters and digits with at least one digit (CAMEO codes are digits;
// this tells a forgotten code from a trigger word).
//
// Errors ("file:line:column: message"): a bad code, an unknown `{slot}`, a slot written twice,
// two `*`, a pattern without a trigger word, a multi-token `*` word, an empty pattern or
// member, a malformed set name, a set defined twice, a bare trigger given two codes; from
// finish(): unknown sets, and a pattern written again with another code. A bad pattern is
// dropped; the other patterns of its line are kept.
#pragma once

#include <string>
#include <string_view>

#include "dict/verb_dictionary.h"

namespace dyad {

void read_native_verbs(VerbDictionary& dictionary, std::string_view text, const std::string& source_name,
                       Reporter& reporter);
void read_native_verbs_file(VerbDictionary& dictionary, const std::string& path, Reporter& reporter);

}  // namespace dyad
