// Where dyad finds the data built with it (tagger model and other compiled resources).
#pragma once

#include <string>

namespace dyad {

// The environment variable DYAD_DATA_DIR when set and non-empty, otherwise the build's data
// directory (the compile definition DYAD_DATA_BUILD_DIR).
std::string default_data_dir();

}  // namespace dyad
