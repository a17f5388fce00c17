// The input side every document command shares (parse, code): read all input paths, report
// bad documents as "file:line: reason" on `err`, and hand each good one on.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "text/document.h"

namespace dyad {

// Reads `inputs` in order (`date` for .txt/.html), calling `submit` for each good document.
// With `strict`, stops at the first bad one. Returns true when any document was bad.
bool read_all_documents(const std::vector<std::string>& inputs, const std::string& date, bool strict,
                        const std::function<void(Document&&)>& submit, std::FILE* err);

// -j: the requested thread count, or one per core when 0.
unsigned worker_threads(unsigned requested);

}  // namespace dyad
