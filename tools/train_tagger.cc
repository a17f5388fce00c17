// dyad-train-tagger: trains the POS tagger on the Brown corpus and writes the model file.
//
//   dyad-train-tagger --brown DIR --out MODEL [--accuracy FILE] [--epochs N] [--prune W] [--all]
//
// --epochs: training passes; --prune: drop averaged weights smaller than W in magnitude.
//
// Held out (unless --all): every Brown file whose number ends in 5 (ca05, ca15, ca25, ca35 of
// the news section, cb05 ... cr05 of the others: 50 of the 500 files). The model is trained on
// the other 450 files and is the model shipped, so the accuracy printed is the accuracy of the
// shipped model on text it has not seen. --all trains on every file (no held-out figures).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "syntax/brown_tagset.h"
#include "syntax/tagger.h"
#include "syntax/tagger_trainer.h"

namespace {

struct Options {
  std::string brown_dir;
  std::string out;
  std::string accuracy_file;
  int epochs = dyad::TaggerTrainingOptions{}.epochs;
  float prune = dyad::TaggerTrainingOptions{}.prune_below;
  bool all = false;
};

[[noreturn]] void usage(const std::string& problem) {
  std::fprintf(stderr,
               "dyad-train-tagger: %s\n"
               "usage: dyad-train-tagger --brown DIR --out MODEL [--accuracy FILE] "
               "[--epochs N] [--prune W] [--all]\n",
               problem.c_str());
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(a + " needs a value");
      return argv[++i];
    };
    if (a == "--brown") o.brown_dir = value();
    else if (a == "--out") o.out = value();
    else if (a == "--accuracy") o.accuracy_file = value();
    else if (a == "--epochs") o.epochs = std::stoi(value());
    else if (a == "--prune") o.prune = std::stof(value());
    else if (a == "--all") o.all = true;
    else usage("unknown argument " + a);
  }
  if (o.brown_dir.empty() || o.out.empty()) usage("--brown and --out are required");
  if (o.epochs < 1) usage("--epochs must be at least 1");
  return o;
}

bool held_out(const std::string& file_name) { return file_name.back() == '5'; }
bool is_news(const std::string& file_name) { return file_name[1] == 'a'; }

struct Score {
  size_t tokens = 0, correct = 0, unknown = 0, unknown_correct = 0;
  double accuracy() const { return tokens ? double(correct) / tokens : 0; }
  double unknown_accuracy() const { return unknown ? double(unknown_correct) / unknown : 0; }
};

}  // namespace

int main(int argc, char** argv) {
  Options options = parse(argc, argv);
  try {
    auto start = std::chrono::steady_clock::now();
    std::vector<dyad::BrownFile> files;
    size_t skipped = 0;
    for (const std::string& name : dyad::brown_file_names(options.brown_dir)) {
      files.push_back(dyad::read_brown_file(options.brown_dir + "/" + name));
      skipped += files.back().skipped_sentences;
    }
    std::vector<const dyad::TaggedSentence*> train, test_news, test_all;
    std::unordered_set<std::string> training_words;
    for (const dyad::BrownFile& f : files) {
      bool test = !options.all && held_out(f.name);
      for (const dyad::TaggedSentence& s : f.sentences) {
        if (!test) {
          train.push_back(&s);
          for (const dyad::TaggedWord& w : s) training_words.insert(w.text);
          continue;
        }
        test_all.push_back(&s);
        if (is_news(f.name)) test_news.push_back(&s);
      }
    }
    std::printf("corpus: %zu files, %zu training sentences, %zu held-out (%zu news), "
                "%zu sentences skipped (untranslatable tags)\n",
                files.size(), train.size(), test_all.size(), test_news.size(), skipped);

    dyad::TaggerTrainingOptions training;
    training.epochs = options.epochs;
    training.prune_below = options.prune;
    dyad::TaggerModel model = dyad::train_tagger(
        train, training, [](const std::string& line) { std::printf("%s\n", line.c_str()); });
    model.write(options.out);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("wrote %s: %zu bytes in %.1f s\n", options.out.c_str(), model.byte_size(),
                seconds);

    dyad::Tagger tagger = dyad::Tagger::load(options.out);
    auto evaluate = [&](const std::vector<const dyad::TaggedSentence*>& sentences) {
      Score score;
      std::vector<std::string> words;
      std::vector<dyad::Pos> tags;
      for (const dyad::TaggedSentence* s : sentences) {
        words.clear();
        for (const dyad::TaggedWord& w : *s) words.push_back(w.text);
        tagger.tag_words(words, &tags);
        for (size_t i = 0; i < s->size(); ++i) {
          bool right = tags[i] == (*s)[i].tag;
          ++score.tokens;
          score.correct += right;
          if (!training_words.count(words[i])) {
            ++score.unknown;
            score.unknown_correct += right;
          }
        }
      }
      return score;
    };
    if (options.all) {
      std::printf("trained on all files: no held-out accuracy\n");
      return 0;
    }
    Score news = evaluate(test_news), all = evaluate(test_all);
    std::printf("held-out news (ca05 ca15 ca25 ca35): %.4f of %zu tokens (unknown words %.4f of %zu)\n",
                news.accuracy(), news.tokens, news.unknown_accuracy(), news.unknown);
    std::printf("held-out all (50 files *5): %.4f of %zu tokens (unknown words %.4f of %zu)\n",
                all.accuracy(), all.tokens, all.unknown_accuracy(), all.unknown);
    if (!options.accuracy_file.empty()) {
      std::ofstream out(options.accuracy_file);
      out << "# dyad-train-tagger: held-out Brown files ca05 ca15 ca25 ca35 (news) and all *5 files\n";
      out << "heldout_news_accuracy " << news.accuracy() << "\n";
      out << "heldout_news_tokens " << news.tokens << "\n";
      out << "heldout_all_accuracy " << all.accuracy() << "\n";
      out << "heldout_all_tokens " << all.tokens << "\n";
      out << "heldout_all_unknown_word_accuracy " << all.unknown_accuracy() << "\n";
      out << "training_seconds " << seconds << "\n";
      if (!out) throw std::runtime_error(options.accuracy_file + ": cannot write");
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad-train-tagger: %s\n", e.what());
    return 1;
  }
}
