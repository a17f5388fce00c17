#include "cli/query_command.h"

#include <exception>
#include <memory>

#include "cli/ingest_command.h"
#include "io/delimited_field.h"
#include "io/json_writer.h"
#include "resolve/cameo_table.h"

namespace dyad {
namespace {

bool valid_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

void write_evidence(JsonWriter& w, const EventEvidence& e) {
  w.begin_object();
  w.key("source_text");
  w.value(e.source_text);
  w.key("target_text");
  w.value(e.target_text);
  w.key("verb_text");
  w.value(e.verb_text);
  w.key("rule");
  w.value(e.rule);
  w.end_object();
}

void write_mention(JsonWriter& w, const StoredMention& m) {
  w.begin_object();
  w.key("doc_id");
  w.value(m.doc_id);
  w.key("sentence");
  w.value(static_cast<int64_t>(m.sentence));
  w.key("doc_date");
  w.value(m.doc_date);
  w.key("date_text");
  w.value(m.date_text);
  w.key("outlet");
  w.value(m.outlet);
  w.key("url");
  w.value(m.url);
  w.key("place_text");
  w.value(m.place_text);
  w.key("text");
  w.value(m.text);
  w.key("evidence");
  write_evidence(w, m.evidence);
  w.end_object();
}

constexpr const char* kTableColumns[] = {"id",           "date",         "source",      "target",
                                         "code",         "root_code",    "quad_class",  "goldstein",
                                         "num_mentions", "num_sources",  "num_articles", "num_stories",
                                         "place",        "country",      "lat",         "lon",
                                         "doc_id",       "sentence",     "text"};

void append_row(const StoredEvent& e, bool csv, std::string& out) {
  char buf[64];
  std::vector<std::string> f;
  f.push_back(std::to_string(e.id));
  f.push_back(e.date);
  f.push_back(e.source);
  f.push_back(e.target);
  f.push_back(e.code);
  f.push_back(e.root_code);
  f.push_back(e.quad_class ? std::to_string(*e.quad_class) : "");
  if (e.goldstein) {
    std::snprintf(buf, sizeof buf, "%.1f", *e.goldstein);
    f.push_back(buf);
  } else {
    f.push_back("");
  }
  f.push_back(std::to_string(e.num_mentions));
  f.push_back(std::to_string(e.num_sources));
  f.push_back(std::to_string(e.num_articles));
  f.push_back(std::to_string(e.num_stories));
  if (e.place) {
    f.push_back(e.place->name);
    f.push_back(e.place->country);
    std::snprintf(buf, sizeof buf, "%.4f", e.place->lat);
    f.push_back(buf);
    std::snprintf(buf, sizeof buf, "%.4f", e.place->lon);
    f.push_back(buf);
  } else {
    f.insert(f.end(), 4, "");
  }
  f.push_back(e.first ? e.first->doc_id : "");
  f.push_back(e.first ? std::to_string(e.first->sentence) : "");
  f.push_back(e.first ? e.first->text : "");
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) out += csv ? ',' : '\t';
    append_delimited_field(out, f[i], csv);
  }
  out += '\n';
}

}  // namespace

bool make_event_query(const QueryFilterOptions& filters, EventQuery* query, std::string* error) {
  EventQuery q;
  q.actor = filters.actor;
  if (!filters.dyad.empty()) {
    size_t comma = filters.dyad.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 >= filters.dyad.size() ||
        filters.dyad.find(',', comma + 1) != std::string::npos) {
      *error = "--dyad expects two actor codes, SOURCE,TARGET (got \"" + filters.dyad + "\")";
      return false;
    }
    q.dyad_source = filters.dyad.substr(0, comma);
    q.dyad_target = filters.dyad.substr(comma + 1);
  }
  q.both_directions = filters.both_directions;
  q.code_prefix = filters.code;
  if (!filters.root.empty()) {
    const std::string& r = filters.root;
    if (r.size() != 2 || r[0] < '0' || r[0] > '2' || r[1] < '0' || r[1] > '9') {
      *error = "--root expects a two-digit CAMEO root, 01 to 20 (got \"" + r + "\")";
      return false;
    }
  }
  q.root = filters.root;
  if (filters.quad < 0 || filters.quad > 4) {
    *error = "--quad expects 1, 2, 3 or 4 (got " + std::to_string(filters.quad) + ")";
    return false;
  }
  q.quad = filters.quad;
  for (const auto& [name, value] : {std::pair{"--from", &filters.from}, std::pair{"--to", &filters.to}}) {
    if (!value->empty() && !valid_date(*value)) {
      *error = std::string(name) + " expects a date YYYY-MM-DD (got \"" + *value + "\")";
      return false;
    }
  }
  q.from = filters.from;
  q.to = filters.to;
  q.place = filters.place;
  q.limit = filters.limit;
  *query = q;
  return true;
}

