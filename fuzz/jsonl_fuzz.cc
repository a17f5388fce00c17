// Fuzz target: the JSONL document reader (io/document_reader.h, io/jsonl_document.h) on a
// .jsonl file holding the input bytes. Checks every document the reader accepts against the
// contract: non-empty id, a real YYYY-MM-DD date, text that is UTF-8 without NUL bytes, and a
// line inside the file; every error names the file and a line inside it.
#include <cstring>
#include <string>

#include "fuzz/fuzz_file.h"
#include "fuzz/fuzz_targets.h"
#include "io/document_reader.h"
#include "text/date_string.h"
#include "text/utf8.h"

namespace dyad::fuzz {

int jsonl_reader(const uint8_t* data, size_t size) {
  const std::string_view bytes = as_text(data, size);
  const std::string& path = write_scratch_file("jsonl", "jsonl", bytes);
  size_t lines = 1;
  for (char c : bytes) lines += c == '\n';

  ReadOptions options;
  options.max_document_bytes = 2048;  // small, so over-long lines are reached too
  size_t last_line = 0;
  const bool ok = read_documents(
      path, options,
      [&](Document&& doc) {
        if (doc.id.empty()) fail("jsonl", "empty id");
        if (doc.date.size() != 10 || !iso_date_part(doc.date)) fail("jsonl", "date is not YYYY-MM-DD");
        if (!is_valid_utf8(doc.text) || find_nul_byte(doc.text) != std::string_view::npos)
          fail("jsonl", "text is not clean UTF-8");
        if (doc.line == 0 || doc.line > lines || doc.line <= last_line) fail("jsonl", "bad document line");
        if (doc.origin != path) fail("jsonl", "origin is not the path");
        last_line = doc.line;
      },
      [&](const ReadError& error) {
        if (error.file != path || error.line > lines || error.message.empty())
          fail("jsonl", "error does not name the file and a line in it");
        if (error.to_string().find('\n') != std::string::npos) fail("jsonl", "error is not one line");
        if (!is_valid_utf8(error.to_string())) fail("jsonl", "error is not UTF-8");
      });
  if (!ok) fail("jsonl", "a readable file was reported unreadable");
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(jsonl_reader)
