#include "syntax/document_parser.h"

#include <algorithm>
#include <vector>

#include "syntax/clause.h"
#include "syntax/data_dir.h"
#include "syntax/head_rules.h"
#include "text/tokenizer.h"

namespace dyad {

std::unique_ptr<FrontEndResources> FrontEndResources::load(const std::string& data_dir,
                                                           const std::string& wordnet_dir) {
  return std::unique_ptr<FrontEndResources>(new FrontEndResources{
      Tagger::load(data_dir + "/tagger.model"), Lemmatizer::load(wordnet_dir), Parser{}});
}

std::unique_ptr<FrontEndResources> FrontEndResources::load_default() {
  return load(default_data_dir(), default_wordnet_dir());
}

DocumentParser::DocumentParser(const FrontEndResources& resources, ParseLimits limits)
    : resources_(resources), limits_(limits) {}

ParsedDocument DocumentParser::parse(const Document& doc) {
  return parse(doc, std::chrono::steady_clock::time_point::max());
}

ParsedDocument DocumentParser::parse(const Document& doc, std::chrono::steady_clock::time_point deadline) {
  ParsedDocument out;
  const bool timed = deadline != std::chrono::steady_clock::time_point::max();
  out.clean = clean_text(doc.text);
  std::vector<SentenceSpan> spans = splitter_.split(out.clean.text);
  // Spans that yield no tokens are dropped and long ones split, so speaker indices (which
  // count spans) are re-mapped to sentence indices afterwards.
  std::vector<int32_t> first_sentence_of_span(spans.size(), -1);
  skipped_ = {};
  for (size_t i = 0; i < spans.size(); ++i) {
    if (timed && std::chrono::steady_clock::now() > deadline) {
      out.out_of_time = true;
      out.stopped_at = static_cast<uint32_t>(out.clean.to_original(spans[i].begin));
      break;
    }
    size_t before = out.sentences.size();
    parse_sentence(out.clean, spans[i], out);
    if (out.sentences.size() > before) first_sentence_of_span[i] = static_cast<int32_t>(before);
  }
  for (ParsedSentence& s : out.sentences)
    if (s.speaker >= 0 && static_cast<size_t>(s.speaker) < spans.size())
      s.speaker = first_sentence_of_span[s.speaker];
  // One warning per document, however many stretches were skipped: a 10 MB line of run-on
  // text should not print thousands of lines.
  if (skipped_.stretches > 0)
    out.warnings.push_back(std::to_string(skipped_.stretches) + " stretch(es) of text (" +
                           std::to_string(skipped_.tokens) + " tokens) without a clause break " +
                           "exceed the cap of " + std::to_string(limits_.max_sentence_tokens) +
                           " tokens per sentence and were skipped; the first at byte " +
                           std::to_string(skipped_.first_byte));
  return out;
}

namespace {

bool is_auxiliary_before(const std::vector<Token>& tokens, size_t i) {
  size_t j = i;
  while (j > 0 && is_adverb(tokens[j - 1].tag)) --j;
  if (j == 0) return false;
  const std::string& aux = tokens[j - 1].lemma;
  return aux == "be" || aux == "have" || aux == "get";
}

// Index of the first VBN not preceded (across adverbs) by a form of be/have/get, or -1.
int32_t first_bare_participle(const std::vector<Token>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].tag != Pos::VBN || is_auxiliary_before(tokens, i)) continue;
    return static_cast<int32_t>(i);
  }
  return -1;
}

// The first participle without an auxiliary inside a clause (S) that has a subject but no verb
// phrase, or -1: "[Indian and Pakistani troops exchanged fire ...], officials said" read as a
// noun phrase with a reduced relative, because the tagger took "exchanged" for VBN.
int32_t participle_of_verbless_clause(const Tree& tree) {
  std::vector<NodeId> preterminal;  // only built when a bare participle is there
  for (size_t t = 0; t < tree.tokens.size(); ++t) {
    if (tree.tokens[t].tag != Pos::VBN || is_auxiliary_before(tree.tokens, t)) continue;
    if (preterminal.empty()) {
      preterminal.assign(tree.tokens.size(), kNoNode);
      for (NodeId n = 0; n < static_cast<NodeId>(tree.nodes.size()); ++n)
        if (tree.nodes[n].token >= 0) preterminal[tree.nodes[n].token] = n;
    }
    // The nearest clause above the participle: verbless, with a subject?
    NodeId s = preterminal[t];
    while (s != kNoNode && (tree.nodes[s].token >= 0 || base_label(tree.nodes[s].label) != "S")) s = tree.nodes[s].parent;
    if (s == kNoNode) continue;
    bool has_vp = false, has_np = false;
    for (NodeId c = tree.first_child(s); c != kNoNode; c = tree.next_sibling(c)) {
      has_vp = has_vp || base_label(tree.nodes[c].label) == "VP";
      has_np = has_np || base_label(tree.nodes[c].label) == "NP";
    }
    if (!has_vp && has_np) return static_cast<int32_t>(t);
  }
  return -1;
}

