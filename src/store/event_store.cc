#include "store/event_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <cstdlib>
#include <unordered_map>

#include "resolve/cameo_table.h"

namespace dyad {
namespace {

// The schema (docs/store.md explains every column). Created in one transaction.
constexpr const char* kSchema = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE outlets(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  outlet INTEGER NOT NULL,
  origin TEXT NOT NULL,
  story INTEGER NOT NULL,
  duplicate_of INTEGER,
  similarity REAL,
  signature BLOB,
  sentence_count INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  added_at TEXT NOT NULL);
CREATE TABLE document_bands(
  week INTEGER NOT NULL,
  band_key INTEGER NOT NULL,
  document INTEGER NOT NULL,
  PRIMARY KEY(week, band_key, document)) WITHOUT ROWID;
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class INTEGER,
  goldstein REAL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_stories INTEGER NOT NULL DEFAULT 0,
  is_root INTEGER NOT NULL DEFAULT 0,
  first_mention INTEGER,
  place_name TEXT,
  geonameid INTEGER,
  lat REAL,
  lon REAL,
  country TEXT,
  feature TEXT,
  added_at TEXT NOT NULL,
  UNIQUE(date, source, target, code));
CREATE INDEX events_dyad ON events(source, target, date);
CREATE INDEX events_target ON events(target, date);
CREATE INDEX events_code ON events(code);
CREATE TABLE mentions(
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL,
  document INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  date_text TEXT NOT NULL,
  text TEXT NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  verb_text TEXT NOT NULL,
  rule TEXT NOT NULL,
  place_text TEXT,
  place_name TEXT,
  geonameid INTEGER,
  lat REAL,
  lon REAL,
  country TEXT);
CREATE INDEX mentions_event ON mentions(event);
CREATE TABLE event_outlets(
  event INTEGER NOT NULL,
  outlet INTEGER NOT NULL,
  PRIMARY KEY(event, outlet)) WITHOUT ROWID;
CREATE TABLE event_stories(
  story INTEGER NOT NULL,
  event INTEGER NOT NULL,
  PRIMARY KEY(story, event)) WITHOUT ROWID;
)SQL";

// A prepared statement; use() resets it on entry and on exit so no read snapshot outlives
// the call that needed it.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, const std::string& path, const char* sql) : db_(db), path_(&path) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK)
      throw StoreError(path + ": " + sqlite3_errmsg(db));
  }
  Stmt(Stmt&& o) noexcept : db_(o.db_), path_(o.path_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept {
    std::swap(db_, o.db_);
    std::swap(path_, o.path_);
    std::swap(stmt_, o.stmt_);
    return *this;
  }
  ~Stmt() { sqlite3_finalize(stmt_); }

  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  Stmt& bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Stmt& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Stmt& bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Stmt& bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Stmt& bind_blob(int i, std::string_view v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind_null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  // True when a row is ready; false when done. Throws on error.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string message = *path_ + ": " + sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    throw StoreError(message);
  }
  void run() {
    step();
    sqlite3_reset(stmt_);
  }
  bool is_null(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
  int64_t i64(int c) const { return sqlite3_column_int64(stmt_, c); }
  double f64(int c) const { return sqlite3_column_double(stmt_, c); }
  std::string str(int c) const {
    const unsigned char* p = sqlite3_column_text(stmt_, c);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, c)))
             : std::string();
  }
  std::string_view blob(int c) const {
    const void* p = sqlite3_column_blob(stmt_, c);
    return p ? std::string_view(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, c)))
             : std::string_view();
  }

 private:
  sqlite3* db_ = nullptr;
  const std::string* path_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// Resets a statement when the scope ends (also on exceptions).
struct Use {
  explicit Use(Stmt& s) : s(s) { s.reset(); }
  ~Use() { s.reset(); }
  Stmt& s;
};

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

// Days since the epoch of "YYYY-MM-DD", or nullopt.
std::optional<int64_t> iso_days(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t b, size_t n) {
    int v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < 0 || m < 1 || d < 1) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days(ymd).time_since_epoch().count();
}

