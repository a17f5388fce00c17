#include "syntax/parser.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "syntax/head_rules.h"

namespace dyad {
namespace {

// ---------------------------------------------------------------------------------------------
// Word classes. Tags decide almost everything; these closed lists settle what tags cannot:
// which verbs report speech, which prepositions open clauses, which nouns take "to" or "with".

enum Flag : uint32_t {
  kBe = 1u << 0,
  kHave = 1u << 1,
  kDo = 1u << 2,
  kGet = 1u << 3,
  kNeg = 1u << 4,
  kSay = 1u << 5,           // reporting verbs: may take a clause without "that"
  kSubord = 1u << 6,        // always opens a clause: because, although, if, while
  kSubordAmbig = 1u << 7,   // clause or preposition: after, before, since, until, as
  kThat = 1u << 8,
  kOf = 1u << 9,
  kTemporal = 1u << 10,     // heads of bare temporal NPs: "last week", "Tuesday"
  kEventNoun = 1u << 11,    // nouns whose PPs stay with them: "talks with", "sanctions on"
  kNounPrep = 1u << 12,     // the prepositions those nouns take
  kInfNoun = 1u << 13,      // nouns taking an infinitive: "intention to", "plan to"
  kPrepVerb = 1u << 14,     // -ing/-ed words that act as prepositions: including, according
  kAndOr = 1u << 15,        // coordinators that join NPs (not "but")
  kRel = 1u << 16,          // relative pronouns
  kDitransitive = 1u << 17, // verbs taking two objects: "gave Ukraine 500 million euros"
  kMonth = 1u << 18,        // month names: "August 19" is one noun phrase
};

class Lexicon {
 public:
  Lexicon() {
    for (auto w : {"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m"})
      add(w, kBe);
    for (auto w : {"have", "has", "had", "having", "'ve", "'d"}) add(w, kHave);
    for (auto w : {"do", "does", "did"}) add(w, kDo);
    for (auto w : {"get", "gets", "got", "getting", "gotten"}) add(w, kGet);
    for (auto w : {"not", "n't", "never"}) add(w, kNeg);
    for (auto w : {"announce", "state", "add", "claim", "warn", "insist", "report", "note",
                   "stress", "emphasize", "emphasise", "confirm", "deny", "argue", "explain",
                   "suggest", "believe", "hope", "expect", "agree", "fear", "declare", "predict",
                   "reveal", "acknowledge", "admit", "assert", "allege", "maintain", "reiterate",
                   "promise", "indicate", "signal", "estimate", "conclude", "decide", "remark",
                   "reply", "answer", "complain", "tweet", "recall", "underline", "underscore",
                   "observe", "contend", "concede", "assure", "inform", "notify", "caution"})
      add_regular(w, kSay);
    for (auto w : {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "think",
                   "thinks", "thought", "thinking", "know", "knows", "knew", "known", "knowing",
                   "understand", "understands", "understood", "write", "writes", "wrote",
                   "written", "find", "finds", "found", "hear", "hears", "heard", "feel",
                   "feels", "felt", "show", "shows", "showed", "shown", "admitted", "admitting",
                   "regretted"})
      add(w, kSay);
    for (auto w : {"because", "although", "though", "while", "whereas", "if", "unless", "whether",
                   "once", "whilst"})
      add(w, kSubord);
    for (auto w : {"after", "before", "since", "until", "till", "as"}) add(w, kSubordAmbig);
    add("that", kThat | kRel);
    add("of", kOf);
    for (auto w : {"who", "whom", "which", "whose"}) add(w, kRel);
    for (auto w : {"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "week", "weekend", "month", "year",
                   "morning", "afternoon", "evening", "night", "weeks", "months", "years", "days"})
      add(w, kTemporal);
    for (auto w : {"talks", "talk", "meeting", "meetings", "relations", "ties", "negotiations",
                   "agreement", "agreements", "deal", "deals", "cooperation", "war", "wars",
                   "sanctions", "visit", "visits", "trip", "conflict", "dispute", "treaty",
                   "summit", "dialogue", "partnership", "contacts", "alliance", "attack", "attacks",
                   "strike", "strikes", "campaign", "accord", "pact", "exchange", "call", "calls",
                   "conversation", "consultations", "confrontation", "tensions", "clashes",
                   "fighting", "ceasefire", "truce", "trade", "aid", "support", "pressure",
                   "embargo", "threat", "threats", "protest", "protests", "invasion", "offensive",
                   "operation", "negotiation", "memorandum", "contract", "relationship",
                   "cooperation", "meeting", "greetings", "condolences", "message", "letter",
                   "statement", "appeal", "warning", "demand", "demands", "ban", "restrictions",
                   "tariffs", "investment", "investments", "loan", "assistance", "solidarity"})
      add(w, kEventNoun);
    for (auto w : {"with", "between", "on", "against", "over", "about", "to", "from", "for",
                   "among", "toward", "towards", "into", "regarding"})
      add(w, kNounPrep);
    for (auto w : {"intention", "intent", "plan", "plans", "decision", "right", "attempt",
                   "attempts", "effort", "efforts", "bid", "readiness", "move", "call", "calls",
                   "offer", "ability", "need", "way", "chance", "opportunity", "proposal",
                   "commitment", "desire", "willingness", "refusal", "threat", "threats", "promise",
                   "pledge", "determination", "order", "permission", "request", "agreement",
                   "failure", "push", "drive", "initiative", "mandate", "authority", "approval",
                   "demand", "readiness", "resolve", "decision", "wish", "appeal", "invitation"})
      add(w, kInfNoun);
    for (auto w : {"including", "according", "following", "regarding", "concerning", "excluding",
                   "considering", "despite", "amid", "per"})
      add(w, kPrepVerb);
    for (auto w : {"and", "or", "nor", "&"}) add(w, kAndOr);
    for (auto w : {"give", "gives", "gave", "given", "giving", "send", "sends", "sent", "sending", "offer",
                   "offers", "offered", "offering", "grant", "grants", "granted", "granting", "lend", "lends",
                   "lent", "lending", "sell", "sells", "sold", "selling", "pay", "pays", "paid", "paying",
                   "promise", "promises", "promised", "promising", "hand", "hands", "handed", "handing",
                   "owe", "owes", "owed", "owing", "award", "awards", "awarded", "awarding"})
      add(w, kDitransitive);
    for (auto w : {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                   "sep", "sept", "oct", "nov", "dec"})
      add(w, kMonth);
    compile();
  }

