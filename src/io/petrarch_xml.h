// PETRARCH XML records: the input format of PETRARCH's batch mode and validation suite.
//
//   <Validation> <Environment> <Verbfile>F</Verbfile> <Actorfile>F</Actorfile> ...
//     <Include>CAT ...</Include> </Environment>
//   <Sentences>
//     <Config option="require_dyad" value="false"></Config>   (applies to later records)
//     <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
//       <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>  (0 or more;
//         or noevents="True", or error="sentencediscard")
//       <Text> ... </Text> <Parse> (ROOT ...) </Parse>
//     </Sentence> ...
// Attributes may have blanks around `=` (GigaWord sample). Comments <!-- --> are skipped.
// A broken record (missing </Sentence>, bad date, missing <Parse>) does not stop reading:
// it is kept with `error` set to "file:line: message" and the rest continue.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dict/date.h"

namespace dyad {

struct PetrarchCoding {
  std::string source, target, code;
  bool noevents = false;
  std::string error;  // "sentencediscard", "bad_input_parse", ... empty when none
};

struct PetrarchRecord {
  std::string id;
  std::string category;
  std::string date_text;  // as written, YYYYMMDD
  Date date;
  std::string text;   // whitespace-collapsed
  std::string parse;  // the bracketed tree as written
  std::vector<PetrarchCoding> gold;
  bool require_dyad = true;   // <Config option="require_dyad"> in force at this record
  uint32_t line = 0;          // line of <Sentence
  std::string error;          // "file:line: message" for a malformed record
};

struct PetrarchEnvironment {
  std::vector<std::string> verb_files, actor_files, agent_files, discard_files, issue_files;
  std::vector<std::string> include;  // <Include> categories; empty = all
  bool has_environment = false;
};

struct PetrarchFile {
  PetrarchEnvironment environment;
  std::vector<PetrarchRecord> records;
  std::vector<std::string> errors;  // file-level problems, "file:line: message"
};

PetrarchFile parse_petrarch_xml(std::string_view xml, const std::string& file_name);
// Throws std::runtime_error("path: reason") when the file cannot be read.
PetrarchFile read_petrarch_xml(const std::string& path);

// Streaming, so records can be coded while the rest of the file is parsed: `on_record` gets
// each record, in file order, as soon as it is complete; returning false stops parsing there.
// The result holds the environment and the file-level errors, no records.
PetrarchFile parse_petrarch_xml(std::string_view xml, const std::string& file_name,
                                const std::function<bool(PetrarchRecord&&)>& on_record);
// The bytes of a file; throws std::runtime_error("path: reason") when it cannot be read.
std::string read_petrarch_bytes(const std::string& path);
// The name messages give a file: its last path component.
std::string petrarch_file_name(const std::string& path);
// The number of <Sentence> elements, counted without parsing (for progress and reserving).
size_t count_petrarch_records(std::string_view xml);

}  // namespace dyad
