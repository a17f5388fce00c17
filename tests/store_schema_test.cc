// The event store's schema and files (docs/store.md), and the article similarity it uses to
// recognise copies: content hashes and MinHash signatures.
#include <gtest/gtest.h>

#include <fstream>

#include "store/article_similarity.h"
#include "store/event_store.h"
#include "store_test_util.h"

namespace dyad {
namespace {

using namespace store_test;

TEST(StoreSchema, NewStoreHasTheDocumentedTablesColumnsAndWal) {
  std::string path = fresh_path("schema");
  { EventStore store(path); }
  EXPECT_EQ(sql_scalar(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(sql_scalar(path, "SELECT value FROM meta WHERE key='schema_version'"), "1");
  auto columns = [&](const std::string& table) {
    return sql_scalar(path, "SELECT group_concat(name, ',') FROM pragma_table_info('" + table + "')");
  };
  EXPECT_EQ(columns("documents"),
            "id,doc_id,text_hash,date,title,url,outlet,origin,story,duplicate_of,similarity,signature,"
            "sentence_count,mention_count,added_at");
  EXPECT_EQ(columns("events"),
            "id,date,source,target,code,root_code,quad_class,goldstein,num_mentions,num_sources,num_articles,"
            "num_stories,is_root,first_mention,place_name,geonameid,lat,lon,country,feature,added_at");
  EXPECT_EQ(columns("mentions"),
            "id,event,document,sentence,date_text,text,source_text,target_text,verb_text,rule,place_text,"
            "place_name,geonameid,lat,lon,country");
  EXPECT_EQ(columns("outlets"), "id,name");
  EXPECT_EQ(columns("document_bands"), "week,band_key,document");
  EXPECT_EQ(columns("event_outlets"), "event,outlet");
  EXPECT_EQ(columns("event_stories"), "story,event");
  // An event is unique by date, source, target and code.
  EXPECT_EQ(sql_scalar(path,
                       "SELECT count(*) FROM pragma_index_list('events') l WHERE l.[unique]=1 AND "
                       "(SELECT group_concat(name) FROM pragma_index_info(l.name))='date,source,target,code'"),
            "1");
}

TEST(StoreSchema, ReopeningKeepsTheData) {
  std::string path = fresh_path("reopen");
  {
    EventStore store(path);
    add_all(store, {document("a", "2025-01-02", "X", "Some text here.", {event("2025-01-02", "USA", "RUS", "042")})});
  }
  EventStore store(path);
  EXPECT_TRUE(store.has_document("a"));
  EXPECT_FALSE(store.has_document("b"));
  EXPECT_EQ(all_events(store).size(), 1u);
  EventStore reader(path, EventStore::Mode::kReadOnly);
  EXPECT_EQ(reader.summary().events, 1);
}

TEST(StoreSchema, RejectsOtherFilesAndMissingStores) {
  std::string text_file = fresh_path("not_sqlite");
  std::ofstream(text_file) << "this is not a database, just some text that is long enough to be read\n";
  EXPECT_THROW(EventStore store(text_file), StoreError);

  std::string other = fresh_path("other_sqlite");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(other.c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  try {
    EventStore store(other);
    FAIL() << "opened a foreign SQLite file";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("not a dyad event store"), std::string::npos) << e.what();
  }

  std::string missing = fresh_path("missing");
  try {
    EventStore store(missing, EventStore::Mode::kReadOnly);
    FAIL() << "opened a missing store read-only";
  } catch (const StoreError& e) {
    EXPECT_EQ(std::string(e.what()), missing + ": no such store");
  }
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(StoreSchema, AddOutsideATransactionIsRefused) {
  EventStore store(fresh_path("no_txn"));
  EXPECT_THROW(store.add(document("a", "2025-01-02", "X", "text", {})), StoreError);
}

TEST(StoreSchema, RollbackLeavesNothing) {
  std::string path = fresh_path("rollback");
  EventStore store(path);
  store.begin();
  store.add(document("a", "2025-01-02", "X", "Some text.", {event("2025-01-02", "USA", "RUS", "042")}));
  store.rollback();
  EXPECT_FALSE(store.has_document("a"));
  EXPECT_EQ(store.summary().events, 0);
  EXPECT_EQ(store.summary().mentions, 0);
}

TEST(ArticleSimilarity, ContentHashIgnoresWhitespaceOnly) {
  EXPECT_EQ(content_hash("Hungary expelled\r\n two  diplomats. "), content_hash("Hungary expelled two diplomats."));
  EXPECT_NE(content_hash("Hungary expelled two diplomats."), content_hash("Hungary expelled three diplomats."));
  EXPECT_NE(content_hash("Hungary expelled two diplomats."), content_hash("hungary expelled two diplomats."));
  EXPECT_EQ(content_hash("x").size(), 32u);
}

TEST(ArticleSimilarity, SyndicatedCopyIsSimilarAndAnotherStoryIsNot) {
  MinHashSignature story = minhash_signature(wire_story());
  MinHashSignature copy = minhash_signature(syndicated_copy());
  MinHashSignature other = minhash_signature(
      "Hungary expelled two Ukrainian diplomats on Saturday after Kyiv said it had uncovered a Hungarian "
      "military intelligence network operating in western Ukraine. Hungarian Foreign Minister Peter Szijjarto "
      "accused Ukraine of running an anti-Hungarian propaganda campaign and gave the diplomats 72 hours to "
      "leave the country.");
  ASSERT_EQ(story.size(), static_cast<size_t>(kMinHashSize));
  EXPECT_GE(estimated_similarity(story, copy), 0.7);
  EXPECT_LE(estimated_similarity(story, other), 0.1);
  EXPECT_EQ(estimated_similarity(story, story), 1.0);
  // Case and punctuation do not matter.
  EXPECT_EQ(estimated_similarity(story, minhash_signature(
                                            [] {
                                              std::string s = wire_story();
                                              for (char& c : s) c = static_cast<char>(std::toupper(c));
                                              return s;
                                            }())),
            1.0);
  // Near duplicates share a band key, so the store finds them without comparing everything.
  std::vector<int64_t> a = band_keys(story), b = band_keys(copy), c = band_keys(other);
  ASSERT_EQ(a.size(), static_cast<size_t>(kBands));
  int shared = 0, shared_other = 0;
  for (int i = 0; i < kBands; ++i) {
    shared += a[i] == b[i];
    shared_other += a[i] == c[i];
  }
  EXPECT_GT(shared, 0);
  EXPECT_EQ(shared_other, 0);
}

TEST(ArticleSimilarity, ShortTextsHaveNoSignature) {
  EXPECT_TRUE(minhash_signature("Hungary expelled two Ukrainian diplomats.").empty());
  EXPECT_TRUE(minhash_signature("").empty());
  EXPECT_TRUE(band_keys({}).empty());
  EXPECT_EQ(estimated_similarity({}, {}), 0.0);
}

TEST(ArticleSimilarity, SignatureBytesRoundTrip) {
  MinHashSignature s = minhash_signature(wire_story());
  std::string bytes = signature_bytes(s);
  EXPECT_EQ(bytes.size(), 4u * kMinHashSize);
  EXPECT_EQ(signature_from_bytes(bytes), s);
}

}  // namespace
}  // namespace dyad
