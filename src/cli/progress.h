// Progress of a long `dyad code` run: a status line redrawn in place on a terminal, and a
// one-line summary at the end.
//
// The caller counts finished documents with add() and, when the amount of input is known
// (bytes of the input files, or records of an XML file), how much of it is done with
// set_done(); both from one thread. The status line names documents, sentences and events
// with their rates, the elapsed time and, when the total is known, the share done and the time
// left (elapsed x remaining / done). It is drawn only when `live` (stderr is a terminal, stdout
// is not the screen too, and not --quiet), no sooner than `delay` seconds after the start, so
// short runs print nothing, and at most every `interval` seconds. A line wider than the terminal
// would wrap and each redraw would leave a line behind, so past `width` columns a compact form
// is drawn, cut to fit if need be. finish() clears it and, with `summary`, writes
// "dyad code: D documents, S sentences, E events in T s (R sentences/s)".
// Clock and output are injected so tests drive the module with a fake clock and a string.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace dyad {

struct ProgressOptions {
  bool live = false;       // redraw the status line
  bool summary = false;    // the summary line at finish()
  double delay = 1.0;      // seconds before the first status line
  double interval = 0.5;   // seconds between redraws
  size_t width = 0;        // terminal columns; 0 = no limit
};

class Progress {
 public:
  using Clock = std::function<double()>;                  // monotonic seconds
  using Sink = std::function<void(std::string_view)>;     // receives the text to write

  // The run starts now (clock()).
  Progress(ProgressOptions options, Clock clock, Sink sink);

  void add(int64_t documents, int64_t sentences, int64_t events);
  // `done` of `total` units (bytes or records); total 0 = unknown (stdin).
  void set_done(uint64_t done, uint64_t total);
  // Erases the status line, if one is shown, so a warning can be written on a clean line; the
  // next add() draws it again.
  void clear();
  // Clears the status line and writes the summary. Idempotent.
  void finish();

  // The line as drawn: the full form, or the compact one when the full one is `width` wide or more.
  std::string status_line(double now) const;
  std::string summary_line(double now) const;

  int64_t documents() const { return documents_; }
  int64_t sentences() const { return sentences_; }
  int64_t events() const { return events_; }

 private:
  void maybe_draw();

  ProgressOptions options_;
  Clock clock_;
  Sink sink_;
  double start_;
  double last_draw_ = -1;
  bool shown_ = false;  // on screen now
  bool finished_ = false;
  int64_t documents_ = 0, sentences_ = 0, events_ = 0;
  uint64_t done_ = 0, total_ = 0;
};

// The CLI's progress: on `err`, summary only when `err` is a terminal and not quiet; live as well
// when the process's stdout is not a terminal (events written to the screen would run into the
// status line), fitted to the width of `err`'s terminal.
Progress make_terminal_progress(std::FILE* err, bool quiet);

// 1234567 -> "1,234,567".
std::string with_thousands(int64_t n);
// 75 seconds -> "1:15", 3725 -> "1:02:05".
std::string clock_time(double seconds);

}  // namespace dyad
