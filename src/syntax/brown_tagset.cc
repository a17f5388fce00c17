#include "syntax/brown_tagset.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace dyad {
namespace {

// One token after splitting clitics off, before its Penn tag is chosen. `fixed` is set for the
// split-off pieces whose tag is known outright (n't/RB, 's/POS).
struct Piece {
  std::string text;
  std::string brown;  // base Brown tag: lowercase, no -tl/-hl/-nc, no fw-, no * or $
  bool title = false;
  Pos fixed = Pos::X;
};

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

std::string to_lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (is_upper_ascii(c)) c = static_cast<char>(c - 'A' + 'a');
  return r;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Removes every trailing -tl/-hl/-nc (they combine: "nn$-tl-hl"); reports whether -tl was seen.
std::string strip_brown_suffixes(std::string tag, bool* title) {
  *title = false;
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view s : {"-tl", "-hl", "-nc"}) {
      if (ends_with(tag, s)) {
        if (s == "-tl") *title = true;
        tag.resize(tag.size() - s.size());
        changed = true;
      }
    }
  }
  if (tag.rfind("fw-", 0) == 0) tag.erase(0, 3);
  return tag;
}

// Clitics our tokenizer splits from the word before them, longest first.
constexpr std::array<std::string_view, 6> kClitics = {"'re", "'ll", "'ve", "'s", "'d", "'m"};

// Length of a splittable clitic at the end of `word` (0 if none, or if nothing would remain).
size_t clitic_length(std::string_view word) {
  std::string lower = to_lower(word);
  for (std::string_view c : kClitics)
    if (lower.size() > c.size() && ends_with(lower, c)) return c.size();
  return 0;
}

bool is_pronoun_possessive_tag(std::string_view t) {
  return t == "pp$" || t == "wp$" || t == "pp$$";
}

// Expands one "word/tag" item into pieces.
void expand_item(std::string_view word, std::string tag, bool title, std::vector<Piece>* out) {
  auto plain = [&](std::string_view w, std::string t) {
    out->push_back(Piece{std::string(w), std::move(t), title, Pos::X});
  };
  size_t plus = tag.find('+');
  if (plus != std::string::npos) {
    std::string first = tag.substr(0, plus);
    std::string second = tag.substr(plus + 1);
    if (size_t p2 = second.find('+'); p2 != std::string::npos) second.resize(p2);
    // A negation or possessive mark on a part of a compound cannot be split further here.
    auto clean = [](std::string t) {
      while (!t.empty() && (t.back() == '*' || (t.back() == '$' && !is_pronoun_possessive_tag(t))))
        t.pop_back();
      return t;
    };
    first = clean(first);
    second = clean(second);
    if (size_t n = clitic_length(word); n > 0) {
      plain(word.substr(0, word.size() - n), first);
      plain(word.substr(word.size() - n), second);
    } else {
      plain(word, first);
    }
    return;
  }
  if (tag.size() > 1 && tag.back() == '*') {
    tag.pop_back();
    if (word.size() > 3 && ends_with(to_lower(word), "n't")) {
      plain(word.substr(0, word.size() - 3), tag);
      out->push_back(Piece{std::string(word.substr(word.size() - 3)), "*", title, Pos::RB});
    } else {
      plain(word, tag);
    }
    return;
  }
  if (tag.size() > 1 && tag.back() == '$' && !is_pronoun_possessive_tag(tag)) {
    tag.pop_back();
    std::string lower = to_lower(word);
    size_t n = 0;
    if (lower.size() > 2 && ends_with(lower, "'s")) n = 2;
    else if (lower.size() > 1 && ends_with(lower, "'")) n = 1;
    if (n > 0) {
      plain(word.substr(0, word.size() - n), tag);
      out->push_back(Piece{std::string(word.substr(word.size() - n)), "pos", title, Pos::POS});
    } else {
      plain(word, tag);
    }
    return;
  }
  plain(word, std::move(tag));
}

// "American", "Iranian", "Chinese", "British", "Israeli": adjectives of nationality.
bool is_nationality_like(std::string_view lower) {
  return ends_with(lower, "an") || ends_with(lower, "ese") || ends_with(lower, "ish") ||
         (ends_with(lower, "i") && lower.size() > 4);
}

