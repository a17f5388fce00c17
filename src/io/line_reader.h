// Reads a byte stream line by line through a fixed-size buffer, so a
// multi-gigabyte file (or an endless pipe) is never held in memory: at most
// one line, capped at `max_line_bytes`, is kept.
//
// A line longer than the cap is reported as kTooLong and its bytes are read
// and thrown away chunk by chunk. Lines end at '\n'; a '\r' before it is
// removed. The last line needs no final '\n'.
//
// The FILE* is borrowed: it must stay open while the LineReader is in use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace dyad {

class LineReader {
 public:
  enum class Status { kLine, kTooLong, kEnd, kError };

  LineReader(std::FILE* file, size_t max_line_bytes);
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line into *line (without its terminator). On kTooLong,
  // *line is empty. line_number() then names the line just read.
  Status next(std::string* line);

  // 1-based number of the line last returned by next().
  size_t line_number() const { return line_number_; }

  // The first byte that is not ASCII whitespace, without consuming anything;
  // -1 when the stream holds only whitespace (or nothing). Looks at most at
  // the first 1 MiB, and treats a longer run of whitespace as "nothing".
  int peek_first_non_space();

  // Appends everything not yet consumed to *out. Returns false, leaving the
  // rest unread, if that would exceed `limit` bytes in *out.
  bool read_rest(std::string* out, size_t limit);

  // errno of the read that failed, once next() or read_rest() saw kError.
  int error_number() const { return error_number_; }
  bool failed() const { return error_number_ != 0; }

  // Bytes of the stream consumed so far (read and handed out, not just buffered).
  uint64_t bytes_consumed() const { return bytes_read_ - (end_ - begin_); }

 private:
  // Reads more bytes after end_; returns the number read (0 at end or error).
  size_t fill();

  std::FILE* file_;
  size_t max_line_bytes_;
  std::vector<char> buffer_;
  size_t begin_ = 0;  // first unconsumed byte in buffer_
  size_t end_ = 0;    // one past the last valid byte in buffer_
  size_t line_number_ = 0;
  uint64_t bytes_read_ = 0;  // all bytes fread so far
  bool at_eof_ = false;
  int error_number_ = 0;
};

}  // namespace dyad
