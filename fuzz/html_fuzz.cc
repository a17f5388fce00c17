// Fuzz target: the HTML reader. extract_html() and decode_html_entities() (io/html_text.h)
// on the raw bytes, then the .html path of read_documents (UTF-8 and NUL checks, date
// fallback). Checks: the page date is empty or a real YYYY-MM-DD; entity decoding of
// well-formed UTF-8 stays well-formed; the reader's document has the page's text.
#include <string>

#include "fuzz/fuzz_file.h"
#include "fuzz/fuzz_targets.h"
#include "io/document_reader.h"
#include "io/html_text.h"
#include "text/date_string.h"
#include "text/utf8.h"

namespace dyad::fuzz {

int html_reader(const uint8_t* data, size_t size) {
  const std::string_view bytes = as_text(data, size);
  const HtmlPage page = extract_html(bytes);
  if (!page.date.empty() && (page.date.size() != 10 || !iso_date_part(page.date)))
    fail("html", "page date is not YYYY-MM-DD");
  const bool clean = is_valid_utf8(bytes);
  if (clean && !is_valid_utf8(page.text)) fail("html", "text of a UTF-8 page is not UTF-8");
  const std::string decoded = decode_html_entities(bytes);
  if (clean && !is_valid_utf8(decoded)) fail("html", "decoded entities are not UTF-8");

  // The reader drops a byte order mark before extracting.
  std::string_view body = bytes;
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  const HtmlPage read_page = body.size() == bytes.size() ? page : extract_html(body);

  const std::string& path = write_scratch_file("html", "html", bytes);
  ReadOptions options;
  options.date = "2025-08-20";
  bool got = false;
  read_documents(
      path, options,
      [&](Document&& doc) {
        got = true;
        if (doc.text != read_page.text) fail("html", "reader text differs from extract_html");
        if (doc.date != (read_page.date.empty() ? options.date : read_page.date)) fail("html", "wrong date");
      },
      [&](const ReadError& error) {
        if (error.file != path || error.message.empty()) fail("html", "error does not name the file");
      });
  (void)got;
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(html_reader)
