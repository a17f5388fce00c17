#include "syntax/lemmatizer.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <span>
#include <stdexcept>

namespace dyad {
namespace {

enum WordNetPos { kNoun = 0, kVerb, kAdj, kAdv, kNoWordNetPos };

constexpr std::array<const char*, 4> kPosNames = {"noun", "verb", "adj", "adv"};

// Calls on_line(line) for every line of `path`, reading through one small buffer so that
// only the words kept, not whole files, take memory (fresh pages are what loading costs).
template <typename OnLine>
void for_each_line(const std::string& path, OnLine on_line) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error(path + ": cannot open: " + std::strerror(errno));
  std::vector<char> buffer(1 << 16);
  size_t held = 0;  // bytes of an unfinished line kept at the front of the buffer
  for (;;) {
    if (held == buffer.size()) buffer.resize(buffer.size() * 2);  // a very long line
    size_t got = std::fread(buffer.data() + held, 1, buffer.size() - held, f);
    size_t total = held + got;
    size_t start = 0;
    for (size_t i = held; i < total; ++i) {
      if (buffer[i] != '\n') continue;
      on_line(std::string_view(buffer.data() + start, i - start));
      start = i + 1;
    }
    held = total - start;
    if (held > 0 && start > 0) std::memmove(buffer.data(), buffer.data() + start, held);
    if (got == 0) break;
  }
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) throw std::runtime_error(path + ": read error");
  if (held > 0) on_line(std::string_view(buffer.data(), held));
}