bool is_clause_break(const Token& t) {
  return t.text == ";" || t.text == ":" || t.text == "-" || t.text == "--";
}

}  // namespace

void DocumentParser::parse_sentence(const CleanedText& clean, const SentenceSpan& span,
                                    ParsedDocument& out) {
  std::vector<Token> tokens;
  tokenize(clean.text, span.begin, span.end, tokens);
  if (tokens.empty()) return;
  if (tokens.size() <= limits_.max_sentence_tokens) {
    emit(clean, span, std::move(tokens), out);
    return;
  }
  // Too long: cut at clause punctuation into pieces under the cap, greedily.
  size_t start = 0;
  while (start < tokens.size()) {
    size_t limit = std::min(tokens.size(), start + limits_.max_sentence_tokens);
    size_t cut = limit;
    if (limit < tokens.size()) {
      cut = start;
      for (size_t i = limit; i > start + 1; --i)
        if (is_clause_break(tokens[i - 1])) { cut = i; break; }
    }
    if (cut == start) {
      // No break point: skip to the next one, or to the end.
      size_t next = limit;
      while (next < tokens.size() && !is_clause_break(tokens[next])) ++next;
      if (skipped_.stretches++ == 0) skipped_.first_byte = clean.to_original(tokens[start].begin);
      skipped_.tokens += next - start;
      start = next < tokens.size() ? next + 1 : next;
      continue;
    }
    SentenceSpan piece = span;
    piece.begin = tokens[start].begin;
    piece.end = tokens[cut - 1].end;
    emit(clean, piece, std::vector<Token>(tokens.begin() + start, tokens.begin() + cut), out);
    start = cut;
  }
}

void DocumentParser::emit(const CleanedText& clean, const SentenceSpan& span,
                          std::vector<Token> tokens, ParsedDocument& out) {
  resources_.tagger.tag(tokens);
  resources_.lemmatizer.correct_tags(tokens);
  resources_.lemmatizer.lemmatize(tokens);
  for (Token& t : tokens) {
    t.begin = clean.to_original(t.begin);
    t.end = clean.to_original(t.end);
  }
  ParsedSentence s;
  s.index = static_cast<int32_t>(out.sentences.size());
  s.begin = clean.to_original(span.begin);
  s.end = clean.to_original(span.end);
  s.text.assign(clean.text, span.begin, span.end - span.begin);
  s.quote_group = span.quote_group;
  s.speaker = span.speaker;
  // The parser takes the tokens (no copy per sentence) and may retag a few; the tags are kept
  // so a retry starts from the tokens as they were.
  thread_local std::vector<Pos> tags;
  tags.clear();
  for (const Token& t : tokens) tags.push_back(t.tag);
  s.tree = resources_.parser.parse(std::move(tokens));
  if (main_clause_heads(s.tree).verb < 0) {
    // The tagger's most common confusion is VBD/VBN ("Thousands of people rallied in ..." read
    // as a reduced relative), which leaves the sentence without a main verb. Read the first
    // participle that has no auxiliary before it as the past tense and parse again.
    tokens = s.tree.tokens;
    for (size_t k = 0; k < tokens.size(); ++k) tokens[k].tag = tags[k];
    if (int32_t i = first_bare_participle(tokens); i >= 0) {
      tokens[i].tag = Pos::VBD;
      Tree retry = resources_.parser.parse(std::move(tokens));
      if (main_clause_heads(retry).verb >= 0) s.tree = std::move(retry);
    }
  } else if (int32_t i = participle_of_verbless_clause(s.tree); i >= 0) {
    // The same confusion in a clause reported at the end of the sentence.
    tokens = s.tree.tokens;
    for (size_t k = 0; k < tokens.size(); ++k) tokens[k].tag = tags[k];
    tokens[i].tag = Pos::VBD;
    Tree retry = resources_.parser.parse(std::move(tokens));
    if (main_clause_heads(retry).verb >= 0 && participle_of_verbless_clause(retry) < 0) s.tree = std::move(retry);
  }
  out.sentences.push_back(std::move(s));
}

}  // namespace dyad
