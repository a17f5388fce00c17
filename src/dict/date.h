// A calendar date as a day count, for dictionary date restrictions and event dates.
//
// Date holds days since 1970-01-01 (proleptic Gregorian), so comparisons and
// interval widths are plain integer arithmetic. Date::min() and Date::max() stand
// for "unbounded" ends of a role's validity interval.
#pragma once

#include <cstdint>
#include <compare>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

struct Date {
  int32_t days = 0;  // days since 1970-01-01

  static constexpr Date min() { return Date{std::numeric_limits<int32_t>::min()}; }
  static constexpr Date max() { return Date{std::numeric_limits<int32_t>::max()}; }

  // Returns the date for a valid year/month/day; month 1-12, day 1-31 (checked by callers
  // through parse functions, which reject impossible dates such as February 30).
  static Date from_ymd(int year, unsigned month, unsigned day);

  // "YYYY-MM-DD" or "YYYYMMDD"; nullopt when malformed or not a real date.
  static std::optional<Date> parse_iso(std::string_view text);

  void to_ymd(int& year, unsigned& month, unsigned& day) const;
  std::string to_iso() const;  // "YYYY-MM-DD"

  friend constexpr auto operator<=>(Date, Date) = default;
};

// A date as written in PETRARCH/TABARI dictionaries: "YYYYMMDD", or "YYMMDD" where
// YY 00-30 means 20YY and 31-99 means 19YY. nullopt when malformed or not a real date.
std::optional<Date> parse_dictionary_date(std::string_view digits);

}  // namespace dyad
