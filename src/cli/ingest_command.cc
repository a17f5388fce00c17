#include "cli/ingest_command.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <memory>

#include "cli/dictionary_options.h"
#include "cli/document_inputs.h"
#include "cli/ordered_pool.h"
#include "code/document_coder.h"
#include "code/event_coder.h"
#include "dict/dictionary_set.h"
#include "resolve/gazetteer.h"
#include "store/article_similarity.h"
#include "store/event_store.h"
#include "syntax/document_parser.h"
#include "text/cleaner.h"

namespace dyad {
namespace {

struct CodedItem {
  IngestDocument document;
  std::string warnings;
};

// Per thread: codes a document and computes its MinHash signature.
class IngestWorker {
 public:
  IngestWorker(const FrontEndResources& resources, const EventCoder& coder, const Gazetteer* gazetteer)
      : coder_(resources, coder, gazetteer) {}
  CodedItem operator()(IngestDocument& in) {
    CodedItem out;
    out.document = std::move(in);
    IngestDocument& d = out.document;
    CodedDocument coded = coder_.code(d.doc);
    for (const std::string& w : coded.warnings) out.warnings += d.doc.origin + ": " + d.doc.id + ": " + w + "\n";
    d.events = std::move(coded.events);
    d.sentence_count = coded.sentence_count;
    d.signature = minhash_signature(clean_text(d.doc.text).text);
    d.doc.text.clear();  // not stored; free it before the document waits in the window
    d.doc.text.shrink_to_fit();
    return out;
  }

 private:
  DocumentCoder coder_;
};

struct IngestCounts {
  int64_t read = 0, stored = 0, near_duplicates = 0, same_id = 0, same_text = 0;
  int64_t mentions = 0, new_events = 0;
};

}  // namespace

void print_store_summary(const std::string& path, const StoreSummary& s, std::FILE* out) {
  std::fprintf(out, "store %s: %lld documents (%lld stories, %lld near-duplicates), %lld outlets, %lld events, "
               "%lld mentions",
               path.c_str(), static_cast<long long>(s.documents), static_cast<long long>(s.stories),
               static_cast<long long>(s.near_duplicates), static_cast<long long>(s.outlets),
               static_cast<long long>(s.events), static_cast<long long>(s.mentions));
  if (!s.first_date.empty()) std::fprintf(out, ", %s to %s", s.first_date.c_str(), s.last_date.c_str());
  std::fprintf(out, "\n  by quad class: %lld verbal cooperation, %lld material cooperation, %lld verbal conflict, "
               "%lld material conflict",
               static_cast<long long>(s.quad_events[1]), static_cast<long long>(s.quad_events[2]),
               static_cast<long long>(s.quad_events[3]), static_cast<long long>(s.quad_events[4]));
  if (s.quad_events[0]) std::fprintf(out, ", %lld other codes", static_cast<long long>(s.quad_events[0]));
  std::fprintf(out, "\n");
  if (!s.top_dyads.empty()) {
    std::fprintf(out, "  top dyads:");
    for (size_t i = 0; i < s.top_dyads.size(); ++i)
      std::fprintf(out, "%s %s (%lld)", i ? "," : "", s.top_dyads[i].first.c_str(),
                   static_cast<long long>(s.top_dyads[i].second));
    std::fprintf(out, "\n");
  }
}

int run_ingest_command(const IngestCommandOptions& options, std::FILE* out, std::FILE* err) {
  if (options.db.empty()) {
    std::fprintf(err, "dyad ingest: --db PATH is required\n");
    return 2;
  }
  auto started = std::chrono::steady_clock::now();
  std::unique_ptr<EventStore> store;
  std::shared_ptr<const DictionarySet> dictionaries;
  std::unique_ptr<FrontEndResources> resources;
  std::unique_ptr<Gazetteer> gazetteer;
  try {
    store = std::make_unique<EventStore>(options.db);
    dictionaries = load_dictionaries(options.dictionaries, options.strict, options.quiet, err);
    resources = FrontEndResources::load_default();
    gazetteer = Gazetteer::load_default();
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad ingest: %s\n", e.what());
    return 2;
  }
  EventCoder coder(dictionaries);

  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& input : inputs)
    if (input.size() >= 4 && input.compare(input.size() - 4, 4, ".xml") == 0) {
      std::fprintf(err, "dyad ingest: %s: PETRARCH XML records are sentences, not documents; use dyad code\n",
                   input.c_str());
      return 2;
    }

  IngestCounts counts;
  std::string store_error;
  int in_batch = 0;
  const int batch = std::max(1, options.batch);
  try {
    store->begin();
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad ingest: %s\n", e.what());
    return 2;
  }
  unsigned threads = worker_threads(options.threads);
  bool bad_documents = false;
  {
    OrderedPool<IngestDocument, CodedItem, IngestWorker> pool(
        threads, 4 * static_cast<size_t>(threads),
        [&] { return IngestWorker(*resources, coder, gazetteer.get()); },
        [&](CodedItem&& item) {
          if (!options.quiet) std::fputs(item.warnings.c_str(), err);
          if (!store_error.empty()) return;
          try {
            IngestResult r = store->add(item.document);
            switch (r.status) {
              case IngestStatus::kSameId: ++counts.same_id; return;
              case IngestStatus::kSameText: ++counts.same_text; return;
              case IngestStatus::kStored: break;
            }
            ++counts.stored;
            counts.near_duplicates += r.duplicate_of != 0;
            counts.mentions += r.mentions;
            counts.new_events += r.new_events;
            if (++in_batch >= batch) {
              store->commit();
              store->begin();
              in_batch = 0;
            }
          } catch (const std::exception& e) {
            store_error = e.what();
          }
        });
    bad_documents = read_all_documents(
        inputs, options.date, options.strict,
        [&](Document&& doc) {
          ++counts.read;
          if (!store_error.empty()) return;
          IngestDocument in;
          in.text_hash = content_hash(doc.text);
          try {
            // Skipped before coding: a re-run costs a lookup per document.
            if (store->has_document(doc.id)) {
              ++counts.same_id;
              return;
            }
            if (store->has_text(in.text_hash)) {
              ++counts.same_text;
              return;
            }
          } catch (const std::exception& e) {
            store_error = e.what();
            return;
          }
          in.doc = std::move(doc);
          pool.submit(std::move(in));
        },
        err);
    pool.finish();
  }
  if (store_error.empty()) {
    try {
      store->commit();
    } catch (const std::exception& e) {
      store_error = e.what();
    }
  }
  if (!store_error.empty()) {
    try {
      store->rollback();
    } catch (const std::exception&) {
    }
    std::fprintf(err, "dyad ingest: %s\n", store_error.c_str());
    return 2;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(out,
               "ingested %lld documents: %lld stored (near-duplicates of a stored story: %lld), %lld skipped as "
               "already stored (%lld same id, %lld same text); %lld mentions, %lld new events; %.2f s, %.0f "
               "mentions/s\n",
               static_cast<long long>(counts.read), static_cast<long long>(counts.stored),
               static_cast<long long>(counts.near_duplicates),
               static_cast<long long>(counts.same_id + counts.same_text), static_cast<long long>(counts.same_id),
               static_cast<long long>(counts.same_text), static_cast<long long>(counts.mentions),
               static_cast<long long>(counts.new_events), seconds, seconds > 0 ? counts.mentions / seconds : 0.0);
  try {
    print_store_summary(options.db, store->summary(), out);
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad ingest: %s\n", e.what());
    return 2;
  }
  std::fflush(out);
  return bad_documents ? 1 : 0;
}

}  // namespace dyad
