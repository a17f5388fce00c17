// Calendar dates written as YYYY-MM-DD, the one date format dyad stores.
//
// is_valid_date() accepts exactly ten characters "YYYY-MM-DD" naming a real
// Gregorian date (2025-02-30 and 2023-02-29 are rejected, 2024-02-29 is not),
// with the year in 0001..9999.
// iso_date_part() also accepts an ISO 8601 date-time whose first ten
// characters are such a date, followed by 'T' or ' ' ("2025-08-20T10:00:00Z",
// "2025-08-20 10:00"), and returns just the date; time zones are not applied,
// because the date the publisher wrote is the date of the article.
#pragma once

#include <optional>
#include <string_view>

namespace dyad {

bool is_valid_date(std::string_view text);

// The YYYY-MM-DD date at the start of `text` (see above), or nullopt.
// Leading and trailing ASCII whitespace is ignored. The view points into `text`.
std::optional<std::string_view> iso_date_part(std::string_view text);

}  // namespace dyad
