#include "dict/dictionary_error.h"

#include <algorithm>

namespace dyad {
namespace {

// Messages quote entries as written: a stray '\r', NUL or other control character would
// break the one-line "file:line: message" (a NUL cuts it when printed), so they are escaped.
std::string one_line(std::string message) {
  auto is_control = [](char c) { return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f; };
  if (std::none_of(message.begin(), message.end(), is_control)) return message;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (char c : message) {
    const auto u = static_cast<unsigned char>(c);
    if (!is_control(c)) out += c;
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else (out += "\\x") += {kHex[u >> 4], kHex[u & 15]};
  }
  return out;
}

}  // namespace

uint32_t SourceFiles::add(std::string path) {
  for (uint32_t i = 0; i < paths_.size(); ++i)
    if (paths_[i] == path) return i;
  paths_.push_back(std::move(path));
  return static_cast<uint32_t>(paths_.size() - 1);
}

std::string SourceFiles::describe(SourceRef where) const {
  std::string_view path = where.file < paths_.size() ? std::string_view(paths_[where.file]) : "?";
  const size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  return std::string(path) + ":" + std::to_string(where.line);
}

DictionaryError::DictionaryError(std::string file, uint32_t line, std::string message)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + one_line(message)),
      file_(std::move(file)),
      line_(line),
      message_(one_line(std::move(message))) {}

DictionaryError::DictionaryError(std::string file, uint32_t line, uint32_t column, std::string message)
    : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + one_line(message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(one_line(std::move(message))) {}

}  // namespace dyad
