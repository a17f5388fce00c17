#include "io/json_writer.h"

#include <charconv>
#include <cmath>

namespace dyad {

void JsonWriter::separate() {
  if (need_comma_) out_->push_back(',');
  need_comma_ = true;
}

void JsonWriter::begin_object() {
  separate();
  out_->push_back('{');
  need_comma_ = false;
}

void JsonWriter::end_object() {
  out_->push_back('}');
  need_comma_ = true;
}

void JsonWriter::begin_array() {
  separate();
  out_->push_back('[');
  need_comma_ = false;
}

void JsonWriter::end_array() {
  out_->push_back(']');
  need_comma_ = true;
}

void JsonWriter::key(std::string_view name) {
  separate();
  write_string(out_, name);
  out_->push_back(':');
  need_comma_ = false;
}

void JsonWriter::value(std::string_view s) {
  separate();
  write_string(out_, s);
}

void JsonWriter::value(int64_t n) {
  separate();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_->append(buf, r.ptr);
}

void JsonWriter::value(double d) {
  separate();
  if (!std::isfinite(d)) {
    out_->append("null");
    return;
  }
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  out_->append(buf, r.ptr);
}

void JsonWriter::value(bool b) {
  separate();
  out_->append(b ? "true" : "false");
}

void JsonWriter::null() {
  separate();
  out_->append("null");
}

void JsonWriter::write_string(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the current stretch that needs no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

}  // namespace dyad
