// Turns one JSONL line into a Document.
//
// A line is one JSON object with the string fields "id", "date" and "text"
// (required) and "title", "url", "source" (optional; null counts as absent).
// Other fields are ignored. "date" is YYYY-MM-DD or an ISO date-time whose
// date part is kept ("2025-08-20T10:00:00Z" -> "2025-08-20"); it must be a
// real calendar date. "id" must not be empty.
//
// The parser keeps its buffers between lines, so reuse one per input stream;
// it is not thread-safe.
#pragma once

#include <string>

#include <simdjson.h>

#include "text/document.h"

namespace dyad {

class JsonlDocumentParser {
 public:
  // Parses `line` (which must be valid UTF-8 without NUL bytes; the reader
  // checks that first, to report the byte offset). `line` may be enlarged
  // (capacity only) for the parser's padding. Fills *doc's id, date, text,
  // title, url and source and returns true, or returns false with a one-line
  // reason in *error ("missing field 'date'", "field 'date' must be a string").
  bool parse(std::string& line, Document* doc, std::string* error);

 private:
  simdjson::dom::parser parser_;
};

}  // namespace dyad
