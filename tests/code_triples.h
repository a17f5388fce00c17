// Test helper: the "source target code" triples `dyad code` (dyad's own dictionaries) finds in
// one sentence dated 2024-05-20, one per line, in output order.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "temp_path.h"

namespace dyad {

inline std::string triples(const std::string& sentence) {
  const std::string in = temp_path("triples_in.txt"), out = temp_path("triples_out.tsv");
  std::ofstream(in) << sentence << "\n";
  std::string cmd = std::string(DYAD_BINARY) + " code -q -j1 --format tsv --date 2024-05-20 " + in +
                    " | cut -f4,5,6 | tail -n +2 | tr '\\t' ' ' >" + out;
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream f(out);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace dyad
