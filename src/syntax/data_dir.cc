#include "syntax/data_dir.h"

#include <cstdlib>

namespace dyad {

std::string default_data_dir() {
  const char* env = std::getenv("DYAD_DATA_DIR");
  if (env != nullptr && *env != '\0') return env;
  return DYAD_DATA_BUILD_DIR;
}

}  // namespace dyad