// Weeks since the epoch of a document date (0 without one): copies are searched among
// documents of the same, previous and next week.
int64_t document_week(std::string_view date) {
  std::optional<int64_t> days = iso_days(date);
  return days && *days > 0 ? *days / 7 : 0;
}

// The outlet a document counts for: its source, else its URL's host, else "".
std::string outlet_name(const Document& doc) {
  if (!doc.source.empty()) return doc.source;
  std::string_view url = doc.url;
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  std::string host(url);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return host;
}

}  // namespace

std::string prefix_upper_bound(std::string_view prefix) {
  std::string s(prefix);
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.back());
    if (c < 0xff) {
      s.back() = static_cast<char>(c + 1);
      return s;
    }
    s.pop_back();
  }
  return s;
}

struct EventStore::Impl {
  std::string path;
  sqlite3* db = nullptr;
  bool in_transaction = false;
  Stmt sel_doc_id, sel_text_hash, sel_outlet, ins_outlet, sel_candidates, sel_signature, ins_doc, set_story,
      ins_band, sel_event, ins_event, sel_story_events, ins_mention, ins_event_outlet, ins_event_story, upd_event,
      sel_mentions;

  void exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = path + ": " + (error ? error : sqlite3_errmsg(db));
      sqlite3_free(error);
      throw StoreError(message);
    }
  }

  int64_t changes() const { return sqlite3_changes64(db); }

  int64_t outlet_id(const std::string& name) {
    {
      Use u(sel_outlet);
      sel_outlet.bind(1, name);
      if (sel_outlet.step()) return sel_outlet.i64(0);
    }
    Use u(ins_outlet);
    ins_outlet.bind(1, name);
    ins_outlet.step();
    return sqlite3_last_insert_rowid(db);
  }
};

