#include "text/date_string.h"

namespace dyad {

namespace {

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool is_valid_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  const std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return false;
  const int year = to_int(y), month = to_int(m), day = to_int(d);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= days_in_month(year, month);
}

std::optional<std::string_view> iso_date_part(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.size() < 10) return std::nullopt;
  const std::string_view date = text.substr(0, 10);
  if (!is_valid_date(date)) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') return std::nullopt;
  return date;
}

}  // namespace dyad