// True when the title run containing pieces[i] is directly followed by a (non-title) name:
// "Russian/jj-tl Foreign/jj-tl Minister/nn-tl Gromyko/np".
bool title_precedes_name(const std::vector<Piece>& pieces, size_t i) {
  size_t j = i;
  while (j < pieces.size() && pieces[j].title) ++j;
  return j > i + 1 && j < pieces.size() && pieces[j].brown == "np";
}

bool is_determiner_tag(std::string_view b) {
  return b == "at" || b == "dt" || b == "dti" || b == "dts" || b == "dtx" || b == "pp$" ||
         b == "ap" || b == "cd";
}

bool is_do_word(std::string_view lower) {
  return lower == "do" || lower == "does" || lower == "did";
}

// Verbs that take a bare infinitive after their object: "let them go", "made him laugh".
bool takes_bare_infinitive(std::string_view lower) {
  static constexpr std::array<std::string_view, 22> kVerbs = {
      "let",   "lets",  "letting", "make",  "makes", "made",  "making", "help",
      "helps", "helped", "see",    "saw",   "seen",  "hear",  "heard",  "watch",
      "watched", "have", "had",    "has",   "feel",  "felt"};
  return std::find(kVerbs.begin(), kVerbs.end(), lower) != kVerbs.end();
}

bool is_subject_like(Pos p) {
  switch (p) {
    case Pos::PRP: case Pos::NN: case Pos::NNS: case Pos::NNP: case Pos::NNPS:
    case Pos::WDT: case Pos::WP: case Pos::EX: case Pos::DT: case Pos::CD:
      return true;
    default:
      return false;
  }
}

// Brown "vb"/"do"/"hv" at pieces[i]: Penn VB (base form) or VBP (present, not 3rd singular).
Pos base_or_present(const std::vector<Piece>& pieces, const std::vector<Pos>& tags, size_t i) {
  int j = static_cast<int>(i) - 1;
  while (j >= 0 && is_adverb(tags[j])) --j;
  bool question = !pieces.empty() && pieces.back().text == "?";
  bool auxiliary = pieces[i].brown == "do" || pieces[i].brown == "hv";
  if (j < 0) return question && auxiliary ? Pos::VBP : Pos::VB;
  Pos p = tags[j];
  if (p == Pos::MD || p == Pos::TO) return Pos::VB;
  if (is_verb(p)) return Pos::VB;  // "do/does/did go", "help find", "let go"
  switch (p) {
    case Pos::OpenQuote: case Pos::Colon: case Pos::Comma: case Pos::LRB: case Pos::Period:
      return question && auxiliary ? Pos::VBP : Pos::VB;
    case Pos::CC:
      // Coordinated verbs share their form: "to eat and drink", "they come and go".
      for (int k = j - 1; k >= 0 && k >= j - 8; --k)
        if (tags[k] == Pos::VB || tags[k] == Pos::VBP) return tags[k];
      return Pos::VB;
    default:
      break;
  }
  if (!is_subject_like(p)) return Pos::VB;
  // Skip back over the subject phrase; an auxiliary or causative verb before it means an
  // inverted question ("did you see") or a bare-infinitive complement ("let them go").
  int k = j;
  for (int steps = 0; k >= 0 && steps < 5; ++steps, --k) {
    Pos q = tags[k];
    if (!(is_noun(q) || is_adjective(q) || q == Pos::DT || q == Pos::PRP ||
          q == Pos::PRPS || q == Pos::CD || q == Pos::POS))
      break;
  }
  if (k >= 0) {
    std::string lower = to_lower(pieces[k].text);
    if (tags[k] == Pos::MD || (is_verb(tags[k]) && (is_do_word(lower) ||
                                                    takes_bare_infinitive(lower))))
      return Pos::VB;
  }
  return Pos::VBP;
}

