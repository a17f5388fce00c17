// dyad: news articles in, political events out. This file only parses options and dispatches
// to the subcommands in src/cli/.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/code_command.h"
#include "cli/export_command.h"
#include "cli/ingest_command.h"
#include "cli/dict_command.h"
#include "cli/dict_coverage.h"
#include "cli/dictionary_options.h"
#include "cli/parse_command.h"
#include "cli/query_command.h"
#include "cli/timeline_command.h"
#include "cli/validate_command.h"

namespace {

// The dictionary options of every coding command (cli/dictionary_options.h).
void add_dictionary_options(CLI::App* cmd, dyad::DictionaryOptions& options) {
  cmd->add_option("--dictionaries", options.directory,
                  "Dictionary directory, native or PETRARCH format (default: dyad's own, data/dict)");
  cmd->add_option("--verbs", options.verbs, "Verb dictionary file (PETRARCH CAMEO format)");
  cmd->add_option("--actors", options.actors, "Actor dictionary file(s)");
  cmd->add_option("--agents", options.agents, "Agent dictionary file");
  cmd->add_option("--discards", options.discards, "Discard dictionary file");
  cmd->add_option("--issues", options.issues, "Issue dictionary file");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event data (who did what to whom, when and where) from news text"};
  app.require_subcommand(1);

  dyad::ParseCommandOptions parse;
  CLI::App* parse_cmd = app.add_subcommand(
      "parse", "Print sentences, tokens (tag, lemma, offsets), clause heads and parse trees");
  parse_cmd->add_option("files", parse.inputs, "Input files (.txt .html .jsonl; - for stdin)");
  parse_cmd->add_option("--date", parse.date, "Date of .txt/.html articles (YYYY-MM-DD)");
  parse_cmd->add_option("--format", parse.format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl"}));
  parse_cmd->add_flag("--strict", parse.strict, "Stop at the first bad document");
  parse_cmd->add_flag("--quiet,-q", parse.quiet, "No warnings on stderr");
  parse_cmd->add_option("-j,--threads", parse.threads, "Threads (default: one per core)");

  dyad::CodeCommandOptions code;
  CLI::App* code_cmd = app.add_subcommand(
      "code", "Code events (JSONL, one per line) from articles or PETRARCH XML records");
  code_cmd->add_option("files", code.inputs, "Input files (.xml .txt .html .jsonl; - for stdin)");
  code_cmd->add_option("--date", code.date, "Date of .txt/.html articles (YYYY-MM-DD)");
  code_cmd->add_option("--format", code.format, "Output: jsonl (default), tsv, csv, or text to read")
      ->check(CLI::IsMember({"jsonl", "tsv", "csv", "text"}));
  add_dictionary_options(code_cmd, code.dictionaries);
  code_cmd->add_flag("--strict", code.strict, "Stop at the first bad document or dictionary entry");
  code_cmd->add_flag("--quiet,-q", code.quiet, "No warnings on stderr");
  code_cmd->add_flag("--report-unknown", code.report_unknown,
                     "After coding, list the capitalised subjects and objects no dictionary knows, counted");
  code_cmd->add_option("-j,--threads", code.threads, "Threads (default: one per core)");

  dyad::ValidateCommandOptions validate;
  CLI::App* validate_cmd = app.add_subcommand(
      "validate", "Code PETRARCH validation records and compare with their gold events");
  validate_cmd->add_option("file", validate.input, "Validation records (.xml)")->required();
  validate_cmd->add_option("--dictionaries", validate.dictionaries,
                           "Directory of the dictionary files the <Environment> names");
  validate_cmd->add_flag("--quiet,-q", validate.quiet, "Print only the summary");

  CLI::App* dict_cmd = app.add_subcommand("dict", "Lint, convert, explain dictionaries and report their coverage");
  dict_cmd->require_subcommand(1);
  dyad::DictLintOptions dict_lint;
  CLI::App* lint_cmd = dict_cmd->add_subcommand("lint", "List every error of dictionary files, exit 1 if any");
  lint_cmd->add_option("paths", dict_lint.paths, "Files or directories (default: dyad's own dictionaries)");
  dyad::DictConvertOptions dict_convert;
  CLI::App* convert_cmd = dict_cmd->add_subcommand("convert", "Convert PETRARCH dictionaries to dyad's format");
  convert_cmd->add_option("--from", dict_convert.from, "Input format")->check(CLI::IsMember({"petrarch"}));
  convert_cmd->add_option("input", dict_convert.input, "PETRARCH file or directory")->required();
  convert_cmd->add_option("output", dict_convert.output, "Native file or directory")->required();
  dyad::DictExplainOptions dict_explain;
  CLI::App* explain_cmd = dict_cmd->add_subcommand("explain", "Show the entries a phrase matches and their codes");
  explain_cmd->add_option("phrase", dict_explain.phrase, "Words as in a sentence")->required();
  explain_cmd->add_option("--date", dict_explain.date, "Date for actor roles (YYYY-MM-DD, default today)");
  explain_cmd->add_option("--dictionaries", dict_explain.dictionaries, "Dictionary directory (native or PETRARCH)");
  dyad::DictCoverageOptions dict_coverage;
  CLI::App* coverage_cmd =
      dict_cmd->add_subcommand("coverage", "Which CAMEO codes the dictionaries can emit, and how many actors and verbs");
  coverage_cmd->add_option("--dictionaries", dict_coverage.dictionaries, "Dictionary directory (native or PETRARCH)");

  // The event store: ingest, query, timeline, export (src/store/, docs/store.md).
  dyad::IngestCommandOptions ingest;
  CLI::App* ingest_cmd = app.add_subcommand(
      "ingest", "Code articles and store their events in an event store (SQLite), skipping stored ones");
  ingest_cmd->add_option("--db", ingest.db, "Event store file (created if missing)")->required();
  ingest_cmd->add_option("files", ingest.inputs, "Input files (.txt .html .jsonl; - for stdin)");
  ingest_cmd->add_option("--date", ingest.date, "Date of .txt/.html articles (YYYY-MM-DD)");
  add_dictionary_options(ingest_cmd, ingest.dictionaries);
  ingest_cmd->add_option("--batch", ingest.batch, "Documents per transaction (default 1000)");
  ingest_cmd->add_flag("--strict", ingest.strict, "Stop at the first bad document or dictionary entry");
  ingest_cmd->add_flag("--quiet,-q", ingest.quiet, "No warnings on stderr");
  ingest_cmd->add_option("-j,--threads", ingest.threads, "Threads (default: one per core)");

  auto add_filters = [](CLI::App* cmd, dyad::QueryFilterOptions& f) {
    cmd->add_option("--actor", f.actor, "Source or target actor code, by prefix (USA matches USAGOV)");
    cmd->add_option("--dyad", f.dyad, "SOURCE,TARGET actor codes, by prefix");
    cmd->add_flag("--both-directions", f.both_directions, "With --dyad: also TARGET,SOURCE");
    cmd->add_option("--code", f.code, "CAMEO event code prefix (19 matches 190, 1951)");
    cmd->add_option("--root", f.root, "CAMEO root code (two digits)");
    cmd->add_option("--quad", f.quad, "Quad class 1..4");
    cmd->add_option("--from", f.from, "First date (YYYY-MM-DD)");
    cmd->add_option("--to", f.to, "Last date (YYYY-MM-DD)");
    cmd->add_option("--place", f.place, "Place name, ISO3 country or GeoNames id");
  };

  dyad::QueryCommandOptions query;
  CLI::App* query_cmd = app.add_subcommand("query", "Print stored events matching filters");
  query_cmd->add_option("--db", query.db, "Event store file")->required();
  add_filters(query_cmd, query.filters);
  query_cmd->add_option("--limit", query.filters.limit, "At most N events");
  query_cmd->add_option("--format", query.format, "Output format")->check(CLI::IsMember({"jsonl", "tsv", "csv"}));
  query_cmd->add_flag("--mentions", query.mentions, "jsonl: list every mention of each event");
  query_cmd->add_flag("--summary", query.summary, "Print the store's totals instead of events");

  dyad::TimelineCommandOptions timeline;
  CLI::App* timeline_cmd = app.add_subcommand(
      "timeline", "Events of a dyad per day, week or month by quad class, with Goldstein sum and mean");
  timeline_cmd->add_option("--db", timeline.db, "Event store file")->required();
  add_filters(timeline_cmd, timeline.filters);
  timeline_cmd->add_option("--by", timeline.by, "Period")->check(CLI::IsMember({"day", "week", "month"}));
  timeline_cmd->add_option("--format", timeline.format, "Output format")->check(CLI::IsMember({"table", "tsv"}));
  timeline_cmd->add_option("--plot", timeline.plot, "Also draw the timeline into this SVG file");

  dyad::ExportCommandOptions export_options;
  CLI::App* export_cmd = app.add_subcommand(
      "export", "Write stored events as GDELT, ICEWS or Phoenix rows or PLOVER JSONL");
  export_cmd->add_option("--db", export_options.db, "Event store file")->required();
  export_cmd->add_option("--format", export_options.format, "Layout")
      ->required()
      ->check(CLI::IsMember({"gdelt", "icews", "phoenix", "plover"}));
  add_filters(export_cmd, export_options.filters);
  export_cmd->add_option("--limit", export_options.filters.limit, "At most N events");
  export_cmd->add_flag("--header", export_options.header, "Column names first (gdelt, phoenix)");

  CLI11_PARSE(app, argc, argv);
  if (ingest_cmd->parsed()) return dyad::run_ingest_command(ingest, stdout, stderr);
  if (query_cmd->parsed()) return dyad::run_query_command(query, stdout, stderr);
  if (timeline_cmd->parsed()) return dyad::run_timeline_command(timeline, stdout, stderr);
  if (export_cmd->parsed()) return dyad::run_export_command(export_options, stdout, stderr);
  if (lint_cmd->parsed()) return dyad::run_dict_lint(dict_lint, stdout, stderr);
  if (convert_cmd->parsed()) return dyad::run_dict_convert(dict_convert, stdout, stderr);
  if (explain_cmd->parsed()) return dyad::run_dict_explain(dict_explain, stdout, stderr);
  if (coverage_cmd->parsed()) return dyad::run_dict_coverage(dict_coverage, stdout, stderr);
  if (code_cmd->parsed()) return dyad::run_code_command(code, stdout, stderr);
  if (validate_cmd->parsed()) return dyad::run_validate_command(validate, stdout, stderr);
  if (parse_cmd->parsed()) return dyad::run_parse_command(parse, stdout, stderr);
  return 0;
}
