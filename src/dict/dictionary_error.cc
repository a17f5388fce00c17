#include "dict/dictionary_error.h"

namespace dyad {

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
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + message),
      file_(std::move(file)),
      line_(line),
      message_(std::move(message)) {}

DictionaryError::DictionaryError(std::string file, uint32_t line, uint32_t column, std::string message)
    : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(std::move(message)) {}

}  // namespace dyad
