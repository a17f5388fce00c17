// Timelines of a dyad: per day, week (Monday to Sunday, named by its Monday) or month, the
// number of stored events by quad class and the sum and mean of their Goldstein values.
// Every period from the first to the last event is listed, empty ones with zeros, so a
// plot's x axis is time. Events without a valid YYYY-MM-DD date are left out (and counted).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/event_store.h"

namespace dyad {

enum class TimelinePeriod { kDay, kWeek, kMonth };

std::optional<TimelinePeriod> timeline_period_of(std::string_view name);  // "day", "week", "month"

// The period a YYYY-MM-DD date falls in: the date itself (day), the Monday of its week
// (week) or "YYYY-MM" (month); nullopt for an invalid date.
std::optional<std::string> period_label(std::string_view date, TimelinePeriod period);

struct TimelineRow {
  std::string period;
  int64_t events = 0;
  int64_t quad[5] = {0, 0, 0, 0, 0};  // [1..4] quad classes; [0] codes outside CAMEO
  double goldstein_sum = 0;
  int64_t goldstein_count = 0;          // events with a Goldstein value
  double goldstein_mean() const { return goldstein_count ? goldstein_sum / goldstein_count : 0; }
};

struct Timeline {
  TimelinePeriod period = TimelinePeriod::kDay;
  std::vector<TimelineRow> rows;
  int64_t undated = 0;  // matching events left out for want of a date
};

// Adds dated events one at a time (any order), then fills the gaps.
class TimelineBuilder {
 public:
  explicit TimelineBuilder(TimelinePeriod period) : period_(period) {}
  void add(std::string_view date, std::optional<int> quad_class, std::optional<double> goldstein);
  Timeline finish();

 private:
  TimelinePeriod period_;
  std::map<std::string, TimelineRow> rows_;  // labels sort in time order
  int64_t undated_ = 0;
};

// The timeline of the events `query` selects (its limit is ignored).
Timeline build_timeline(EventStore& store, EventQuery query, TimelinePeriod period);

// An aligned text table (tsv = false) or TSV with a header line.
std::string format_timeline(const Timeline& timeline, bool tsv);

}  // namespace dyad
