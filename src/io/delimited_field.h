// One field of a delimited table: CSV as RFC 4180 (quoted when it holds a comma, quote or line
// break; quotes doubled) or TSV (tabs and line breaks become spaces, since TSV has no quoting).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

inline void append_delimited_field(std::string& out, std::string_view s, bool csv) {
  if (!csv) {
    for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    return;
  }
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace dyad