inline uint64_t hash_of(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

// An open-addressing map from words to a value word and a count. Entries live in one arena
// string as [key length u16][key][value length u16][value][count u32]; a slot is 8 bytes
// (arena offset + 1, and 32 bits of the hash, compared before touching the arena).
class WordTable {
 public:
  void reserve(size_t words, size_t bytes) {
    size_t slots = 16;
    while (slots * 7 < words * 10) slots <<= 1;
    slots_.assign(slots, Slot{});
    mask_ = slots - 1;
    arena_.reserve(bytes);
  }
  // Adds a word; the first value given for a word is kept. Words longer than 65535 bytes are
  // ignored. Slots are filled a few entries behind the arena, after prefetching them, because
  // a cache miss per word is most of the loading time. Call finish() after the last insert.
  void insert(std::string_view key, std::string_view value, uint32_t count) {
    if (key.empty() || key.size() > 0xffff || value.size() > 0xffff) return;
    uint64_t h = hash_of(key);
    auto offset = static_cast<uint32_t>(arena_.size() + 1);
    append_u16(key.size());
    arena_.append(key);
    append_u16(value.size());
    arena_.append(value);
    arena_.append(reinterpret_cast<const char*>(&count), sizeof count);
    __builtin_prefetch(&slots_[h & mask_]);
    if (pending_count_ < kPending) {
      pending_[pending_count_++] = Pending{h, offset};
    } else {
      place(pending_[pending_head_]);
      pending_[pending_head_] = Pending{h, offset};
      pending_head_ = (pending_head_ + 1) % kPending;
    }
  }
  void finish() {
    for (size_t i = 0; i < pending_count_; ++i) place(pending_[(pending_head_ + i) % kPending]);
    pending_count_ = pending_head_ = 0;
  }

  // The arena offset + 1 of `key`'s entry, or 0.
  uint32_t find(std::string_view key) const {
    if (slots_.empty() || key.empty()) return 0;
    uint64_t h = hash_of(key);
    auto tag = static_cast<uint32_t>(h >> 32);
    for (size_t slot = h & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.offset == 0) return 0;
      if (s.tag == tag && key_at(s.offset) == key) return s.offset;
    }
  }
  bool contains(std::string_view key) const { return find(key) != 0; }
  std::string_view value(uint32_t entry) const {
    std::string_view key = key_at(entry);
    return text_at(static_cast<size_t>(key.data() - arena_.data()) + key.size());
  }
  uint32_t count(uint32_t entry) const {
    std::string_view v = value(entry);
    uint32_t c;
    std::memcpy(&c, v.data() + v.size(), sizeof c);
    return c;
  }

 private:
  struct Slot {
    uint32_t offset = 0;  // 0: empty
    uint32_t tag = 0;
  };
  struct Pending {
    uint64_t hash;
    uint32_t offset;
  };
  static constexpr size_t kPending = 16;

  void place(const Pending& p) {
    if ((size_ + 1) * 10 > slots_.size() * 7) grow();
    auto tag = static_cast<uint32_t>(p.hash >> 32);
    std::string_view key = key_at(p.offset);
    size_t slot = p.hash & mask_;
    while (slots_[slot].offset != 0) {
      if (slots_[slot].tag == tag && key_at(slots_[slot].offset) == key) return;
      slot = (slot + 1) & mask_;
    }
    slots_[slot] = Slot{p.offset, tag};
    ++size_;
  }

  void append_u16(size_t n) {
    auto v = static_cast<uint16_t>(n);
    arena_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  std::string_view text_at(size_t at) const {
    uint16_t n;
    std::memcpy(&n, arena_.data() + at, sizeof n);
    return std::string_view(arena_.data() + at + sizeof n, n);
  }
  std::string_view key_at(uint32_t offset) const { return text_at(offset - 1); }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    size_t slots = old.empty() ? 16 : old.size() * 2;
    slots_.assign(slots, Slot{});
    mask_ = slots - 1;
    for (const Slot& s : old) {
      if (s.offset == 0) continue;
      size_t slot = hash_of(key_at(s.offset)) & mask_;
      while (slots_[slot].offset != 0) slot = (slot + 1) & mask_;
      slots_[slot] = s;
    }
  }

  std::vector<Slot> slots_;
  std::array<Pending, kPending> pending_{};  // inserted but not yet in a slot, oldest first
  size_t pending_count_ = 0;
  size_t pending_head_ = 0;
  std::string arena_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

std::string lower_ascii(std::string_view word) {
  std::string r(word);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// WordNet's detachment rules (morphy), in WordNet's order.
struct Rule {
  std::string_view suffix;
  std::string_view ending;
};
constexpr Rule kNounRules[] = {{"s", ""},     {"ses", "s"},  {"xes", "x"}, {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

bool is_inflected(Pos tag) {
  switch (tag) {
    case Pos::NNS: case Pos::VBD: case Pos::VBN: case Pos::VBG: case Pos::VBZ:
    case Pos::JJR: case Pos::JJS: case Pos::RBR: case Pos::RBS:
      return true;
    default:
      return false;
  }
}

bool is_consonant(char c) {
  return c >= 'b' && c <= 'z' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

// True when tokens[i] ends a noun compound that is a verb's object: the word before it is a
// common noun, and before that (across determiners, adjectives, numbers, possessives and
// nouns) comes a verb or its particle that does not report speech or thought ("carried out
// drone strikes"; not "said crime rises").
bool noun_compound_after_verb(const std::vector<Token>& tokens, size_t i) {
  if (i < 2 || tokens[i - 1].tag != Pos::NN || tokens[i].text.back() != 's') return false;
  size_t k = i - 1;
  while (k > 0 && (tokens[k].tag == Pos::NN || tokens[k].tag == Pos::JJ || tokens[k].tag == Pos::DT ||
                   tokens[k].tag == Pos::CD || tokens[k].tag == Pos::PRPS))
    --k;
  const Token& head = tokens[k];
  if (!is_verb(head.tag) && head.tag != Pos::RP) return false;
  static constexpr std::string_view kReporting[] = {
      "say", "says", "said", "tell", "tells", "told", "warn", "warns", "warned", "think", "thinks", "thought",
      "believe", "believes", "believed", "claim", "claims", "claimed", "report", "reports", "reported",
      "add", "adds", "added", "argue", "argues", "argued", "insist", "insists", "insisted", "note", "notes",
      "noted", "state", "states", "stated", "announce", "announces", "announced", "know", "knows", "knew",
      "hope", "hopes", "hoped", "expect", "expects", "expected", "fear", "fears", "feared", "see", "sees", "saw"};
  const std::string verb = lower_ascii(head.text);
  for (std::string_view r : kReporting)
    if (verb == r) return false;
  return true;
}

}  // namespace

struct Lemmatizer::Data {
  std::array<WordTable, 4> lemmas;      // word -> (unused), SemCor tagged-sense count
  std::array<WordTable, 4> exceptions;  // inflected form -> first base form
  uint64_t id = 0;                      // unique per load: names this data in the lemma cache

  // The lemma of a lowercased open-class word (no cache).
  std::string lookup(const std::string& w, Pos tag, WordNetPos pos) const {
    std::string result;
    if (is_inflected(tag)) {
      if (from_morphology(w, pos, &result)) return result;
      return w;
    }
    if (lemmas[pos].contains(w)) return w;
    if (from_morphology(w, pos, &result)) return result;
    return w;
  }

  // The lemma of an inflected form: exceptions, then the most frequent rule candidate.
  bool from_morphology(const std::string& w, WordNetPos pos, std::string* out) const {
    uint32_t e = exceptions[pos].find(w);
    if (e != 0) {
      *out = std::string(exceptions[pos].value(e));
      return true;
    }
    std::span<const Rule> rules;
    if (pos == kNoun) rules = kNounRules;
    else if (pos == kVerb) rules = kVerbRules;
    else if (pos == kAdj) rules = kAdjRules;
    // Among valid candidates the one most often tagged in SemCor wins ("singing": "sing" over
    // "singe"; "hated": "hate" over "hat"); ties go to WordNet's rule order.
    bool found = false;
    uint32_t best_count = 0;
    std::string candidate;
    for (const Rule& r : rules) {
      if (w.size() <= r.suffix.size() || !ends_with(w, r.suffix)) continue;
      candidate.assign(w, 0, w.size() - r.suffix.size());
      candidate += r.ending;
      uint32_t slot = lemmas[pos].find(candidate);
      if (slot == 0) {
        // Undo a doubled final consonant the exception lists miss: "vetted" -> "vet".
        size_t n = candidate.size();
        if (!r.ending.empty() || n < 3 || candidate[n - 1] != candidate[n - 2] ||
            !is_consonant(candidate[n - 1]))
          continue;
        candidate.pop_back();
        slot = lemmas[pos].find(candidate);
        if (slot == 0) continue;
      }
      uint32_t count = lemmas[pos].count(slot);
      if (!found || count > best_count) {
        *out = candidate;
        best_count = count;
        found = true;
      }
    }
    return found;
  }

  // Is `w` (lowercase) the lemma of a `pos` word or an inflection of one?
  bool is_form_of(const std::string& w, WordNetPos pos) const {
    if (lemmas[pos].contains(w)) return true;
    std::string unused;
    return from_morphology(w, pos, &unused);
  }
};

namespace {

// Reads index.POS: the lemma is the first field; for verbs and adjectives also the
// tagsense_cnt field (how often the lemma was tagged in SemCor), used to rank candidates.
void load_index(const std::string& path, WordTable* table, bool counts) {
  // Sized for WordNet 3.0 (117K nouns); the table grows if a newer WordNet is larger.
  table->reserve(counts ? 25000 : 120000, counts ? 400000 : 1800000);
  for_each_line(path, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;  // license header lines start with spaces
    size_t space = line.find(' ');
    std::string_view word = line.substr(0, space);
    uint32_t count = 0;
    if (counts && space != std::string_view::npos) {
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      size_t p = space + 1;
      auto next_number = [&]() -> unsigned long {
        size_t q = line.find(' ', p);
        if (q == std::string_view::npos) q = line.size();
        unsigned long value = 0;
        for (size_t k = p; k < q; ++k)
          if (line[k] >= '0' && line[k] <= '9') value = value * 10 + (line[k] - '0');
        p = q < line.size() ? q + 1 : line.size();
        return value;
      };
      next_number();  // pos
      next_number();  // synset_cnt
      unsigned long pointers = next_number();
      for (unsigned long k = 0; k < pointers && p < line.size(); ++k) next_number();
      next_number();  // sense_cnt
      count = static_cast<uint32_t>(next_number());
    }
    table->insert(word, {}, count);
  });
  table->finish();
}

// Reads POS.exc: "inflected base [base...]" per line; keeps the first base.
void load_exceptions(const std::string& path, WordTable* table) {
  table->reserve(6000, 120000);
  for_each_line(path, [&](std::string_view line) {
    size_t space = line.find(' ');
    if (space == std::string_view::npos || space == 0) return;
    std::string_view rest = line.substr(space + 1);
    std::string_view base = rest.substr(0, rest.find(' '));
    if (!base.empty()) table->insert(line.substr(0, space), base, 0);
  });
  table->finish();
}

WordNetPos wordnet_pos(Pos tag) {
  if (tag == Pos::NN || tag == Pos::NNS) return kNoun;
  if (is_verb(tag)) return kVerb;
  if (is_adjective(tag)) return kAdj;
  if (is_adverb(tag)) return kAdv;
  return kNoWordNetPos;
}

}  // namespace

Lemmatizer::Lemmatizer(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
Lemmatizer::~Lemmatizer() = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;

Lemmatizer Lemmatizer::load(const std::string& wordnet_dir) {
  static std::atomic<uint64_t> next_id{1};
  auto data = std::make_shared<Data>();
  data->id = next_id++;
  for (int p = 0; p < 4; ++p) {
    std::string name = kPosNames[p];
    load_index(wordnet_dir + "/index." + name, &data->lemmas[p], p == kVerb || p == kAdj);
    load_exceptions(wordnet_dir + "/" + name + ".exc", &data->exceptions[p]);
  }
  return Lemmatizer(std::move(data));
}

std::string Lemmatizer::lemma(std::string_view word, Pos tag) const {
  std::string w = lower_ascii(word);
  if (!w.empty() && w[0] == '\'') {
    if (tag == Pos::POS) return w;
    if (w == "'s" || w == "'m" || w == "'re") return tag == Pos::VBZ || tag == Pos::VBP ? "be" : w;
    if (w == "'ll") return "will";
    if (w == "'ve") return "have";
    if (w == "'d") return tag == Pos::MD ? "would" : "have";
  }
  if (w == "n't") return "not";
  if (tag == Pos::MD) {
    if (w == "ca") return "can";
    if (w == "wo") return "will";
    if (w == "sha") return "shall";
    return w;
  }
  WordNetPos pos = wordnet_pos(tag);
  if (pos == kNoWordNetPos) return w;
  // Open-class words repeat (news is Zipfian) and each answer costs a cache miss or more in
  // tables of 100K words, so every thread keeps its recent answers, direct-mapped.
  struct Cached {
    uint64_t data_id = 0;
    Pos tag = Pos::X;
    std::string word, lemma;
  };
  constexpr size_t kCacheSize = 2048;
  thread_local std::vector<Cached> cache(kCacheSize);
  const Data& d = *data_;
  const uint64_t h = hash_of(w) ^ ((static_cast<uint64_t>(tag) + 1) * 0x9e3779b97f4a7c15ULL);
  Cached& c = cache[(h >> 32) % kCacheSize];
  if (c.data_id == d.id && c.tag == tag && c.word == w) return c.lemma;
  std::string result = d.lookup(w, tag, pos);
  c.data_id = d.id;
  c.tag = tag;
  c.word = w;
  c.lemma = result;
  return result;
}

void Lemmatizer::lemmatize(std::vector<Token>& tokens) const {
  for (Token& t : tokens)
    if (t.lemma.empty()) t.lemma = lemma(t.text, t.tag);
}

void Lemmatizer::correct_tags(std::vector<Token>& tokens) const {
  const Data& d = *data_;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.text.empty() || t.text[0] < 'a' || t.text[0] > 'z') continue;
    if (t.tag == Pos::JJ && i > 0 && i + 1 < tokens.size()) {
      // An adjective that ends a determined phrase before the verb is its noun: "Myanmar's
      // military killed ...", "the military said".
      const Pos before = tokens[i - 1].tag, after = tokens[i + 1].tag;
      const bool determined = before == Pos::POS || before == Pos::DT || before == Pos::PRPS;
      const bool finite = after == Pos::VBD || after == Pos::VBZ || after == Pos::VBP || after == Pos::MD;
      if (determined && finite && d.lemmas[kNoun].contains(lower_ascii(t.text))) t.tag = Pos::NN;
      continue;
    }
    if (t.tag == Pos::VBZ && noun_compound_after_verb(tokens, i) && d.is_form_of(lower_ascii(t.text), kNoun)) {
      t.tag = Pos::NNS;  // "carried out drone strikes", "made phone calls"
      continue;
    }
    if (!is_verb(t.tag)) continue;
    if (t.text.find_first_of("'-") != std::string::npos) continue;
    // The verb lemma answers the common case, a verb form, and is kept for lemmatize().
    std::string verb_lemma = lemma(t.text, t.tag);
    if (d.lemmas[kVerb].contains(verb_lemma)) {
      t.lemma = std::move(verb_lemma);
      continue;
    }
    std::string w = lower_ascii(t.text);
    if (d.is_form_of(w, kVerb) || !d.is_form_of(w, kNoun)) continue;
    bool plural = w.back() == 's' && !d.lemmas[kNoun].contains(w);
    t.tag = plural ? Pos::NNS : Pos::NN;
  }
}

std::string default_wordnet_dir() { return DYAD_WORDNET_DIR; }

}  // namespace dyad
