// The one spelling key under which the gazetteer files and finds a place name.
//
// normalize_place_name folds case and accents to ASCII (via ICU's Latin-ASCII transliteration
// for non-ASCII text), drops apostrophes and periods ("N'Djamena" -> "ndjamena", "D.C." ->
// "dc") and turns every other non-alphanumeric run into one space ("Port-au-Prince" ->
// "port au prince"). The build tool and the run-time lookup both use it, so a name and the
// tokens that spell it always meet. Pure ASCII input never touches ICU and never allocates
// beyond the output string's growth.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// Appends the key of `text` to `out`, separated by one space from what `out` already holds
// when both are non-empty. Returns false (and leaves `out` unchanged) when `text` has no
// letters or digits, e.g. a comma token.
bool append_place_key(std::string_view text, std::string& out);

// The key of a whole name: "São Paulo" -> "sao paulo".
std::string normalize_place_name(std::string_view name);

}  // namespace dyad
