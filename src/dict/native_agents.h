// Reader of dyad's own agent dictionaries (`*.agents`, docs/dictionaries.md):
//
//   PHRASE [| PHRASE ...] = CODE      suffix agent: "Iranian police" -> IRN + COP = IRNCOP
//   PHRASE [| PHRASE ...] = CODE~     prefix agent: "Egyptian NGO" -> NGO + EGY = NGOEGY
//
// into an AgentDictionary, one agent per line. Each phrase also matches with the English
// plural of its last token (english_forms.h: "soldier" -> "soldiers", "policeman" ->
// "policemen"); tokens without a letter get none. `~CODE` (PETRARCH's spelling of a
// suffix code) is accepted as CODE.
//
// Errors ("file:line:column: message"): no `=`, an empty phrase, no code or more than one,
// a code that is not letters and digits (with at most one `~` at either end). The line is
// dropped; a bad phrase alone is dropped from its line.
#pragma once

#include <string>
#include <string_view>

#include "dict/agent_dictionary.h"

namespace dyad {

void read_native_agents(AgentDictionary& dictionary, std::string_view text, const std::string& source_name,
                        Reporter& reporter);
void read_native_agents_file(AgentDictionary& dictionary, const std::string& path, Reporter& reporter);

}  // namespace dyad
