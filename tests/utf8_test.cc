#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ASCII text that is longer than eight bytes"));
  EXPECT_TRUE(is_valid_utf8("Lukashenko \xE2\x80\x9C" "friends\xE2\x80\x9D"));  // curly quotes
  EXPECT_TRUE(is_valid_utf8("\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA"));      // Минск
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6"));              // flag emoji
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));                              // U+10FFFF
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));                          // NUL is valid UTF-8
}

TEST(Utf8Test, ReportsOffsetOfFirstBadSequence) {
  struct Case {
    std::string text;
    size_t offset;
  };
  const Case cases[] = {
      {"abc\xFF", 3},                       // never valid byte
      {"abcdefghij\x80xyz", 10},            // lone continuation after the ASCII fast path
      {"ok \xC0\xAF", 3},                   // overlong '/'
      {"\xE0\x80\xAF", 0},                  // overlong 3-byte form
      {"x\xED\xA0\x80", 1},                 // surrogate U+D800
      {"\xF4\x90\x80\x80", 0},              // past U+10FFFF
      {"caf\xC3", 3},                       // truncated at the end
      {"\xE2\x80" "abc", 0},                // truncated in the middle
      {"Minsk \xE2\x80\x9Cok\xE2\x80\x9D \xF8", 15},
  };
  for (const Case& c : cases) {
    size_t offset = 999;
    EXPECT_FALSE(is_valid_utf8(c.text, &offset)) << c.text;
    EXPECT_EQ(offset, c.offset) << c.text;
  }
}

TEST(Utf8Test, FindsNulBytes) {
  EXPECT_EQ(find_nul_byte("no nul here"), std::string_view::npos);
  EXPECT_EQ(find_nul_byte(std::string_view("ab\0c", 4)), 2u);
}

}  // namespace
}  // namespace dyad
