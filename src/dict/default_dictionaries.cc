#include "dict/default_dictionaries.h"

#include <filesystem>

#include "dict/native_directory.h"
#include "syntax/data_dir.h"

namespace dyad {

std::string default_dictionary_dir() {
  // The build's data/dict is a link to the sources: name the files users edit.
  const std::string dir = default_data_dir() + "/dict";
  std::error_code ec;
  std::filesystem::path real = std::filesystem::canonical(dir, ec);
  return ec ? dir : real.string();
}

DictionarySet load_default_dictionaries(Reporter& reporter) {
  return load_native_directory(default_dictionary_dir(), reporter);
}

}  // namespace dyad
