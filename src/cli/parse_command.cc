#include "cli/parse_command.h"

#include <algorithm>
#include <exception>
#include <thread>

#include "cli/document_inputs.h"
#include "cli/ordered_pool.h"
#include "io/document_reader.h"
#include "io/json_writer.h"
#include "syntax/document_parser.h"
#include "syntax/clause.h"
#include "syntax/ptb.h"

namespace dyad {
namespace {

std::string head_text(const Tree& tree, int32_t token) {
  return token >= 0 ? tree.tokens[token].text : "-";
}

void write_text(const Document& doc, const ParsedSentence& s, std::string& buf) {
  const Tree& tree = s.tree;
  ClauseHeads heads = main_clause_heads(tree);
  buf += "# doc " + doc.id + " sentence " + std::to_string(s.index) + " bytes " +
         std::to_string(s.begin) + "-" + std::to_string(s.end) + "\n";
  buf += "# text = " + s.text + "\n";
  if (s.quote_group >= 0)
    buf += "# quote = group " + std::to_string(s.quote_group) + ", speaker in sentence " +
           std::to_string(s.speaker) + "\n";
  buf += "# clause = subject " + head_text(tree, heads.subject) + " | verb " +
         head_text(tree, heads.verb) + " | object " + head_text(tree, heads.object) + "\n";
  for (size_t i = 0; i < tree.tokens.size(); ++i) {
    const Token& t = tree.tokens[i];
    buf += std::to_string(i + 1) + "\t" + t.text + "\t" + std::string(pos_name(t.tag)) + "\t" +
           t.lemma + "\t" + std::to_string(t.begin) + "-" + std::to_string(t.end) + "\n";
  }
  buf += write_ptb(tree);
  buf += "\n\n";
}

void write_jsonl(const Document& doc, const ParsedSentence& s, std::string& buf) {
  const Tree& tree = s.tree;
  ClauseHeads heads = main_clause_heads(tree);
  JsonWriter w(&buf);
  w.begin_object();
  w.key("doc_id"); w.value(doc.id);
  w.key("sentence"); w.value(int64_t{s.index});
  w.key("begin"); w.value(int64_t{s.begin});
  w.key("end"); w.value(int64_t{s.end});
  w.key("text"); w.value(s.text);
  w.key("tokens");
  w.begin_array();
  for (const Token& t : tree.tokens) {
    w.begin_object();
    w.key("text"); w.value(t.text);
    w.key("tag"); w.value(pos_name(t.tag));
    w.key("lemma"); w.value(t.lemma);
    w.key("begin"); w.value(int64_t{t.begin});
    w.key("end"); w.value(int64_t{t.end});
    w.end_object();
  }
  w.end_array();
  w.key("clause");
  w.begin_object();
  w.key("subject"); heads.subject >= 0 ? w.value(int64_t{heads.subject}) : w.null();
  w.key("verb"); heads.verb >= 0 ? w.value(int64_t{heads.verb}) : w.null();
  w.key("object"); heads.object >= 0 ? w.value(int64_t{heads.object}) : w.null();
  w.end_object();
  w.key("tree"); w.value(write_ptb(tree));
  w.end_object();
  buf.push_back('\n');
}

}  // namespace

namespace {

// What one document turns into; produced on a worker thread, written on the reader's thread.
struct ParsedOutput {
  std::string text;      // formatted sentences
  std::string warnings;  // formatted warning lines
};

class ParseWorker {
 public:
  ParseWorker(const FrontEndResources& resources, const ParseCommandOptions& options)
      : parser_(resources), options_(options) {}

  ParsedOutput operator()(Document& doc) {
    ParsedOutput out;
    ParsedDocument parsed = parser_.parse(doc);
    for (const std::string& w : parsed.warnings)
      out.warnings += doc.origin + ": warning: document " + doc.id + ": " + w + "\n";
    for (const ParsedSentence& s : parsed.sentences) {
      if (options_.format == "jsonl") write_jsonl(doc, s, out.text);
      else write_text(doc, s, out.text);
    }
    return out;
  }

 private:
  DocumentParser parser_;
  const ParseCommandOptions& options_;
};

}  // namespace

int run_parse_command(const ParseCommandOptions& options, std::FILE* out, std::FILE* err) {
  std::unique_ptr<FrontEndResources> resources;
  try {
    resources = FrontEndResources::load_default();
  } catch (const std::exception& e) {
    std::fprintf(err, "dyad: %s\n", e.what());
    return 2;
  }
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");

  unsigned threads = worker_threads(options.threads);
  OrderedPool<Document, ParsedOutput, ParseWorker> pool(
      threads, 4 * static_cast<size_t>(threads), [&] { return ParseWorker(*resources, options); },
      [&](ParsedOutput&& parsed) {
        if (!options.quiet) std::fputs(parsed.warnings.c_str(), err);
        std::fwrite(parsed.text.data(), 1, parsed.text.size(), out);
      });

  bool had_errors = read_all_documents(
      inputs, options.date, options.strict, [&](Document&& doc) { pool.submit(std::move(doc)); }, err);
  pool.finish();
  std::fflush(out);
  return had_errors ? 1 : 0;
}

}  // namespace dyad
