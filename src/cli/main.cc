// dyad: news articles in, political events out. This file only parses options and dispatches
// to the subcommands in src/cli/.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/code_command.h"
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
  code_cmd->add_option("--dictionaries", code.dictionaries, "Directory of PETRARCH-format dictionaries");
  code_cmd->add_option("--verbs", code.verbs, "Verb dictionary file (PETRARCH CAMEO format)");
  code_cmd->add_option("--actors", code.actors, "Actor dictionary file(s)");
  code_cmd->add_option("--agents", code.agents, "Agent dictionary file");
  code_cmd->add_option("--discards", code.discards, "Discard dictionary file");
  code_cmd->add_option("--issues", code.issues, "Issue dictionary file");
  code_cmd->add_flag("--strict", code.strict, "Stop at the first bad document or dictionary entry");
  code_cmd->add_flag("--quiet,-q", code.quiet, "No warnings on stderr");
  code_cmd->add_option("-j,--threads", code.threads, "Threads (default: one per core)");

  dyad::ValidateCommandOptions validate;
  CLI::App* validate_cmd = app.add_subcommand(
      "validate", "Code PETRARCH validation records and compare with their gold events");
  validate_cmd->add_option("file", validate.input, "Validation records (.xml)")->required();
  validate_cmd->add_option("--dictionaries", validate.dictionaries,
                           "Directory of the dictionary files the <Environment> names");
  validate_cmd->add_flag("--quiet,-q", validate.quiet, "Print only the summary");

  CLI11_PARSE(app, argc, argv);
  if (code_cmd->parsed()) return dyad::run_code_command(code, stdout, stderr);
  if (validate_cmd->parsed()) return dyad::run_validate_command(validate, stdout, stderr);
  if (parse_cmd->parsed()) return dyad::run_parse_command(parse, stdout, stderr);
  return 0;
}
