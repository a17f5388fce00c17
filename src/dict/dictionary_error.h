// Where dictionary entries come from, and how malformed entries are reported.
//
// Every entry keeps a SourceRef (file index + 1-based line) so evidence can name the rule
// that fired ("CAMEO.2.0.txt:1234"). Readers report each malformed entry to a Reporter:
// ThrowingReporter (the default of the loaders) stops at the first error by throwing a
// DictionaryError whose what() is "file:line: message"; CollectingReporter keeps every
// error so a lint command can list them all, and reading goes on with the next entry
// (the bad entry is dropped, or recovered as the reader's header documents).
// Control characters in a message (quoted entry text) are escaped (\r, \x00), so every
// error prints as one line.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct SourceRef {
  uint32_t file = 0;  // index into the owning dictionary's SourceFiles
  uint32_t line = 0;  // 1-based
};

// The files a dictionary was read from.
class SourceFiles {
 public:
  uint32_t add(std::string path);
  const std::string& path(uint32_t index) const { return paths_[index]; }
  size_t size() const { return paths_.size(); }
  // "BASENAME:LINE", e.g. "CAMEO.2.0.txt:1234"; used as evidence.rule.
  std::string describe(SourceRef where) const;

 private:
  std::vector<std::string> paths_;
};

class DictionaryError : public std::runtime_error {
 public:
  DictionaryError(std::string file, uint32_t line, std::string message);
  // With a 1-based column (characters of the line), what() is "file:line:column: message".
  DictionaryError(std::string file, uint32_t line, uint32_t column, std::string message);
  const std::string& file() const { return file_; }
  uint32_t line() const { return line_; }
  uint32_t column() const { return column_; }  // 0 when the error has none
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  uint32_t line_;
  uint32_t column_ = 0;
  std::string message_;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Called once per malformed entry. May throw to stop reading.
  virtual void report(const DictionaryError& error) = 0;
};

class ThrowingReporter final : public Reporter {
 public:
  void report(const DictionaryError& error) override { throw error; }
};

class CollectingReporter final : public Reporter {
 public:
  void report(const DictionaryError& error) override { errors.push_back(error); }
  std::vector<DictionaryError> errors;
};

}  // namespace dyad
