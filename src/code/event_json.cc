#include "code/event_json.h"

#include "io/json_writer.h"
#include "resolve/cameo_table.h"

namespace dyad {

void append_event_json(const CodedEvent& event, const EventContext& context, std::string& out) {
  JsonWriter w(&out);
  const CameoCodeInfo* info = find_cameo_code(event.code);
  w.begin_object();
  w.key("doc_id"); w.value(context.doc_id);
  w.key("sentence"); w.value(static_cast<int64_t>(context.sentence));
  w.key("date"); w.value(context.date);
  w.key("source"); w.value(event.source);
  w.key("target"); w.value(event.target);
  w.key("code"); w.value(event.code);
  w.key("root_code"); w.value(cameo_root(event.code));
  w.key("quad_class");
  if (info) w.value(static_cast<int64_t>(info->quad_class)); else w.null();
  w.key("goldstein");
  if (info) w.value(info->goldstein); else w.null();
  w.key("plover");
  if (info && !info->plover_event.empty()) {
    w.begin_object();
    w.key("event"); w.value(info->plover_event);
    w.key("mode");
    if (info->plover_mode.empty()) w.null(); else w.value(info->plover_mode);
    w.end_object();
  } else {
    w.null();
  }
  w.key("location");
  if (const EventPlace* place = context.location) {
    w.begin_object();
    w.key("raw_text"); w.value(place->raw_text);
    w.key("name"); w.value(place->name);
    w.key("geonameid");
    if (place->geonameid) w.value(place->geonameid); else w.null();
    w.key("lat"); w.value(place->lat);
    w.key("lon"); w.value(place->lon);
    w.key("country"); w.value(place->country_iso3);
    w.end_object();
  } else {
    w.null();
  }
  w.key("text"); w.value(context.text);
  w.key("evidence");
  w.begin_object();
  w.key("source_text"); w.value(event.evidence.source_text);
  w.key("target_text"); w.value(event.evidence.target_text);
  w.key("verb_text"); w.value(event.evidence.verb_text);
  w.key("rule"); w.value(event.evidence.rule);
  w.end_object();
  w.end_object();
  out += '\n';
}

}  // namespace dyad
