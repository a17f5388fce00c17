// A news document as read from any input format, before cleaning.
// Every stage downstream reads a Document and never needs to know where it came from.
#pragma once

#include <cstddef>
#include <string>

namespace dyad {

struct Document {
  std::string id;      // from the input, or derived from the file name
  std::string date;    // YYYY-MM-DD, or empty when the input gave none
  std::string title;   // optional
  std::string url;     // optional
  std::string source;  // optional: outlet name
  std::string text;    // body text (HTML already reduced to text), not yet cleaned
  std::string origin;  // file the document came from ("-" for stdin)
  size_t line = 0;     // 1-based line in `origin` for line-oriented inputs, else 0
};

}  // namespace dyad
