#include "dict/native_verbs.h"

#include "dict/dictionary_lines.h"
#include "dict/english_forms.h"
#include "dict/native_format.h"

namespace dyad {
namespace {

bool is_set_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
      return false;
  return true;
}

bool has_letter(std::string_view w) {
  for (char c : w)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80)) return true;
  return false;
}

class VerbLineReader {
 public:
  VerbLineReader(VerbDictionary& dict, const std::string& file_name, uint32_t file, Reporter& reporter)
      : dict_(dict), file_name_(file_name), file_(file), reporter_(reporter) {}

  void read(const NativeLine& line) {
    line_ = &line;
    const std::string_view t = trim(line.text);
    if (t.front() == '&') return read_synset(t);
    std::vector<std::string_view> words = split_blanks(t);
    bool nominal = false;
    size_t k = 0;
    if (words[0] == "noun") {
      nominal = true;
      k = 1;
      if (words.size() < 2) return fail(words[0].substr(words[0].size()), "'noun' without a CODE");
    }
    std::string_view code = words[k];
    // A code has a digit, so that a line that forgot it ("visit {target}") is not read
    // as the code "visit".
    if (code != "---" && (!is_native_code(code) || code.find_first_of("0123456789") == std::string_view::npos))
      return fail(code, "expected a CODE (letters and digits) or 'noun CODE' at the start of the line, found '" +
                            std::string(code) + "' (a code has a digit)");
    EventCode event_code;
    if (code != "---") event_code.code = std::string(code);
    const std::string_view rest = line.text.substr(static_cast<size_t>(code.data() + code.size() - line.text.data()));
    if (trim(rest).empty()) return fail(rest, "no pattern after the code");
    for (const Field& f : split_fields(rest, '|')) {
      if (f.empty()) {
        fail(f.text, "empty pattern");
        continue;
      }
      compile(f.text, nominal, event_code);
    }
  }

 private:
  struct Item {
    TermKind kind;
    std::string word;  // kWord / kVerb: upper-case token
    SynsetId synset = 0;
    std::string_view at;  // for columns
  };

  void fail(std::string_view at, std::string message) {
    report_native(reporter_, file_name_, *line_, at, std::move(message));
  }

  void read_synset(std::string_view t) {
    const size_t eq = t.find('=');
    if (eq == std::string_view::npos) return fail(t, "expected '&NAME = PHRASE | PHRASE ...' (no '=')");
    std::string_view name = trim(t.substr(1, eq - 1));
    if (!is_set_name(name))
      return fail(t, "bad set name '&" + std::string(name) + "' (letters, digits, '_' and '-')");
    std::vector<SynsetMemberSpec> members;
    for (const Field& f : split_fields(t.substr(eq + 1), '|')) {
      if (f.empty()) {
        fail(f.text, "empty set member");
        continue;
      }
      SynsetMemberSpec m;
      if (f.text.front() == '&') {
        std::string_view ref = f.text.substr(1);
        if (!is_set_name(ref)) {
          fail(f.text, "bad set name '" + std::string(f.text) + "'");
          continue;
        }
        dict_.use_synset(ref, where(), line_->column(f.text));
        m.synset = std::string(ref);
      } else {
        m.words = phrase_words(f.text);
        if (m.words.empty()) {
          fail(f.text, "set member '" + std::string(f.text) + "' has no words");
          continue;
        }
      }
      members.push_back(std::move(m));
    }
    const SynsetId id = dict_.use_synset(name, where(), line_->column(t));
    if (dict_.synset_defined(id)) {
      return fail(t, "set &" + std::string(name) + " is already defined at " +
                         dict_.describe(dict_.synset(id).where));
    }
    dict_.define_synset(id, members, where());
  }

  SourceRef where() const { return SourceRef{file_, line_->number}; }

  // Appends the tokens of a run of plain words.
  void add_run(std::string_view run, std::vector<Item>& items) {
    if (run.empty()) return;
    phrase_tokens(run, words_, offsets_);
    for (size_t i = 0; i < words_.size(); ++i)
      items.push_back(Item{TermKind::kWord, words_[i], 0, run.substr(offsets_[i], 0)});
  }

