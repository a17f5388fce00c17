// The output formats of `dyad code`, one event at a time:
//  - jsonl: the JSON line of code/event_json.h (the contract other tools read);
//  - tsv/csv: one row per event under document_event_table_header(), for spreadsheets and R;
//  - text: two lines per event for people reading along, the event first, then its evidence:
//      2025-08-20  BLRGOV -> IRN  0312 Express intent to cooperate militarily  [Minsk, BLR]
//          Belarus / intends to cooperate militarily / Iran   (doc belarus-iran #3, 03-intent.verbs:12)
#pragma once

#include <string>
#include <string_view>

#include "code/document_coder.h"

namespace dyad {

enum class EventFormat { kJsonl, kTsv, kCsv, kText };

// "jsonl", "tsv", "csv", "text"; false for any other name.
bool parse_event_format(std::string_view name, EventFormat* format);

// The header line (with '\n') of the tsv and csv formats; empty for the others.
std::string document_event_header(EventFormat format);

// Appends `event` of document `doc_id` in `format`, ending with '\n'.
void append_document_event(const DocumentEvent& event, std::string_view doc_id, EventFormat format, std::string& out);

// The jsonl line alone (code/event_json.h).
void append_document_event_json(const DocumentEvent& event, std::string_view doc_id, std::string& out);

}  // namespace dyad
