// Event dates from the date expressions of a sentence or clause, resolved against the date of
// the document ("on August 19", "Tuesday", "last week", "two days ago", "next month").
//
// Conventions (news reports mostly past events):
//  - A bare weekday ("on Tuesday") is the most recent such day on or before the document date;
//    in a future clause (will/shall/'ll, "is due/set/scheduled/expected/going to") the next one
//    on or after it. The tense is that of the clause around the expression, cut at commas,
//    conjunctions, "that"/"which"/... and verbs of saying: "said on Tuesday that it will
//    retaliate" is past. "last Tuesday" is strictly before, "next Tuesday" strictly after, "this
//    Tuesday" follows the tense like a bare weekday.
//  - Month and day without a year take the document's year, or the previous year when that
//    would fall more than 7 days after the document date (the next year in a future clause
//    when it would fall more than 7 days before). A month alone ("in March") is the most recent
//    such month (the next one in a future clause).
//  - "overnight", "today", "tonight", "this morning" are the document date; "yesterday" and
//    "last night" the day before; "the previous day", "a day earlier", "the day before" also
//    the day before the document date (the coder may re-anchor them on an earlier event).
//  - Coarse expressions give the first day of their period (ISO weeks start on Monday):
//    "last week" = Monday of the previous week, precision kWeek; "earlier this month" = the
//    1st of the document's month, kMonth; "in 2023" = 2023-01-01, kYear.
//  - Numbers that are not dates are rejected: "Zapad-2025", "2,000 troops", "1,200", "the 2025
//    budget" (a year alone needs a preposition: in/since/during/by/until/from/of/throughout or
//    early/mid/late). Month names count only when capitalised; "May" also not as a modal verb.
// When the span holds several expressions the most precise wins, the first one on a tie.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "syntax/tree.h"

namespace dyad {

struct ResolvedDate {
  enum class Precision { kDay, kWeek, kMonth, kYear };
  std::chrono::year_month_day date;
  Precision precision = Precision::kDay;
  bool future = false;        // the expression points after the document date
  int32_t first_token = -1;   // the expression's inclusive token span; -1 for the fallback
  int32_t last_token = -1;
  std::string text;           // the expression as written ("on the evening of August 19")
};

// The date expression of `tokens` (a sentence or the event's clause), resolved against
// `document_date`; nullopt when the span has none. Token indices are relative to the span.
std::optional<ResolvedDate> find_event_date(std::span<const Token> tokens,
                                            std::chrono::year_month_day document_date);

// find_event_date, falling back to the document date (precision kDay, no token span).
ResolvedDate event_date_or_document_date(std::span<const Token> tokens,
                                         std::chrono::year_month_day document_date);

// True when the span is in the future tense (will/shall/'ll as modal, or be due/set/
// scheduled/expected/going/slated to).
bool is_future_clause(std::span<const Token> tokens);

// "YYYY-MM-DD" -> year_month_day; nullopt when malformed or not a real date.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);
std::string format_iso_date(std::chrono::year_month_day date);

}  // namespace dyad
