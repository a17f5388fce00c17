// dyad's default dictionaries: the native files of data/dict (docs/dictionaries.md),
// found at run time in <data dir>/dict, where the data dir is $DYAD_DATA_DIR or the build's
// data folder (syntax/data_dir.h). cmake/dictionaries.cmake links the build's data/dict to
// the source tree's, so an edited dictionary takes effect without rebuilding.
#pragma once

#include <string>

#include "dict/dictionary_set.h"

namespace dyad {

std::string default_dictionary_dir();  // default_data_dir() + "/dict", links resolved

// Loads default_dictionary_dir() with load_native_directory; errors go to `reporter`.
DictionarySet load_default_dictionaries(Reporter& reporter);

}  // namespace dyad
