#include "cli/export_command.h"

#include <exception>
#include <memory>

#include "resolve/gazetteer.h"
#include "store/exports.h"

namespace dyad {

int run_export_command(const ExportCommandOptions& options, std::FILE* out, std::FILE* err) {
  std::optional<ExportFormat> format = export_format_of(options.format);
  if (!format) {
    std::fprintf(err, "dyad export: unknown --format %s (supported: gdelt, icews, phoenix, plover)\n",
                 options.format.c_str());
    return 2;
  }
  EventQuery query;
  std::string error;
  if (!make_event_query(options.filters, &query, &error)) {
    std::fprintf(err, "dyad export: %s\n", error.c_str());
    return 2;
  }
  CountryTable countries;
  try {
    countries = CountryTable::from_gazetteer(*Gazetteer::load_default());
  } catch (const std::exception& e) {
    // Names and FIPS codes are a nicety: export without them rather than not at all.
    std::fprintf(err, "dyad export: warning: no country names (%s)\n", e.what());
  }
  try {
    EventStore store(options.db, EventStore::Mode::kReadOnly);
    ExportStats stats = write_export(store, query, *format, countries, options.header, out);
    if (stats.skipped)
      std::fprintf(err, "dyad export: %lld events without a PLOVER category (CAMEO 01, 02) left out\n",
                   static_cast<long long>(stats.skipped));
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad export: %s\n", e.what());
    return 2;
  }
  std::fflush(out);
  return 0;
}

}  // namespace dyad
