// DocumentCoder: one document in, its events out, each with its own date and place.
//
// The front end (syntax/document_parser.h) parses the document; the EventCoder codes each
// sentence; then every event gets
//  - `date`: the date expression of the event's clause (resolve/date_expression.h) resolved
//    against the document date, else one in the rest of the sentence, else the document date;
//  - `location`: the gazetteer place attached to the event's clause (resolve/place_finder.h),
//    preferring the actors' countries, or none.
// Sentences are coded in order with a Discourse (code/discourse.h), so pronouns and
// descriptions take their antecedents from earlier sentences, and the sentences of a
// quotation take its speaker (named in the same or a later sentence) as "I"/"we".
// Limits (DocumentLimits, docs/robustness.md): a time budget per document, parse and coding
// together, and a cap on pattern search per sentence; past either, what was coded stays and
// a warning says what was left out.
// One DocumentCoder per thread (it owns a DocumentParser); the resources, the coder and the
// gazetteer are shared read-only and must outlive it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "code/event.h"
#include "code/event_coder.h"
#include "resolve/gazetteer.h"
#include "resolve/place_finder.h"
#include "syntax/document_parser.h"
#include "text/document.h"

namespace dyad {

struct DocumentEvent {
  CodedEvent event;
  int32_t sentence = 0;          // 0-based index among the document's sentences
  std::string date;              // YYYY-MM-DD, the event's own date
  std::string date_text;         // the expression it came from ("on August 19"), empty if none
  std::optional<EventPlace> location;
  std::string text;              // the sentence
};

struct CodedDocument {
  std::vector<DocumentEvent> events;
  std::vector<std::string> warnings;  // "no usable date", over-long stretches skipped, ...
  int32_t sentence_count = 0;
  std::vector<std::string> unknown_actors;  // see SentenceCoding::unknown_actors, text order
};

struct DocumentLimits {
  // Wall-clock time for one document from the start of code(), checked between sentences
  // (parsing and coding): the sentences after it are skipped with a warning. A news article
  // takes milliseconds and a 1 MiB one about a second; 10 s stops only text no analyst reads.
  std::chrono::steady_clock::duration time_budget = std::chrono::seconds(10);
  // Pattern match attempts per sentence (CoderOptions::max_pattern_attempts).
  int64_t max_pattern_attempts = CoderOptions::kMaxPatternAttempts;
};

class DocumentCoder {
 public:
  // `gazetteer` may be null: events then carry no location.
  DocumentCoder(const FrontEndResources& resources, const EventCoder& coder, const Gazetteer* gazetteer,
                DocumentLimits limits = {});

  CodedDocument code(const Document& doc);

  // The events of one already-parsed sentence, dated and placed against `document_date`.
  void code_sentence(const Tree& tree, int32_t sentence_index, const std::string& sentence_text,
                     std::chrono::year_month_day document_date, const CoderOptions& options,
                     std::vector<DocumentEvent>& out);

  // The actors each sentence of the last document named (subject and others), in order.
  const std::vector<SentenceActors>& sentence_actors() const { return sentence_actors_; }

 private:
  DocumentParser parser_;
  const EventCoder& coder_;
  const Gazetteer* gazetteer_;
  DocumentLimits limits_;
  SentenceCoding coding_;
  Discourse discourse_;
  std::vector<SentenceActors> sentence_actors_;
};

}  // namespace dyad
