#include "dict/native_format.h"

#include "dict/dictionary_lines.h"
#include "dict/vocabulary.h"
#include "syntax/tree.h"
#include "text/tokenizer.h"

namespace dyad {

NativeLines::NativeLines(std::string_view content) : rest_(content) {
  if (rest_.starts_with("\xEF\xBB\xBF")) rest_.remove_prefix(3);
}

bool NativeLines::next(NativeLine& out) {
  while (!rest_.empty()) {
    const size_t eol = rest_.find('\n');
    std::string_view line = rest_.substr(0, eol);
    rest_ = eol == std::string_view::npos ? std::string_view{} : rest_.substr(eol + 1);
    ++number_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    for (size_t i = 0; i < line.size(); ++i)
      if (line[i] == '#' && (i == 0 || is_blank(line[i - 1]))) {
        line = line.substr(0, i);
        break;
      }
    while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
    if (trim(line).empty()) continue;
    out.text = line;
    out.number = number_;
    out.cached_offset = 0;
    out.cached_column = 1;
    return true;
  }
  return false;
}

uint32_t column_of(std::string_view line, std::string_view part) {
  size_t offset = 0;
  if (part.data() >= line.data() && part.data() <= line.data() + line.size())
    offset = static_cast<size_t>(part.data() - line.data());
  uint32_t column = 1;
  for (size_t i = 0; i < offset; ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;  // count code points
  return column;
}

uint32_t NativeLine::column(std::string_view part) const {
  size_t offset = 0;
  if (part.data() >= text.data() && part.data() <= text.data() + text.size())
    offset = static_cast<size_t>(part.data() - text.data());
  // Walk from the last answer in either direction: cost is the distance between calls.
  for (size_t i = offset; i < cached_offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) --cached_column;
  for (size_t i = cached_offset; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cached_column;
  cached_offset = offset;
  return cached_column;
}

std::vector<Field> split_fields(std::string_view s, char separator) {
  std::vector<Field> out;
  size_t start = 0;
  while (true) {
    const size_t stop = s.find(separator, start);
    std::string_view piece = s.substr(start, stop == std::string_view::npos ? std::string_view::npos : stop - start);
    std::string_view t = trim(piece);
    if (t.empty()) t = piece.substr(piece.size() / 2, 0);  // keep a position for errors
    out.push_back(Field{t});
    if (stop == std::string_view::npos) break;
    start = stop + 1;
  }
  return out;
}

std::vector<std::string_view> split_blanks(std::string_view s) { return split_words(s, ""); }

void phrase_tokens(std::string_view phrase, std::vector<std::string>& words, std::vector<uint32_t>& offsets) {
  thread_local std::vector<Token> tokens;
  tokens.clear();
  tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()), tokens);
  words.clear();
  offsets.clear();
  for (const Token& t : tokens) {
    std::string w;
    upper_ascii(t.text, w);
    words.push_back(std::move(w));
    offsets.push_back(t.begin);
  }
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::vector<uint32_t> offsets;
  phrase_tokens(phrase, words, offsets);
  return words;
}

bool is_native_code(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

namespace {

bool digits(std::string_view s, size_t n, int& value) {
  if (s.size() != n) return false;
  value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

}  // namespace

std::string parse_native_date(std::string_view text, Date& first, Date& after) {
  const std::string bad = "bad date '" + std::string(text) + "' (want YYYY-MM-DD, YYYY-MM or YYYY)";
  int year = 0, month = 0;
  if (!digits(text.substr(0, 4), 4, year)) return bad;
  if (text.size() == 4) {
    first = Date::from_ymd(year, 1, 1);
    after = Date::from_ymd(year + 1, 1, 1);
    return {};
  }
  if (text.size() == 7) {
    if (text[4] != '-' || !digits(text.substr(5, 2), 2, month) || month < 1 || month > 12) return bad;
    first = Date::from_ymd(year, static_cast<unsigned>(month), 1);
    after = month == 12 ? Date::from_ymd(year + 1, 1, 1) : Date::from_ymd(year, static_cast<unsigned>(month + 1), 1);
    return {};
  }
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad;
  std::optional<Date> d = Date::parse_iso(text);
  if (!d) return "impossible date '" + std::string(text) + "'";
  first = *d;
  after = Date{d->days + 1};
  return {};
}

std::string parse_native_range(std::string_view text, Date& begin, Date& end) {
  const size_t dots = text.find("..");
  if (dots == std::string_view::npos)
    return "date '" + std::string(text) + "' without '..'; write FROM.., ..TO or FROM..TO";
  std::string_view from = text.substr(0, dots), to = text.substr(dots + 2);
  if (from.empty() && to.empty()) return "range '..' has neither start nor end";
  begin = Date::min();
  end = Date::max();
  Date ignored;
  if (!from.empty()) {
    std::string problem = parse_native_date(from, begin, ignored);
    if (!problem.empty()) return problem;
  }
  if (!to.empty()) {
    std::string problem = parse_native_date(to, ignored, end);
    if (!problem.empty()) return problem;
  }
  if (!(begin < end)) return "range '" + std::string(text) + "' ends before it starts";
  return {};
}

std::string format_native_range(Date begin, Date end) {
  if (begin == Date::min() && end == Date::max()) return {};
  std::string out;
  if (begin != Date::min()) out += begin.to_iso();
  out += "..";
  if (end != Date::max()) out += Date{end.days - 1}.to_iso();
  return out;
}

void report_native(Reporter& reporter, const std::string& file, const NativeLine& line,
                   std::string_view at, std::string message) {
  reporter.report(DictionaryError(file, line.number, line.column(at), std::move(message)));
}

}  // namespace dyad
