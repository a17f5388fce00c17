#include "cli/timeline_command.h"

#include <exception>
#include <fstream>

#include "store/svg_plot.h"
#include "store/timeline.h"

namespace dyad {

int run_timeline_command(const TimelineCommandOptions& options, std::FILE* out, std::FILE* err) {
  if (options.filters.dyad.empty()) {
    std::fprintf(err, "dyad timeline: --dyad SOURCE,TARGET is required\n");
    return 2;
  }
  std::optional<TimelinePeriod> period = timeline_period_of(options.by);
  if (!period) {
    std::fprintf(err, "dyad timeline: unknown --by %s (supported: day, week, month)\n", options.by.c_str());
    return 2;
  }
  if (options.format != "table" && options.format != "tsv") {
    std::fprintf(err, "dyad timeline: unknown --format %s (supported: table, tsv)\n", options.format.c_str());
    return 2;
  }
  EventQuery query;
  std::string error;
  if (!make_event_query(options.filters, &query, &error)) {
    std::fprintf(err, "dyad timeline: %s\n", error.c_str());
    return 2;
  }
  Timeline timeline;
  try {
    EventStore store(options.db, EventStore::Mode::kReadOnly);
    timeline = build_timeline(store, query, *period);
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad timeline: %s\n", e.what());
    return 2;
  }
  std::string table = format_timeline(timeline, options.format == "tsv");
  std::fwrite(table.data(), 1, table.size(), out);
  if (timeline.rows.empty()) std::fprintf(err, "dyad timeline: no events for %s\n", options.filters.dyad.c_str());
  if (timeline.undated)
    std::fprintf(err, "dyad timeline: %lld events without a date left out\n",
                 static_cast<long long>(timeline.undated));
  if (!options.plot.empty()) {
    std::string source = query.dyad_source, target = query.dyad_target;
    std::string title = source + (options.filters.both_directions ? " \u2194 " : " \u2192 ") + target +
                        ": events by " + options.by;
    std::ofstream file(options.plot, std::ios::binary);
    std::string svg = timeline_svg(timeline, title);
    file.write(svg.data(), static_cast<std::streamsize>(svg.size()));
    file.close();
    if (!file) {
      std::fprintf(err, "dyad timeline: %s: cannot write\n", options.plot.c_str());
      return 2;
    }
  }
  std::fflush(out);
  return 0;
}

}  // namespace dyad