// The Penn tag of pieces[i] given the tags already chosen to its left.
Pos map_piece(const std::vector<Piece>& pieces, const std::vector<Pos>& tags, size_t i) {
  const Piece& piece = pieces[i];
  if (piece.fixed != Pos::X) return piece.fixed;
  const std::string& b = piece.brown;
  bool capital = !piece.text.empty() && is_upper_ascii(piece.text[0]);
  bool next_title = i + 1 < pieces.size() && pieces[i + 1].title;
  // Both arms string_view: `cond ? std::string : ""` would view a destroyed temporary copy.
  std::string_view next_brown =
      i + 1 < pieces.size() ? std::string_view(pieces[i + 1].brown) : std::string_view();
  std::string lower = to_lower(piece.text);

  // Capitalised words inside a multi-word title are parts of a name ("American Medical
  // Association" NNP NNP NNP), except a nationality adjective before a role and a person's
  // name ("Russian/JJ Foreign/NNP Minister/NNP Gromyko/NNP"), as in the Penn treebank.
  if (piece.title && capital && !(b == "jj" && is_nationality_like(lower) &&
                                    title_precedes_name(pieces, i))) {
    if (b == "nn" || b == "nr") return Pos::NNP;
    if (b == "nns" || b == "nrs") return Pos::NNPS;
    if (next_title && (b == "jj" || b == "jjs" || b == "od" || b == "vbn" || b == "vbg" ||
                       b == "vb" || b == "vbd" || b == "vbz" || b == "rb"))
      return Pos::NNP;
  }
  if (b == "vb" || b == "do" || b == "hv") return base_or_present(pieces, tags, i);
  if (b == "nr") return capital ? Pos::NNP : Pos::NN;
  if (b == "nrs") return capital ? Pos::NNPS : Pos::NNS;
  if (b == "in") {
    if (lower == "to") return Pos::TO;
    // Penn tags participial prepositions as verbs: "according/VBG to", "including/VBG".
    if (ends_with(lower, "ing") && lower != "during" && lower != "pending" &&
        lower != "notwithstanding")
      return Pos::VBG;
    return Pos::IN;
  }
  if (b == "abn" || b == "abx")
    return is_determiner_tag(next_brown) && next_brown != "ap" && next_brown != "cd" ? Pos::PDT
                                                                                       : Pos::DT;
  if (b == "abl") {
    if (next_brown == "at") return Pos::PDT;
    return lower == "such" ? Pos::JJ : Pos::RB;
  }
  if (b == "ap") {
    if (lower == "more" || lower == "less" || lower == "fewer") return Pos::JJR;
    if (lower == "most" || lower == "least" || lower == "fewest") return Pos::JJS;
    return Pos::JJ;
  }
  if (b == "ql") {
    if (lower == "more" || lower == "less") return Pos::RBR;
    if (lower == "most" || lower == "least") return Pos::RBS;
    return Pos::RB;
  }
  if (b == "wps") return lower == "that" ? Pos::WDT : Pos::WP;
  if (b == "wdt") {
    if (lower.rfind("what", 0) == 0) {
      bool before_noun = next_brown.rfind("nn", 0) == 0 || next_brown.rfind("np", 0) == 0 ||
                         next_brown.rfind("jj", 0) == 0 || next_brown == "ap";
      return before_noun ? Pos::WDT : Pos::WP;
    }
    return Pos::WDT;
  }
  if (b == ".") return (lower == ";" || lower == ":") ? Pos::Colon : Pos::Period;
  return brown_simple_tag(b);
}

}  // namespace

