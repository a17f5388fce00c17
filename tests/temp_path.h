// A file name in GoogleTest's temporary directory that no other test process uses: ctest runs
// every test in a process of its own, several at once (-j), all sharing one TempDir().
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

namespace dyad {

inline std::string temp_path(const std::string& name) {
  return testing::TempDir() + "/" + std::to_string(::getpid()) + "_" + name;
}

}  // namespace dyad