  // Every token is looked up, and most are in no list: an open-addressing table with the
  // hash compared first keeps a miss to one probe.
  uint32_t lookup(std::string_view lower) const {
    const uint64_t h = hash(lower);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Entry& e = table_[i];
      if (e.flags == 0) return 0;
      if (e.hash == h && e.word == lower) return e.flags;
    }
  }

 private:
  void add(std::string_view w, uint32_t flag) { words_[std::string(w)] |= flag; }
  // Adds a regular verb's forms: announce, announces, announced, announcing.
  void add_regular(std::string_view base, uint32_t flag) {
    std::string b(base);
    add(b, flag);
    bool e = b.back() == 'e';
    bool y = b.back() == 'y' && b.size() > 1 && std::string_view("aeiou").find(b[b.size() - 2]) ==
                                                     std::string_view::npos;
    std::string stem = b.substr(0, b.size() - 1);
    add(y ? stem + "ies" : (b.back() == 's' || b.back() == 'h' ? b + "es" : b + "s"), flag);
    add(e ? b + "d" : (y ? stem + "ied" : b + "ed"), flag);
    add(e ? stem + "ing" : b + "ing", flag);
  }

  static uint64_t hash(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return h ^ (h >> 29);
  }
  // Builds the lookup table from words_ (whose keys it points into: map nodes do not move).
  void compile() {
    size_t slots = 64;
    while (slots < words_.size() * 3) slots <<= 1;
    table_.assign(slots, Entry{});
    mask_ = slots - 1;
    for (const auto& [word, flags] : words_) {
      const uint64_t h = hash(word);
      size_t i = h & mask_;
      while (table_[i].flags != 0) i = (i + 1) & mask_;
      table_[i] = Entry{h, word, flags};
    }
  }

  struct Entry {
    uint64_t hash = 0;
    std::string_view word;
    uint32_t flags = 0;  // 0: empty slot (every listed word has a flag)
  };
  std::unordered_map<std::string, uint32_t> words_;
  std::vector<Entry> table_;
  size_t mask_ = 0;
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

uint32_t word_flags(const Token& t, std::string& scratch) {
  auto lower = [&](std::string_view s) {
    scratch.assign(s);
    for (char& c : scratch)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return std::string_view(scratch);
  };
  constexpr size_t kLongestWord = 24;
  uint32_t f = 0;
  if (t.text.size() <= kLongestWord) f |= lexicon().lookup(lower(t.text));
  if (!t.lemma.empty() && t.lemma.size() <= kLongestWord && t.lemma != t.text)
    f |= lexicon().lookup(lower(t.lemma));
  return f;
}

// ---------------------------------------------------------------------------------------------
// The parse is built in a small arena of nodes first (children can be regrouped freely), then
// copied top-down into a Tree.

enum class L : uint8_t {
  Pre, ROOT, S, SINV, SBAR, NP, NPTMP, VP, PP, ADJP, ADVP, PRN, WHNP, WHADVP, PRT, FRAG
};

std::string_view label_name(L l) {
  switch (l) {
    case L::Pre: return "";
    case L::ROOT: return "ROOT";
    case L::S: return "S";
    case L::SINV: return "SINV";
    case L::SBAR: return "SBAR";
    case L::NP: return "NP";
    case L::NPTMP: return "NP-TMP";
    case L::VP: return "VP";
    case L::PP: return "PP";
    case L::ADJP: return "ADJP";
    case L::ADVP: return "ADVP";
    case L::PRN: return "PRN";
    case L::WHNP: return "WHNP";
    case L::WHADVP: return "WHADVP";
    case L::PRT: return "PRT";
    case L::FRAG: return "FRAG";
  }
  return "X";
}

struct PNode {
  L label;
  int32_t token = -1;
  int32_t first = -1, last = -1, next = -1;
};

enum class Ctx { Subj, Obj, PPObj, Appos };

constexpr int kMaxDepth = 300;  // recursion guard; each level consumes input, so rarely near

class Builder {
 public:
  Builder(std::vector<Token>& tokens, const std::vector<uint32_t>& flags)
      : tok_(tokens), flags_(flags) {
    nodes_.reserve(tokens.size() * 3 + 8);
  }

  // Parses tokens [begin, end) as one sentence-level S and returns its node.
  int parse_span(int begin, int end) {
    i_ = begin;
    end_ = end;
    return parse_top();
  }

  int make(L label) {
    nodes_.push_back(PNode{label});
    return static_cast<int>(nodes_.size()) - 1;
  }
  void add(int parent, int child) {
    PNode& p = nodes_[parent];
    if (p.last < 0) p.first = child;
    else nodes_[p.last].next = child;
    p.last = child;
  }
  int leaf(int t) {
    int n = make(L::Pre);
    nodes_[n].token = t;
    return n;
  }
  void add_leaf(int parent) { add(parent, leaf(i_++)); }
  int single_child(int n) const {
    const PNode& p = nodes_[n];
    return p.first >= 0 && p.first == p.last ? p.first : -1;
  }
  // A new `label` node over a and b: "(NP (NP the talks) (PP with Iran))".
  int wrap(L label, int a, int b) {
    int n = make(label);
    add(n, a);
    add(n, b);
    return n;
  }

  void emit(int top, Tree& tree) const;

 private:
  // ---- token predicates (k may be out of range: behaves like an unknown token) ----
  Pos tag(int k) const { return k >= 0 && k < end_ ? tok_[k].tag : Pos::X; }
  uint32_t fl(int k) const { return k >= 0 && k < end_ ? flags_[k] : 0; }
  bool has(int k, uint32_t f) const { return (fl(k) & f) != 0; }
  const std::string& text(int k) const { return tok_[k].text; }