void append_stored_event_json(const StoredEvent& e, const std::vector<StoredMention>* mentions, std::string& out) {
  JsonWriter w(&out);
  w.begin_object();
  w.key("id");
  w.value(e.id);
  w.key("date");
  w.value(e.date);
  w.key("source");
  w.value(e.source);
  w.key("target");
  w.value(e.target);
  w.key("code");
  w.value(e.code);
  w.key("root_code");
  w.value(e.root_code);
  w.key("quad_class");
  if (e.quad_class)
    w.value(static_cast<int64_t>(*e.quad_class));
  else
    w.null();
  w.key("goldstein");
  if (e.goldstein)
    w.value(*e.goldstein);
  else
    w.null();
  w.key("plover");
  const CameoCodeInfo* info = find_cameo_code(e.code);
  if (info && !info->plover_event.empty()) {
    w.begin_object();
    w.key("event");
    w.value(info->plover_event);
    w.key("mode");
    w.value(info->plover_mode);
    w.end_object();
  } else {
    w.null();
  }
  w.key("num_mentions");
  w.value(e.num_mentions);
  w.key("num_sources");
  w.value(e.num_sources);
  w.key("num_articles");
  w.value(e.num_articles);
  w.key("num_stories");
  w.value(e.num_stories);
  w.key("is_root");
  w.value(e.is_root);
  w.key("location");
  if (e.place) {
    w.begin_object();
    w.key("name");
    w.value(e.place->name);
    w.key("geonameid");
    w.value(e.place->geonameid);
    w.key("lat");
    w.value(e.place->lat);
    w.key("lon");
    w.value(e.place->lon);
    w.key("country");
    w.value(e.place->country);
    w.end_object();
  } else {
    w.null();
  }
  if (e.first) {
    w.key("doc_id");
    w.value(e.first->doc_id);
    w.key("sentence");
    w.value(static_cast<int64_t>(e.first->sentence));
    w.key("text");
    w.value(e.first->text);
    w.key("evidence");
    write_evidence(w, e.first->evidence);
  }
  if (mentions) {
    w.key("mentions");
    w.begin_array();
    for (const StoredMention& m : *mentions) write_mention(w, m);
    w.end_array();
  }
  w.end_object();
  out += '\n';
}

int run_query_command(const QueryCommandOptions& options, std::FILE* out, std::FILE* err) {
  EventQuery query;
  std::string error;
  if (!make_event_query(options.filters, &query, &error)) {
    std::fprintf(err, "dyad query: %s\n", error.c_str());
    return 2;
  }
  if (options.format != "jsonl" && options.format != "tsv" && options.format != "csv") {
    std::fprintf(err, "dyad query: unknown --format %s (supported: jsonl, tsv, csv)\n", options.format.c_str());
    return 2;
  }
  try {
    EventStore store(options.db, EventStore::Mode::kReadOnly);
    if (options.summary) {
      print_store_summary(options.db, store.summary(), out);
      std::fflush(out);
      return 0;
    }
    const bool table = options.format != "jsonl", csv = options.format == "csv";
    std::string buffer;
    if (table) {
      for (size_t i = 0; i < std::size(kTableColumns); ++i) {
        if (i) buffer += csv ? ',' : '\t';
        buffer += kTableColumns[i];
      }
      buffer += '\n';
    }
    std::vector<StoredMention> mentions;
    store.for_each_event(query, [&](const StoredEvent& e) {
      if (table) {
        append_row(e, csv, buffer);
      } else if (options.mentions) {
        mentions = store.mentions(e.id);
        append_stored_event_json(e, &mentions, buffer);
      } else {
        append_stored_event_json(e, nullptr, buffer);
      }
      if (buffer.size() > (1 << 16)) {
        std::fwrite(buffer.data(), 1, buffer.size(), out);
        buffer.clear();
      }
      return true;
    });
    std::fwrite(buffer.data(), 1, buffer.size(), out);
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad query: %s\n", e.what());
    return 2;
  }
  std::fflush(out);
  return 0;
}

}  // namespace dyad
