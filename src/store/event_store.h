// EventStore: the embedded SQLite event store (docs/store.md has the schema).
//
// Documents go in with add(), each with the events the coder found in it. The store
//  - skips a document whose id or whose text (content_hash) it already holds, so re-running
//    an ingest over the same files changes nothing;
//  - files a document whose MinHash signature is close to a stored one
//    (store/article_similarity.h) under that document's story: a syndicated copy;
//  - merges events of the same date, source, target and code into one event, and every
//    mention (document, sentence, evidence) links to its event. A syndicated copy's events
//    join its story's events of the same source, target and code even when their dates
//    differ (a copy printed a day later dates an undated event a day later), so the copy
//    adds mentions, not events;
//  - keeps per event the counts num_mentions (mentions), num_articles (documents),
//    num_sources (distinct outlets) and num_stories (distinct stories: syndicated copies of
//    one story count once).
// Writes happen inside begin()/commit(): a batch of documents is one transaction, so a
// killed ingest leaves the store as it was after the last committed batch (WAL journal).
// One EventStore per thread; several processes may read while one writes.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "code/document_coder.h"
#include "store/article_similarity.h"
#include "text/document.h"

namespace dyad {

// "PATH: reason" for a store that cannot be opened, read or written.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What the ingest hands the store for one document.
struct IngestDocument {
  Document doc;                      // id, date, title, url, source (outlet), origin
  std::string text_hash;             // content_hash(doc.text)
  MinHashSignature signature;        // minhash_signature(cleaned text), may be empty
  std::vector<DocumentEvent> events;
  int32_t sentence_count = 0;
};

enum class IngestStatus { kStored, kSameId, kSameText };

struct IngestResult {
  IngestStatus status = IngestStatus::kStored;
  int64_t document = 0;      // row id of the stored document (0 when skipped)
  int64_t story = 0;         // row id of the story's first document (== document if new story)
  int64_t duplicate_of = 0;  // the near-duplicate it matched, 0 when none
  double similarity = 0;     // estimated similarity to duplicate_of
  int new_events = 0;        // events created by this document
  int mentions = 0;          // mentions stored
};

struct StoredPlace {
  std::string name;     // gazetteer name
  int64_t geonameid = 0;
  double lat = 0, lon = 0;
  std::string country;  // ISO3
  std::string feature;  // GeoNames feature code (PCLI for a country)
};

// One mention: where an event was reported.
struct StoredMention {
  int64_t id = 0;
  int64_t event = 0;
  std::string doc_id, url, outlet, doc_date;
  int64_t story = 0;
  int32_t sentence = 0;
  std::string text;       // the sentence
  std::string date_text;  // the date expression, empty if none
  EventEvidence evidence;
  std::string place_text; // the place as written, empty if none
};

struct StoredEvent {
  int64_t id = 0;
  std::string date, source, target, code, root_code;
  std::optional<int> quad_class;     // none for a code outside CAMEO
  std::optional<double> goldstein;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0, num_stories = 0;
  bool is_root = false;              // some mention is in a document's first sentence
  std::optional<StoredPlace> place;
  std::string added_at;              // "YYYY-MM-DD HH:MM:SS" UTC
  // The first mention (filled only when EventQuery::details is set).
  std::optional<StoredMention> first;
};

// Filters of `dyad query`; empty strings and 0 mean "any". Actor codes match by prefix
// ("USA" matches USA, USAGOV, USAMIL...), as does the event code ("19" matches 19, 190, 1951).
struct EventQuery {
  std::string actor;                        // source or target
  std::string dyad_source, dyad_target;     // source and target (both set, or neither)
  bool both_directions = false;             // the dyad in either direction
  std::string code_prefix;
  std::string root;                         // two-digit root, exact
  int quad = 0;                             // 1..4
  std::string from, to;                     // YYYY-MM-DD, inclusive
  std::string place;                        // gazetteer name (any case), ISO3 country or geonameid
  int64_t limit = -1;                       // < 0: no limit
  bool details = true;                      // join the first mention
};

struct StoreSummary {
  int64_t documents = 0, near_duplicates = 0, stories = 0, outlets = 0;
  int64_t events = 0, mentions = 0;
  std::string first_date, last_date;
  int64_t quad_events[5] = {0, 0, 0, 0, 0};  // [0]: codes outside CAMEO
  std::vector<std::pair<std::string, int64_t>> top_dyads;  // "SRC,TGT" -> events
};

class EventStore {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens the store at `path`, creating it (and its schema) in kReadWrite mode. Throws
  // StoreError when it cannot, or when the file is not a dyad store of this schema version.
  explicit EventStore(const std::string& path, Mode mode = Mode::kReadWrite);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  static constexpr int kSchemaVersion = 1;

  bool has_document(std::string_view doc_id);
  bool has_text(std::string_view text_hash);

  // One write transaction; add() must be called inside one.
  void begin();
  void commit();
  void rollback();
  bool in_transaction() const;

  IngestResult add(const IngestDocument& document);

  // Calls `fn` for every matching event, ordered by date then id, until it returns false.
  void for_each_event(const EventQuery& query, const std::function<bool(const StoredEvent&)>& fn);

  // Every mention of `event`, in the order they were stored.
  std::vector<StoredMention> mentions(int64_t event);

  StoreSummary summary(int top_dyads = 5);

  const std::string& path() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The smallest string above every string starting with `prefix` ("USA" -> "USB"); empty
// when there is none (prefix empty or all 0xFF bytes).
std::string prefix_upper_bound(std::string_view prefix);

}  // namespace dyad