  bool is_finite(int k) const {
    Pos t = tag(k);
    return t == Pos::MD || t == Pos::VBD || t == Pos::VBZ || t == Pos::VBP;
  }
  bool is_verb_or_md(int k) const { return is_verb(tag(k)) || tag(k) == Pos::MD; }
  // Finite, or a form of be/have/do whatever its tag: taggers often call "were" or "had" VBN,
  // and no reduced relative starts with an auxiliary.
  bool finite_like(int k) const {
    if (is_finite(k)) return true;
    Pos t = tag(k);
    if (!is_verb(t) || t == Pos::VBG || !has(k, kBe | kHave | kDo)) return false;
    const std::string& w = text(k);
    return w != "been" && w != "being";
  }
  // A past form that may be a mistagged finite verb: VBN or VBD not followed by "by".
  bool past_predicate(int k) const {
    Pos t = tag(k);
    if ((t != Pos::VBN && t != Pos::VBD) || has(k, kPrepVerb)) return false;
    return !(k + 1 < end_ && text(k + 1) == "by");
  }
  // Is there a finite verb ahead in this clause (before ; or the end)? Bounded scan.
  bool finite_ahead(int k) const {
    for (int j = k; j < end_ && j - k < 40; ++j) {
      if (tag(j) == Pos::Period || (tag(j) == Pos::Colon && text(j) == ";")) return false;
      if (finite_like(j)) return true;
    }
    return false;
  }
  int skip_adverbs(int k) const {
    while (k < end_ && (tag(k) == Pos::RB || tag(k) == Pos::RBR) && k - i_ < 200) ++k;
    return k;
  }
  bool is_quote(int k) const {
    return tag(k) == Pos::OpenQuote || tag(k) == Pos::CloseQuote ||
           (k >= 0 && k < end_ && text(k) == "\"");
  }
  // Straight quotes are told apart by what they touch: an opening quote abuts the next word.
  bool is_open_quote(int k) const {
    if (tag(k) == Pos::OpenQuote) return true;
    if (tag(k) == Pos::CloseQuote || k >= end_ || text(k) != "\"") return false;
    bool touches_next = k + 1 < end_ && tok_[k + 1].begin == tok_[k].end;
    bool touches_prev = k > 0 && tok_[k - 1].end == tok_[k].begin;
    return touches_next && !touches_prev ? true : (!touches_prev && k == 0);
  }
  bool is_close_quote(int k) const { return is_quote(k) && !is_open_quote(k); }
  bool is_possessive(int k, int np_begin) const {
    if (k <= np_begin) return false;
    Pos prev = tag(k - 1);
    if (!(is_noun(prev) || prev == Pos::CD || prev == Pos::PRP)) return false;
    if (tag(k) == Pos::POS) return true;
    const std::string& w = text(k);
    return (w == "'s" || w == "'" || w == "’s") && tag(k) == Pos::VBZ &&
           (is_noun(tag(k + 1)) || is_adjective(tag(k + 1)));
  }

  bool np_start(int k) const {
    if (quantifier_prefix(k) > 0) return true;
    switch (tag(k)) {
      case Pos::DT:
        if (has(k, kThat)) return is_noun(tag(k + 1)) || is_adjective(tag(k + 1));
        return true;
      case Pos::PDT: case Pos::PRPS: case Pos::PRP: case Pos::EX: case Pos::CD: case Pos::NN:
      case Pos::NNS: case Pos::NNP: case Pos::NNPS: case Pos::JJ: case Pos::JJR: case Pos::JJS:
      case Pos::Dollar: case Pos::Hash: case Pos::WPS:
        return true;
      case Pos::RB:
        return tag(k + 1) == Pos::CD;
      case Pos::VBN: case Pos::VBG:  // "armed men", "the ruling party"; not "expelled Poles"
        return !has(k, kPrepVerb) && (tag(k + 1) == Pos::NN || tag(k + 1) == Pos::NNS);
      default:
        return false;
    }
  }

  // End (exclusive) of the base noun phrase starting at k: determiners, modifiers, nouns and
  // possessives ("the two countries ' delegations").
  int base_np_end(int k) const {
    Pos t0 = tag(k);
    if (t0 == Pos::PRP || t0 == Pos::EX) return k + 1;
    int j = k + quantifier_prefix(k);
    Pos last = j > k ? Pos::RB : Pos::X;
    while (j < end_) {
      Pos t = tag(j);
      if (t == Pos::DT || t == Pos::PDT || t == Pos::PRPS || t == Pos::WPS) {
        if (j == k || last == Pos::PDT || (last == Pos::DT && j == k + 1)) {
          last = t;
          ++j;
          continue;
        }
        break;
      }
      // "gave Ukraine 500 million euros": after a verb of giving, a number after a name
      // starts the second object (but "on August 19" stays one phrase).
      if (t == Pos::CD && j > k && (last == Pos::NNP || last == Pos::NNPS) && !has(j - 1, kMonth) && k > 0 &&
          is_verb(tag(k - 1)) && has(k - 1, kDitransitive))
        break;
      if (is_adjective(t) || is_noun(t) || t == Pos::CD || t == Pos::Dollar || t == Pos::Hash ||
          t == Pos::FW) {
        last = t;
        ++j;
        continue;
      }
      // "the armed forces"; a VBD right after a determiner is a mistagged participle.
      if ((t == Pos::VBN || t == Pos::VBG || (t == Pos::VBD && (last == Pos::DT || last == Pos::PRPS))) &&
          !has(j, kPrepVerb) &&
          (j == k || last == Pos::DT || last == Pos::PRPS || is_adjective(last) ||
           last == Pos::POS || last == Pos::CD || last == Pos::RB) &&
          (is_noun(tag(j + 1)) || is_adjective(tag(j + 1)))) {
        last = t;
        ++j;
        continue;
      }
      if (t == Pos::RB && (tag(j + 1) == Pos::CD ||
                           (is_adjective(tag(j + 1)) && (last == Pos::DT || last == Pos::PRPS) &&
                            (is_noun(tag(j + 2)) || is_adjective(tag(j + 2)))))) {
        last = t;
        ++j;
        continue;
      }
      if (t == Pos::CC && has(j, kAndOr) && is_adjective(last) && is_adjective(tag(j + 1))) {
        last = t;
        ++j;
        continue;
      }
      if (is_possessive(j, k)) {
        last = Pos::POS;
        ++j;
        continue;
      }
      break;
    }
    return j > k ? j : k + 1;
  }

  // The last noun of a base NP [k, e), or its last token.
  int base_np_head(int k, int e) const {
    for (int j = e - 1; j >= k; --j) {
      if (tag(j) == Pos::POS || is_possessive(j, k)) break;
      if (is_noun(tag(j))) return j;
    }
    for (int j = e - 1; j >= k; --j)
      if (tag(j) != Pos::POS && !is_possessive(j, k)) return j;
    return e - 1;
  }

