#include "cli/document_inputs.h"

#include <algorithm>
#include <thread>

#include "io/document_reader.h"

namespace dyad {

bool read_all_documents(const std::vector<std::string>& inputs, const std::string& date, bool strict,
                        const std::function<void(Document&&)>& submit, std::FILE* err) {
  ReadOptions read_options;
  read_options.date = date;
  bool had_errors = false;
  bool stop = false;
  for (const std::string& input : inputs) {
    if (stop) break;
    read_documents(
        input, read_options,
        [&](Document&& doc) {
          if (!stop) submit(std::move(doc));
        },
        [&](const ReadError& e) {
          had_errors = true;
          std::fprintf(err, "%s\n", e.to_string().c_str());
          if (strict) stop = true;
        });
  }
  return had_errors;
}

unsigned worker_threads(unsigned requested) {
  return requested ? requested : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace dyad
