// dyad: news articles in, political events out. This file only parses options and dispatches
// to the subcommands in src/cli/.
#include <CLI/CLI.hpp>
#include <cstdio>

#include "cli/parse_command.h"

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

  CLI11_PARSE(app, argc, argv);
  if (parse_cmd->parsed()) return dyad::run_parse_command(parse, stdout, stderr);
  return 0;
}
