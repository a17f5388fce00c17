// Reads news documents from one input path and reports bad ones without
// stopping (the LevelDB log::Reader model: corrupt records go to a reporter,
// reading goes on).
//
// Formats, chosen by file extension:
//   .jsonl .ndjson  one JSON object per line (see io/jsonl_document.h);
//                   read line by line through a fixed buffer, so files of any
//                   size stream. Blank lines are skipped silently.
//   .txt            one plain-text article: id = file stem, date = --date, else
//                   a YYYY-MM-DD in the file name ("news-2025-08-20.txt"); no title.
//   .html .htm      one page reduced to text (see io/html_text.h); the page's
//                   own date wins, then options.date, then the file name's; id = stem.
//   "-" (stdin) and any other extension: JSONL when the first non-space byte
//                   is '{', else one plain-text article (id "stdin" for stdin).
//
// Each bad document is reported once through on_error and skipped:
//   broken JSON, missing field, wrong field type, empty id, invalid date,
//   invalid UTF-8, NUL bytes (binary junk), a line or document over
//   options.max_document_bytes (skipped without being loaded), an empty file,
//   a .txt/.html without any date ("no date: pass --date YYYY-MM-DD ..."), an
//   HTML page without text. A UTF-8 byte order mark at the start is ignored.
//
// Documents carry origin = path ("-" for stdin) and, for JSONL, the 1-based
// line. Errors name the file ("<stdin>" for stdin) and line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "text/document.h"

namespace dyad {

struct ReadError {
  std::string file;
  size_t line = 0;  // 1-based; 0 when the error concerns the whole file
  std::string message;

  // "file:line: message", or "file: message" when line is 0.
  std::string to_string() const;
};

struct ReadOptions {
  std::string date;  // YYYY-MM-DD for .txt/.html inputs; may be empty
  size_t max_document_bytes = 16 << 20;  // cap on one JSONL line or one .txt/.html file
  uint64_t* bytes_read = nullptr;  // when set: bytes of the input consumed so far, updated
                                   // before each document is handed on (for progress)
};

// Reads `path` ("-" = stdin), calling on_document for each good document and
// on_error for each bad one, in input order. Returns false if the path could
// not be opened or read (after reporting why), true otherwise, even when
// documents were reported bad. The callbacks may not be empty.
bool read_documents(const std::string& path, const ReadOptions& options,
                    const std::function<void(Document&&)>& on_document,
                    const std::function<void(const ReadError&)>& on_error);

}  // namespace dyad
