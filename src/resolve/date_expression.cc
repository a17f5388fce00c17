#include "resolve/date_expression.h"

#include <array>
#include <cstdio>
#include <string_view>

#include "text/ascii_words.h"

namespace dyad {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;
using Precision = ResolvedDate::Precision;

bool capitalised(std::string_view text) { return !text.empty() && text[0] >= 'A' && text[0] <= 'Z'; }

// 1..12 for a month name or news abbreviation; 0 otherwise. `abbreviated` tells the caller
// the name needs a day or year after it to count ("Jan" is also a first name).
int month_of(std::string_view text, bool& abbreviated) {
  static constexpr std::array<std::string_view, 12> full = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> shorts = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!capitalised(text)) return 0;
  abbreviated = false;
  for (int m = 0; m < 12; ++m)
    if (equals_word(text, full[m])) return m + 1;
  std::string_view t = text;
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  abbreviated = true;
  if (equals_word(t, "sept")) return 9;
  for (int m = 0; m < 12; ++m)
    if (equals_word(t, shorts[m])) return m + 1;
  return 0;
}

// 0 (Sunday) .. 6 (Saturday) as std::chrono::weekday counts; -1 otherwise.
int weekday_of(std::string_view text) {
  static constexpr std::array<std::string_view, 7> names = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  if (!capitalised(text)) return -1;
  for (int d = 0; d < 7; ++d)
    if (equals_word(text, names[d])) return d;
  return -1;
}

// A day of month: "19", "19th", "1st", "3rd" (1..31); 0 otherwise.
int day_of(std::string_view text) {
  size_t digits = 0;
  int value = 0;
  while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9')
    value = value * 10 + (text[digits++] - '0');
  if (digits == 0 || digits > 2) return 0;
  std::string_view rest = text.substr(digits);
  if (!rest.empty() && !equals_any_word(rest, {"st", "nd", "rd", "th"})) return 0;
  return value >= 1 && value <= 31 ? value : 0;
}

// A four-digit year 1900..2100; 0 otherwise ("2,000" and "Zapad-2025" are not years).
int year_of(std::string_view text) {
  if (text.size() != 4) return 0;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value >= 1900 && value <= 2100 ? value : 0;
}

// "one".."twelve", "a"/"an", or digits 1..99; 0 otherwise.
int count_of(std::string_view text) {
  static constexpr std::array<std::string_view, 12> words = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve"};
  if (equals_any_word(text, {"a", "an"})) return 1;
  for (int i = 0; i < 12; ++i)
    if (equals_word(text, words[i])) return i + 1;
  if (text.size() > 2) return 0;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value;
}

bool is_part_of_day(std::string_view text) {
  return equals_any_word(text, {"morning", "afternoon", "evening", "night"});
}

sys_days monday_of(sys_days d) {
  std::chrono::weekday wd{d};
  return d - days((wd.c_encoding() + 6) % 7);
}

year_month_day add_months(year_month_day d, int months) {
  auto ym = std::chrono::year_month(d.year(), d.month()) + std::chrono::months(months);
  return ym / std::chrono::day(1);
}

struct Candidate {
  year_month_day date;
  Precision precision = Precision::kDay;
  bool future = false;
  size_t end = 0;  // one past the last token
};

bool is_clause_boundary(const Token& t) {
  if (t.tag == Pos::Comma || t.tag == Pos::Colon || equals_any_word(t.text, {";", "``", "''", "\"", "(", ")"}))
    return true;
  if (equals_any_word(t.text, {"that", "which", "who", "whom", "where", "when", "while", "after",
                      "before", "because", "but", "and", "although", "as", "if"}))
    return true;
  // The verb of saying belongs to the reporting clause: "said on Tuesday that it will ...".
  return is_verb(t.tag) && equals_any_word(t.lemma, {"say", "tell", "announce", "report", "add", "state",
                                             "claim", "warn", "declare", "confirm"});
}

bool has_verb(std::span<const Token> tokens) {
  for (const Token& t : tokens)
    if (is_verb(t.tag) || t.tag == Pos::MD) return true;
  return false;
}

