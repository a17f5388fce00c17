// Timelines: period labels (day, ISO week from Monday, month), gaps filled with empty
// periods, counts by quad class with Goldstein sum and mean, the table, the SVG plot and the
// dyad timeline command.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "store/svg_plot.h"
#include "store/timeline.h"
#include "store_test_util.h"

namespace dyad {
namespace {

using namespace store_test;

TEST(Timeline, PeriodLabels) {
  EXPECT_EQ(period_label("2025-08-22", TimelinePeriod::kDay), "2025-08-22");
  EXPECT_EQ(period_label("2025-08-22", TimelinePeriod::kWeek), "2025-08-18");  // a Friday
  EXPECT_EQ(period_label("2025-08-18", TimelinePeriod::kWeek), "2025-08-18");  // a Monday
  EXPECT_EQ(period_label("2025-08-24", TimelinePeriod::kWeek), "2025-08-18");  // a Sunday
  EXPECT_EQ(period_label("2025-01-01", TimelinePeriod::kWeek), "2024-12-30");  // across the year
  EXPECT_EQ(period_label("2024-03-01", TimelinePeriod::kWeek), "2024-02-26");  // leap February
  EXPECT_EQ(period_label("2025-08-22", TimelinePeriod::kMonth), "2025-08");
  EXPECT_FALSE(period_label("2025-02-30", TimelinePeriod::kDay).has_value());
  EXPECT_FALSE(period_label("", TimelinePeriod::kMonth).has_value());
  EXPECT_EQ(timeline_period_of("week"), TimelinePeriod::kWeek);
  EXPECT_FALSE(timeline_period_of("year").has_value());
}

TEST(Timeline, CountsByQuadWithGoldsteinAndFilledGaps) {
  TimelineBuilder b(TimelinePeriod::kDay);
  b.add("2025-03-03", 4, -10.0);
  b.add("2025-03-01", 1, 1.9);
  b.add("2025-03-01", 3, -2.0);
  b.add("2025-03-01", std::nullopt, std::nullopt);  // a code outside CAMEO
  b.add("undated", 1, 3.0);
  Timeline t = b.finish();
  EXPECT_EQ(t.undated, 1);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0].period, "2025-03-01");
  EXPECT_EQ(t.rows[0].events, 3);
  EXPECT_EQ(t.rows[0].quad[1], 1);
  EXPECT_EQ(t.rows[0].quad[3], 1);
  EXPECT_EQ(t.rows[0].quad[0], 1);
  EXPECT_NEAR(t.rows[0].goldstein_sum, -0.1, 1e-9);
  EXPECT_NEAR(t.rows[0].goldstein_mean(), -0.05, 1e-9);  // over the two events with a value
  EXPECT_EQ(t.rows[1].period, "2025-03-02");
  EXPECT_EQ(t.rows[1].events, 0);
  EXPECT_EQ(t.rows[2].quad[4], 1);
  EXPECT_DOUBLE_EQ(t.rows[2].goldstein_mean(), -10.0);
}

TEST(Timeline, WeeksAndMonthsStepAcrossYearEnds) {
  TimelineBuilder w(TimelinePeriod::kWeek);
  w.add("2024-12-20", 1, 1.0);
  w.add("2025-01-08", 1, 1.0);
  Timeline weeks = w.finish();
  std::vector<std::string> labels;
  for (const TimelineRow& r : weeks.rows) labels.push_back(r.period);
  EXPECT_EQ(labels, (std::vector<std::string>{"2024-12-16", "2024-12-23", "2024-12-30", "2025-01-06"}));
  TimelineBuilder m(TimelinePeriod::kMonth);
  m.add("2024-11-02", 2, 6.0);
  m.add("2025-02-28", 2, 7.0);
  labels.clear();
  for (const TimelineRow& r : m.finish().rows) labels.push_back(r.period);
  EXPECT_EQ(labels, (std::vector<std::string>{"2024-11", "2024-12", "2025-01", "2025-02"}));
}

