#include "io/json_writer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(JsonWriter, WritesNestedRecordWithEscapes) {
  std::string out;
  JsonWriter w(&out);
  w.begin_object();
  w.key("doc_id");
  w.value("a\"b\\c\n");
  w.key("sentence");
  w.value(int64_t{3});
  w.key("goldstein");
  w.value(-4.5);
  w.key("location");
  w.null();
  w.key("tokens");
  w.begin_array();
  w.value("Minsk");
  w.value(std::string_view("\x01"));
  w.end_array();
  w.key("ok");
  w.value(true);
  w.end_object();
  EXPECT_EQ(out,
            R"({"doc_id":"a\"b\\c\n","sentence":3,"goldstein":-4.5,"location":null,)"
            R"("tokens":["Minsk","\u0001"],"ok":true})");
}

TEST(JsonWriter, KeepsUtf8AsIs) {
  std::string out;
  JsonWriter::write_string(&out, "Lukashenko’s «Minsk»");
  EXPECT_EQ(out, "\"Lukashenko’s «Minsk»\"");
}

}  // namespace
}  // namespace dyad
