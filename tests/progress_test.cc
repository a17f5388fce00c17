// The progress line of `dyad code` (cli/progress.h), driven by a fake clock.
#include "cli/progress.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

struct Fake {
  double now = 100.0;
  std::string written;
  Progress make(bool terminal) {
    ProgressOptions options;
    options.live = terminal;
    options.summary = terminal;
    return Progress(options, [this] { return now; }, [this](std::string_view s) { written += s; });
  }
};

TEST(ProgressTest, FormatsNumbersAndTimes) {
  EXPECT_EQ(with_thousands(0), "0");
  EXPECT_EQ(with_thousands(999), "999");
  EXPECT_EQ(with_thousands(1000), "1,000");
  EXPECT_EQ(with_thousands(1234567), "1,234,567");
  EXPECT_EQ(clock_time(0), "0:00");
  EXPECT_EQ(clock_time(75), "1:15");
  EXPECT_EQ(clock_time(3725), "1:02:05");
}

TEST(ProgressTest, ShortRunOnTerminalPrintsOnlyTheSummary) {
  Fake f;
  Progress p = f.make(true);
  f.now += 0.4;
  p.add(3, 30, 4);
  EXPECT_EQ(f.written, "");  // before the 1 s delay: no status line
  f.now += 0.1;
  p.finish();
  EXPECT_EQ(f.written, "dyad code: 3 documents, 30 sentences, 4 events in 0.5 s (60 sentences/s)\n");
  p.finish();  // idempotent
  EXPECT_EQ(f.written, "dyad code: 3 documents, 30 sentences, 4 events in 0.5 s (60 sentences/s)\n");
}

TEST(ProgressTest, LongRunRedrawsWithRatesAndTimeLeft) {
  Fake f;
  Progress p = f.make(true);
  f.now += 2.0;
  p.set_done(250, 1000);
  p.add(10, 50000, 1200);
  EXPECT_EQ(f.written,
            "\rdyad code: 10 documents, 50,000 sentences (25,000/s), 1,200 events (600/s), 0:02 elapsed, "
            "25%, 0:06 left\x1b[K");
  // Within the redraw interval nothing new is written.
  f.written.clear();
  f.now += 0.2;
  p.add(1, 10, 0);
  EXPECT_EQ(f.written, "");
  // After it, the line is redrawn in place.
  f.now += 0.3;
  p.set_done(500, 1000);
  p.add(1, 10, 0);
  EXPECT_EQ(f.written.rfind('\r', 0), 0u);
  EXPECT_NE(f.written.find("12 documents, 50,020 sentences"), std::string::npos) << f.written;
  EXPECT_NE(f.written.find("50%, 0:03 left"), std::string::npos) << f.written;
  // finish() clears the status line, then writes the summary.
  f.written.clear();
  f.now += 1.5;
  p.finish();
  EXPECT_EQ(f.written,
            "\r\x1b[Kdyad code: 12 documents, 50,020 sentences, 1,200 events in 4.0 s (12,505 sentences/s)\n");
}

TEST(ProgressTest, ClearErasesTheLineForAWarningAndItComesBack) {
  Fake f;
  Progress p = f.make(true);
  p.clear();
  EXPECT_EQ(f.written, "");  // nothing shown yet: nothing to erase
  f.now += 1.0;
  p.add(1, 5, 0);
  ASSERT_FALSE(f.written.empty());
  f.written.clear();
  p.clear();
  EXPECT_EQ(f.written, "\r\x1b[K");
  p.clear();
  EXPECT_EQ(f.written, "\r\x1b[K");
  f.now += 0.6;
  p.add(1, 5, 0);
  EXPECT_NE(f.written.find("2 documents, 10 sentences"), std::string::npos) << f.written;
}

TEST(ProgressTest, UnknownTotalShowsNoShareOrTimeLeft) {
  Fake f;
  Progress p = f.make(true);
  f.now += 60;
  p.add(1, 1, 1);
  EXPECT_EQ(f.written, "\rdyad code: 1 documents, 1 sentences (0/s), 1 events (0/s), 1:00 elapsed\x1b[K");
}

TEST(ProgressTest, NarrowTerminalGetsACompactLineThatFits) {
  Fake f;
  ProgressOptions options;
  options.live = true;
  options.width = 80;
  Progress p(options, [&f] { return f.now; }, [&f](std::string_view s) { f.written += s; });
  f.now += 2.0;
  p.set_done(250, 1000);
  p.add(8432, 100192, 23808);
  // The full line would be 111 columns: a terminal 80 wide would wrap it and every redraw
  // would leave a line behind.
  EXPECT_EQ(f.written, "\r8,432 docs 100,192 sent 50,096/s 23,808 events 0:02 25% 0:06 left\x1b[K");
  EXPECT_EQ(p.status_line(f.now),
            "8,432 docs 100,192 sent 50,096/s 23,808 events 0:02 25% 0:06 left");
  // Narrower still: cut, never wider than the terminal less the cursor's column.
  ProgressOptions tiny = options;
  tiny.width = 20;
  Progress q(tiny, [&f] { return f.now; }, [](std::string_view) {});
  q.add(8432, 100192, 23808);
  EXPECT_EQ(q.status_line(f.now + 3), "8,432 docs 100,192 ");
  // Wide enough: the full form.
  ProgressOptions wide = options;
  wide.width = 200;
  Progress r(wide, [&f] { return f.now; }, [](std::string_view) {});
  r.add(1, 2, 3);
  EXPECT_EQ(r.status_line(f.now + 2).rfind("dyad code: 1 documents, 2 sentences", 0), 0u);
}

TEST(ProgressTest, NotATerminalOrQuietWritesNothing) {
  Fake f;
  Progress p = f.make(false);
  f.now += 5;
  p.set_done(1, 2);
  p.add(100, 1000, 10);
  p.finish();
  EXPECT_EQ(f.written, "");
  EXPECT_EQ(p.documents(), 100);
  EXPECT_EQ(p.sentences(), 1000);
  EXPECT_EQ(p.events(), 10);
}

TEST(ProgressTest, TerminalProgressIsSilentOnAFile) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  Progress p = make_terminal_progress(file, false);
  p.add(1, 2, 3);
  p.finish();
  EXPECT_EQ(std::ftell(file), 0L);  // a file is not a terminal
  std::fclose(file);
}

}  // namespace
}  // namespace dyad
