#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <utility>

namespace dyad {

std::string with_thousands(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string clock_time(double seconds) {
  long s = seconds > 0 ? std::lround(seconds) : 0;
  char buffer[32];
  if (s >= 3600)
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
  return buffer;
}

namespace {

int64_t per_second(int64_t count, double seconds) {
  return seconds > 0 ? static_cast<int64_t>(std::llround(static_cast<double>(count) / seconds)) : 0;
}

}  // namespace

Progress::Progress(ProgressOptions options, Clock clock, Sink sink)
    : options_(options), clock_(std::move(clock)), sink_(std::move(sink)), start_(clock_()) {}

void Progress::add(int64_t documents, int64_t sentences, int64_t events) {
  documents_ += documents;
  sentences_ += sentences;
  events_ += events;
  maybe_draw();
}

void Progress::set_done(uint64_t done, uint64_t total) {
  done_ = done;
  total_ = total;
}

void Progress::maybe_draw() {
  if (!options_.live || finished_) return;
  const double now = clock_();
  if (now - start_ < options_.delay) return;
  if (last_draw_ >= 0 && now - last_draw_ < options_.interval) return;
  last_draw_ = now;
  shown_ = true;
  std::string text = "\r";
  text += status_line(now);
  text += "\x1b[K";  // erase what a longer previous line left
  sink_(text);
}

std::string Progress::status_line(double now) const {
  const double elapsed = now - start_;
  std::string share, left;  // of a known total
  if (total_ > 0) {
    const uint64_t done = done_ < total_ ? done_ : total_;
    share = std::to_string(done * 100 / total_) + "%";
    if (done > 0)
      left = clock_time(elapsed * static_cast<double>(total_ - done) / static_cast<double>(done)) + " left";
  }
  std::string line = "dyad code: " + with_thousands(documents_) + " documents, " + with_thousands(sentences_) +
                     " sentences (" + with_thousands(per_second(sentences_, elapsed)) + "/s), " +
                     with_thousands(events_) + " events (" + with_thousands(per_second(events_, elapsed)) +
                     "/s), " + clock_time(elapsed) + " elapsed";
  if (!share.empty()) line += ", " + share;
  if (!left.empty()) line += ", " + left;
  // The cursor stays after the last column drawn: a line of `width` characters would wrap.
  if (options_.width == 0 || line.size() < options_.width) return line;
  line = with_thousands(documents_) + " docs " + with_thousands(sentences_) + " sent " +
         with_thousands(per_second(sentences_, elapsed)) + "/s " + with_thousands(events_) + " events " +
         clock_time(elapsed);
  if (!share.empty()) line += " " + share;
  if (!left.empty()) line += " " + left;
  if (line.size() >= options_.width) line.resize(options_.width - 1);  // all ASCII
  return line;
}

std::string Progress::summary_line(double now) const {
  const double elapsed = now - start_;
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", elapsed);
  return "dyad code: " + with_thousands(documents_) + " documents, " + with_thousands(sentences_) +
         " sentences, " + with_thousands(events_) + " events in " + seconds + " s (" +
         with_thousands(per_second(sentences_, elapsed)) + " sentences/s)";
}

void Progress::clear() {
  if (!shown_) return;
  shown_ = false;
  sink_("\r\x1b[K");
}

void Progress::finish() {
  if (finished_) return;
  finished_ = true;
  clear();
  if (options_.summary) sink_(summary_line(clock_()) + "\n");
}

Progress make_terminal_progress(std::FILE* err, bool quiet) {
  const bool terminal = !quiet && ::isatty(::fileno(err)) == 1;
  ProgressOptions options;
  options.live = terminal && ::isatty(STDOUT_FILENO) != 1;
  options.summary = terminal;
  struct winsize size {};
  if (terminal && ::ioctl(::fileno(err), TIOCGWINSZ, &size) == 0) options.width = size.ws_col;
  return Progress(
      options,
      [] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
      },
      [err](std::string_view text) {
        std::fwrite(text.data(), 1, text.size(), err);
        std::fflush(err);
      });
}

}  // namespace dyad