// The tokens of the clause around position i, by boundary words and punctuation: the tense
// of "said on Tuesday that it will retaliate" is that of "said", not of "will". A fronted
// expression with no verb of its own ("On Friday, the ministers will meet") takes the clause
// after its comma.
std::span<const Token> local_clause(std::span<const Token> t, size_t i) {
  size_t first = i;
  while (first > 0 && !is_clause_boundary(t[first - 1])) --first;
  size_t last = i;  // exclusive
  while (last < t.size() && !(last > i && is_clause_boundary(t[last]))) ++last;
  auto window = t.subspan(first, last - first);
  if (!has_verb(window) && last < t.size() && t[last].tag == Pos::Comma) {
    size_t more = last + 1;
    while (more < t.size() && !is_clause_boundary(t[more])) ++more;
    window = t.subspan(first, more - first);
  }
  return window;
}

class Resolver {
 public:
  Resolver(std::span<const Token> tokens, year_month_day doc)
      : t_(tokens), doc_(doc), doc_days_(doc) {}

  std::optional<Candidate> at(size_t i) {
    position_ = i;
    future_known_ = false;
    if (auto c = part_of_day_of(i)) return c;
    if (auto c = relative_day(i)) return c;
    if (auto c = weekday_expression(i)) return c;
    if (auto c = month_expression(i)) return c;
    if (auto c = period_expression(i)) return c;
    if (auto c = ago_expression(i)) return c;
    if (auto c = year_expression(i)) return c;
    if (auto c = iso_date(i)) return c;
    return std::nullopt;
  }

 private:
  std::string_view text(size_t i) const { return i < t_.size() ? std::string_view(t_[i].text) : ""; }

  Candidate day(sys_days d, size_t end, bool ahead = false) const {
    return {year_month_day(d), Precision::kDay, ahead || d > doc_days_, end};
  }

  // "the evening of August 19", "the night of Tuesday": the date after "of".
  std::optional<Candidate> part_of_day_of(size_t i) const {
    if (!is_part_of_day(text(i)) || !equals_word(text(i + 1), "of")) return std::nullopt;
    if (auto c = weekday_expression(i + 2)) return c;
    return month_expression(i + 2);
  }

  std::optional<Candidate> relative_day(size_t i) const {
    std::string_view w = text(i);
    if (equals_any_word(w, {"today", "tonight", "overnight"})) return day(doc_days_, i + 1);
    if (equals_word(w, "yesterday")) return day(doc_days_ - days(1), i + 1);
    if (equals_word(w, "tomorrow")) return day(doc_days_ + days(1), i + 1, true);
    if (equals_word(w, "this") && is_part_of_day(text(i + 1))) return day(doc_days_, i + 2);
    if (equals_word(w, "earlier") && equals_word(text(i + 1), "today")) return day(doc_days_, i + 2);
    if (equals_word(w, "last") && equals_word(text(i + 1), "night")) return day(doc_days_ - days(1), i + 2);
    if (equals_word(w, "the") && equals_any_word(text(i + 1), {"previous", "preceding"}) && equals_word(text(i + 2), "day"))
      return day(doc_days_ - days(1), i + 3);
    if (equals_word(w, "the") && equals_word(text(i + 1), "day") && equals_word(text(i + 2), "before"))
      return day(doc_days_ - days(1), i + 3);
    if (equals_word(w, "the") && equals_any_word(text(i + 1), {"next", "following"}) && equals_word(text(i + 2), "day"))
      return day(doc_days_ + days(1), i + 3, true);
    if (equals_any_word(w, {"a", "one"}) && equals_word(text(i + 1), "day") && equals_word(text(i + 2), "earlier"))
      return day(doc_days_ - days(1), i + 3);
    return std::nullopt;
  }

