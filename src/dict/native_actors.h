// Reader of dyad's own actor dictionaries (`*.actors`, docs/dictionaries.md):
//
//   NAME [| NAME ...] = ROLE [, ROLE ...]
//   ROLE  = CODE | CODE RANGE          RANGE = FROM..TO | FROM.. | ..TO (both ends included)
//
// into an ActorDictionary, one entry per line (its first name is the entry's name).
// Extension: the code `---` is a role with no code ("the name matches, yields nothing"),
// used to keep a longer name from being read as a shorter one; convert writes it for
// PETRARCH entries without a code.
//
// Errors ("file:line:column: message") go to `reporter`: a line without `=`, an empty
// name or role, a name with no tokens, a code that is not letters and digits, text after
// the range, a malformed or impossible date, a range ending before it starts. A bad role
// is dropped and the rest of its line kept; a line left with no name or no role is dropped.
#pragma once

#include <string>
#include <string_view>

#include "dict/actor_dictionary.h"

namespace dyad {

void read_native_actors(ActorDictionary& dictionary, std::string_view text, const std::string& source_name,
                        Reporter& reporter);
void read_native_actors_file(ActorDictionary& dictionary, const std::string& path, Reporter& reporter);

}  // namespace dyad