Pos brown_simple_tag(std::string_view b) {
  struct Entry { std::string_view brown; Pos penn; };
  static constexpr Entry kTable[] = {
      {"nn", Pos::NN},      {"nns", Pos::NNS},   {"np", Pos::NNP},    {"nps", Pos::NNPS},
      {"nr", Pos::NN},      {"nrs", Pos::NNS},   {"pn", Pos::NN},     {"jj", Pos::JJ},
      {"jjr", Pos::JJR},    {"jjt", Pos::JJS},   {"jjs", Pos::JJ},    {"od", Pos::JJ},
      {"cd", Pos::CD},      {"at", Pos::DT},     {"dt", Pos::DT},     {"dti", Pos::DT},
      {"dts", Pos::DT},     {"dtx", Pos::DT},    {"abn", Pos::DT},    {"abx", Pos::DT},
      {"abl", Pos::RB},     {"ap", Pos::JJ},     {"cc", Pos::CC},     {"cs", Pos::IN},
      {"in", Pos::IN},      {"ex", Pos::EX},     {"md", Pos::MD},     {"to", Pos::TO},
      {"uh", Pos::UH},      {"rb", Pos::RB},     {"rbr", Pos::RBR},   {"rbt", Pos::RBS},
      {"rn", Pos::RB},      {"rp", Pos::RP},     {"ql", Pos::RB},     {"qlp", Pos::RB},
      {"*", Pos::RB},       {"pp$", Pos::PRPS},  {"pp$$", Pos::PRP},  {"ppl", Pos::PRP},
      {"ppls", Pos::PRP},   {"ppo", Pos::PRP},   {"pps", Pos::PRP},   {"ppss", Pos::PRP},
      {"wdt", Pos::WDT},    {"wp$", Pos::WPS},   {"wpo", Pos::WP},    {"wps", Pos::WP},
      {"wql", Pos::WRB},    {"wrb", Pos::WRB},   {"be", Pos::VB},     {"bed", Pos::VBD},
      {"bedz", Pos::VBD},   {"beg", Pos::VBG},   {"bem", Pos::VBP},   {"ben", Pos::VBN},
      {"ber", Pos::VBP},    {"bez", Pos::VBZ},   {"do", Pos::VBP},    {"dod", Pos::VBD},
      {"doz", Pos::VBZ},    {"hv", Pos::VBP},    {"hvd", Pos::VBD},   {"hvg", Pos::VBG},
      {"hvn", Pos::VBN},    {"hvz", Pos::VBZ},   {"vb", Pos::VB},     {"vbd", Pos::VBD},
      {"vbg", Pos::VBG},    {"vbn", Pos::VBN},   {"vbz", Pos::VBZ},   {"pos", Pos::POS},
      {",", Pos::Comma},    {".", Pos::Period},  {":", Pos::Colon},   {"--", Pos::Colon},
      {"(", Pos::LRB},      {")", Pos::RRB},     {"``", Pos::OpenQuote},
      {"''", Pos::CloseQuote}, {"'", Pos::CloseQuote},
  };
  for (const Entry& e : kTable)
    if (e.brown == b) return e.penn;
  return Pos::X;
}

bool brown_to_penn(std::string_view line, TaggedSentence* out, std::string* error) {
  out->clear();
  std::vector<Piece> pieces;
  size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == '\r' ||
                                 line[pos] == '\n'))
      ++pos;
    if (pos >= line.size()) break;
    size_t end = pos;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r' &&
           line[end] != '\n')
      ++end;
    std::string_view item = line.substr(pos, end - pos);
    pos = end;
    size_t slash = item.rfind('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == item.size()) {
      *error = "item without word/tag: \"" + std::string(item) + "\"";
      return false;
    }
    bool title = false;
    std::string tag = strip_brown_suffixes(to_lower(item.substr(slash + 1)), &title);
    expand_item(item.substr(0, slash), std::move(tag), title, &pieces);
  }
  std::vector<Pos> tags;
  tags.reserve(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) {
    Pos t = map_piece(pieces, tags, i);
    if (t == Pos::X) {
      *error = "no Penn tag for \"" + pieces[i].text + "/" + pieces[i].brown + "\"";
      return false;
    }
    tags.push_back(t);
  }
  out->reserve(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i)
    out->push_back(TaggedWord{std::move(pieces[i].text), tags[i]});
  return true;
}

BrownFile read_brown_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  BrownFile file;
  file.name = std::filesystem::path(path).filename().string();
  std::string line;
  TaggedSentence sentence;
  std::string error;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (brown_to_penn(line, &sentence, &error)) {
      if (!sentence.empty()) file.sentences.push_back(std::move(sentence));
    } else {
      ++file.skipped_sentences;
    }
  }
  if (in.bad()) throw std::runtime_error(path + ": read error");
  return file;
}

std::vector<std::string> brown_file_names(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() == 4 && name[0] == 'c' && name[1] >= 'a' && name[1] <= 'r' &&
        std::isdigit(static_cast<unsigned char>(name[2])) &&
        std::isdigit(static_cast<unsigned char>(name[3])))
      names.push_back(name);
  }
  if (ec) throw std::runtime_error(dir + ": cannot list directory: " + ec.message());
  if (names.empty()) throw std::runtime_error(dir + ": no Brown corpus files (ca01 .. cr09)");
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace dyad