  // End of "NP (of NP)*" and similar short PP chains: enough to see what follows a subject.
  // Uses a shallow preposition test so that lookaheads never recurse into each other.
  int np_phrase_end(int k) const {
    int e = base_np_end(k);
    for (int r = 0; r < 3 && is_prep_shallow(e) && np_start(e + 1); ++r) e = base_np_end(e + 1);
    return e;
  }
  bool is_prep_shallow(int k) const {
    return (tag(k) == Pos::IN && !has(k, kThat | kSubord)) ||
           (tag(k) == Pos::TO && !is_verb(tag(k + 1)));
  }

  // Does a subject NP (possibly coordinated: "Putin and Trump") followed by a finite verb
  // start at k?
  bool clause_start(int k, bool loose = false) const {
    if (!np_start(k)) return false;
    int e = np_phrase_end(k);
    for (int r = 0; r < 4; ++r) {
      int c = e;
      if (tag(c) == Pos::Comma) ++c;
      if (!(tag(c) == Pos::CC && has(c, kAndOr) && np_start(c + 1))) break;
      e = np_phrase_end(c + 1);
    }
    int v = skip_adverbs(e);
    return finite_like(v) || (loose && past_predicate(v));
  }

  // "at least 12", "more than 300": a quantifier phrase opening a noun phrase. Returns its
  // length before the number, or 0.
  int quantifier_prefix(int k) const {
    if (tag(k + 2) != Pos::CD || k + 1 >= end_) return 0;
    auto is = [&](int j, std::string_view w) {
      const std::string& t = text(j);
      if (t.size() != w.size()) return false;
      for (size_t c = 0; c < w.size(); ++c)
        if ((t[c] | 0x20) != w[c]) return false;
      return true;
    };
    if (is(k, "at") && (is(k + 1, "least") || is(k + 1, "most"))) return 2;
    if ((is(k, "more") || is(k, "less") || is(k, "fewer")) && is(k + 1, "than")) return 2;
    if (is(k, "up") && is(k + 1, "to")) return 2;
    return 0;
  }

  bool is_prep(int k) const {
    Pos t = tag(k);
    if (has(k, kPrepVerb)) return true;
    if (t == Pos::TO) return !is_verb(tag(k + 1));
    if (t != Pos::IN) return false;
    if (has(k, kThat)) return false;
    if (has(k, kSubord)) return tag(k + 1) == Pos::IN;  // "because of"
    if (has(k, kSubordAmbig)) return !subclause_follows(k);
    return true;
  }

  // After an ambiguous subordinator: "after he arrived", "as reported by", "while visiting".
  bool subclause_follows(int k) const {
    if (clause_start(k + 1)) return true;
    return text(k) == "as" && tag(k + 1) == Pos::VBN;
  }

  bool subordinate_at(int k) const {
    Pos t = tag(k);
    if (t == Pos::WRB) return np_start(k + 1) || is_verb_or_md(k + 1);
    if (t != Pos::IN) return false;
    if (has(k, kSubord)) return tag(k + 1) != Pos::IN;
    if (has(k, kSubordAmbig)) return subclause_follows(k);
    return false;
  }

  bool predicate_start(int k) const {
    int j = skip_adverbs(k);
    Pos t = tag(j);
    return t == Pos::MD || t == Pos::VB || t == Pos::VBD || t == Pos::VBZ || t == Pos::VBP ||
           ((t == Pos::VBN || t == Pos::VBG) && !has(j, kPrepVerb));
  }

  // A verb-initial participial phrase closed by a comma before the clause it modifies:
  // "Speaking to reporters, X said"; "titled ..., was prepared".
  bool participle_then_clause(int k) const {
    for (int j = k + 1; j < end_ && j - k < 40; ++j) {
      if (tag(j) == Pos::Comma) {
        int c = j + 1;
        if (is_close_quote(c)) ++c;
        int v = skip_adverbs(c);
        return clause_start(c, true) || finite_like(v) || past_predicate(v);
      }
      if (finite_like(j)) return false;
    }
    return false;
  }

  bool appositive_at(int k) const {  // k is a comma after an NP
    if (!np_start(k + 1) || tag(k + 1) == Pos::PRP) return false;
    int e = np_phrase_end(k + 1);
    if (tag(e) == Pos::Comma) {
      if (tag(e + 1) == Pos::CC) return false;
      if (np_start(e + 1)) {
        int e2 = base_np_end(e + 1);
        if (tag(e2) == Pos::CC || tag(e2) == Pos::Comma) return false;
      }
      return true;
    }
    return tag(e) == Pos::Period && e + 1 >= end_;
  }

  bool list_at(int k) const {  // ", B , C and D" after an NP
    int j = k;
    for (int r = 0; r < 30 && tag(j) == Pos::Comma; ++r) {
      if (tag(j + 1) == Pos::CC && has(j + 1, kAndOr) && np_start(j + 2)) return true;
      if (!np_start(j + 1)) return false;
      j = base_np_end(j + 1);
      if (tag(j) == Pos::CC && has(j, kAndOr) && np_start(j + 1)) return true;
    }
    return false;
  }

  // ---- phrase builders; each consumes at least one token or returns -1 ----
  int parse_top();
  int parse_clause();
  int parse_np(Ctx ctx, int* head_out = nullptr);
  int parse_np_unit(Ctx ctx, int* head_out);
  int parse_base_np(int* head_out);
  int parse_pp();
  int parse_vp_coord();
  int parse_vp();
  int parse_sbar();
  int parse_relative();
  int parse_adjp();
  int parse_infinitive();
  int parse_enclosed(L label);
  bool parse_speaker(int top, bool quoted);

  std::vector<Token>& tok_;
  const std::vector<uint32_t>& flags_;
  std::vector<PNode> nodes_;
  int i_ = 0, end_ = 0;
  int depth_ = 0;
  int subject_depth_ = 0;  // > 0 while parsing a subject NP (and the PPs inside it)

