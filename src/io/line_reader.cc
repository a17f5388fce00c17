#include "io/line_reader.h"

#include <cerrno>
#include <cstring>

namespace dyad {

namespace {

constexpr size_t kChunkBytes = 1 << 16;
constexpr size_t kMaxPeekBytes = 1 << 20;

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

LineReader::LineReader(std::FILE* file, size_t max_line_bytes)
    : file_(file), max_line_bytes_(max_line_bytes), buffer_(kChunkBytes) {}

size_t LineReader::fill() {
  if (at_eof_ || error_number_ != 0) return 0;
  if (begin_ == end_) begin_ = end_ = 0;
  if (end_ == buffer_.size()) {
    if (begin_ > 0) {
      std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    } else {
      buffer_.resize(buffer_.size() * 2);  // only peek keeps unconsumed bytes around
    }
  }
  const size_t got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
  if (got == 0) {
    if (std::ferror(file_)) {
      error_number_ = errno != 0 ? errno : EIO;
    } else {
      at_eof_ = true;
    }
  }
  end_ += got;
  bytes_read_ += got;
  return got;
}

LineReader::Status LineReader::next(std::string* line) {
  line->clear();
  bool too_long = false;
  bool read_any = false;
  for (;;) {
    if (begin_ == end_ && fill() == 0) {
      if (error_number_ != 0) return Status::kError;
      if (!read_any) return Status::kEnd;
      break;  // last line without a final '\n'
    }
    read_any = true;
    const char* start = buffer_.data() + begin_;
    const size_t available = end_ - begin_;
    const void* newline = std::memchr(start, '\n', available);
    const size_t piece = newline ? static_cast<const char*>(newline) - start : available;
    if (!too_long) {
      if (line->size() + piece > max_line_bytes_) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, piece);
      }
    }
    begin_ += newline ? piece + 1 : piece;
    if (newline) break;
  }
  ++line_number_;
  if (too_long) return Status::kTooLong;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return Status::kLine;
}

int LineReader::peek_first_non_space() {
  size_t scanned = begin_;
  for (;;) {
    for (; scanned < end_; ++scanned) {
      if (!is_ascii_space(buffer_[scanned])) return static_cast<unsigned char>(buffer_[scanned]);
    }
    if (end_ - begin_ >= kMaxPeekBytes) return -1;
    const size_t offset = scanned - begin_;
    if (fill() == 0) return -1;
    scanned = begin_ + offset;  // fill() may have moved the bytes
  }
}

bool LineReader::read_rest(std::string* out, size_t limit) {
  for (;;) {
    const size_t available = end_ - begin_;
    if (out->size() + available > limit) return false;
    out->append(buffer_.data() + begin_, available);
    begin_ = end_;
    if (fill() == 0) return error_number_ == 0;
  }
}

}  // namespace dyad
