#include "cli/code_command.h"

#include <algorithm>
#include <exception>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <thread>

#include "cli/dictionary_options.h"
#include "cli/document_inputs.h"
#include "cli/ordered_pool.h"
#include "cli/progress.h"
#include "code/document_coder.h"
#include "code/event_coder.h"
#include "code/document_event_formats.h"
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
  int64_t sentences = 0;
  int64_t events = 0;
};

class CodeWorker {
 public:
  CodeWorker(const FrontEndResources& resources, const EventCoder& coder, const Gazetteer* gazetteer,
             EventFormat format)
      : coder_(resources, coder, gazetteer), format_(format) {}
  CodedOutput operator()(Document& doc) {
    CodedOutput out;
    CodedDocument coded = coder_.code(doc);
    for (const std::string& w : coded.warnings) out.warnings += doc.origin + ": " + doc.id + ": " + w + "\n";
    for (const DocumentEvent& e : coded.events) append_document_event(e, doc.id, format_, out.text);
    out.unknown_actors = std::move(coded.unknown_actors);
    out.sentences = coded.sentence_count;
    out.events = static_cast<int64_t>(coded.events.size());
    return out;
  }

 private:
  DocumentCoder coder_;
  EventFormat format_;
};

// Most frequent first: the names worth adding to a dictionary.
void print_unknown_actors(const std::map<std::string, int64_t>& unknown, std::FILE* err) {
  std::vector<std::pair<int64_t, std::string>> sorted;
  for (const auto& [name, count] : unknown) sorted.emplace_back(-count, name);
  std::sort(sorted.begin(), sorted.end());
  std::fprintf(err, "unknown actors (subjects and objects no dictionary knows): %zu\n", sorted.size());
  for (const auto& [count, name] : sorted) std::fprintf(err, "%8lld  %s\n", static_cast<long long>(-count), name.c_str());
}

// The output of one PETRARCH record, coded on a pool thread.
struct RecordOutput {
  std::string text;
  std::string error;  // the record could not be coded
  std::string warning;  // coded, but the pattern search hit its cap (code/event_coder.h)
  int64_t events = 0;
  std::string doc_id;
};

class RecordWorker {
 public:
  RecordWorker(const EventCoder& coder, const Lemmatizer& lemmatizer, const std::string& path, EventFormat format)
      : coder_(coder), lemmatizer_(lemmatizer), path_(path), format_(format) {}
  // Records are small (tens of microseconds each): a job is a batch of them, so handing jobs
  // between threads costs little next to the work.
  std::vector<RecordOutput> operator()(std::span<const PetrarchRecord> records) {
    std::vector<RecordOutput> out;
    out.reserve(records.size());
    for (const PetrarchRecord& record : records) out.push_back(code(&record));
    return out;
  }

 private:
  RecordOutput code(const PetrarchRecord* record) {
    RecordOutput out;
    if (!record->error.empty()) {
      out.error = record->error;
      return out;
    }
    Tree tree;
    try {
      tree = record_tree(*record, &lemmatizer_);
    } catch (const PtbError& e) {
      out.error = path_ + ":" + std::to_string(record->line) + ": record " + record->id + ": " + e.what();
      return out;
    }
    CoderOptions coder_options;
    coder_options.require_dyad = record->require_dyad;
    coder_.code(tree, record->date, coder_options, coding_);
    if (coding_.pattern_search_stopped)
      out.warning = path_ + ":" + std::to_string(record->line) + ": record " + record->id +
                    ": pattern search stopped at the cap of " + std::to_string(coder_options.max_pattern_attempts) +
                    " attempts; its later verbs are not coded";
    auto [doc_id, sentence] = split_record_id(record->id);
    std::string iso = record->date.to_iso();
    for (const CodedEvent& e : coding_.events) {
      if (format_ == EventFormat::kJsonl) {
        append_event_json(e, EventContext{doc_id, sentence, iso, record->text}, out.text);
      } else {
        DocumentEvent event{e, sentence, iso, {}, std::nullopt, record->text};
        append_document_event(event, doc_id, format_, out.text);
      }
    }
    out.events = static_cast<int64_t>(coding_.events.size());
    out.doc_id = std::move(doc_id);
    return out;
  }

  const EventCoder& coder_;
  const Lemmatizer& lemmatizer_;
  const std::string& path_;
  EventFormat format_;
  SentenceCoding coding_;
};