  // [last|next|this] Weekday [morning|afternoon|evening|night] [, Month Day]
  std::optional<Candidate> weekday_expression(size_t i) const {
    int shift = 0;  // -1 last, +1 next, 0 bare or "this"
    size_t k = i;
    if (equals_word(text(k), "last") || equals_word(text(k), "past")) shift = -1, ++k;
    else if (equals_word(text(k), "next") || equals_word(text(k), "coming")) shift = 1, ++k;
    else if (equals_word(text(k), "this")) ++k;
    int wd = weekday_of(text(k));
    if (wd < 0) return std::nullopt;
    ++k;
    // "Tuesday, August 19" or "Tuesday 19 August": the explicit date decides.
    size_t after = k + (text(k) == "," ? 1 : 0);
    if (auto explicit_date = month_expression(after);
        explicit_date && explicit_date->precision == Precision::kDay)
      return explicit_date;
    if (is_part_of_day(text(k))) ++k;
    const int today = std::chrono::weekday(doc_days_).c_encoding();
    sys_days d;
    if (shift < 0) {
      int back = (today - wd + 7) % 7;
      d = doc_days_ - days(back == 0 ? 7 : back);
    } else if (shift > 0) {
      int ahead = (wd - today + 7) % 7;
      d = doc_days_ + days(ahead == 0 ? 7 : ahead);
    } else if (future()) {
      d = doc_days_ + days((wd - today + 7) % 7);
    } else {
      d = doc_days_ - days((today - wd + 7) % 7);
    }
    return day(d, k, shift > 0 || (shift == 0 && future() && d > doc_days_));
  }

  // The year of a month-day with no year, by the news convention in the header.
  year_month_day place_in_year(unsigned month, unsigned dom) const {
    std::chrono::year y = doc_.year();
    year_month_day d = y / month / dom;
    sys_days sd = d.ok() ? sys_days(d) : sys_days(y / month / std::chrono::last);
    if (!future() && sd > doc_days_ + days(7)) return (y - std::chrono::years(1)) / month / dom;
    if (future() && sd < doc_days_ - days(7)) return (y + std::chrono::years(1)) / month / dom;
    return d;
  }

  // Month Day[, Year] | Day Month [Year] | the Day of Month | Month Year | [in|early|...] Month
  std::optional<Candidate> month_expression(size_t i) const {
    bool abbreviated = false;
    // "19 August (2025)", "the 19th of August"
    size_t k = i;
    if (equals_word(text(k), "the") && day_of(text(k + 1)) && equals_word(text(k + 2), "of")) {
      int dom = day_of(text(k + 1));
      int m = month_of(text(k + 3), abbreviated);
      if (m && t_[k + 3].tag != Pos::MD) return month_day(m, dom, k + 4);
    }
    if (int dom = day_of(text(k))) {
      int m = month_of(text(k + 1), abbreviated);
      if (m && t_[k + 1].tag != Pos::MD) return month_day(m, dom, k + 2);
      return std::nullopt;
    }
    int m = month_of(text(k), abbreviated);
    if (!m) return std::nullopt;
    if (t_[k].tag == Pos::MD) return std::nullopt;  // "may" as a modal
    if (int dom = day_of(text(k + 1))) {
      // "August 19" but not "August 2025" (handled below) nor "Aug 1,200".
      if (text(k + 2) == "," && year_of(text(k + 3))) {
        year_month_day d = std::chrono::year(year_of(text(k + 3))) / m / dom;
        if (d.ok()) return Candidate{d, Precision::kDay, sys_days(d) > doc_days_, k + 4};
      }
      if (year_of(text(k + 2))) {
        year_month_day d = std::chrono::year(year_of(text(k + 2))) / m / dom;
        if (d.ok()) return Candidate{d, Precision::kDay, sys_days(d) > doc_days_, k + 3};
      }
      return month_day(m, dom, k + 2);
    }
    if (int y = year_of(text(k + 1))) {
      year_month_day d = std::chrono::year(y) / m / 1;
      return Candidate{d, Precision::kMonth, sys_days(d) > doc_days_, k + 2};
    }
    // A month alone counts only after a preposition or a period word ("in March",
    // "early May", "last June") -- never for abbreviations or a capitalised "May" alone.
    if (abbreviated || i == 0) return std::nullopt;
    std::string_view before = text(i - 1);
    bool last = equals_word(before, "last"), next = equals_word(before, "next");
    if (!last && !next &&
        !equals_any_word(before, {"in", "since", "during", "until", "by", "of", "from", "early", "mid",
                         "late", "this", "through", "throughout", "before", "after"}))
      return std::nullopt;
    const unsigned dm = static_cast<unsigned>(doc_.month());
    int year = static_cast<int>(doc_.year());
    bool ahead = next || (future() && !last);
    if (ahead) {
      if (static_cast<unsigned>(m) < dm || (next && static_cast<unsigned>(m) == dm)) ++year;
    } else if (static_cast<unsigned>(m) > dm || (last && static_cast<unsigned>(m) == dm)) {
      --year;
    }
    year_month_day d = std::chrono::year(year) / m / 1;
    return Candidate{d, Precision::kMonth, sys_days(d) > doc_days_ || ahead, k + 1};
  }

