// A minimal streaming JSON writer for dyad's output records (one object per line).
// It writes straight into a caller-owned std::string so a record costs no allocation once
// the buffer has grown. Strings are escaped per RFC 8259; input must be valid UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);
  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(int64_t n);
  void value(double d);
  void value(bool b);
  void null();

  // Writes `s` as a JSON string literal (quotes included) to `out`.
  static void write_string(std::string* out, std::string_view s);

 private:
  void separate();
  std::string* out_;
  bool need_comma_ = false;
};

}  // namespace dyad
