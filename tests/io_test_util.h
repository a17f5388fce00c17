// Helpers shared by the io_*_test.cc files: a scratch directory and a
// collector for read_documents() results.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/document_reader.h"

namespace dyad::testing_io {

// A fresh directory under the system temp dir, removed at destruction.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "dyad-io-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }

  std::string write(const std::string& name, const std::string& content) const {
    const std::filesystem::path file = path_ / name;
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
  std::string path(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct ReadResult {
  bool ok = false;
  std::vector<Document> documents;
  std::vector<ReadError> errors;

  std::vector<std::string> error_strings() const {
    std::vector<std::string> out;
    for (const ReadError& e : errors) out.push_back(e.to_string());
    return out;
  }
};

inline ReadResult read_all(const std::string& path, const ReadOptions& options = {}) {
  ReadResult result;
  result.ok = read_documents(
      path, options, [&](Document&& doc) { result.documents.push_back(std::move(doc)); },
      [&](const ReadError& error) { result.errors.push_back(error); });
  return result;
}

}  // namespace dyad::testing_io
