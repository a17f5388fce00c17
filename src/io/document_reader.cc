#include "io/document_reader.h"

#include <sys/stat.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "io/html_text.h"
#include "io/jsonl_document.h"
#include "io/line_reader.h"
#include "text/date_string.h"
#include "text/utf8.h"

namespace dyad {

namespace {

enum class Format { kJsonl, kText, kHtml, kSniff };

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

std::string lower_extension(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string extension = path.substr(dot + 1);
  for (char& c : extension) c = ascii_lower(c);
  return extension;
}

Format format_for(const std::string& path) {
  const std::string extension = lower_extension(path);
  if (extension == "jsonl" || extension == "ndjson") return Format::kJsonl;
  if (extension == "txt") return Format::kText;
  if (extension == "html" || extension == "htm") return Format::kHtml;
  return Format::kSniff;
}

std::string file_stem(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

// The last valid YYYY-MM-DD in a file name ("belarus-iran-2025-08-20"), or "": archives
// and scrapers name article files by their date.
std::string date_in_file_name(const std::string& stem) {
  for (size_t i = stem.size(); i-- > 0;) {
    if (i + 10 > stem.size()) continue;
    const std::string_view candidate(stem.data() + i, 10);
    const bool bounded = (i == 0 || !std::isdigit(static_cast<unsigned char>(stem[i - 1]))) &&
                         (i + 10 == stem.size() || !std::isdigit(static_cast<unsigned char>(stem[i + 10])));
    if (bounded && is_valid_date(candidate)) return std::string(candidate);
  }
  return {};
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

void strip_byte_order_mark(std::string* text) {
  if (std::string_view(*text).substr(0, kByteOrderMark.size()) == kByteOrderMark) text->erase(0, kByteOrderMark.size());
}

// 1-based line of byte `offset` in `text`.
size_t line_of_offset(std::string_view text, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Rejects bytes that are not text (NUL bytes, ill-formed UTF-8), the same way
// for every format; *bad_offset gets the first offending byte.
bool check_text_bytes(std::string_view text, std::string* message, size_t* bad_offset) {
  if (size_t nul = find_nul_byte(text); nul != std::string_view::npos) {
    *bad_offset = nul;
    *message = "binary data: NUL byte";
    return false;
  }
  if (!is_valid_utf8(text, bad_offset)) {
    *message = "invalid UTF-8";
    return false;
  }
  return true;
}

class Reading {
 public:
  Reading(const std::string& path, const ReadOptions& options, const std::function<void(Document&&)>& on_document,
          const std::function<void(const ReadError&)>& on_error)
      : path_(path),
        display_name_(path == "-" ? "<stdin>" : path),
        options_(options),
        on_document_(on_document),
        on_error_(on_error) {}

  bool run() {
    const bool from_stdin = path_ == "-";
    std::FILE* file = stdin;
    if (!from_stdin) {
      struct stat info;
      if (::stat(path_.c_str(), &info) != 0) return fail(std::string("cannot open: ") + std::strerror(errno));
      if (S_ISDIR(info.st_mode)) return fail("cannot open: is a directory");
      file = std::fopen(path_.c_str(), "rb");
      if (file == nullptr) return fail(std::string("cannot open: ") + std::strerror(errno));
    }
    LineReader reader(file, options_.max_document_bytes);
    const bool ok = read_from(reader, from_stdin);
    if (!from_stdin) std::fclose(file);
    return ok;
  }

 private:
  bool read_from(LineReader& reader, bool from_stdin) {
    Format format = from_stdin ? Format::kSniff : format_for(path_);
    const int first = reader.peek_first_non_space();
    if (reader.failed()) return fail(std::string("read error: ") + std::strerror(reader.error_number()));
    if (first < 0) {
      report(0, "empty file");
      return true;
    }
    if (format == Format::kSniff) format = first == '{' ? Format::kJsonl : Format::kText;
    if (format == Format::kJsonl) return read_jsonl(reader);
    return read_whole(reader, format);
  }

  bool read_jsonl(LineReader& reader) {
    JsonlDocumentParser parser;
    std::string line;
    std::string message;
    for (;;) {
      const LineReader::Status status = reader.next(&line);
      if (status == LineReader::Status::kEnd) return true;
      if (status == LineReader::Status::kError)
        return fail(std::string("read error: ") + std::strerror(reader.error_number()));
      const size_t number = reader.line_number();
      if (status == LineReader::Status::kTooLong) {
        report(number, "line exceeds " + std::to_string(options_.max_document_bytes) + " bytes");
        continue;
      }
      if (number == 1) strip_byte_order_mark(&line);
      if (is_blank(line)) continue;
      size_t bad_offset = 0;
      if (!check_text_bytes(line, &message, &bad_offset)) {
        report(number, message + " at column " + std::to_string(bad_offset + 1));
        continue;
      }
      Document doc;
      if (!parser.parse(line, &doc, &message)) {
        report(number, message);
        continue;
      }
      doc.origin = path_;
      doc.line = number;
      if (options_.bytes_read) *options_.bytes_read = reader.bytes_consumed();
      on_document_(std::move(doc));
    }
  }

  bool read_whole(LineReader& reader, Format format) {
    std::string content;
    if (!reader.read_rest(&content, options_.max_document_bytes)) {
      if (reader.failed()) return fail(std::string("read error: ") + std::strerror(reader.error_number()));
      report(0, "document exceeds " + std::to_string(options_.max_document_bytes) + " bytes");
      return true;
    }
    strip_byte_order_mark(&content);
    std::string message;
    size_t bad_offset = 0;
    if (!check_text_bytes(content, &message, &bad_offset)) {
      const size_t line = line_of_offset(content, bad_offset);
      const size_t line_start = content.rfind('\n', bad_offset == 0 ? 0 : bad_offset - 1);
      const size_t column = line == 1 ? bad_offset + 1 : bad_offset - line_start;
      report(line, message + " at column " + std::to_string(column));
      return true;
    }
    Document doc;
    doc.id = path_ == "-" ? "stdin" : file_stem(path_);
    doc.origin = path_;
    if (format == Format::kHtml) {
      HtmlPage page = extract_html(content);
      doc.text = std::move(page.text);
      doc.title = std::move(page.title);
      doc.url = std::move(page.url);
      doc.source = std::move(page.site_name);
      doc.date = std::move(page.date);
      if (is_blank(doc.text)) {
        report(0, "no text found in HTML");
        return true;
      }
    } else {
      if (is_blank(content)) {
        report(0, "empty file");
        return true;
      }
      doc.text = std::move(content);
    }
    if (doc.date.empty() && options_.date.empty() && path_ != "-") doc.date = date_in_file_name(file_stem(path_));
    if (doc.date.empty()) {
      if (options_.date.empty()) {
        report(0, "no date: pass --date YYYY-MM-DD or name the file with its date (news-2025-08-20.txt)");
        return true;
      }
      const auto day = iso_date_part(options_.date);
      if (!day) {
        report(0, "invalid --date '" + options_.date + "' (want YYYY-MM-DD)");
        return true;
      }
      doc.date.assign(*day);
    }
    if (options_.bytes_read) *options_.bytes_read = reader.bytes_consumed();
    on_document_(std::move(doc));
    return true;
  }

  void report(size_t line, std::string message) { on_error_(ReadError{display_name_, line, std::move(message)}); }

  bool fail(std::string message) {
    report(0, std::move(message));
    return false;
  }

  const std::string& path_;
  const std::string display_name_;
  const ReadOptions& options_;
  const std::function<void(Document&&)>& on_document_;
  const std::function<void(const ReadError&)>& on_error_;
};

}  // namespace

std::string ReadError::to_string() const {
  if (line == 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ": " + message;
}

bool read_documents(const std::string& path, const ReadOptions& options,
                    const std::function<void(Document&&)>& on_document,
                    const std::function<void(const ReadError&)>& on_error) {
  return Reading(path, options, on_document, on_error).run();
}

}  // namespace dyad
