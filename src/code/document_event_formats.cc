#include "code/document_event_formats.h"

#include <cstdio>
#include <vector>

#include "code/event_json.h"
#include "io/delimited_field.h"
#include "resolve/cameo_table.h"

namespace dyad {
namespace {

constexpr const char* kColumns[] = {"doc_id",      "sentence",    "date",        "source",      "target",
                                    "code",        "root_code",   "quad_class",  "goldstein",   "plover_event",
                                    "plover_mode", "place",       "country",     "lat",         "lon",
                                    "source_text", "verb_text",   "target_text", "date_text",   "rule",
                                    "text"};

std::string number(double v, const char* format) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

void append_row(const DocumentEvent& e, std::string_view doc_id, bool csv, std::string& out) {
  const CameoCodeInfo* info = find_cameo_code(e.event.code);
  const EventPlace* place = e.location ? &*e.location : nullptr;
  const std::string fields[] = {
      std::string(doc_id),
      std::to_string(e.sentence),
      e.date,
      e.event.source,
      e.event.target,
      e.event.code,
      std::string(cameo_root(e.event.code)),
      info ? std::to_string(info->quad_class) : "",
      info ? number(info->goldstein, "%.1f") : "",
      info ? std::string(info->plover_event) : "",
      info ? std::string(info->plover_mode) : "",
      place ? place->name : "",
      place ? place->country_iso3 : "",
      place && place->geonameid ? number(place->lat, "%.5f") : "",
      place && place->geonameid ? number(place->lon, "%.5f") : "",
      e.event.evidence.source_text,
      e.event.evidence.verb_text,
      e.event.evidence.target_text,
      e.date_text,
      e.event.evidence.rule,
      e.text,
  };
  static_assert(std::size(fields) == std::size(kColumns));
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i) out += csv ? ',' : '\t';
    append_delimited_field(out, fields[i], csv);
  }
  out += '\n';
}

// Evidence words on one line: a line break inside a sentence would break the layout.
void append_flat(std::string_view s, std::string& out) {
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
}

void append_text(const DocumentEvent& e, std::string_view doc_id, std::string& out) {
  const CameoCodeInfo* info = find_cameo_code(e.event.code);
  out += e.date;
  out += "  ";
  out += e.event.source;
  out += " -> ";
  out += e.event.target;
  out += "  ";
  out += e.event.code;
  if (info) {
    out += ' ';
    out += info->name;
  }
  if (e.location) {
    out += "  [";
    out += e.location->name;
    if (!e.location->country_iso3.empty() && e.location->country_iso3 != e.location->name) {
      out += ", ";
      out += e.location->country_iso3;
    }
    out += ']';
  }
  out += "\n    ";
  const EventEvidence& ev = e.event.evidence;
  append_flat(ev.source_text.empty() ? "-" : ev.source_text, out);
  out += " / ";
  append_flat(ev.verb_text.empty() ? "-" : ev.verb_text, out);
  out += " / ";
  append_flat(ev.target_text.empty() ? "-" : ev.target_text, out);
  if (!e.date_text.empty()) {
    out += " / ";
    append_flat(e.date_text, out);
  }
  out += "   (";
  out += doc_id;
  out += " #";
  out += std::to_string(e.sentence);
  if (!ev.rule.empty()) {
    out += ", ";
    out += ev.rule;
  }
  out += ")\n";
}

}  // namespace

bool parse_event_format(std::string_view name, EventFormat* format) {
  if (name == "jsonl") *format = EventFormat::kJsonl;
  else if (name == "tsv") *format = EventFormat::kTsv;
  else if (name == "csv") *format = EventFormat::kCsv;
  else if (name == "text") *format = EventFormat::kText;
  else return false;
  return true;
}

std::string document_event_header(EventFormat format) {
  if (format != EventFormat::kTsv && format != EventFormat::kCsv) return {};
  std::string out;
  for (size_t i = 0; i < std::size(kColumns); ++i) {
    if (i) out += format == EventFormat::kCsv ? ',' : '\t';
    out += kColumns[i];
  }
  out += '\n';
  return out;
}

void append_document_event(const DocumentEvent& event, std::string_view doc_id, EventFormat format,
                           std::string& out) {
  switch (format) {
    case EventFormat::kJsonl: append_document_event_json(event, doc_id, out); break;
    case EventFormat::kTsv: append_row(event, doc_id, false, out); break;
    case EventFormat::kCsv: append_row(event, doc_id, true, out); break;
    case EventFormat::kText: append_text(event, doc_id, out); break;
  }
}

void append_document_event_json(const DocumentEvent& event, std::string_view doc_id, std::string& out) {
  EventContext context{doc_id, event.sentence, event.date, event.text};
  context.location = event.location ? &*event.location : nullptr;
  append_event_json(event.event, context, out);
}

}  // namespace dyad
