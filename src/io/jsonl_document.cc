#include "io/jsonl_document.h"

#include <algorithm>
#include <string_view>

#include "text/date_string.h"

namespace dyad {

namespace {

// Quotes a bad value in an error message without flooding the terminal. The message stays
// one line of valid UTF-8: control characters are escaped ("\n"), and the cut never falls
// inside a character.
std::string quoted_excerpt(std::string_view value) {
  constexpr size_t kMax = 40;
  size_t cut = std::min(value.size(), kMax);
  while (cut < value.size() && cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  std::string out = "'";
  for (char c : value.substr(0, cut)) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7f) {
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  if (cut < value.size()) out += "...";
  out += "'";
  return out;
}

// Reads object[key] into *out. Returns false with *error set when the field
// is missing (and `required`) or is not a string.
bool read_string_field(simdjson::dom::object object, std::string_view key, bool required, std::string* out,
                       std::string* error) {
  simdjson::dom::element value;
  if (object.at_key(key).get(value) != simdjson::SUCCESS || (!required && value.is_null())) {
    if (!required) return true;
    *error = "missing field '" + std::string(key) + "'";
    return false;
  }
  std::string_view text;
  if (value.get_string().get(text) != simdjson::SUCCESS) {
    *error = "field '" + std::string(key) + "' must be a string";
    return false;
  }
  out->assign(text);
  return true;
}

}  // namespace

bool JsonlDocumentParser::parse(std::string& line, Document* doc, std::string* error) {
  // simdjson reads up to SIMDJSON_PADDING bytes past the end; reserving them
  // here lets it parse in place instead of copying the line.
  if (line.capacity() < line.size() + simdjson::SIMDJSON_PADDING) line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  simdjson::dom::element root;
  if (auto code = parser_.parse(line).get(root); code != simdjson::SUCCESS) {
    *error = std::string("broken JSON: ") + simdjson::error_message(code);
    return false;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) {
    *error = "line is not a JSON object";
    return false;
  }
  std::string date;
  if (!read_string_field(object, "id", true, &doc->id, error) ||
      !read_string_field(object, "date", true, &date, error) ||
      !read_string_field(object, "text", true, &doc->text, error) ||
      !read_string_field(object, "title", false, &doc->title, error) ||
      !read_string_field(object, "url", false, &doc->url, error) ||
      !read_string_field(object, "source", false, &doc->source, error)) {
    return false;
  }
  if (doc->id.empty()) {
    *error = "field 'id' must not be empty";
    return false;
  }
  const auto day = iso_date_part(date);
  if (!day) {
    *error = "invalid date " + quoted_excerpt(date) + " (want YYYY-MM-DD)";
    return false;
  }
  doc->date.assign(*day);
  return true;
}

}  // namespace dyad
