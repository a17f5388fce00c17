// `dyad dict coverage [--dictionaries DIR]`: what a set of dictionaries can code.
//
// Prints, per CAMEO root, the event codes the verb dictionaries write (a trigger's own code, a
// pattern's code or its reverse) and those the coder reaches from them through modality
// (code/modality.h: intents 03x/13x, appeals 02x, demands 10x, refusals 12x), the codes of the
// CAMEO table neither reaches, and the totals; then the actors (entries, names, people with
// dated roles, international bodies, armed non-state groups, media), agents and verbs.
// Exit 0; 2 when no dictionary could be read.
#pragma once

#include <cstdio>
#include <string>

namespace dyad {

struct DictCoverageOptions {
  std::string dictionaries;  // empty = dyad's own
};

int run_dict_coverage(const DictCoverageOptions& options, std::FILE* out, std::FILE* err);

}  // namespace dyad
