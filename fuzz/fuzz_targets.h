// dyad's fuzz targets: one function per input format, each taking arbitrary bytes.
//
// Every target feeds the bytes to one reader, then checks the contract its header states
// (offsets in range, spans ordered, round trips exact) and aborts with a message when it
// does not hold, so a violated invariant is a crash to libFuzzer just like a memory error.
// Targets return 0 and keep no state between calls except caches built on first use.
//
// Two builds use these files (cmake/fuzz.cmake):
//   - libFuzzer (clang, DYAD_FUZZ=ON): fuzz/<name>_fuzz.cc -> dyad-fuzz-<name>, whose
//     LLVMFuzzerTestOneInput calls the target;
//   - the smoke test (any compiler, tests/fuzz_smoke_test.cc): all targets linked into one
//     GoogleTest with DYAD_FUZZ_SMOKE defined, which leaves LLVMFuzzerTestOneInput out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace dyad::fuzz {

int jsonl_reader(const uint8_t* data, size_t size);   // io/document_reader.h on a .jsonl file
int html_reader(const uint8_t* data, size_t size);    // io/html_text.h, and the .html reader
int text(const uint8_t* data, size_t size);           // cleaner, sentence splitter, tokenizer
int ptb(const uint8_t* data, size_t size);            // syntax/ptb.h read/write round trip
int petrarch_xml(const uint8_t* data, size_t size);   // io/petrarch_xml.h + record trees
int dict_verbs(const uint8_t* data, size_t size);     // dict/verb_dictionary.h
int dict_actors(const uint8_t* data, size_t size);    // dict/actor_dictionary.h
int dict_agents(const uint8_t* data, size_t size);    // dict/agent_dictionary.h
int dict_discards(const uint8_t* data, size_t size);  // dict/discard_dictionary.h
int dict_issues(const uint8_t* data, size_t size);    // dict/issue_dictionary.h
int date_expression(const uint8_t* data, size_t size);  // resolve/date_expression.h
int dict_native(const uint8_t* data, size_t size);    // dict/native_*.h, then an EventCoder on it

struct Target {
  const char* name;  // also the corpus folder fuzz/corpus/<name>/
  int (*run)(const uint8_t*, size_t);
};

inline constexpr Target kTargets[] = {
    {"jsonl", jsonl_reader},       {"html", html_reader},
    {"text", text},                {"ptb", ptb},
    {"petrarch_xml", petrarch_xml}, {"dict_verbs", dict_verbs},
    {"dict_actors", dict_actors},  {"dict_agents", dict_agents},
    {"dict_discards", dict_discards}, {"dict_issues", dict_issues},
    {"date_expression", date_expression}, {"dict_native", dict_native},
};

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A broken invariant: report it and crash, so the fuzzer keeps the input.
[[noreturn]] inline void fail(const char* target, const char* what) {
  std::fprintf(stderr, "fuzz %s: invariant broken: %s\n", target, what);
  std::abort();
}

}  // namespace dyad::fuzz

// Defines the libFuzzer entry point for one target, unless building the smoke test.
#ifdef DYAD_FUZZ_SMOKE
#define DYAD_FUZZ_ENTRY(function)
#else
#define DYAD_FUZZ_ENTRY(function)                                                   \
  extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {         \
    return dyad::fuzz::function(data, size);                                        \
  }
#endif
