// dyad: news articles in, political events out. This file only dispatches subcommands.
#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event data from news text"};
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