// Records are coded on `threads` threads and written in record order; with --strict nothing
// after the first bad record is written, as in a one-thread run.
int code_xml(const std::string& path, const EventCoder& coder, const Lemmatizer& lemmatizer,
             const CodeCommandOptions& options, EventFormat format, unsigned threads, Progress& progress,
             std::FILE* out, std::FILE* err) {
  std::string xml;
  try {
    xml = read_petrarch_bytes(path);
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad code: %s\n", e.what());
    return 2;
  }
  const size_t expected_records = count_petrarch_records(xml);  // for progress
  int status = 0;
  bool stopped = false;
  uint64_t coded = 0;
  std::string last_doc;
  // Records are parsed on this thread while the pool codes the ones before them (parsing is a
  // sixth of the work: done first, it ran alone); a job is a batch of records.
  constexpr size_t kRecordsPerJob = 32;
  OrderedPool<std::vector<PetrarchRecord>, std::vector<RecordOutput>, RecordWorker> pool(
      threads, 8 * static_cast<size_t>(threads), [&] { return RecordWorker(coder, lemmatizer, path, format); },
      [&](std::vector<RecordOutput>&& batch) {
        for (RecordOutput& record : batch) {
          if (stopped) return;
          progress.set_done(++coded, expected_records);
          if (!record.error.empty()) {
            progress.clear();
            std::fprintf(err, "%s\n", record.error.c_str());
            status = 1;
            if (options.strict) stopped = true;
            continue;
          }
          if (!record.warning.empty() && !options.quiet) {
            progress.clear();
            std::fprintf(err, "%s\n", record.warning.c_str());
          }
          // Records are sentences; consecutive records of one story ("ID_1", "ID_2") are a document.
          progress.add(record.doc_id != last_doc ? 1 : 0, 1, record.events);
          last_doc = std::move(record.doc_id);
          std::fwrite(record.text.data(), 1, record.text.size(), out);
        }
      });
  std::vector<PetrarchRecord> batch;
  const PetrarchFile file = parse_petrarch_xml(xml, petrarch_file_name(path), [&](PetrarchRecord&& record) {
    batch.push_back(std::move(record));
    if (batch.size() == kRecordsPerJob) {
      pool.submit(std::move(batch));
      batch.clear();  // moved from
    }
    return !stopped;
  });
  if (!batch.empty() && !stopped) pool.submit(std::move(batch));
  pool.finish();
  // File-level problems (an <EventCoding> outside any record) are known once it is parsed.
  for (const std::string& e : file.errors) {
    progress.clear();
    std::fprintf(err, "%s\n", e.c_str());
    status = 1;
  }
  return status;
}

}  // namespace

int run_code_command(const CodeCommandOptions& options, std::FILE* out, std::FILE* err) {
  EventFormat format;
  if (!parse_event_format(options.format, &format)) {
    std::fprintf(err, "dyad code: unknown --format %s (supported: jsonl, tsv, csv, text)\n", options.format.c_str());
    return 2;
  }
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  std::vector<std::string> xml_inputs, text_inputs;
  for (const std::string& input : inputs) (ends_with(input, ".xml") ? xml_inputs : text_inputs).push_back(input);

  // Start-up: the front end (tagger, WordNet) loads on a second thread while the dictionaries
  // and the gazetteer load on this one, so it takes the longer of the two, not their sum.
  // XML records need only WordNet: the front end's when there is one, else their own.
  std::future<std::unique_ptr<FrontEndResources>> front_end;
  std::future<Lemmatizer> wordnet;
  if (!text_inputs.empty())
    front_end = std::async(std::launch::async, [] { return FrontEndResources::load_default(); });
  else if (!xml_inputs.empty())
    wordnet = std::async(std::launch::async, [] { return Lemmatizer::load(default_wordnet_dir()); });
  std::shared_ptr<const DictionarySet> dictionaries;
  std::unique_ptr<FrontEndResources> resources;
  std::unique_ptr<Gazetteer> gazetteer;
  std::optional<Lemmatizer> own_lemmatizer;
  try {
    dictionaries = load_dictionaries(options.dictionaries, options.strict, options.quiet, err);
    if (front_end.valid()) {
      gazetteer = Gazetteer::load_default();
      resources = front_end.get();
    }
    if (wordnet.valid()) own_lemmatizer.emplace(wordnet.get());
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad code: %s\n", e.what());
    return 2;  // (a pending front_end is waited for by its destructor)
  }
  EventCoder coder(dictionaries);

  const unsigned threads = worker_threads(options.threads);
  Progress progress = make_terminal_progress(err, options.quiet);  // starts once resources are loaded

  const std::string header = document_event_header(format);
  std::fwrite(header.data(), 1, header.size(), out);
  int status = 0;
  for (const std::string& input : xml_inputs) {
    const Lemmatizer& lemmatizer = resources ? resources->lemmatizer : *own_lemmatizer;
    status = std::max(status, code_xml(input, coder, lemmatizer, options, format, threads, progress, out, err));
    if (status && options.strict) {
      progress.finish();
      return status;
    }
  }
  if (!text_inputs.empty()) {
    const uint64_t total_bytes = input_bytes(text_inputs);
    uint64_t bytes_read = 0;
    std::map<std::string, int64_t> unknown;  // --report-unknown: name -> sentences
    // 16 documents a thread in flight, and at most 32 MiB of text a thread (documents may be
    // up to 16 MiB): the pool hands work over in batches of half that (ordered_pool.h).
    OrderedPool<Document, CodedOutput, CodeWorker> pool(
        threads, 16 * static_cast<size_t>(threads), [&] { return CodeWorker(*resources, coder, gazetteer.get(), format); },
        [&](CodedOutput&& coded) {
          if (!options.quiet && !coded.warnings.empty()) {
            progress.clear();
            std::fputs(coded.warnings.c_str(), err);
          }
          if (options.report_unknown)
            for (const std::string& name : coded.unknown_actors) ++unknown[name];
          std::fwrite(coded.text.data(), 1, coded.text.size(), out);
          progress.set_done(bytes_read, total_bytes);
          progress.add(1, coded.sentences, coded.events);
        },
        (uint64_t{32} << 20) * threads);
    if (read_all_documents(text_inputs, options.date, options.strict,
                           [&](Document&& doc) {
                             const uint64_t bytes = doc.text.size();
                             pool.submit(std::move(doc), bytes);
                           }, err, &bytes_read, [&] { progress.clear(); }))
      status = std::max(status, 1);
    pool.finish();
    progress.clear();
    if (options.report_unknown) print_unknown_actors(unknown, err);
  }
  std::fflush(out);
  progress.finish();
  return status;
}

}  // namespace dyad
