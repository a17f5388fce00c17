// De-duplication in the event store: skipped documents, events merged by date, source,
// target and code with their counts, syndicated copies counted as mentions of their story's
// events, and the links from every event to its mentions.
#include <gtest/gtest.h>

#include "store/event_store.h"
#include "store_test_util.h"

namespace dyad {
namespace {

using namespace store_test;

TEST(StoreDedup, SameIdOrSameTextIsSkippedAndChangesNothing) {
  std::string path = fresh_path("skip");
  EventStore store(path);
  std::vector<IngestResult> r = add_all(
      store, {document("a", "2025-03-01", "X", "Text one about talks.", {event("2025-03-01", "USA", "RUS", "042")}),
              document("a", "2025-03-02", "Y", "Other text, same id.", {event("2025-03-02", "FRA", "DEU", "042")}),
              document("b", "2025-03-01", "Y", "Text   one about talks.\n", {event("2025-03-01", "USA", "RUS", "042")})});
  EXPECT_EQ(r[0].status, IngestStatus::kStored);
  EXPECT_EQ(r[1].status, IngestStatus::kSameId);
  EXPECT_EQ(r[2].status, IngestStatus::kSameText);
  EXPECT_EQ(r[1].document, 0);
  StoreSummary s = store.summary();
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.events, 1);
  EXPECT_EQ(s.mentions, 1);
  std::vector<StoredEvent> events = all_events(store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].num_mentions, 1);
  EXPECT_EQ(events[0].num_sources, 1);
}

TEST(StoreDedup, SameEventFromTwoOutletsIsOneEventWithCounts) {
  EventStore store(fresh_path("two_outlets"));
  std::vector<IngestResult> r =
      add_all(store, {document("reuters-1", "2025-03-01", "Reuters", "Russia and the United States held talks.",
                               {event("2025-03-01", "USA", "RUS", "042", 0)}),
                      document("afp-9", "2025-03-01", "AFP", "US officials met Russian envoys on Saturday.",
                               {event("2025-03-01", "USA", "RUS", "042", 2)}),
                      document("afp-10", "2025-03-01", "AFP", "A later AFP piece on the same meeting.",
                               {event("2025-03-01", "USA", "RUS", "042", 1), event("2025-03-01", "USA", "RUS", "042", 3),
                                event("2025-03-02", "USA", "RUS", "042", 4)})});
  EXPECT_EQ(r[0].new_events, 1);
  EXPECT_EQ(r[1].new_events, 0);
  EXPECT_EQ(r[2].new_events, 1);  // the 2025-03-02 meeting is another event
  EXPECT_EQ(r[2].mentions, 3);
  std::vector<StoredEvent> events = all_events(store);
  ASSERT_EQ(events.size(), 2u);
  const StoredEvent& e = events[0];
  EXPECT_EQ(e.date, "2025-03-01");
  EXPECT_EQ(e.num_mentions, 4);  // reuters-1, afp-9, afp-10 twice
  EXPECT_EQ(e.num_articles, 3);
  EXPECT_EQ(e.num_sources, 2);   // Reuters, AFP
  EXPECT_EQ(e.num_stories, 3);   // three independent texts
  EXPECT_TRUE(e.is_root);        // reuters-1 has it in its first sentence
  EXPECT_EQ(e.quad_class, 1);
  ASSERT_TRUE(e.goldstein.has_value());
  EXPECT_DOUBLE_EQ(*e.goldstein, 1.9);
  ASSERT_TRUE(e.first.has_value());
  EXPECT_EQ(e.first->doc_id, "reuters-1");
  EXPECT_EQ(events[1].num_mentions, 1);
  EXPECT_FALSE(events[1].is_root);
}

