#include "dict/date.h"

#include <cstdio>

namespace dyad {
namespace {

// Days from civil, after the well-known era-based formulation (400-year cycles).
int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::optional<Date> checked(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1) return std::nullopt;
  if (static_cast<unsigned>(d) > days_in_month(y, static_cast<unsigned>(m))) return std::nullopt;
  return Date::from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
  return Date{days_from_civil(year, month, day)};
}

std::optional<Date> Date::parse_iso(std::string_view t) {
  if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
    std::string_view y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    return checked(to_int(y), to_int(m), to_int(d));
  }
  if (t.size() == 8 && all_digits(t))
    return checked(to_int(t.substr(0, 4)), to_int(t.substr(4, 2)), to_int(t.substr(6, 2)));
  return std::nullopt;
}

void Date::to_ymd(int& year, unsigned& month, unsigned& day) const {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<int>(yoe) + era * 400 + (month <= 2);
}

std::string Date::to_iso() const {
  int y;
  unsigned m, d;
  to_ymd(y, m, d);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

std::optional<Date> parse_dictionary_date(std::string_view t) {
  if (!all_digits(t)) return std::nullopt;
  if (t.size() == 8)
    return checked(to_int(t.substr(0, 4)), to_int(t.substr(4, 2)), to_int(t.substr(6, 2)));
  if (t.size() == 6) {
    int yy = to_int(t.substr(0, 2));
    int year = yy <= 30 ? 2000 + yy : 1900 + yy;
    return checked(year, to_int(t.substr(2, 2)), to_int(t.substr(4, 2)));
  }
  return std::nullopt;
}

}  // namespace dyad
