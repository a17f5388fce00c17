#include "cli/code_command.h"

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <thread>

#include "cli/dictionary_options.h"
#include "cli/document_inputs.h"
#include "cli/ordered_pool.h"
#include "code/document_coder.h"
#include "code/event_coder.h"
#include "code/event_json.h"
#include "code/record_tree.h"
#include "dict/dictionary_set.h"
#include "io/document_reader.h"
#include "io/petrarch_xml.h"
#include "syntax/document_parser.h"
#include "syntax/ptb.h"

namespace dyad {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "AFP0808020625_4" -> ("AFP0808020625", 4); ids without a numeric suffix keep sentence 0.
std::pair<std::string, int> split_record_id(const std::string& id) {
  size_t us = id.find_last_of('_');
  if (us == std::string::npos || us + 1 >= id.size()) return {id, 0};
  int n = 0;
  for (size_t i = us + 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return {id, 0};
    n = n * 10 + (id[i] - '0');
  }
  return {id.substr(0, us), n};
}

struct CodedOutput {
  std::string text;
  std::string warnings;
  std::vector<std::string> unknown_actors;
};

class CodeWorker {
 public:
  CodeWorker(const FrontEndResources& resources, const EventCoder& coder, const Gazetteer* gazetteer)
      : coder_(resources, coder, gazetteer) {}
  CodedOutput operator()(Document& doc) {
    CodedOutput out;
    CodedDocument coded = coder_.code(doc);
    for (const std::string& w : coded.warnings) out.warnings += doc.origin + ": " + doc.id + ": " + w + "\n";
    for (const DocumentEvent& e : coded.events) append_document_event_json(e, doc.id, out.text);
    out.unknown_actors = std::move(coded.unknown_actors);
    return out;
  }

 private:
  DocumentCoder coder_;
};

// Most frequent first: the names worth adding to a dictionary.
void print_unknown_actors(const std::map<std::string, int64_t>& unknown, std::FILE* err) {
  std::vector<std::pair<int64_t, std::string>> sorted;
  for (const auto& [name, count] : unknown) sorted.emplace_back(-count, name);
  std::sort(sorted.begin(), sorted.end());
  std::fprintf(err, "unknown actors (subjects and objects no dictionary knows): %zu\n", sorted.size());
  for (const auto& [count, name] : sorted) std::fprintf(err, "%8lld  %s\n", static_cast<long long>(-count), name.c_str());
}

int code_xml(const std::string& path, const EventCoder& coder, const CodeCommandOptions& options, std::FILE* out,
             std::FILE* err) {
  PetrarchFile file;
  try {
    file = read_petrarch_xml(path);
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad code: %s\n", e.what());
    return 2;
  }
  int status = 0;
  for (const std::string& e : file.errors) {
    std::fprintf(err, "%s\n", e.c_str());
    status = 1;
  }
  Lemmatizer lemmatizer = Lemmatizer::load(default_wordnet_dir());
  SentenceCoding coding;
  std::string buffer;
  for (const PetrarchRecord& record : file.records) {
    if (!record.error.empty()) {
      std::fprintf(err, "%s\n", record.error.c_str());
      status = 1;
      if (options.strict) break;
      continue;
    }
    Tree tree;
    try {
      tree = record_tree(record, &lemmatizer);
    } catch (const PtbError& e) {
      std::fprintf(err, "%s:%u: record %s: %s\n", path.c_str(), record.line, record.id.c_str(), e.what());
      status = 1;
      if (options.strict) break;
      continue;
    }
    CoderOptions coder_options;
    coder_options.require_dyad = record.require_dyad;
    coder.code(tree, record.date, coder_options, coding);
    auto [doc_id, sentence] = split_record_id(record.id);
    std::string iso = record.date.to_iso();
    buffer.clear();
    for (const CodedEvent& e : coding.events)
      append_event_json(e, EventContext{doc_id, sentence, iso, record.text}, buffer);
    std::fwrite(buffer.data(), 1, buffer.size(), out);
  }
  return status;
}

}  // namespace

int run_code_command(const CodeCommandOptions& options, std::FILE* out, std::FILE* err) {
  if (options.format != "jsonl") {
    std::fprintf(err, "dyad code: unknown --format %s (supported: jsonl)\n", options.format.c_str());
    return 2;
  }
  std::shared_ptr<const DictionarySet> dictionaries;
  try {
    dictionaries = load_dictionaries(options.dictionaries, options.strict, options.quiet, err);
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad code: %s\n", e.what());
    return 2;
  }
  EventCoder coder(dictionaries);

  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  int status = 0;
  std::vector<std::string> text_inputs;
  for (const std::string& input : inputs) {
    if (ends_with(input, ".xml")) {
      status = std::max(status, code_xml(input, coder, options, out, err));
      if (status && options.strict) return status;
    } else {
      text_inputs.push_back(input);
    }
  }
  if (text_inputs.empty()) {
    std::fflush(out);
    return status;
  }

  std::unique_ptr<FrontEndResources> resources;
  std::unique_ptr<Gazetteer> gazetteer;
  try {
    resources = FrontEndResources::load_default();
    gazetteer = Gazetteer::load_default();
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad code: %s\n", e.what());
    return 2;
  }
  unsigned threads = worker_threads(options.threads);
  std::map<std::string, int64_t> unknown;  // --report-unknown: name -> sentences
  OrderedPool<Document, CodedOutput, CodeWorker> pool(
      threads, 4 * static_cast<size_t>(threads), [&] { return CodeWorker(*resources, coder, gazetteer.get()); },
      [&](CodedOutput&& coded) {
        if (!options.quiet) std::fputs(coded.warnings.c_str(), err);
        if (options.report_unknown)
          for (const std::string& name : coded.unknown_actors) ++unknown[name];
        std::fwrite(coded.text.data(), 1, coded.text.size(), out);
      });
  if (read_all_documents(text_inputs, options.date, options.strict,
                         [&](Document&& doc) { pool.submit(std::move(doc)); }, err))
    status = std::max(status, 1);
  pool.finish();
  std::fflush(out);
  if (options.report_unknown) print_unknown_actors(unknown, err);
  return status;
}

}  // namespace dyad
