// Helpers for the event store tests: fresh store paths, synthetic documents and events
// (straight through the store API, no coder), and SQL scalars.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "store/article_similarity.h"
#include "store/event_store.h"

namespace dyad::store_test {

// This process's scratch folder, removed when the process exits.
inline const std::string& scratch_dir() {
  struct Folder {
    std::string path = testing::TempDir() + "/dyad_store_" + std::to_string(getpid());
    Folder() { std::filesystem::create_directories(path); }
    ~Folder() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static Folder folder;
  return folder.path;
}

// A new, empty path for a store (the file and its -wal/-shm removed).
inline std::string fresh_path(const std::string& name) {
  std::string path = scratch_dir() + "/" + name + ".db";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix);
  return path;
}

inline DocumentEvent event(std::string date, std::string source, std::string target, std::string code,
                           int sentence = 0, std::string text = "A sentence.") {
  DocumentEvent e;
  e.event.source = std::move(source);
  e.event.target = std::move(target);
  e.event.code = std::move(code);
  e.event.evidence = EventEvidence{e.event.source + " words", e.event.target + " words", "verb", "test.verbs:1"};
  e.sentence = sentence;
  e.date = std::move(date);
  e.text = std::move(text);
  return e;
}

inline EventPlace place(std::string name, int64_t geonameid, double lat, double lon, std::string iso3,
                        std::string iso2, std::string feature = "PPLC") {
  EventPlace p;
  p.raw_text = name;
  p.name = std::move(name);
  p.geonameid = geonameid;
  p.lat = lat;
  p.lon = lon;
  p.country_iso3 = std::move(iso3);
  p.country_iso2 = std::move(iso2);
  p.feature = std::move(feature);
  return p;
}

// A document with `text` (hash and MinHash computed as the ingest does) and `events`.
inline IngestDocument document(std::string id, std::string date, std::string outlet, std::string text,
                               std::vector<DocumentEvent> events, std::string url = "") {
  IngestDocument d;
  d.doc.id = std::move(id);
  d.doc.date = std::move(date);
  d.doc.source = std::move(outlet);
  d.doc.url = std::move(url);
  d.doc.origin = "test.jsonl";
  d.text_hash = content_hash(text);
  d.signature = minhash_signature(text);
  d.doc.text = std::move(text);
  d.events = std::move(events);
  d.sentence_count = 5;
  return d;
}

// Adds documents in one transaction.
inline std::vector<IngestResult> add_all(EventStore& store, const std::vector<IngestDocument>& docs) {
  std::vector<IngestResult> results;
  store.begin();
  for (const IngestDocument& d : docs) results.push_back(store.add(d));
  store.commit();
  return results;
}

// The first column of the first row of `sql` on the store file at `path`, as text.
inline std::string sql_scalar(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
      const unsigned char* p = sqlite3_column_text(stmt, 0);
      if (p) out = reinterpret_cast<const char*>(p);
    } else {
      out = std::string("SQL error: ") + sqlite3_errmsg(db);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

inline std::vector<StoredEvent> all_events(EventStore& store, EventQuery query = {}) {
  std::vector<StoredEvent> out;
  store.for_each_event(query, [&](const StoredEvent& e) {
    out.push_back(e);
    return true;
  });
  return out;
}

// A wire story of about 120 words, and a syndicated copy with another first line and one
// changed phrase.
inline std::string wire_story() {
  return "KHARTOUM, Aug 22 - The Rapid Support Forces attacked a displacement camp near El Fasher on "
         "Friday, killing at least 40 people, local aid workers said, a day after the paramilitary group "
         "announced a humanitarian ceasefire.\nThe camp, which shelters about 300,000 people who fled "
         "fighting in North Darfur, was hit by artillery and drones in the early morning, the Emergency "
         "Response Rooms network said.\nThe Sudanese army accused the RSF of violating the truce and said "
         "its forces had repelled the assault.\nThe RSF denied attacking civilians and blamed the army for "
         "shelling the area.\nEgypt and Saudi Arabia said they would host new talks between the two sides "
         "next month.\n";
}

inline std::string syndicated_copy() {
  std::string s = wire_story();
  s.replace(s.find("local aid workers said"), 22, "aid workers in the area said");
  return "By our correspondent, with agencies\n" + s + "Read the full story on our website.\n";
}

}  // namespace dyad::store_test