TEST(StoreDedup, EveryEventLinksToItsMentionsWithEvidence) {
  EventStore store(fresh_path("links"));
  DocumentEvent placed = event("2025-03-01", "HUN", "UKRGOV", "174", 0, "Hungary expelled two diplomats.");
  placed.date_text = "on Saturday";
  placed.location = place("Budapest", 3054643, 47.498, 19.040, "HUN", "HU");
  add_all(store, {document("d1", "2025-03-01", "MTI", "Hungary expelled two Ukrainian diplomats.", {placed}),
                  document("d2", "2025-03-02", "Kyiv Post", "Budapest expels diplomats.",
                           {event("2025-03-01", "HUN", "UKRGOV", "174", 3, "Budapest expels diplomats.")},
                           "https://www.kyivpost.com/post/1")});
  std::vector<StoredEvent> events = all_events(store);
  ASSERT_EQ(events.size(), 1u);
  ASSERT_TRUE(events[0].place.has_value());
  EXPECT_EQ(events[0].place->name, "Budapest");
  EXPECT_EQ(events[0].place->geonameid, 3054643);
  EXPECT_EQ(events[0].place->country, "HUN");
  std::vector<StoredMention> m = store.mentions(events[0].id);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].doc_id, "d1");
  EXPECT_EQ(m[0].sentence, 0);
  EXPECT_EQ(m[0].date_text, "on Saturday");
  EXPECT_EQ(m[0].place_text, "Budapest");
  EXPECT_EQ(m[0].outlet, "MTI");
  EXPECT_EQ(m[0].text, "Hungary expelled two diplomats.");
  EXPECT_EQ(m[0].evidence.source_text, "HUN words");
  EXPECT_EQ(m[0].evidence.rule, "test.verbs:1");
  EXPECT_EQ(m[1].doc_id, "d2");
  EXPECT_EQ(m[1].sentence, 3);
  EXPECT_EQ(m[1].url, "https://www.kyivpost.com/post/1");
  EXPECT_EQ(m[1].doc_date, "2025-03-02");
  EXPECT_EQ(events[0].num_sources, 2);
}

TEST(StoreDedup, OutletFallsBackToTheUrlHost) {
  std::string path = fresh_path("outlet_host");
  EventStore store(path);
  add_all(store, {document("u1", "2025-03-01", "", "One text.", {event("2025-03-01", "USA", "RUS", "042")},
                           "https://www.Example.com/a?x=1"),
                  document("u2", "2025-03-01", "", "Two text.", {event("2025-03-01", "USA", "RUS", "042")},
                           "http://example.com/b")});
  EXPECT_EQ(sql_scalar(path, "SELECT group_concat(name) FROM outlets"), "example.com");
  EXPECT_EQ(all_events(store)[0].num_sources, 1);
}

