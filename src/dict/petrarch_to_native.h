// Writing dictionaries read from PETRARCH files in dyad's own format (`dyad dict convert`).
//
// Each function writes the whole dictionary, entries in file order, as native text that
// read_native_* reads back to the same entries as far as the format can say them, and lists
// every construct it cannot say (with the PETRARCH file:line) in `notes`:
//  - actors: one line per entry, names joined by ` | ` (upper-case, as stored), roles with
//    inclusive ranges (PETRARCH's exclusive end minus one day), `---` for an entry without
//    a code. Codes that are not letters and digits (FRO/BIL/SAM) and names holding `|`, `=`
//    or a ` #` cannot be written.
//  - agents: written phrases and explicit plurals; `CODE` or `CODE~`. Noted: phrases whose
//    generated plurals differ from PETRARCH's ({} for none, substitution expansions).
//  - verbs: synsets as `&NAME = ...`; per block, each verb's own code as a bare trigger line
//    and each pattern once per verb of its block (`*` marks the trigger when PETRARCH
//    pre-words come first, particles follow it). {NP} is flattened (the coder flattens it
//    too); noted: (PREP ...) flattened, `^` and `%` dropped, `_` adjacency, reverse and
//    passive-only codes, irregular forms, no-plural set members, transformations, a trigger
//    coded again by a later block (PETRARCH takes the first).
#pragma once

#include <string>
#include <vector>

#include "dict/actor_dictionary.h"
#include "dict/agent_dictionary.h"
#include "dict/verb_dictionary.h"

namespace dyad {

struct ConversionNote {
  std::string where;  // "path:line" of the PETRARCH entry
  std::string message;
};

std::string actors_to_native(const ActorDictionary& actors, std::vector<ConversionNote>& notes);
std::string agents_to_native(const AgentDictionary& agents, std::vector<ConversionNote>& notes);
std::string verbs_to_native(const VerbDictionary& verbs, std::vector<ConversionNote>& notes);

}  // namespace dyad
