// VerbDictionary: the CAMEO verb dictionary (PETRARCH's CAMEO.2.0.txt format).
//
// Line kinds (after comments, see dictionary_lines.h; `;` also starts a comment here):
//   &NAME                      starts a synset; following `+member` lines are its members
//   +WORD  +TWO_WORDS  +&SET   member: a word, a phrase (`_` or blanks; head = last word),
//                              or another synset (nested sets are flattened)
//   --- NAME [CODE] ---        starts a verb block (the trailing --- is optional)
//   VERB {FORMS} [CODE]        verb line of the current block; `+CALL_OFF`, `WIRE_+TAP`:
//                              `+` marks the head word, words after it are particles,
//                              words before it are pre-words (unmarked multiword: first
//                              word is the head)
//   - PRE * POST [CODE]        pattern of the current block
//   ~ a (b c VERB) VERB = a b CODE   transformation
// Which `+` lines are synset members and which are compound verbs is decided by the
// last header seen (`&` or `---`), not by a "VERB PATTERNS" marker, so synsets may appear
// anywhere (PETR.Validate.verbs.txt interleaves them with blocks).
//
// Verb forms: with `{...}` only the base and the listed forms; otherwise the forms of
// english_forms.h (PETRARCH2's regular forms plus the correct English ones). Every verb is
// indexed by all its forms, the base form (lemma) included, so the coder can look up a
// surface form or a lemma. A form defined by several verb lines keeps all of them in
// file order (PETRARCH2 keeps the first only).
//
// Patterns are stored as term sequences, not expanded: a synset term is tested by
// membership (Synset::contains), so CAMEO.2.0 needs no 106k-path product. Terms:
//   WORD; &SET; {MOD ... HEAD} noun phrase; (PREP OBJ ...) prepositional phrase;
//   ^ any phrase; $ source slot; + target slot; % compound-actor slot (TABARI markers,
//   which PETRARCH2 ignores and dyad keeps for the coder); * the verb.
// `_` between terms (IN_*, *_OUT, NEW_&TIETYPES_RELATIONS) marks them as adjacent;
// a trailing `_` (TABARI's "no stemming") means nothing. `&NAME_WITH_UNDERSCORES`
// resolves to the longest defined synset name.
//
// Codes ([...] contents, opaque strings): `070`; `042:043` code and reverse-event code;
// `:110` passive only; `---` null (no event of its own). A verb line's code overrides the
// block's. Synset plurals: none when the set name or the member ends in `_` (the
// documented PETRARCH rule), otherwise the English plural of the last word.
//
// Errors (file:line) cover every malformed line: unknown synset, a pattern without `*`
// or with two, unbalanced ( ) { }, markers inside {}, a missing or second code field,
// verb or pattern lines outside a block, `+` members outside a synset, malformed
// transformations, irregular forms whose particles differ from the verb's. With a
// collecting Reporter the bad line is dropped, except a block header with several code
// fields (--- DELAY [120] [031:031] ---), which keeps the first code so its verbs survive;
// the lines of a block whose header is unusable are dropped with that header's error.
//
// dyad's own format (dict/native_verbs.h) fills the same structures through add_trigger,
// add_pattern, use_synset and define_synset; its noun triggers are Verbs with `nominal` set,
// indexed apart (find_noun), and finish() also reports what only it can see (sets used but
// never defined, a pattern added twice with different codes).
//
// Lifetime: call finish(reporter) after the last read_*: it resolves synsets, parses
// the patterns (synsets may be defined after their use) and builds the form index.
// Afterwards the dictionary is read-only and safe to share between threads.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/dictionary_error.h"
#include "dict/vocabulary.h"