TEST(StoreDedup, SyndicatedCopyAddsMentionsNotEvents) {
  std::string path = fresh_path("syndicated");
  EventStore store(path);
  // The wire story; an undated event gets the document date.
  IngestDocument wire = document("wire-1", "2025-08-22", "Wire Agency", wire_story(),
                                 {event("2025-08-22", "SDNREB", "SDN", "190", 0),
                                  event("2025-08-22", "SDNMIL", "SDNREB", "112", 2)});
  // A newspaper prints it a day later: the same events come out dated 2025-08-23.
  IngestDocument copy = document("paper-7", "2025-08-23", "Daily Paper", syndicated_copy(),
                                 {event("2025-08-23", "SDNREB", "SDN", "190", 1),
                                  event("2025-08-23", "SDNMIL", "SDNREB", "112", 3),
                                  event("2025-08-23", "EGY", "SDN", "036", 5)});
  // An independent report of the same attack.
  IngestDocument other = document("radio-3", "2025-08-22", "Radio Dabanga",
                                  "Paramilitaries shelled the Abu Shouk camp in North Darfur on Friday, residents "
                                  "told reporters, and dozens of people were killed in the bombardment.",
                                  {event("2025-08-22", "SDNREB", "SDN", "190", 0)});
  std::vector<IngestResult> r = add_all(store, {wire, copy, other});
  EXPECT_EQ(r[1].duplicate_of, r[0].document);
  EXPECT_EQ(r[1].story, r[0].document);
  EXPECT_GE(r[1].similarity, kNearDuplicateThreshold);
  EXPECT_EQ(r[1].new_events, 1);  // only EGY -> SDN is new
  EXPECT_EQ(r[2].duplicate_of, 0);
  EXPECT_EQ(r[2].story, r[2].document);

  std::vector<StoredEvent> events = all_events(store);
  ASSERT_EQ(events.size(), 3u);
  const StoredEvent* attack = nullptr;
  for (const StoredEvent& e : events)
    if (e.code == "190") attack = &e;
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->date, "2025-08-22");
  EXPECT_EQ(attack->num_mentions, 3);
  EXPECT_EQ(attack->num_articles, 3);
  EXPECT_EQ(attack->num_sources, 3);
  EXPECT_EQ(attack->num_stories, 2);  // the wire story (with its copy) and the radio report
  StoreSummary s = store.summary();
  EXPECT_EQ(s.documents, 3);
  EXPECT_EQ(s.stories, 2);
  EXPECT_EQ(s.near_duplicates, 1);
  EXPECT_EQ(sql_scalar(path, "SELECT story FROM documents WHERE doc_id='paper-7'"),
            sql_scalar(path, "SELECT id FROM documents WHERE doc_id='wire-1'"));
}

TEST(StoreDedup, ACopyOfACopyJoinsTheFirstStory) {
  EventStore store(fresh_path("copy_chain"));
  std::string second = syndicated_copy();
  second.replace(second.find("artillery and drones"), 20, "shells and drones");
  std::vector<IngestResult> r =
      add_all(store, {document("w", "2025-08-22", "A", wire_story(), {event("2025-08-22", "SDNREB", "SDN", "190")}),
                      document("c1", "2025-08-23", "B", syndicated_copy(), {event("2025-08-23", "SDNREB", "SDN", "190")}),
                      document("c2", "2025-08-24", "C", second, {event("2025-08-24", "SDNREB", "SDN", "190")})});
  EXPECT_EQ(r[1].story, r[0].document);
  EXPECT_EQ(r[2].story, r[0].document);
  std::vector<StoredEvent> events = all_events(store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].num_mentions, 3);
  EXPECT_EQ(events[0].num_stories, 1);
}

TEST(StoreDedup, CopiesAreLookedForWithinAboutAWeek) {
  EventStore store(fresh_path("copy_window"));
  std::vector<IngestResult> r =
      add_all(store, {document("w", "2025-08-22", "A", wire_story(), {}),
                      document("c1", "2025-08-29", "B", syndicated_copy(), {}),
                      document("c2", "2025-10-20", "C", syndicated_copy() + "Archive.", {}),
                      document("c3", "", "D", syndicated_copy() + "Undated.", {}),
                      document("c4", "", "E", syndicated_copy() + "Undated again.", {})});
  EXPECT_EQ(r[1].story, r[0].document);  // a week later: a copy
  EXPECT_EQ(r[2].story, r[2].document);  // two months later: a story of its own
  EXPECT_EQ(r[3].story, r[3].document);
  EXPECT_EQ(r[4].story, r[3].document);  // undated documents compare among themselves
}

TEST(StoreDedup, CodesOutsideCameoAreStoredWithoutQuadOrGoldstein) {
  EventStore store(fresh_path("weis"));
  add_all(store, {document("w", "2025-01-01", "A", "Text.", {event("2025-01-01", "USA", "RUS", "999")})});
  std::vector<StoredEvent> events = all_events(store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_FALSE(events[0].quad_class.has_value());
  EXPECT_FALSE(events[0].goldstein.has_value());
  EXPECT_EQ(events[0].root_code, "99");
  EXPECT_EQ(store.summary().quad_events[0], 1);
}

}  // namespace
}  // namespace dyad
