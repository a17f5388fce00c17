// ActorDictionary: actor names (with synonyms) -> date-bounded role codes, PETRARCH format.
//
// Format read (Phoenix.*.actors.txt, PETR.Validate.actors.txt):
//   NAME_WORDS [CODE] [CODE RESTRICTION] ...   a primary name; starts an entry
//   +SYNONYM_WORDS                             another name of the current entry
//   <blank>[CODE RESTRICTION] [..]             indented code lines: roles of the entry
// Name words are separated by `_` or blanks (a trailing `_` means nothing); matching is on
// whole upper-cased tokens. Codes are opaque strings (USAGOV, FRO/BIL/SAM, +++); the code
// `---` means "explicitly no code". Restrictions (blanks inside are ignored):
//   none        always          <D   before D          >D   from D on
//   D1-D2       D1 <= date < D2 (end-exclusive)         D    from D on
// with D = YYYYMMDD or YYMMDD (YY <= 30 -> 20YY). PETRARCH2 treats a bare D as always true
// (a quirk); dyad reads it as "from D on" (e.g. MILO_DUKANOVIC_ [MNEGOV 20121204], PM from
// 2012-12-04). D-D (same date twice, 7 lines in Phoenix) is that one day, since an empty
// range cannot be meant. An entry with no code at all is kept: its names match and yield
// no code. Any line whose first non-blank character is `[` is a code line; name lines may
// be indented. Text after the codes is an error, but the codes before it are kept.
//
// Role selection at a date (role_at): among the roles that hold at the date, a dated role
// beats an undated one, a narrower interval beats a wider one, then file order decides.
// PETRARCH2 takes the first role that holds in file order, so an undated default written
// first shadows every dated role, and AHMADINEJAD [IRNELI 740101-000101][IRNGOV 2005..2013]
// yields IRNELI in 2010; dyad yields IRNGOV. If no role holds, the name still matches
// (consumes its tokens) and yields no code. The same name in several entries pools the
// entries' roles.
//
// Errors (file:line): code line or synonym before any entry, synonym lines carrying codes,
// unbalanced brackets, empty code, malformed or impossible dates, empty or reversed ranges,
// names without words. With a collecting Reporter the bad line (or bad role) is dropped.
//
// Lifetime: call finish() after the last read_*; afterwards the dictionary is read-only
// and safe to share between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/date.h"
#include "dict/dictionary_error.h"
#include "dict/token_trie.h"
#include "dict/vocabulary.h"

namespace dyad {

using ActorEntryId = uint32_t;

struct ActorRole {
  std::string code;  // empty when the file says `---`
  Date begin = Date::min();  // inclusive
  Date end = Date::max();    // exclusive
  bool dated = false;        // written with a restriction
  SourceRef where;
  bool holds_at(Date d) const { return begin <= d && d < end; }
};

struct ActorEntry {
  std::string name;  // the primary name, words joined by single blanks
  uint32_t first_role = 0;
  uint32_t role_count = 0;
  uint32_t name_count = 0;  // primary + synonyms
  uint32_t first_name = 0;  // into the dictionary's name list (names(id))
  SourceRef where;
};

struct ActorMatch {
  uint32_t length = 0;                   // tokens consumed; 0 = no match
  std::span<const ActorEntryId> entries;  // entries named by the matched phrase
  const ActorRole* role = nullptr;        // role holding at the date, or nullptr
  std::string_view code() const { return role ? std::string_view(role->code) : std::string_view{}; }
  explicit operator bool() const { return length != 0; }
};

class ActorDictionary {
 public:
  explicit ActorDictionary(std::shared_ptr<Vocabulary> vocabulary = std::make_shared<Vocabulary>());

  void read_file(const std::string& path, Reporter& reporter);
  void read_text(std::string_view text, const std::string& source_name, Reporter& reporter);
  void finish();

  // Programmatic insertion (dyad's own format, dict/native_actors.h); before finish().
  // add_source registers a file for SourceRef::file. add_entry adds one entry with its
  // roles (file order) and names (each a sequence of words, matched case-insensitively).
  uint32_t add_source(const std::string& path) { return files_.add(path); }
  ActorEntryId add_entry(std::string name, std::span<const ActorRole> roles,
                         std::span<const std::vector<std::string>> names, SourceRef where);

  // Longest actor name starting at tokens[start], with its role at `date`.
  ActorMatch longest_match(std::span<const WordId> tokens, size_t start, Date date) const;
  ActorMatch longest_match(std::span<const std::string_view> tokens, size_t start, Date date) const;
  // Entries of exactly this name (e.g. "Barack Obama"), empty when unknown.
  std::span<const ActorEntryId> find(std::string_view name) const;

  const ActorRole* role_at(std::span<const ActorEntryId> entries, Date date) const;
  // Codes of every role of `entry` holding at `date`, best first (see role_at); empty
  // codes (`---`) are left out.
  std::vector<std::string_view> codes_at(ActorEntryId entry, Date date) const;

  const ActorEntry& entry(ActorEntryId id) const { return entries_[id]; }
  std::span<const ActorRole> roles(ActorEntryId id) const {
    return {roles_.data() + entries_[id].first_role, entries_[id].role_count};
  }
  // The names of an entry (primary first) as interned words.
  std::vector<std::span<const WordId>> names(ActorEntryId id) const;
  size_t entry_count() const { return entries_.size(); }
  size_t name_count() const { return name_count_; }  // names read, synonyms included
  size_t role_count() const { return roles_.size(); }
  const TokenTrie& trie() const { return trie_; }
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const SourceFiles& files() const { return files_; }

 private:
  ActorMatch with_role(TokenTrie::Match m, Date date) const;
  void add_name(std::string_view words, ActorEntryId entry, SourceRef where,
                const std::string& file, Reporter& reporter);
  bool parse_roles(std::string_view text, SourceRef where, const std::string& file,
                   Reporter& reporter, std::vector<ActorRole>& out);

  std::shared_ptr<Vocabulary> vocabulary_;
  SourceFiles files_;
  std::vector<ActorEntry> entries_;
  std::vector<ActorRole> roles_;  // contiguous per entry, file order
  std::vector<std::pair<uint32_t, uint32_t>> names_;  // (first word, word count), contiguous per entry
  std::vector<WordId> name_words_;
  TokenTrie trie_;
  size_t name_count_ = 0;
};

// True when role `a` is preferred over role `b` (both holding): dated over undated,
// narrower interval first, then earlier in the file.
bool prefer_role(const ActorRole& a, const ActorRole& b);

}  // namespace dyad