EventStore::EventStore(const std::string& path, Mode mode) : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  s.path = path;
  if (mode == Mode::kReadOnly && !std::filesystem::exists(path)) throw StoreError(path + ": no such store");
  int flags = mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &s.db, flags, nullptr) != SQLITE_OK) {
    std::string message = path + ": " + (s.db ? sqlite3_errmsg(s.db) : "cannot open");
    sqlite3_close(s.db);
    s.db = nullptr;
    throw StoreError(message);
  }
  try {
    sqlite3_busy_timeout(s.db, 10000);
    if (mode == Mode::kReadWrite) {
      // WAL: readers never block the writer; NORMAL sync keeps every committed batch across a
      // killed process (only a power loss can lose the last batches, never consistency).
      // A larger WAL between checkpoints: index pages dirtied by every batch are copied into
      // the database once per checkpoint instead of once per batch.
      s.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=8192;");
    }
    s.exec("PRAGMA cache_size=-524288; PRAGMA temp_store=MEMORY;");
    // Map the file: page reads without a system call each (writes still go to the WAL).
    s.exec("PRAGMA mmap_size=1073741824;");
    bool has_meta = false;
    {
      Stmt probe(s.db, s.path, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
      Use u(probe);
      has_meta = probe.step() && probe.i64(0) > 0;
    }
    if (!has_meta) {
      if (mode == Mode::kReadOnly) throw StoreError(path + ": not a dyad event store");
      {
        Stmt count(s.db, s.path, "SELECT count(*) FROM sqlite_master");
        Use u(count);
        if (count.step() && count.i64(0) > 0) throw StoreError(path + ": not a dyad event store");
      }
      s.exec("BEGIN IMMEDIATE");
      try {
        s.exec(kSchema);
        std::string meta = "INSERT INTO meta VALUES('schema_version','" + std::to_string(kSchemaVersion) +
                           "'),('created_at','" + utc_now() + "')";
        s.exec(meta.c_str());
        s.exec("COMMIT");
      } catch (...) {
        sqlite3_exec(s.db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
      }
    }
    {
      Stmt version(s.db, s.path, "SELECT value FROM meta WHERE key='schema_version'");
      Use u(version);
      if (!version.step() || version.str(0) != std::to_string(kSchemaVersion))
        throw StoreError(path + ": unsupported store schema version (expected " + std::to_string(kSchemaVersion) +
                         ")");
    }
    auto prep = [&](const char* sql) { return Stmt(s.db, s.path, sql); };
    s.sel_doc_id = prep("SELECT 1 FROM documents WHERE doc_id=?1");
    s.sel_text_hash = prep("SELECT 1 FROM documents WHERE text_hash=?1");
    s.sel_mentions = prep(
        "SELECT m.id, m.event, d.doc_id, d.url, o.name, d.date, d.story, m.sentence, m.text, m.date_text, "
        "m.source_text, m.target_text, m.verb_text, m.rule, m.place_text "
        "FROM mentions m JOIN documents d ON d.id=m.document JOIN outlets o ON o.id=d.outlet "
        "WHERE m.event=?1 ORDER BY m.id");
    if (mode == Mode::kReadOnly) return;
    s.sel_outlet = prep("SELECT id FROM outlets WHERE name=?1");
    s.ins_outlet = prep("INSERT INTO outlets(name) VALUES(?1)");
    {
      // Documents of the same week or the next or previous one sharing a band key; the most
      // recent 256 of them. Keyed by week first, the band index of a chronological feed grows
      // at its end instead of at random places, which keeps ingest fast on large stores.
      std::string sql =
          "SELECT DISTINCT document FROM document_bands WHERE week IN (?1-1,?1,?1+1) AND band_key IN (";
      for (int b = 2; b <= kBands + 1; ++b) {
        if (b > 2) sql += ',';
        sql += '?';
        sql += std::to_string(b);
      }
      sql += ") ORDER BY document DESC LIMIT 256";
      s.sel_candidates = prep(sql.c_str());
    }
    s.sel_signature = prep("SELECT signature, story FROM documents WHERE id=?1");
    s.ins_doc = prep(
        "INSERT INTO documents(doc_id, text_hash, date, title, url, outlet, origin, story, duplicate_of, "
        "similarity, signature, sentence_count, mention_count, added_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    s.set_story = prep("UPDATE documents SET story=id WHERE id=?1");
    s.ins_band = prep("INSERT OR IGNORE INTO document_bands(week, band_key, document) VALUES(?1,?2,?3)");
    s.sel_event = prep("SELECT id FROM events WHERE date=?1 AND source=?2 AND target=?3 AND code=?4");
    s.ins_event = prep(
        "INSERT INTO events(date, source, target, code, root_code, quad_class, goldstein, added_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    // CROSS JOIN keeps the story's few events as the outer loop (without it the planner may
    // scan every event of the code).
    s.sel_story_events = prep(
        "SELECT e.id, e.date FROM event_stories s CROSS JOIN events e ON e.id=s.event "
        "WHERE s.story=?1 AND e.source=?2 AND e.target=?3 AND e.code=?4 ORDER BY e.id");
    s.ins_mention = prep(
        "INSERT INTO mentions(event, document, sentence, date_text, text, source_text, target_text, verb_text, "
        "rule, place_text, place_name, geonameid, lat, lon, country) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)");
    s.ins_event_outlet = prep("INSERT OR IGNORE INTO event_outlets(event, outlet) VALUES(?1,?2)");
    s.ins_event_story = prep("INSERT OR IGNORE INTO event_stories(story, event) VALUES(?1,?2)");
    // SET expressions all read the old row, so `place_name IS NULL` tests the stored place.
    s.upd_event = prep(
        "UPDATE events SET num_mentions=num_mentions+?2, num_articles=num_articles+1, "
        "num_sources=num_sources+?3, num_stories=num_stories+?4, is_root=max(is_root,?5), "
        "first_mention=coalesce(first_mention,?6), "
        "geonameid=CASE WHEN place_name IS NULL THEN ?8 ELSE geonameid END, "
        "lat=CASE WHEN place_name IS NULL THEN ?9 ELSE lat END, "
        "lon=CASE WHEN place_name IS NULL THEN ?10 ELSE lon END, "
        "country=CASE WHEN place_name IS NULL THEN ?11 ELSE country END, "
        "feature=CASE WHEN place_name IS NULL THEN ?12 ELSE feature END, "
        "place_name=coalesce(place_name,?7) WHERE id=?1");
  } catch (...) {
    sqlite3* db = impl_->db;
    impl_.reset();  // statements first
    sqlite3_close(db);
    throw;
  }
}

EventStore::~EventStore() {
  if (!impl_) return;
  if (impl_->in_transaction) sqlite3_exec(impl_->db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3* db = impl_->db;
  impl_.reset();  // finalizes the statements first
  sqlite3_close(db);
}

const std::string& EventStore::path() const { return impl_->path; }

bool EventStore::has_document(std::string_view doc_id) {
  Use u(impl_->sel_doc_id);
  impl_->sel_doc_id.bind(1, doc_id);
  return impl_->sel_doc_id.step();
}

bool EventStore::has_text(std::string_view text_hash) {
  Use u(impl_->sel_text_hash);
  impl_->sel_text_hash.bind(1, text_hash);
  return impl_->sel_text_hash.step();
}

void EventStore::begin() {
  impl_->exec("BEGIN IMMEDIATE");
  impl_->in_transaction = true;
}

void EventStore::commit() {
  impl_->exec("COMMIT");
  impl_->in_transaction = false;
}

void EventStore::rollback() {
  if (!impl_->in_transaction) return;
  impl_->in_transaction = false;
  impl_->exec("ROLLBACK");
}

bool EventStore::in_transaction() const { return impl_->in_transaction; }

IngestResult EventStore::add(const IngestDocument& in) {
  Impl& s = *impl_;
  if (!s.in_transaction) throw StoreError(s.path + ": add() outside a transaction");
  IngestResult result;
  const Document& doc = in.doc;
  if (has_document(doc.id)) {
    result.status = IngestStatus::kSameId;
    return result;
  }
  if (has_text(in.text_hash)) {
    result.status = IngestStatus::kSameText;
    return result;
  }
  std::string now = utc_now();
  int64_t outlet = s.outlet_id(outlet_name(doc));

  // Near-duplicate: the most similar earlier document sharing a band key.
  std::vector<int64_t> keys = band_keys(in.signature);
  const int64_t week = document_week(doc.date);
  int64_t story = 0;
  if (!keys.empty()) {
    std::vector<int64_t> candidates;
    {
      Use u(s.sel_candidates);
      s.sel_candidates.bind(1, week);
      for (int b = 0; b < kBands; ++b) s.sel_candidates.bind(b + 2, keys[b]);
      while (s.sel_candidates.step()) candidates.push_back(s.sel_candidates.i64(0));
    }
    std::sort(candidates.begin(), candidates.end());
    for (int64_t candidate : candidates) {
      Use u(s.sel_signature);
      s.sel_signature.bind(1, candidate);
      if (!s.sel_signature.step()) continue;
      double similarity = estimated_similarity(in.signature, signature_from_bytes(s.sel_signature.blob(0)));
      if (similarity >= kNearDuplicateThreshold && similarity > result.similarity) {
        result.similarity = similarity;
        result.duplicate_of = candidate;
        story = s.sel_signature.i64(1);
      }
    }
  }

  {
    Use u(s.ins_doc);
    Stmt& q = s.ins_doc;
    q.bind(1, doc.id).bind(2, in.text_hash).bind(3, doc.date).bind(4, doc.title).bind(5, doc.url).bind(6, outlet);
    q.bind(7, doc.line ? doc.origin + ":" + std::to_string(doc.line) : doc.origin);
    q.bind(8, story);  // 0 until set_story for a new story
    if (result.duplicate_of) {
      q.bind(9, result.duplicate_of).bind(10, result.similarity);
    }
    if (!in.signature.empty()) q.bind_blob(11, signature_bytes(in.signature));
    q.bind(12, static_cast<int64_t>(in.sentence_count)).bind(13, static_cast<int64_t>(in.events.size()));
    q.bind(14, now);
    q.step();
  }
  result.document = sqlite3_last_insert_rowid(s.db);
  if (story == 0) {
    story = result.document;
    Use u(s.set_story);
    s.set_story.bind(1, result.document);
    s.set_story.step();
  }
  result.story = story;
  for (int64_t key : keys) {
    Use u(s.ins_band);
    s.ins_band.bind(1, week).bind(2, key).bind(3, result.document);
    s.ins_band.step();
  }

  // Mentions, grouped by the event they join.
  struct Touched {
    int64_t event = 0;
    int64_t mentions = 0;
    int64_t first_mention = 0;
    bool is_root = false;
    const EventPlace* place = nullptr;
  };
  std::vector<Touched> touched;
  std::unordered_map<int64_t, size_t> touched_index;
  const bool copy = result.duplicate_of != 0;
  for (const DocumentEvent& de : in.events) {
    const CodedEvent& e = de.event;
    int64_t event = 0;
    if (copy) {
      // A syndicated copy: its story's event of the same triple, the nearest in date.
      std::optional<int64_t> day = iso_days(de.date);
      int64_t best_distance = INT64_MAX;
      Use u(s.sel_story_events);
      s.sel_story_events.bind(1, story).bind(2, e.source).bind(3, e.target).bind(4, e.code);
      while (s.sel_story_events.step()) {
        std::optional<int64_t> other = iso_days(s.sel_story_events.str(1));
        int64_t distance = day && other ? std::abs(*day - *other) : INT64_MAX - 1;
        if (distance < best_distance) {
          best_distance = distance;
          event = s.sel_story_events.i64(0);
        }
      }
    }
    if (!event) {
      Use u(s.sel_event);
      s.sel_event.bind(1, de.date).bind(2, e.source).bind(3, e.target).bind(4, e.code);
      if (s.sel_event.step()) event = s.sel_event.i64(0);
    }
    if (!event) {
      const CameoCodeInfo* info = find_cameo_code(e.code);
      Use u(s.ins_event);
      s.ins_event.bind(1, de.date).bind(2, e.source).bind(3, e.target).bind(4, e.code).bind(5, cameo_root(e.code));
      if (info) s.ins_event.bind(6, info->quad_class).bind(7, info->goldstein);
      s.ins_event.bind(8, now);
      s.ins_event.step();
      event = sqlite3_last_insert_rowid(s.db);
      ++result.new_events;
    }
    {
      Use u(s.ins_mention);
      Stmt& q = s.ins_mention;
      q.bind(1, event).bind(2, result.document).bind(3, static_cast<int64_t>(de.sentence)).bind(4, de.date_text);
      q.bind(5, de.text).bind(6, e.evidence.source_text).bind(7, e.evidence.target_text);
      q.bind(8, e.evidence.verb_text).bind(9, e.evidence.rule);
      if (de.location) {
        const EventPlace& p = *de.location;
        q.bind(10, p.raw_text).bind(11, p.name).bind(12, p.geonameid).bind(13, p.lat).bind(14, p.lon);
        q.bind(15, p.country_iso3);
      }
      q.step();
    }
    int64_t mention = sqlite3_last_insert_rowid(s.db);
    ++result.mentions;
    auto [it, inserted] = touched_index.emplace(event, touched.size());
    if (inserted) touched.push_back(Touched{event, 0, mention, false, nullptr});
    Touched& t = touched[it->second];
    ++t.mentions;
    t.is_root = t.is_root || de.sentence == 0;
    if (!t.place && de.location) t.place = &*de.location;
  }
  for (const Touched& t : touched) {
    int64_t new_outlet = 0, new_story = 0;
    {
      Use u(s.ins_event_outlet);
      s.ins_event_outlet.bind(1, t.event).bind(2, outlet);
      s.ins_event_outlet.step();
      new_outlet = s.changes();
    }
    {
      Use u(s.ins_event_story);
      s.ins_event_story.bind(1, story).bind(2, t.event);
      s.ins_event_story.step();
      new_story = s.changes();
    }
    Use u(s.upd_event);
    Stmt& q = s.upd_event;
    q.bind(1, t.event).bind(2, t.mentions).bind(3, new_outlet).bind(4, new_story);
    q.bind(5, static_cast<int64_t>(t.is_root)).bind(6, t.first_mention);
    if (t.place) {
      q.bind(7, t.place->name).bind(8, t.place->geonameid).bind(9, t.place->lat).bind(10, t.place->lon);
      q.bind(11, t.place->country_iso3).bind(12, t.place->feature);
    }
    q.step();
  }
  return result;
}

void EventStore::for_each_event(const EventQuery& query, const std::function<bool(const StoredEvent&)>& fn) {
  Impl& s = *impl_;
  // The events are filtered, sorted and limited first, and only those get their first
  // mention joined: a --limit 100 query then reads 100 mentions, not every match's.
  std::string sql = "SELECT * FROM events e";
  // A dyad is a range of events_dyad (source, target, date), target checked in the index; left
  // to itself the planner may take events_target and fetch every row with that target.
  if ((!query.dyad_source.empty() || !query.dyad_target.empty()) && query.actor.empty())
    sql += " INDEXED BY events_dyad";
  std::vector<std::string> text_params;
  std::vector<std::string> where;
  auto param = [&](std::string v) {
    text_params.push_back(std::move(v));
    std::string placeholder = "?";  // (not "?" + ...: GCC 12 warns falsely, -Wrestrict)
    placeholder += std::to_string(text_params.size());
    return placeholder;
  };
  // A prefix as a range, so the index on the column serves it.
  auto prefix = [&](const std::string& column, const std::string& p) {
    std::string upper = prefix_upper_bound(p);
    std::string c = column + ">=" + param(p);
    if (!upper.empty()) c += " AND " + column + "<" + param(upper);
    return "(" + c + ")";
  };
  if (!query.actor.empty())
    where.push_back("(" + prefix("e.source", query.actor) + " OR " + prefix("e.target", query.actor) + ")");
  if (!query.dyad_source.empty() || !query.dyad_target.empty()) {
    std::string forward = "(" + prefix("e.source", query.dyad_source) + " AND " +
                          prefix("e.target", query.dyad_target) + ")";
    if (query.both_directions)
      forward = "(" + forward + " OR (" + prefix("e.source", query.dyad_target) + " AND " +
                prefix("e.target", query.dyad_source) + "))";
    where.push_back(forward);
  }
  if (!query.code_prefix.empty()) where.push_back(prefix("e.code", query.code_prefix));
  if (!query.root.empty()) where.push_back("e.root_code=" + param(query.root));
  if (query.quad) where.push_back("e.quad_class=" + param(std::to_string(query.quad)) + "+0");
  if (!query.from.empty()) where.push_back("e.date>=" + param(query.from));
  if (!query.to.empty()) where.push_back("e.date<=" + param(query.to));
  if (!query.place.empty()) {
    const std::string& p = query.place;
    bool digits = std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool iso3 = p.size() == 3 && std::all_of(p.begin(), p.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (digits)
      where.push_back("e.geonameid=" + param(p) + "+0");
    else if (iso3)
      where.push_back("(e.country=" + param(p) + " OR e.place_name=" + param(p) + " COLLATE NOCASE)");
    else
      where.push_back("e.place_name=" + param(p) + " COLLATE NOCASE");
  }
  for (size_t i = 0; i < where.size(); ++i) sql += (i ? " AND " : " WHERE ") + where[i];
  sql += " ORDER BY e.date, e.id";
  if (query.limit >= 0) sql += " LIMIT " + std::to_string(query.limit);
  std::string outer =
      "SELECT e.id, e.date, e.source, e.target, e.code, e.root_code, e.quad_class, e.goldstein, e.num_mentions, "
      "e.num_sources, e.num_articles, e.num_stories, e.is_root, e.place_name, e.geonameid, e.lat, e.lon, "
      "e.country, e.feature, e.added_at";
  if (query.details)
    outer +=
        ", m.id, d.doc_id, d.url, o.name, d.date, d.story, m.sentence, m.text, m.date_text, m.source_text, "
        "m.target_text, m.verb_text, m.rule, m.place_text FROM (" +
        sql +
        ") e LEFT JOIN mentions m ON m.id=e.first_mention LEFT JOIN documents d ON d.id=m.document "
        "LEFT JOIN outlets o ON o.id=d.outlet ORDER BY e.date, e.id";
  else
    outer += " FROM (" + sql + ") e ORDER BY e.date, e.id";
  sql = std::move(outer);

  Stmt q(s.db, s.path, sql.c_str());
  Use u(q);
  for (size_t i = 0; i < text_params.size(); ++i) q.bind(static_cast<int>(i + 1), text_params[i]);
  StoredEvent e;
  while (q.step()) {
    e.id = q.i64(0);
    e.date = q.str(1);
    e.source = q.str(2);
    e.target = q.str(3);
    e.code = q.str(4);
    e.root_code = q.str(5);
    e.quad_class = q.is_null(6) ? std::nullopt : std::optional<int>(static_cast<int>(q.i64(6)));
    e.goldstein = q.is_null(7) ? std::nullopt : std::optional<double>(q.f64(7));
    e.num_mentions = q.i64(8);
    e.num_sources = q.i64(9);
    e.num_articles = q.i64(10);
    e.num_stories = q.i64(11);
    e.is_root = q.i64(12) != 0;
    if (q.is_null(13)) {
      e.place.reset();
    } else {
      e.place = StoredPlace{q.str(13), q.i64(14), q.f64(15), q.f64(16), q.str(17), q.str(18)};
    }
    e.added_at = q.str(19);
    e.first.reset();
    if (query.details && !q.is_null(20)) {
      StoredMention m;
      m.id = q.i64(20);
      m.event = e.id;
      m.doc_id = q.str(21);
      m.url = q.str(22);
      m.outlet = q.str(23);
      m.doc_date = q.str(24);
      m.story = q.i64(25);
      m.sentence = static_cast<int32_t>(q.i64(26));
      m.text = q.str(27);
      m.date_text = q.str(28);
      m.evidence = EventEvidence{q.str(29), q.str(30), q.str(31), q.str(32)};
      m.place_text = q.str(33);
      e.first = std::move(m);
    }
    if (!fn(e)) break;
  }
}

std::vector<StoredMention> EventStore::mentions(int64_t event) {
  Stmt& q = impl_->sel_mentions;
  Use u(q);
  q.bind(1, event);
  std::vector<StoredMention> out;
  while (q.step()) {
    StoredMention m;
    m.id = q.i64(0);
    m.event = q.i64(1);
    m.doc_id = q.str(2);
    m.url = q.str(3);
    m.outlet = q.str(4);
    m.doc_date = q.str(5);
    m.story = q.i64(6);
    m.sentence = static_cast<int32_t>(q.i64(7));
    m.text = q.str(8);
    m.date_text = q.str(9);
    m.evidence = EventEvidence{q.str(10), q.str(11), q.str(12), q.str(13)};
    m.place_text = q.str(14);
    out.push_back(std::move(m));
  }
  return out;
}

StoreSummary EventStore::summary(int top_dyads) {
  Impl& s = *impl_;
  StoreSummary out;
  auto scalar = [&](const char* sql) {
    Stmt q(s.db, s.path, sql);
    Use u(q);
    return q.step() ? q.i64(0) : 0;
  };
  out.documents = scalar("SELECT count(*) FROM documents");
  out.near_duplicates = scalar("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL");
  out.stories = scalar("SELECT count(*) FROM documents WHERE story=id");
  out.outlets = scalar("SELECT count(*) FROM outlets");
  out.events = scalar("SELECT count(*) FROM events");
  out.mentions = scalar("SELECT count(*) FROM mentions");
  {
    Stmt q(s.db, s.path, "SELECT min(date), max(date) FROM events WHERE date<>''");
    Use u(q);
    if (q.step()) {
      out.first_date = q.str(0);
      out.last_date = q.str(1);
    }
  }
  {
    Stmt q(s.db, s.path, "SELECT quad_class, count(*) FROM events GROUP BY quad_class");
    Use u(q);
    while (q.step()) {
      int64_t quad = q.is_null(0) ? 0 : q.i64(0);
      if (quad >= 0 && quad <= 4) out.quad_events[quad] += q.i64(1);
    }
  }
  if (top_dyads > 0) {
    Stmt q(s.db, s.path,
           "SELECT source, target, count(*) AS n FROM events GROUP BY source, target "
           "ORDER BY n DESC, source, target LIMIT ?1");
    Use u(q);
    q.bind(1, static_cast<int64_t>(top_dyads));
    while (q.step()) out.top_dyads.emplace_back(q.str(0) + "," + q.str(1), q.i64(2));
  }
  return out;
}

}  // namespace dyad