namespace dyad {

struct EventCode {
  std::string code;     // empty when null ([---])
  std::string reverse;  // reverse-event code ([042:043]), empty when none
  bool passive_only = false;  // [:110]
  bool is_null() const { return code.empty(); }
  std::string to_string() const;  // back to the written form, e.g. "042:043"
};

// Parses the inside of a code field. Returns an error message, empty on success.
std::string parse_event_code(std::string_view inside, EventCode& out);

using SynsetId = uint32_t;
using VerbId = uint32_t;
using VerbBlockId = uint32_t;

struct Synset {
  std::string name;                          // without `&` and trailing `_`
  std::vector<WordId> words;                 // one-word members and plurals, sorted
  std::vector<std::vector<WordId>> phrases;  // multi-word members and plurals, head last
  SourceRef where;
  // Members as written, filled by finish(): words joined by blanks ("ARMS", "AIR STRIKE"),
  // "&NAME" for a nested set; a trailing "_" marks a member without generated plurals.
  std::vector<std::string> members;
  bool contains(WordId word) const;
};

// A synset member given programmatically (VerbDictionary::define_synset): upper-case
// words, or the name of a nested synset.
struct SynsetMemberSpec {
  std::vector<std::string> words;
  std::string synset;  // set for a nested synset (without `&`)
};

enum class TermKind : uint8_t {
  kWord,        // value = WordId
  kSynset,      // value = SynsetId
  kNounPhrase,  // {MOD ... HEAD}: children are words/synsets, head last
  kPrepPhrase,  // (PREP OBJ ...): children[0] is the preposition (word/synset), then objects
  kAny,         // ^
  kSource,      // $
  kTarget,      // +
  kCompound,    // %
  kVerb,        // *
};

struct PatternTerm {
  TermKind kind = TermKind::kWord;
  bool joined_to_next = false;  // written `A_B`: the next term must be adjacent
  uint32_t value = 0;           // WordId or SynsetId
  uint32_t first_child = 0;     // into VerbPattern::nested
  uint32_t child_count = 0;
};

struct VerbPattern {
  VerbBlockId block = 0;
  std::vector<PatternTerm> terms;   // top level, text order, exactly one kVerb
  std::vector<PatternTerm> nested;  // children of composite terms
  uint32_t verb_index = 0;          // position of the kVerb term in `terms`
  EventCode code;
  SourceRef where;
  uint32_t column = 0;  // 1-based column of the pattern on its line (dyad's format), 0 if unknown
  std::string text;  // as written, between `-` and the code

  std::span<const PatternTerm> before_verb() const { return {terms.data(), verb_index}; }
  std::span<const PatternTerm> after_verb() const {
    return {terms.data() + verb_index + 1, terms.size() - verb_index - 1};
  }
  std::span<const PatternTerm> children(const PatternTerm& t) const {
    return {nested.data() + t.first_child, t.child_count};
  }
};

struct Verb {
  VerbBlockId block = 0;
  WordId lemma = kNoWord;           // base form of the head word
  std::vector<WordId> pre_words;    // WIRE in WIRE_+TAP
  std::vector<WordId> particles;    // OFF in +CALL_OFF
  std::vector<WordId> forms;        // every indexed form of the head, lemma first
  EventCode code;                   // the line's code, else the block's
  bool own_code = false;
  SourceRef where;
  bool nominal = false;  // a noun trigger (dyad's `noun` lines): in find_noun(), not in find()
};

struct VerbBlock {
  std::string name;
  EventCode code;
  uint32_t first_verb = 0, verb_count = 0;
  uint32_t first_pattern = 0, pattern_count = 0;
  SourceRef where;
};

struct Transformation {
  char source = 'a';           // the outer verb's subject variable
  char inner_source = 'a';     // variable, '.' (anyone) or '_' (absent)
  char inner_target = 'b';
  std::vector<WordId> inner_verb;  // words (A_B = codes of A and B combined); empty = Q (any)
  std::vector<WordId> outer_verb;  // empty = Q
  char result_source = 'a';
  char result_target = 'b';
  std::string result_code;     // a code, or "Q" for the inner verb's code
  SourceRef where;
  std::string text;
};

class VerbDictionary {
 public:
  explicit VerbDictionary(std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>());

  void read_file(const std::string& path, Reporter& reporter);
  void read_text(std::string_view text, const std::string& source_name, Reporter& reporter);
  void finish(Reporter& reporter);

