#include "cli/document_inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <thread>

#include "io/document_reader.h"

namespace dyad {

bool read_all_documents(const std::vector<std::string>& inputs, const std::string& date, bool strict,
                        const std::function<void(Document&&)>& submit, std::FILE* err,
                        uint64_t* bytes_read, const std::function<void()>& before_report) {
  ReadOptions read_options;
  read_options.date = date;
  uint64_t file_bytes = 0;   // of the current input
  uint64_t done_bytes = 0;   // of the inputs before it
  if (bytes_read) read_options.bytes_read = &file_bytes;
  bool had_errors = false;
  bool stop = false;
  for (const std::string& input : inputs) {
    if (stop) break;
    file_bytes = 0;
    read_documents(
        input, read_options,
        [&](Document&& doc) {
          if (bytes_read) *bytes_read = done_bytes + file_bytes;
          if (!stop) submit(std::move(doc));
        },
        [&](const ReadError& e) {
          if (stop) return;  // --strict: the run ended at the first bad document
          had_errors = true;
          if (before_report) before_report();
          std::fprintf(err, "%s\n", e.to_string().c_str());
          if (strict) stop = true;
        });
    done_bytes += std::max(file_bytes, input_bytes({input}));
  }
  return had_errors;
}

uint64_t input_bytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    struct stat info;
    if (input == "-" || ::stat(input.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return 0;
    total += static_cast<uint64_t>(info.st_size);
  }
  return total;
}

unsigned worker_threads(unsigned requested) {
  return requested ? requested : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace dyad