TEST(Timeline, FromTheStoreForADyad) {
  std::string path = fresh_path("timeline");
  EventStore store(path);
  add_all(store, {document("a", "2025-03-03", "X", "Text a.",
                           {event("2025-03-03", "USA", "RUS", "042"), event("2025-03-04", "USAGOV", "RUS", "190"),
                            event("2025-03-12", "USA", "RUS", "112"), event("2025-03-04", "RUS", "USA", "043"),
                            event("2025-03-04", "CHN", "RUS", "190")})});
  EventQuery q;
  q.dyad_source = "USA";
  q.dyad_target = "RUS";
  q.limit = 1;  // ignored by timelines
  Timeline t = build_timeline(store, q, TimelinePeriod::kWeek);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].period, "2025-03-03");
  EXPECT_EQ(t.rows[0].events, 2);
  EXPECT_EQ(t.rows[0].quad[1], 1);
  EXPECT_EQ(t.rows[0].quad[4], 1);
  EXPECT_DOUBLE_EQ(t.rows[0].goldstein_sum, 1.9 - 10.0);
  EXPECT_EQ(t.rows[1].period, "2025-03-10");
  EXPECT_EQ(t.rows[1].quad[3], 1);
  q.both_directions = true;
  EXPECT_EQ(build_timeline(store, q, TimelinePeriod::kWeek).rows[0].events, 3);

  std::string tsv = format_timeline(t, true);
  EXPECT_EQ(tsv,
            "period\tevents\tverbal_coop\tmaterial_coop\tverbal_conflict\tmaterial_conflict\tother\tgoldstein_sum\t"
            "goldstein_mean\n"
            "2025-03-03\t2\t1\t0\t0\t1\t0\t-8.1\t-4.05\n"
            "2025-03-10\t1\t0\t0\t1\t0\t0\t-2.0\t-2.00\n");
  std::string table = format_timeline(t, false);
  EXPECT_EQ(table.substr(0, table.find('\n')),
            "period      events  v-coop  m-coop  v-conf  m-conf   other  goldstein     mean");

  // The dyad binary prints the same numbers and draws the plot.
  std::string svg_path = fresh_path("timeline_plot") + ".svg";
  std::string out_path = scratch_dir() + "/timeline_out.txt";
  int rc = std::system((std::string(DYAD_BINARY) + " timeline --db " + path +
                        " --dyad USA,RUS --by week --format tsv --plot " + svg_path + " >" + out_path + " 2>&1")
                           .c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 0);
  std::stringstream out, svg;
  out << std::ifstream(out_path).rdbuf();
  svg << std::ifstream(svg_path).rdbuf();
  EXPECT_EQ(out.str(), tsv);
  EXPECT_EQ(svg.str().rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.str().find("USA \u2192 RUS: events by week"), std::string::npos);
  EXPECT_NE(svg.str().find("2025-03-03: 1 material conflict"), std::string::npos);

  rc = std::system((std::string(DYAD_BINARY) + " timeline --db " + path + " >" + out_path + " 2>&1").c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 2);
}

// Counts a substring's occurrences.
size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST(SvgPlot, BarsPerQuadClassGoldsteinLineAndEscapedText) {
  TimelineBuilder b(TimelinePeriod::kDay);
  b.add("2025-03-01", 1, 1.0);
  b.add("2025-03-01", 4, -9.0);
  b.add("2025-03-03", 2, 6.0);
  Timeline t = b.finish();
  std::string svg = timeline_svg(t, "A & B <test>");
  EXPECT_NE(svg.find("A &amp; B &lt;test&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<test>"), std::string::npos);
  EXPECT_EQ(count(svg, "<svg "), 1u);
  EXPECT_EQ(count(svg, "</svg>"), 1u);
  // One bar segment per non-empty (period, quad class): 3; the empty 2025-03-02 has none.
  EXPECT_EQ(count(svg, "</title></rect>"), 3u);
  EXPECT_EQ(count(svg, "<polyline"), 1u);
  EXPECT_EQ(count(svg, "<circle"), 2u);
  EXPECT_NE(svg.find("2025-03-01: mean Goldstein -4.0"), std::string::npos);
  // Balanced tags: every <g> closed.
  EXPECT_EQ(count(svg, "<g "), count(svg, "</g>"));
  // Empty timelines still draw (axes and legend only).
  std::string empty = timeline_svg(Timeline{}, "none");
  EXPECT_EQ(count(empty, "</title></rect>"), 0u);
  EXPECT_NE(empty.find("</svg>"), std::string::npos);
}

}  // namespace
}  // namespace dyad