  std::optional<Candidate> month_day(int m, int dom, size_t end) const {
    // "19 August 2025"
    if (int y = year_of(text(end))) {
      year_month_day d = std::chrono::year(y) / m / dom;
      if (d.ok()) return Candidate{d, Precision::kDay, sys_days(d) > doc_days_, end + 1};
    }
    year_month_day d = place_in_year(static_cast<unsigned>(m), static_cast<unsigned>(dom));
    if (!d.ok()) return std::nullopt;
    return Candidate{d, Precision::kDay, sys_days(d) > doc_days_, end};
  }

  // [earlier|later] last/this/next week|month|year, "last weekend", "over the weekend"
  std::optional<Candidate> period_expression(size_t i) const {
    size_t k = i;
    bool earlier = false, later = false;
    if (equals_word(text(k), "earlier")) earlier = true, ++k;
    else if (equals_word(text(k), "later")) later = true, ++k;
    int shift;
    if (equals_word(text(k), "last") || equals_word(text(k), "past")) shift = -1;
    else if (equals_word(text(k), "this")) shift = 0;
    else if (equals_word(text(k), "next") || equals_word(text(k), "coming")) shift = 1;
    else if (equals_word(text(k), "over") && equals_word(text(k + 1), "the") && equals_word(text(k + 2), "weekend")) {
      const int today = std::chrono::weekday(doc_days_).c_encoding();
      return day(doc_days_ - days((today - 6 + 7) % 7), k + 3);
    } else {
      return std::nullopt;
    }
    if ((earlier || later) && shift != 0) return std::nullopt;
    std::string_view unit = text(k + 1);
    const size_t end = k + 2;
    const bool ahead = shift > 0 || later;
    if (equals_word(unit, "week")) {
      sys_days monday = monday_of(doc_days_) + days(7 * shift);
      return Candidate{year_month_day(monday), Precision::kWeek, ahead, end};
    }
    if (equals_word(unit, "weekend")) {
      const int today = std::chrono::weekday(doc_days_).c_encoding();
      int back = (today - 6 + 7) % 7;  // to the most recent Saturday
      sys_days saturday = doc_days_ - days(back == 0 && shift < 0 ? 7 : back);
      if (shift > 0) saturday = doc_days_ + days((6 - today + 7) % 7 == 0 ? 7 : (6 - today + 7) % 7);
      return day(saturday, end, shift > 0);
    }
    if (equals_word(unit, "month")) {
      return Candidate{add_months(doc_, shift), Precision::kMonth, ahead, end};
    }
    if (equals_word(unit, "year")) {
      year_month_day d = (doc_.year() + std::chrono::years(shift)) / 1 / 1;
      return Candidate{d, Precision::kYear, ahead, end};
    }
    return std::nullopt;
  }

  // "two days ago", "three weeks ago", "a month ago", "5 years ago", "two days earlier"
  std::optional<Candidate> ago_expression(size_t i) const {
    int n = count_of(text(i));
    if (n <= 0) return std::nullopt;
    std::string_view unit = text(i + 1);
    if (!equals_word(text(i + 2), "ago") && !equals_word(text(i + 2), "earlier")) return std::nullopt;
    const size_t end = i + 3;
    if (equals_any_word(unit, {"day", "days"})) return day(doc_days_ - days(n), end);
    if (equals_any_word(unit, {"week", "weeks"}))
      return Candidate{year_month_day(doc_days_ - days(7 * n)), Precision::kWeek, false, end};
    if (equals_any_word(unit, {"month", "months"}))
      return Candidate{add_months(doc_, -n), Precision::kMonth, false, end};
    if (equals_any_word(unit, {"year", "years"}))
      return Candidate{(doc_.year() - std::chrono::years(n)) / 1 / 1, Precision::kYear, false, end};
    return std::nullopt;
  }

