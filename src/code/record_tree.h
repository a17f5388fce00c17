// The Tree of a PETRARCH XML record, ready for coding: its <Parse> brackets read with
// read_ptb (heads assigned) and, when a Lemmatizer is given, lemmas filled from the tags
// the parse carries, so verbs are looked up by lemma as for dyad's own parses.
#pragma once

#include "io/petrarch_xml.h"
#include "syntax/lemmatizer.h"
#include "syntax/tree.h"

namespace dyad {

// Throws PtbError on malformed brackets.
Tree record_tree(const PetrarchRecord& record, const Lemmatizer* lemmatizer);

}  // namespace dyad
