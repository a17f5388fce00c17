#include "store/timeline.h"

#include <chrono>
#include <cstdio>

namespace dyad {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

std::optional<year_month_day> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f)
    for (size_t i = starts[f]; i < starts[f] + lengths[f]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[f] = v[f] * 10 + (s[i] - '0');
    }
  year_month_day ymd{year(v[0]), month(static_cast<unsigned>(v[1])), day(static_cast<unsigned>(v[2]))};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string format_day(year_month_day ymd) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string format_month(year y, month m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(y), static_cast<unsigned>(m));
  return buf;
}

constexpr size_t kMaxFilledPeriods = 100000;

// The label after `label`.
std::string next_label(const std::string& label, TimelinePeriod period) {
  if (period == TimelinePeriod::kMonth) {
    int y = std::stoi(label.substr(0, 4));
    unsigned m = static_cast<unsigned>(std::stoi(label.substr(5, 2)));
    if (++m > 12) {
      m = 1;
      ++y;
    }
    return format_month(year(y), month(m));
  }
  year_month_day ymd = *parse_date(label);
  int step = period == TimelinePeriod::kWeek ? 7 : 1;
  return format_day(year_month_day(sys_days(ymd) + std::chrono::days(step)));
}

}  // namespace

std::optional<TimelinePeriod> timeline_period_of(std::string_view name) {
  if (name == "day") return TimelinePeriod::kDay;
  if (name == "week") return TimelinePeriod::kWeek;
  if (name == "month") return TimelinePeriod::kMonth;
  return std::nullopt;
}

std::optional<std::string> period_label(std::string_view date, TimelinePeriod period) {
  std::optional<year_month_day> ymd = parse_date(date);
  if (!ymd) return std::nullopt;
  switch (period) {
    case TimelinePeriod::kDay:
      return format_day(*ymd);
    case TimelinePeriod::kWeek: {
      sys_days d(*ymd);
      std::chrono::weekday wd(d);
      // Days since Monday: weekday 1 is Monday, 0 Sunday.
      int back = (static_cast<int>(wd.c_encoding()) + 6) % 7;
      return format_day(year_month_day(d - std::chrono::days(back)));
    }
    case TimelinePeriod::kMonth:
      return format_month(ymd->year(), ymd->month());
  }
  return std::nullopt;
}

void TimelineBuilder::add(std::string_view date, std::optional<int> quad_class, std::optional<double> goldstein) {
  std::optional<std::string> label = period_label(date, period_);
  if (!label) {
    ++undated_;
    return;
  }
  TimelineRow& row = rows_[*label];
  row.period = *label;
  ++row.events;
  int quad = quad_class.value_or(0);
  ++row.quad[quad >= 1 && quad <= 4 ? quad : 0];
  if (goldstein) {
    row.goldstein_sum += *goldstein;
    ++row.goldstein_count;
  }
}

Timeline TimelineBuilder::finish() {
  Timeline out;
  out.period = period_;
  out.undated = undated_;
  if (rows_.empty()) return out;
  const std::string last = rows_.rbegin()->first;
  for (std::string label = rows_.begin()->first;; label = next_label(label, period_)) {
    auto it = rows_.find(label);
    if (it != rows_.end()) {
      out.rows.push_back(it->second);
    } else {
      TimelineRow empty;
      empty.period = label;
      out.rows.push_back(empty);
    }
    if (label >= last) break;
    if (out.rows.size() > kMaxFilledPeriods) {
      // A stray date decades away: list the periods that have events, without filling.
      out.rows.clear();
      for (auto& [l, row] : rows_) out.rows.push_back(row);
      break;
    }
  }
  rows_.clear();
  return out;
}

Timeline build_timeline(EventStore& store, EventQuery query, TimelinePeriod period) {
  query.limit = -1;
  query.details = false;
  TimelineBuilder builder(period);
  store.for_each_event(query, [&](const StoredEvent& e) {
    builder.add(e.date, e.quad_class, e.goldstein);
    return true;
  });
  return builder.finish();
}

std::string format_timeline(const Timeline& timeline, bool tsv) {
  std::string out;
  char buf[256];
  if (tsv) {
    out += "period\tevents\tverbal_coop\tmaterial_coop\tverbal_conflict\tmaterial_conflict\tother\tgoldstein_sum\t"
           "goldstein_mean\n";
    for (const TimelineRow& r : timeline.rows) {
      std::snprintf(buf, sizeof buf, "%s\t%lld\t%lld\t%lld\t%lld\t%lld\t%lld\t%.1f\t%.2f\n", r.period.c_str(),
                    static_cast<long long>(r.events), static_cast<long long>(r.quad[1]),
                    static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]),
                    static_cast<long long>(r.quad[4]), static_cast<long long>(r.quad[0]), r.goldstein_sum,
                    r.goldstein_mean());
      out += buf;
    }
    return out;
  }
  std::snprintf(buf, sizeof buf, "%-10s %7s %7s %7s %7s %7s %7s %10s %8s\n", "period", "events", "v-coop", "m-coop",
                "v-conf", "m-conf", "other", "goldstein", "mean");
  out += buf;
  for (const TimelineRow& r : timeline.rows) {
    std::snprintf(buf, sizeof buf, "%-10s %7lld %7lld %7lld %7lld %7lld %7lld %10.1f %8.2f\n", r.period.c_str(),
                  static_cast<long long>(r.events), static_cast<long long>(r.quad[1]),
                  static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]),
                  static_cast<long long>(r.quad[4]), static_cast<long long>(r.quad[0]), r.goldstein_sum,
                  r.goldstein_mean());
    out += buf;
  }
  return out;
}

}  // namespace dyad
