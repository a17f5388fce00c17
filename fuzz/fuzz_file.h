// A scratch file per process for targets whose reader takes a path (io/document_reader.h).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace dyad::fuzz {

// Writes `bytes` to <dir>/dyad_fuzz_<pid>_<stem>.<extension> and returns its path; the file is
// rewritten on every call and removed at exit. <dir> is /dev/shm when there is one: truncating
// a file on a disk mounted with online discard costs milliseconds, on tmpfs microseconds.
inline const std::string& write_scratch_file(std::string_view stem, std::string_view extension,
                                             std::string_view bytes) {
  struct Scratch {
    std::string path;
    ~Scratch() {
      if (!path.empty()) std::remove(path.c_str());
    }
  };
  static thread_local Scratch scratch;
  static const std::filesystem::path dir = std::filesystem::is_directory("/dev/shm")
                                              ? std::filesystem::path("/dev/shm")
                                              : std::filesystem::temp_directory_path();
  std::string wanted = (dir /
                        ("dyad_fuzz_" + std::to_string(::getpid()) + "_" + std::string(stem) + "." +
                         std::string(extension)))
                           .string();
  if (scratch.path != wanted) {
    if (!scratch.path.empty()) std::remove(scratch.path.c_str());
    scratch.path = std::move(wanted);
  }
  std::FILE* f = std::fopen(scratch.path.c_str(), "wb");
  if (f == nullptr) {
    std::perror(scratch.path.c_str());
    std::abort();
  }
  if (!bytes.empty()) std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  return scratch.path;
}

}  // namespace dyad::fuzz
