// The front end as one call: a Document in, its cleaned text and one parse Tree per sentence out.
//
//   FrontEndResources (loaded once, read-only, shared by every thread)
//     = tagger model + WordNet lemmatizer + parser
//   DocumentParser (one per thread: it owns the ICU sentence iterator, which is not thread-safe)
//     clean -> split sentences -> tokenize -> tag -> lemmatize -> parse
//
// Token offsets in every Tree are byte offsets into the ORIGINAL Document::text, so evidence
// spans point at what the user fed in, not at the cleaned copy.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/tree.h"
#include "text/cleaner.h"
#include "text/document.h"
#include "text/sentence_splitter.h"

namespace dyad {

struct FrontEndResources {
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;

  // Loads the tagger model from `data_dir` and WordNet from `wordnet_dir`.
  // Throws std::runtime_error naming the file that could not be loaded.
  static std::unique_ptr<FrontEndResources> load(const std::string& data_dir,
                                                 const std::string& wordnet_dir);
  // The same from the default locations: default_data_dir() and default_wordnet_dir().
  static std::unique_ptr<FrontEndResources> load_default();
};

struct ParsedSentence {
  int32_t index = 0;         // 0-based position among the document's kept sentences
  uint32_t begin = 0;        // byte span of the sentence in the original document text
  uint32_t end = 0;
  std::string text;          // the cleaned sentence text
  int32_t quote_group = -1;  // see SentenceSpan: sentences of one multi-sentence quotation
  int32_t speaker = -1;      // index of the sentence naming that quotation's speaker
  Tree tree;
};

struct ParsedDocument {
  CleanedText clean;
  std::vector<ParsedSentence> sentences;
  std::vector<std::string> warnings;  // e.g. an over-long sentence that was skipped
  // parse(doc, deadline) passed its deadline: the text from byte `stopped_at` of the
  // original (the first sentence not parsed) on has no sentences.
  bool out_of_time = false;
  uint32_t stopped_at = 0;
};

struct ParseLimits {
  // Sentences longer than this are split at ';' / ':' / ' - ' when possible; pieces that are
  // still too long are skipped with a warning. Parse cost stays linear in the input.
  size_t max_sentence_tokens = 120;
};

class DocumentParser {
 public:
  // `resources` must outlive this DocumentParser.
  explicit DocumentParser(const FrontEndResources& resources, ParseLimits limits = {});

  ParsedDocument parse(const Document& doc);
  // The same, checking the clock between sentences: past `deadline` the rest is not parsed
  // (ParsedDocument::out_of_time). DocumentCoder's time budget per document.
  ParsedDocument parse(const Document& doc, std::chrono::steady_clock::time_point deadline);

 private:
  void parse_sentence(const CleanedText& clean, const SentenceSpan& span, ParsedDocument& out);
  void emit(const CleanedText& clean, const SentenceSpan& span, std::vector<Token> tokens,
            ParsedDocument& out);

  const FrontEndResources& resources_;
  ParseLimits limits_;
  SentenceSplitter splitter_;
  struct Skipped {
    size_t stretches = 0;
    size_t tokens = 0;
    uint32_t first_byte = 0;
  } skipped_;  // over-long stretches of the document being parsed
};

}  // namespace dyad
