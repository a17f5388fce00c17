// Fuzz target: PETRARCH XML records (io/petrarch_xml.h) and their trees (code/record_tree.h).
// Checks: every record's line is inside the file and ascending, every error message is one
// line naming the file, and a record without error either yields a tree or a PtbError.
#include <string>

#include "code/record_tree.h"
#include "fuzz/fuzz_targets.h"
#include "io/petrarch_xml.h"
#include "syntax/ptb.h"

namespace dyad::fuzz {

int petrarch_xml(const uint8_t* data, size_t size) {
  const std::string_view xml = as_text(data, size);
  size_t lines = 1;
  for (char c : xml) lines += c == '\n';
  const PetrarchFile file = parse_petrarch_xml(xml, "fuzz.xml");
  auto check_message = [](const std::string& m) {
    if (m.rfind("fuzz.xml:", 0) != 0) fail("petrarch_xml", "error does not name the file");
    if (m.find('\n') != std::string::npos) fail("petrarch_xml", "error is not one line");
  };
  for (const std::string& e : file.errors) check_message(e);
  uint32_t last_line = 0;
  for (const PetrarchRecord& r : file.records) {
    if (r.line == 0 || r.line > lines || r.line < last_line) fail("petrarch_xml", "record line");
    last_line = r.line;
    if (!r.error.empty()) {
      check_message(r.error);
      continue;
    }
    try {
      const Tree tree = record_tree(r, nullptr);
      if (tree.root == kNoNode) fail("petrarch_xml", "tree without root");
    } catch (const PtbError&) {
    }
  }
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(petrarch_xml)
