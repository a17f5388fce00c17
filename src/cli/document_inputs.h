// The input side every document command shares (parse, code): read all input paths, report
// bad documents as "file:line: reason" on `err`, and hand each good one on.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "text/document.h"

namespace dyad {

// Reads `inputs` in order (`date` for .txt/.html), calling `submit` for each good document.
// With `strict`, stops at the first bad one. Returns true when any document was bad.
// When `bytes_read` is set, it holds the bytes of all inputs read so far whenever `submit` runs.
// `before_report`, when set, runs before each report is written (to erase a progress line).
bool read_all_documents(const std::vector<std::string>& inputs, const std::string& date, bool strict,
                        const std::function<void(Document&&)>& submit, std::FILE* err,
                        uint64_t* bytes_read = nullptr, const std::function<void()>& before_report = {});

// The total size of `inputs` in bytes, or 0 when one is not a regular file (stdin, a pipe).
uint64_t input_bytes(const std::vector<std::string>& inputs);

// -j: the requested thread count, or one per core when 0.
unsigned worker_threads(unsigned requested);

}  // namespace dyad