  void compile(std::string_view text, bool nominal, const EventCode& code) {
    std::vector<Item> items;
    int star = -1;
    int target = -1, source = -1;
    const char* run_begin = nullptr;
    const char* run_end = nullptr;
    auto flush = [&] {
      if (run_begin) add_run(std::string_view(run_begin, static_cast<size_t>(run_end - run_begin)), items);
      run_begin = run_end = nullptr;
    };
    for (std::string_view piece : split_blanks(text)) {
      if (piece.front() == '{') {
        flush();
        if (piece == "{target}" || piece == "{source}") {
          int& seen = piece == "{target}" ? target : source;
          if (seen >= 0) return fail(piece, "pattern has two " + std::string(piece) + " slots");
          seen = static_cast<int>(items.size());
          items.push_back(Item{piece == "{target}" ? TermKind::kTarget : TermKind::kSource, {}, 0, piece});
          continue;
        }
        return fail(piece, "unknown slot '" + std::string(piece) + "' (slots are {target} and {source})");
      }
      if (piece.find_first_of("{}") != std::string_view::npos)
        return fail(piece.substr(piece.find_first_of("{}")), "'{' and '}' only enclose a slot: {target}, {source}");
      if (piece.front() == '&') {
        flush();
        std::string_view name = piece.substr(1);
        if (!is_set_name(name)) return fail(piece, "bad set name '" + std::string(piece) + "'");
        const SynsetId id = dict_.use_synset(name, where(), line_->column(piece));
        items.push_back(Item{TermKind::kSynset, {}, id, piece});
        continue;
      }
      if (piece.front() == '*') {
        flush();
        if (star >= 0) return fail(piece, "pattern marks two triggers with '*'");
        std::string_view word = piece.substr(1);
        std::vector<std::string> tokens = phrase_words(word);
        if (tokens.size() != 1)
          return fail(piece, tokens.empty() ? "'*' without a word" : "'*' marks one word; '" + std::string(word) +
                                                                         "' is " + std::to_string(tokens.size()) + " tokens");
        star = static_cast<int>(items.size());
        items.push_back(Item{TermKind::kWord, std::move(tokens[0]), 0, piece});
        continue;
      }
      if (piece.find('*') != std::string_view::npos)
        return fail(piece.substr(piece.find('*')), "'*' must start the trigger word");
      if (!run_begin) run_begin = piece.data();
      run_end = piece.data() + piece.size();
    }
    flush();
    int trigger = star;
    if (trigger < 0)
      for (size_t i = 0; i < items.size() && trigger < 0; ++i)
        if (items[i].kind == TermKind::kWord) trigger = static_cast<int>(i);
    if (trigger < 0) return fail(text, "pattern has no trigger word");
    Item& t = items[trigger];
    if (!has_letter(t.word)) return fail(t.at, "trigger '" + t.word + "' is not a word");

    std::vector<std::string> forms = nominal ? noun_plurals(t.word) : verb_forms(t.word);
    const VerbId verb_id = dict_.add_trigger(t.word, forms, nominal, where());
    if (items.size() == 1) {  // the trigger alone: its own code
      const Verb& verb = dict_.verb(verb_id);
      if (verb.own_code && verb.code.to_string() != code.to_string())
        return fail(text, "'" + std::string(text) + "' is already coded " + verb.code.to_string() + " at " +
                              dict_.describe(verb.where));
      if (!verb.own_code) dict_.set_trigger_code(verb_id, code, where());
      return;
    }
    VerbPattern pattern;
    pattern.block = dict_.verb(verb_id).block;
    pattern.code = code;
    pattern.where = where();
    pattern.column = line_->column(text);
    pattern.text = std::string(text);
    for (size_t i = 0; i < items.size(); ++i) {
      PatternTerm term;
      term.kind = static_cast<int>(i) == trigger ? TermKind::kVerb : items[i].kind;
      if (term.kind == TermKind::kWord) term.value = dict_.intern_word(items[i].word);
      if (term.kind == TermKind::kSynset) term.value = items[i].synset;
      pattern.terms.push_back(term);
    }
    dict_.add_pattern(std::move(pattern));
  }

  VerbDictionary& dict_;
  const std::string& file_name_;
  uint32_t file_;
  Reporter& reporter_;
  const NativeLine* line_ = nullptr;
  std::vector<std::string> words_;
  std::vector<uint32_t> offsets_;
};

}  // namespace

void read_native_verbs(VerbDictionary& dictionary, std::string_view text, const std::string& source_name,
                       Reporter& reporter) {
  const uint32_t file = dictionary.add_source(source_name);
  VerbLineReader reader(dictionary, source_name, file, reporter);
  NativeLines lines(text);
  NativeLine line;
  while (lines.next(line)) reader.read(line);
}

void read_native_verbs_file(VerbDictionary& dictionary, const std::string& path, Reporter& reporter) {
  std::string content;
  try {
    content = read_dictionary_file(path);
  } catch (const DictionaryError& e) {
    reporter.report(e);
    return;
  }
  read_native_verbs(dictionary, content, path, reporter);
}

}  // namespace dyad