  struct SubjectReset {  // an embedded clause has its own subject
    explicit SubjectReset(int& d) : d_(d), saved_(d) { d_ = 0; }
    ~SubjectReset() { d_ = saved_; }
    int& d_;
    int saved_;
  };
  struct DepthGuard {
    explicit DepthGuard(int& d) : d_(d) { ++d_; }
    ~DepthGuard() { --d_; }
    int& d_;
  };
};

// ---- noun phrases ----

int Builder::parse_base_np(int* head_out) {
  int k = i_;
  int e = base_np_end(k);
  if (head_out) *head_out = base_np_head(k, e);
  int np = make(L::NP);
  for (int j = k; j < e; ++j) {
    if (is_possessive(j, k)) {
      tok_[j].tag = Pos::POS;  // "'s" mistagged VBZ inside a noun phrase
      add(np, leaf(j));
      if (j + 1 < e) {
        int outer = make(L::NP);
        add(outer, np);
        np = outer;
      }
      continue;
    }
    add(np, leaf(j));
  }
  i_ = e;
  return np;
}

int Builder::parse_np_unit(Ctx ctx, int* head_out) {
  int head = -1;
  int np = parse_base_np(&head);
  if (head_out) *head_out = head;
  if (depth_ > kMaxDepth) return np;
  for (int guard = 0; i_ < end_ && guard < end_; ++guard) {
    Pos t = tag(i_);
    if (is_prep(i_) && (np_start(i_ + 1) || tag(i_ + 1) == Pos::VBG || is_prep(i_ + 1))) {
      bool attach = has(i_, kOf) || ctx == Ctx::Subj || ctx == Ctx::Appos ||
                    (head >= 0 && has(head, kEventNoun) && has(i_, kNounPrep));
      if (!attach) break;
      np = wrap(L::NP, np, parse_pp());
      continue;
    }
    if (has(i_, kRel) && (t == Pos::WDT || t == Pos::WP || t == Pos::WPS ||
                          ((t == Pos::IN || t == Pos::DT) && head >= 0 &&
                           (tag(head) == Pos::NN || tag(head) == Pos::NNS) &&
                           (predicate_start(i_ + 1) || clause_start(i_ + 1))))) {
      np = wrap(L::NP, np, parse_relative());
      continue;
    }
    if (t == Pos::Comma && (tag(i_ + 1) == Pos::WDT || tag(i_ + 1) == Pos::WP) &&
        has(i_ + 1, kRel)) {  // ", who has ruled since 1994,"
      int outer = make(L::NP);
      add(outer, np);
      add_leaf(outer);
      add(outer, parse_relative());
      if (tag(i_) == Pos::Comma && !is_close_quote(i_ + 1)) add_leaf(outer);
      np = outer;
      continue;
    }
    if (t == Pos::Comma && appositive_at(i_)) {
      int outer = make(L::NP);
      add(outer, np);
      add_leaf(outer);
      add(outer, parse_np(Ctx::Appos));
      if (tag(i_) == Pos::Comma && !is_close_quote(i_ + 1)) add_leaf(outer);
      np = outer;
      // An appositive closes the NP; "Kallas, the EU's chief, said" continues with the verb.
      break;
    }
    if (t == Pos::Comma && ctx == Ctx::Subj &&
        (tag(i_ + 1) == Pos::VBN || tag(i_ + 1) == Pos::VBG || tag(i_ + 1) == Pos::VBD) &&
        participle_then_clause(i_ + 1)) {  // "The legislation, titled ..., was prepared"
      int outer = make(L::NP);
      add(outer, np);
      add_leaf(outer);
      add(outer, parse_vp());
      if (tag(i_) == Pos::Comma) add_leaf(outer);
      np = outer;
      break;
    }
    if (t == Pos::TO && is_verb(tag(i_ + 1)) && head >= 0 && has(head, kInfNoun)) {
      np = wrap(L::NP, np, parse_infinitive());
      continue;
    }
    if ((t == Pos::VBN || (t == Pos::VBG && np_start(i_ + 1))) && !has(i_, kPrepVerb) &&
        !finite_like(i_)) {
      // Reduced relative: "obligations undertaken before Iran". Inside a subject the participle
      // may be the (mistagged) predicate itself, so another verb must follow.
      bool in_subject = ctx == Ctx::Subj || subject_depth_ > 0;
      bool reports = has(i_, kSay) && !(i_ + 1 < end_ && text(i_ + 1) == "by");  // "X said(VBN) Y"
      if (!in_subject || (finite_ahead(i_ + 1) && !reports)) {
        np = wrap(L::NP, np, parse_vp());
        continue;
      }
    }
    if (t == Pos::LRB) {
      np = wrap(L::NP, np, parse_enclosed(L::PRN));
      continue;
    }
    break;
  }
  return np;
}

int Builder::parse_np(Ctx ctx, int* head_out) {
  DepthGuard g(depth_);
  int head = -1;
  int first = parse_np_unit(ctx, &head);
  if (head_out) *head_out = head;
  int coord = -1;
  for (int guard = 0; i_ < end_ && guard < end_ && depth_ <= kMaxDepth; ++guard) {
    bool and_next = tag(i_) == Pos::CC && has(i_, kAndOr) && np_start(i_ + 1);
    bool comma_next = tag(i_) == Pos::Comma && list_at(i_);
    if (!and_next && !comma_next) break;
    int k = and_next ? i_ + 1 : i_ + 1 + (tag(i_ + 1) == Pos::CC);
    if (!np_start(k)) break;
    // "expelled diplomats and Russia retaliated": the CC joins clauses, not NPs. Inside a
    // subject ("the ministers of Iran and Saudi Arabia met") a verb is expected to follow.
    if (ctx != Ctx::Subj && subject_depth_ == 0 && is_finite(skip_adverbs(np_phrase_end(k))))
      break;
    if (coord < 0) {
      coord = make(L::NP);
      add(coord, first);
    }
    add_leaf(coord);  // the comma or CC
    if (tag(i_) == Pos::CC) add_leaf(coord);
    add(coord, parse_np_unit(ctx, nullptr));
  }
  return coord >= 0 ? coord : first;
}

int Builder::parse_pp() {
  DepthGuard g(depth_);
  int pp = make(L::PP);
  add_leaf(pp);
  if (depth_ > kMaxDepth) return pp;
  if (np_start(i_)) {
    add(pp, parse_np(Ctx::PPObj));
  } else if (tag(i_) == Pos::VBG && !has(i_, kPrepVerb)) {  // "by supplying food"
    int s = make(L::S);
    add(s, parse_vp_coord());
    add(pp, s);
  } else if (is_prep(i_)) {  // "according to", "as among friends"
    add(pp, parse_pp());
  } else if (tag(i_) == Pos::RB) {  // "until recently"
    int advp = make(L::ADVP);
    add_leaf(advp);
    add(pp, advp);
  }
  return pp;
}

int Builder::parse_infinitive() {
  int s = make(L::S);
  add(s, parse_vp_coord());
  return s;
}

int Builder::parse_relative() {
  DepthGuard g(depth_);
  SubjectReset reset(subject_depth_);
  int sbar = make(L::SBAR);
  int wh = make(L::WHNP);
  add_leaf(wh);
  add(sbar, wh);
  if (depth_ > kMaxDepth) return sbar;
  int s = make(L::S);
  if (predicate_start(i_)) {
    while (tag(i_) == Pos::RB || tag(i_) == Pos::RBR) {
      int advp = make(L::ADVP);
      add_leaf(advp);
      add(s, advp);
    }
    add(s, parse_vp_coord());
  } else if (np_start(i_)) {  // "the deal that Iran signed"
    add(s, parse_np(Ctx::Subj));
    if (predicate_start(i_)) add(s, parse_vp_coord());
  }
  add(sbar, s);
  return sbar;
}

int Builder::parse_adjp() {
  int adjp = make(L::ADJP);
  while (i_ < end_ && (is_adjective(tag(i_)) || tag(i_) == Pos::RB || tag(i_) == Pos::RBR ||
                       (tag(i_) == Pos::CC && is_adjective(tag(i_ + 1)))))
    add_leaf(adjp);
  if (tag(i_) == Pos::TO && is_verb(tag(i_ + 1))) add(adjp, parse_infinitive());
  else if (is_prep(i_) && np_start(i_ + 1)) add(adjp, parse_pp());
  return adjp;
}

// ---- verb phrases ----

int Builder::parse_vp_coord() {
  DepthGuard g(depth_);
  int first = parse_vp();
  int coord = -1;
  for (int guard = 0; i_ < end_ && guard < end_ && depth_ <= kMaxDepth; ++guard) {
    int k = i_;
    if (tag(k) == Pos::Comma && tag(k + 1) == Pos::CC) ++k;
    if (tag(k) != Pos::CC) break;
    int v = skip_adverbs(k + 1);
    if (!is_verb_or_md(v)) break;
    if (coord < 0) {
      coord = make(L::VP);
      add(coord, first);
    }
    while (i_ <= k) add_leaf(coord);
    while (i_ < v) {
      int advp = make(L::ADVP);
      add_leaf(advp);
      add(coord, advp);
    }
    add(coord, parse_vp());
  }
  return coord >= 0 ? coord : first;
}

int Builder::parse_vp() {
  DepthGuard g(depth_);
  int vp = make(L::VP);
  if (!is_verb_or_md(i_) && tag(i_) != Pos::TO) {  // callers check for a verb; stay safe
    if (i_ < end_) add_leaf(vp);
    return vp;
  }
  int v = i_;
  add_leaf(vp);
  if (depth_ > kMaxDepth) return vp;
  // Auxiliary chain: "has not announced", "will be sent", "to strengthen".
  const Token& vt = tok_[v];
  bool aux = vt.tag == Pos::MD || vt.tag == Pos::TO ||
             (is_verb(vt.tag) && has(v, kBe | kHave | kDo | kGet));
  int next = skip_adverbs(i_);
  if (aux && is_verb_or_md(next) && !has(next, kPrepVerb)) {
    while (i_ < next) {
      if (has(i_, kNeg)) {
        add_leaf(vp);
      } else {
        int advp = make(L::ADVP);
        add_leaf(advp);
        add(vp, advp);
      }
    }
    add(vp, parse_vp_coord());
    return vp;
  }
  // Lexical verb: its complements.
  bool say = has(v, kSay);
  int objects = 0;
  int first_object_head = -1;
  for (int guard = 0; i_ < end_ && guard < end_; ++guard) {
    Pos t = tag(i_);
    if (t == Pos::RP) {
      int prt = make(L::PRT);
      add_leaf(prt);
      add(vp, prt);
      continue;
    }
    if (np_start(i_)) {
      if (say && clause_start(i_, true)) {  // "said Russia would retaliate"
        int sbar = make(L::SBAR);
        add(sbar, parse_clause());
        add(vp, sbar);
        continue;
      }
      int e = base_np_end(i_);
      int h = base_np_head(i_, e);
      if (is_adjective(tag(h))) {  // "are ready (to ...)": no noun, so an adjective phrase
        add(vp, parse_adjp());
        continue;
      }
      if (has(h, kTemporal) && e - i_ <= 3 && tag(i_) != Pos::PRPS) {  // "last week", "Tuesday"
        int head = -1;
        int np = parse_np(Ctx::Obj, &head);
        nodes_[np].label = L::NPTMP;
        add(vp, np);
        continue;
      }
      // A second object after a pronoun ("gave him money") or, for verbs of giving, after a
      // name ("sent Ukraine another $800 million in weapons").
      bool second_ok = objects == 1 && first_object_head >= 0 &&
                       (tag(first_object_head) == Pos::PRP ||
                        ((tag(first_object_head) == Pos::NNP || tag(first_object_head) == Pos::NNPS) &&
                         has(v, kDitransitive)));
      if (objects == 0 || second_ok) {
        int head = -1;
        add(vp, parse_np(Ctx::Obj, &head));
        if (objects++ == 0) first_object_head = head;
        continue;
      }
      break;
    }
    if (has(i_, kThat) && (t == Pos::IN || t == Pos::WDT || t == Pos::DT) &&
        (clause_start(i_ + 1) || predicate_start(i_ + 1) || np_start(i_ + 1))) {
      int sbar = make(L::SBAR);
      add_leaf(sbar);
      add(sbar, parse_clause());
      add(vp, sbar);
      continue;
    }
    if (subordinate_at(i_) || ((t == Pos::IN || t == Pos::WRB) && has(i_, kSubord))) {
      add(vp, parse_sbar());
      continue;
    }
    if (is_prep(i_)) {
      add(vp, parse_pp());
      continue;
    }
    if (t == Pos::TO && is_verb(tag(i_ + 1))) {
      add(vp, parse_infinitive());
      continue;
    }
    if (t == Pos::RB || t == Pos::RBR || t == Pos::RBS) {
      if (is_verb_or_md(skip_adverbs(i_)) || tag(skip_adverbs(i_)) == Pos::TO) {
        // "also extended" after a CC is handled by the coordinator; a bare adverb before a verb
        // starts something new unless it sits right after an auxiliary (handled above).
        if (tag(skip_adverbs(i_)) != Pos::TO) break;
      }
      int advp = make(L::ADVP);
      add_leaf(advp);
      add(vp, advp);
      continue;
    }
    if (is_adjective(t)) {
      add(vp, parse_adjp());
      continue;
    }
    if (t == Pos::VBG && !has(i_, kPrepVerb)) {  // "began talking"
      int s = make(L::S);
      add(s, parse_vp_coord());
      add(vp, s);
      continue;
    }
    if (t == Pos::LRB) {
      add(vp, parse_enclosed(L::PRN));
      continue;
    }
    if (is_open_quote(i_)) {
      add(vp, parse_enclosed(L::S));
      continue;
    }
    if (t == Pos::Comma || t == Pos::Colon) {
      int k = i_ + 1;
      if (is_quote(k)) {
        if (say && is_open_quote(k)) {  // said, "We ..."
          add_leaf(vp);
          continue;
        }
        break;
      }
      if (tag(k) == Pos::CC || clause_start(k)) {
        if (t == Pos::Colon && say && clause_start(k)) {  // added: we are ready
          add_leaf(vp);
          add(vp, parse_clause());
          continue;
        }
        break;
      }
      if (t == Pos::Comma &&
          (is_prep(k) || subordinate_at(k) || tag(k) == Pos::VBG ||
           ((tag(k) == Pos::WDT || tag(k) == Pos::WP) && has(k, kRel)))) {
        add_leaf(vp);
        if (tag(i_) == Pos::WDT || tag(i_) == Pos::WP) add(vp, parse_relative());
        continue;
      }
      break;
    }
    break;
  }
  return vp;
}

int Builder::parse_sbar() {
  DepthGuard g(depth_);
  int sbar = make(L::SBAR);
  if (tag(i_) == Pos::WRB) {
    int wh = make(L::WHADVP);
    add_leaf(wh);
    add(sbar, wh);
  } else {
    add_leaf(sbar);
  }
  if (depth_ > kMaxDepth) return sbar;
  Pos t = tag(i_);
  if ((t == Pos::VBG || t == Pos::VBN || !np_start(i_)) && predicate_start(i_)) {
    // "while visiting Minsk", "as reported by"
    int s = make(L::S);
    add(s, parse_vp_coord());
    add(sbar, s);
  } else {
    add(sbar, parse_clause());
  }
  return sbar;
}

// "( ... )" or "`` ... ''": the opener, whatever parses inside, the closer if present.
int Builder::parse_enclosed(L label) {
  DepthGuard g(depth_);
  int node = make(label);
  bool quote = label == L::S;
  add_leaf(node);
  for (int guard = 0; i_ < end_ && guard < end_; ++guard) {
    if (quote ? is_close_quote(i_) : tag(i_) == Pos::RRB) {
      add_leaf(node);
      break;
    }
    if (is_punctuation(tag(i_)) || depth_ > kMaxDepth) {
      add_leaf(node);
      continue;
    }
    int before = i_;
    int c = np_start(i_) && !clause_start(i_) ? parse_np(Ctx::Obj) : parse_clause();
    if (i_ == before) add_leaf(node);
    else add(node, c);
  }
  return node;
}

// ---- clauses ----

int Builder::parse_clause() {
  DepthGuard g(depth_);
  SubjectReset reset(subject_depth_);
  int s = make(L::S);
  if (depth_ > kMaxDepth) return s;
  if (tag(i_) == Pos::CC) add_leaf(s);  // "But ...", "And ..."
  // Material before the subject: "During the talks,", "Earlier,", "As reported by X,".
  for (int guard = 0; i_ < end_ && guard < end_; ++guard) {
    Pos t = tag(i_);
    if (subordinate_at(i_)) {
      add(s, parse_sbar());
    } else if (is_prep(i_) && (np_start(i_ + 1) || is_prep(i_ + 1) || tag(i_ + 1) == Pos::VBG)) {
      add(s, parse_pp());
    } else if ((t == Pos::RB || t == Pos::RBR) && !predicate_start(i_)) {
      int advp = make(L::ADVP);
      add_leaf(advp);
      add(s, advp);
    } else if ((t == Pos::VBG || t == Pos::VBN) && participle_then_clause(i_)) {
      int adj = make(L::S);
      add(adj, parse_vp_coord());
      add(s, adj);
    } else if (np_start(i_) && tag(i_) != Pos::PRP) {
      int e = base_np_end(i_);
      if (!(has(base_np_head(i_, e), kTemporal) && tag(e) == Pos::Comma)) break;
      int np = parse_base_np(nullptr);  // "Last week, ..."
      nodes_[np].label = L::NPTMP;
      add(s, np);
    } else {
      break;
    }
    if (tag(i_) == Pos::Comma) add_leaf(s);
  }
  if (np_start(i_)) {
    ++subject_depth_;
    add(s, parse_np(Ctx::Subj));
    --subject_depth_;
  }
  while ((tag(i_) == Pos::RB || tag(i_) == Pos::RBR) && predicate_start(i_) &&
         !is_verb_or_md(i_)) {
    int advp = make(L::ADVP);
    add_leaf(advp);
    add(s, advp);
  }
  if (predicate_start(i_)) add(s, parse_vp_coord());
  // Clause coordination: "Poland expelled diplomats, and Russia retaliated".
  for (int guard = 0; i_ < end_ && guard < end_ && depth_ <= kMaxDepth; ++guard) {
    int k = i_;
    if (tag(k) == Pos::Comma && tag(k + 1) == Pos::CC) ++k;
    bool joins = (tag(k) == Pos::CC && (clause_start(k + 1) || (tag(k + 1) == Pos::RB &&
                                                                 clause_start(k + 2)))) ||
                 (tag(k) == Pos::Colon && text(k) == ";" && clause_start(k + 1));
    if (!joins) break;
    int outer = make(L::S);
    add(outer, s);
    while (i_ <= k) add_leaf(outer);
    add(outer, parse_clause());
    s = outer;
  }
  return s;
}

// After "`` ... '' ," or "..., ": "Lukashenko told Pezeshkian" (S) or "said Lukashenko" (SINV).
// Adds the speaker's NP and VP to `top` and returns true when the pattern is there; without a
// quotation mark the verb must report speech ("..., the minister said").
bool Builder::parse_speaker(int top, bool quoted) {
  int v = np_start(i_) ? skip_adverbs(np_phrase_end(i_)) : -1;
  bool says = v >= 0 && (has(v, kSay) || (finite_like(v) && has(skip_adverbs(v + 1), kSay)));
  if (v >= 0 && is_verb_or_md(v) && (quoted || says)) {
    ++subject_depth_;
    add(top, parse_np(Ctx::Subj));
    --subject_depth_;
    while ((tag(i_) == Pos::RB || tag(i_) == Pos::RBR) && predicate_start(i_) && !is_verb_or_md(i_)) {
      int advp = make(L::ADVP);
      add_leaf(advp);
      add(top, advp);
    }
    if (predicate_start(i_)) add(top, parse_vp_coord());
    return true;
  }
  if (is_verb(tag(i_)) && has(i_, kSay) && np_start(i_ + 1)) {
    nodes_[top].label = L::SINV;
    int vp = make(L::VP);
    add_leaf(vp);
    add(top, vp);
    add(top, parse_np(Ctx::Subj));
    return true;
  }
  return false;
}

int Builder::parse_top() {
  int top = make(L::S);
  int clauses = 0;
  bool speaker_done = false;
  bool quoted = false;  // a quotation mark seen since the last clause
  for (int guard = 0; i_ < end_ && guard <= end_; ++guard) {
    if (is_quote(i_)) {
      quoted = true;
      add_leaf(top);
      continue;
    }
    if (is_punctuation(tag(i_))) {
      add_leaf(top);
      continue;
    }
    Pos prev = tag(i_ - 1);
    bool after_break = prev == Pos::Comma || is_quote(i_ - 1);
    if (clauses > 0 && !speaker_done && after_break) {
      int e = np_start(i_) ? skip_adverbs(np_phrase_end(i_)) : i_;
      bool say_next = has(e, kSay) || (np_start(i_) && finite_like(e) && has(skip_adverbs(e + 1), kSay));
      if ((quoted || say_next) && parse_speaker(top, quoted)) {
        speaker_done = true;
        continue;
      }
    }
    int before = i_;
    int s = parse_clause();
    if (i_ == before) {
      add_leaf(top);  // nothing parses here: keep the token, move on
      continue;
    }
    add(top, s);
    ++clauses;
  }
  // (S (S ...) (. .)) with nothing else: lift the inner clause so the top S has the NP and VP.
  int first = nodes_[top].first;
  if (nodes_[top].label == L::S && clauses == 1 && !speaker_done && first >= 0 &&
      nodes_[first].label == L::S) {
    int inner = first;
    bool rest_punct = true;
    for (int c = nodes_[first].next; c >= 0; c = nodes_[c].next)
      if (nodes_[c].label != L::Pre) rest_punct = false;
    if (rest_punct) {
      // A fragment "(S (NP ...))" becomes the NP itself, as in "(ROOT (NP ...))".
      int only = single_child(inner);
      if (only >= 0 && nodes_[only].label != L::Pre && nodes_[only].label != L::VP) inner = only;
      int c = nodes_[first].next;
      nodes_[first].next = -1;
      while (c >= 0) {
        int next = nodes_[c].next;
        nodes_[c].next = -1;
        add(inner, c);
        c = next;
      }
      return inner;
    }
  }
  return top;
}

void Builder::emit(int top, Tree& tree) const {
  NodeId root = tree.add_phrase("ROOT", kNoNode);
  std::vector<std::pair<int, NodeId>> stack{{top, root}};
  std::vector<int> kids;
  while (!stack.empty()) {
    auto [pn, parent] = stack.back();
    stack.pop_back();
    const PNode& p = nodes_[pn];
    if (p.label == L::Pre) {
      tree.add_preterminal(p.token, parent);
      continue;
    }
    NodeId id = tree.add_phrase(label_name(p.label), parent);
    kids.clear();
    for (int c = p.first; c >= 0; c = nodes_[c].next) kids.push_back(c);
    for (size_t k = kids.size(); k-- > 0;) stack.push_back({kids[k], id});
  }
}

// Where a long sentence may be cut: after ; : , or before a coordinator, latest first.
int segment_end(const std::vector<Token>& tokens, int begin, int limit) {
  int end = std::min<int>(static_cast<int>(tokens.size()), begin + limit);
  if (end == static_cast<int>(tokens.size())) return end;
  for (Pos want : {Pos::Colon, Pos::Comma, Pos::CC}) {
    for (int k = end - 1; k > begin + limit / 2; --k) {
      if (tokens[k].tag == want) return want == Pos::CC ? k : k + 1;
    }
  }
  return end;
}

}  // namespace

Tree Parser::parse(std::vector<Token> tokens) const {
  Tree tree;
  tree.nodes.reserve(tokens.size() * 3 + 4);
  std::vector<uint32_t> flags(tokens.size());
  std::string scratch;
  for (size_t k = 0; k < tokens.size(); ++k) flags[k] = word_flags(tokens[k], scratch);
  tree.tokens = std::move(tokens);
  if (tree.tokens.empty()) {
    tree.add_phrase("ROOT", kNoNode);
    return tree;
  }
  Builder b(tree.tokens, flags);
  const int n = static_cast<int>(tree.tokens.size());
  int top;
  if (n <= kMaxSegmentTokens) {
    top = b.parse_span(0, n);
  } else {
    top = b.make(L::S);
    for (int begin = 0; begin < n;) {
      int end = segment_end(tree.tokens, begin, kMaxSegmentTokens);
      b.add(top, b.parse_span(begin, end));
      begin = end;
    }
  }
  b.emit(top, tree);
  tree.compute_spans();
  assign_heads(tree);
  return tree;
}

}  // namespace dyad