  // "in 2023", "since 2014", "early 2024"
  std::optional<Candidate> year_expression(size_t i) const {
    int y = year_of(text(i));
    if (!y || i == 0) return std::nullopt;
    if (!equals_any_word(text(i - 1), {"in", "since", "during", "until", "by", "from", "of", "throughout",
                              "early", "mid", "late"}))
      return std::nullopt;
    // "in 2023 dollars" or "by 2,000" are not dates; a following noun other than a month
    // ("in 2023 elections") still names the year, so only reject a following digit group.
    year_month_day d = std::chrono::year(y) / 1 / 1;
    return Candidate{d, Precision::kYear, y > static_cast<int>(doc_.year()), i + 1};
  }

  std::optional<Candidate> iso_date(size_t i) const {
    auto d = parse_iso_date(text(i));
    if (!d) return std::nullopt;
    return Candidate{*d, Precision::kDay, sys_days(*d) > doc_days_, i + 1};
  }

  std::span<const Token> t_;
  year_month_day doc_;
  sys_days doc_days_;
  // The tense of the clause around the expression being tried, worked out only when an
  // expression needs it (most positions start none).
  bool future() const {
    if (!future_known_) {
      future_cache_ = is_future_clause(local_clause(t_, position_));
      future_known_ = true;
    }
    return future_cache_;
  }
  size_t position_ = 0;
  mutable bool future_known_ = false;
  mutable bool future_cache_ = false;
};

}  // namespace

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f)
    for (size_t j = 0; j < lens[f]; ++j) {
      char c = s[starts[f] + j];
      if (c < '0' || c > '9') return std::nullopt;
      v[f] = v[f] * 10 + (c - '0');
    }
  year_month_day d{std::chrono::year(v[0]), std::chrono::month(static_cast<unsigned>(v[1])),
                   std::chrono::day(static_cast<unsigned>(v[2]))};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::string format_iso_date(std::chrono::year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

bool is_future_clause(std::span<const Token> tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.tag == Pos::MD && equals_any_word(t.text, {"will", "shall", "'ll", "wo"})) return true;
    if (!equals_any_word(t.lemma, {"be"}) && !equals_any_word(t.text, {"is", "are", "was", "were", "be", "'s", "'re"}))
      continue;
    size_t k = i + 1;
    while (k < tokens.size() && is_adverb(tokens[k].tag)) ++k;  // "is also due to"
    if (k < tokens.size() &&
        equals_any_word(tokens[k].text, {"due", "set", "scheduled", "expected", "going", "slated"}))
      ++k;
    if (k + 1 < tokens.size() && equals_word(tokens[k].text, "to") && tokens[k + 1].tag == Pos::VB)
      return true;
  }
  return false;
}

std::optional<ResolvedDate> find_event_date(std::span<const Token> tokens,
                                            std::chrono::year_month_day document_date) {
  if (!document_date.ok()) return std::nullopt;
  Resolver resolver(tokens, document_date);
  std::optional<ResolvedDate> best;
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto c = resolver.at(i);
    if (!c || !c->date.ok()) continue;
    if (best && static_cast<int>(c->precision) >= static_cast<int>(best->precision)) {
      i = c->end - 1;
      continue;
    }
    ResolvedDate r;
    r.date = c->date;
    r.precision = c->precision;
    r.future = c->future;
    r.first_token = static_cast<int32_t>(i);
    r.last_token = static_cast<int32_t>(c->end - 1);
    // Keep "on"/"the" in the quoted text when they introduce the expression.
    if (i > 0 && equals_any_word(tokens[i - 1].text, {"on", "the"})) r.first_token -= 1;
    if (r.first_token > 0 && equals_word(tokens[r.first_token].text, "the") &&
        equals_word(tokens[r.first_token - 1].text, "on"))
      r.first_token -= 1;
    for (int32_t k = r.first_token; k <= r.last_token; ++k) {
      if (!r.text.empty() && tokens[k].text != "," ) r.text.push_back(' ');
      r.text += tokens[k].text;
    }
    best = std::move(r);
    i = c->end - 1;
  }
  return best;
}

ResolvedDate event_date_or_document_date(std::span<const Token> tokens,
                                         std::chrono::year_month_day document_date) {
  if (auto d = find_event_date(tokens, document_date)) return *d;
  ResolvedDate r;
  r.date = document_date;
  return r;
}

}  // namespace dyad