  // Programmatic insertion (dyad's own format, dict/native_verbs.h); before finish().
  // A trigger is a verb alone in a block named after it; its patterns join that block.
  uint32_t add_source(const std::string& path) { return files_.add(path); }
  WordId intern_word(std::string_view word) { return vocabulary_->intern(word); }
  // The verb of trigger `lemma` (one upper-case word), created on first use with a null
  // code and indexed by `forms` (the lemma is always one). A nominal trigger is a separate
  // verb, indexed by find_noun() and not by find().
  VerbId add_trigger(std::string_view lemma, std::span<const std::string> forms, bool nominal,
                     SourceRef where);
  std::optional<VerbId> find_trigger(std::string_view lemma, bool nominal) const;
  // Gives a trigger its own code (the code when none of its patterns matches).
  void set_trigger_code(VerbId id, EventCode code, SourceRef where);
  // Adds a pattern to `pattern.block`; its terms hold exactly one kVerb (verb_index is set here).
  void add_pattern(VerbPattern pattern);
  // The synset `name` (without `&`, any case), created undefined when new; if it is still
  // undefined at finish(), that reports "unknown synset" at `use`:`column`.
  SynsetId use_synset(std::string_view name, SourceRef use, uint32_t column);
  // Gives an undefined synset its members (plurals of each phrase's last word are generated,
  // as for PETRARCH members). Returns false when the synset is already defined.
  bool define_synset(SynsetId id, std::span<const SynsetMemberSpec> members, SourceRef where);
  bool synset_defined(SynsetId id) const;

  // Verbs whose head word has this form (surface form or lemma), file order.
  std::span<const VerbId> find(WordId form) const;
  std::span<const VerbId> find(std::string_view form) const { return find(vocabulary_->find(form)); }
  // Nominal triggers with this form (as written, or a generated plural).
  std::span<const VerbId> find_noun(WordId form) const;
  std::span<const VerbId> find_noun(std::string_view form) const { return find_noun(vocabulary_->find(form)); }

  const Verb& verb(VerbId id) const { return verbs_[id]; }
  const VerbBlock& block(VerbBlockId id) const { return blocks_[id]; }
  std::span<const VerbPattern> patterns(VerbBlockId id) const {
    return {patterns_.data() + blocks_[id].first_pattern, blocks_[id].pattern_count};
  }
  std::optional<SynsetId> find_synset(std::string_view name) const;  // with or without `&`
  const Synset& synset(SynsetId id) const { return synsets_[id]; }
  std::span<const Transformation> transformations() const { return transformations_; }

  size_t block_count() const { return blocks_.size(); }
  size_t verb_count() const { return verbs_.size(); }
  size_t form_count() const { return form_index_.size(); }
  size_t pattern_count() const { return patterns_.size(); }
  size_t synset_count() const { return synsets_.size(); }
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const SourceFiles& files() const { return files_; }
  std::string describe(SourceRef where) const { return files_.describe(where); }  // "file:line"

 private:
  struct PendingMember {
    std::vector<std::string> words;  // upper-case
    std::string synset_ref;          // set when the member is &OTHER
    bool no_plural = false;
    SourceRef where;
  };
  struct PendingPattern {
    VerbBlockId block;
    std::string text;  // after the leading '-'
    SourceRef where;
  };
  struct PendingSynset {
    std::vector<PendingMember> members;
    bool no_plural = false;  // the set's name ends in '_'
    int state = 0;           // resolution: 0 new, 1 in progress, 2 done
    bool defined = true;     // false: only used so far (use_synset), `where` is that use
    uint32_t use_column = 0;
  };

  void read_verb_line(std::string_view text, SourceRef where, const std::string& file, Reporter& reporter);
  bool resolve_synset(SynsetId id, Reporter& reporter);
  bool parse_pattern(const PendingPattern& pending, Reporter& reporter, VerbPattern& out);
  bool parse_transformation(std::string_view text, SourceRef where, const std::string& file,
                            Reporter& reporter);
  const std::string& file_of(SourceRef where) const { return files_.path(where.file); }

  std::shared_ptr<Vocabulary> vocabulary_;
  SourceFiles files_;
  std::vector<VerbBlock> blocks_;
  std::vector<Verb> verbs_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  std::vector<PendingSynset> pending_synsets_;
  std::map<std::string, SynsetId, std::less<>> synset_ids_;
  std::vector<PendingPattern> pending_patterns_;
  std::vector<Transformation> transformations_;
  std::unordered_map<WordId, std::pair<uint32_t, uint32_t>> form_index_;  // form -> range
  std::vector<VerbId> form_verbs_;
  std::unordered_map<WordId, std::pair<uint32_t, uint32_t>> noun_index_;  // nominal triggers
  std::vector<VerbId> noun_verbs_;
  std::unordered_map<uint64_t, VerbId> triggers_;  // (lemma << 1 | nominal) -> verb
  std::vector<VerbPattern> added_patterns_;       // add_pattern(), merged by finish()
  std::vector<bool> synset_defined_;              // kept after finish()
  bool finished_ = false;
};

}  // namespace dyad
