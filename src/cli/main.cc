// dyad: news articles in, political events out. This file only parses options and dispatches
// to the subcommands in src/cli/.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/code_command.h"
#include "cli/dict_command.h"
#include "cli/parse_command.h"
#include "cli/validate_command.h"

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
  code_cmd->add_option("--format", code.format, "Output format")->check(CLI::IsMember({"jsonl"}));
  code_cmd->add_option("--dictionaries", code.dictionaries.directory, "Directory of PETRARCH-format dictionaries");
  code_cmd->add_option("--verbs", code.dictionaries.verbs, "Verb dictionary file (PETRARCH CAMEO format)");
  code_cmd->add_option("--actors", code.dictionaries.actors, "Actor dictionary file(s)");
  code_cmd->add_option("--agents", code.dictionaries.agents, "Agent dictionary file");
  code_cmd->add_option("--discards", code.dictionaries.discards, "Discard dictionary file");
  code_cmd->add_option("--issues", code.dictionaries.issues, "Issue dictionary file");
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

  CLI::App* dict_cmd = app.add_subcommand("dict", "Lint, convert and explain dictionaries");
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

  CLI11_PARSE(app, argc, argv);
  if (lint_cmd->parsed()) return dyad::run_dict_lint(dict_lint, stdout, stderr);
  if (convert_cmd->parsed()) return dyad::run_dict_convert(dict_convert, stdout, stderr);
  if (explain_cmd->parsed()) return dyad::run_dict_explain(dict_explain, stdout, stderr);
  if (code_cmd->parsed()) return dyad::run_code_command(code, stdout, stderr);
  if (validate_cmd->parsed()) return dyad::run_validate_command(validate, stdout, stderr);
  if (parse_cmd->parsed()) return dyad::run_parse_command(parse, stdout, stderr);
  return 0;
}
