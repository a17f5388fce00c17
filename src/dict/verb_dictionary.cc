#include "dict/verb_dictionary.h"

#include <algorithm>

#include "dict/dictionary_lines.h"
#include "dict/english_forms.h"

namespace dyad {
namespace {

std::string upper(std::string_view s) {
  std::string out;
  upper_ascii(s, out);
  return out;
}

std::string synset_key(std::string_view name) {
  if (!name.empty() && name.front() == '&') name.remove_prefix(1);
  while (!name.empty() && name.back() == '_') name.remove_suffix(1);
  return upper(name);
}

// A verb written as words with an optional `+` on the head: WIRE_+TAP, +CALL_OFF, LASH OUT.
struct VerbWords {
  std::vector<std::string> pre, particles;
  std::string head;
};

std::string parse_verb_words(std::string_view text, VerbWords& out) {
  std::vector<std::string_view> words = split_words(text, "_");
  if (words.empty()) return "verb without words";
  int head = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w.front() == '+') {
      if (head >= 0) return "verb '" + std::string(text) + "' marks two head words with '+'";
      head = static_cast<int>(i);
      words[i].remove_prefix(1);
      if (words[i].empty()) return "'+' without a word in '" + std::string(text) + "'";
    }
    if (words[i].find_first_of("+[]{}()") != std::string_view::npos)
      return "unexpected character in verb word '" + std::string(w) + "'";
  }
  if (head < 0) head = 0;
  out = {};
  for (int i = 0; i < static_cast<int>(words.size()); ++i) {
    if (i < head) out.pre.push_back(upper(words[i]));
    else if (i == head) out.head = upper(words[i]);
    else out.particles.push_back(upper(words[i]));
  }
  return {};
}

}  // namespace

std::string EventCode::to_string() const {
  std::string s = passive_only ? "" : (code.empty() ? "---" : code);
  if (passive_only) s = ":" + code;
  else if (!reverse.empty()) s += ":" + reverse;
  return s;
}

std::string parse_event_code(std::string_view inside, EventCode& out) {
  out = {};
  inside = trim(inside);
  if (inside.empty()) return "empty code field []";
  if (inside.find_first_of(" \t[]") != std::string_view::npos)
    return "code field '[" + std::string(inside) + "]' holds more than one code";
  const size_t colon = inside.find(':');
  std::string_view primary = inside.substr(0, colon);
  if (colon != std::string_view::npos) {
    std::string_view reverse = inside.substr(colon + 1);
    if (reverse.empty() || reverse.find(':') != std::string_view::npos)
      return "malformed code field '[" + std::string(inside) + "]'";
    if (primary.empty()) {
      out.passive_only = true;
      out.code = std::string(reverse);
      return {};
    }
    if (reverse != "---") out.reverse = std::string(reverse);
  }
  if (primary != "---") out.code = std::string(primary);
  return {};
}

bool Synset::contains(WordId word) const {
  return std::binary_search(words.begin(), words.end(), word);
}

VerbDictionary::VerbDictionary(std::shared_ptr<Vocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary)) {}

void VerbDictionary::read_file(const std::string& path, Reporter& reporter) {
  read_dictionary_into(*this, path, reporter);
}

void VerbDictionary::read_text(std::string_view text, const std::string& source_name,
                               Reporter& reporter) {
  const uint32_t file = files_.add(source_name);
  DictionaryLines lines(text, /*semicolon_comments=*/true);
  DictionaryLine line;
  enum class Section { kNone, kSynset, kBlock, kBadBlock } section = Section::kNone;
  auto fail = [&](const std::string& message) {
    reporter.report(DictionaryError(source_name, line.number, message));
  };
  while (lines.next(line)) {
    const SourceRef where{file, line.number};
    std::string_view t = trim(line.text);
    if (t.starts_with("---")) {  // block header
      // Trailing dashes are decoration, even glued to the code: `--- DISGRACE [110]--- ---`.
      std::string_view rest = trim(t.substr(3));
      while (!rest.empty() && (rest.back() == '-' || is_blank(rest.back())) &&
             rest.find(']') != std::string_view::npos)
        rest.remove_suffix(1);
      if (rest.find(']') == std::string_view::npos && rest.ends_with("---")) rest = trim(rest.substr(0, rest.size() - 3));
      const size_t bracket = rest.find('[');
      std::string_view name = trim(rest.substr(0, bracket));
      std::vector<std::string_view> groups;
      std::string problem =
          bracket == std::string_view::npos ? "" : split_bracket_groups(rest.substr(bracket), groups);
      EventCode code;
      if (name.empty()) problem = "verb block header without a name";
      else if (problem.empty() && groups.empty()) problem = "verb block header without a [CODE]";
      if (problem.empty()) problem = parse_event_code(groups[0], code);
      if (!problem.empty()) {
        fail(problem);
        section = Section::kBadBlock;
        continue;
      }
      if (groups.size() > 1)  // recoverable: keep the first code so the block's verbs survive
        fail("verb block header has " + std::to_string(groups.size()) + " code fields; using the first");
      VerbBlock block;
      for (std::string_view w : split_words(name, "")) {
        if (!block.name.empty()) block.name.push_back(' ');
        block.name += upper(w);
      }
      block.code = std::move(code);
      block.first_verb = static_cast<uint32_t>(verbs_.size());
      block.where = where;
      blocks_.push_back(std::move(block));
      section = Section::kBlock;
      continue;
    }
    if (t.front() == '&') {  // synset header
      if (t.find_first_of(" \t") != std::string_view::npos) {
        fail("synset name '" + std::string(t) + "' contains blanks");
        section = Section::kNone;
        continue;
      }
      std::string key = synset_key(t);
      if (key.empty()) {
        fail("synset without a name");
        section = Section::kNone;
        continue;
      }
      if (synset_ids_.count(key)) {
        fail("synset &" + key + " defined twice");
        section = Section::kNone;
        continue;
      }
      const SynsetId id = static_cast<SynsetId>(synsets_.size());
      synset_ids_.emplace(key, id);
      synset_defined_.push_back(true);
      Synset s;
      s.name = key;
      s.where = where;
      synsets_.push_back(std::move(s));
      PendingSynset pending;
      pending.no_plural = t.back() == '_';
      pending_synsets_.push_back(std::move(pending));
      section = Section::kSynset;
      continue;
    }
    if (t.front() == '~') {
      parse_transformation(trim(t.substr(1)), where, source_name, reporter);
      continue;
    }
    if (section == Section::kBadBlock) continue;  // reported with its header
    if (t.front() == '+' && section == Section::kSynset) {
      PendingMember member;
      member.where = where;
      std::string_view body = trim(t.substr(1));
      if (body.empty()) {
        fail("synset member '+' without words");
        continue;
      }
      if (body.front() == '&') {
        member.synset_ref = synset_key(body);
        if (member.synset_ref.empty()) {  // "+&" or "+&__": neither a set nor words
          fail("synset member '&' without a name");
          continue;
        }
      } else {
        member.no_plural = body.back() == '_';
        for (std::string_view w : split_words(body, "_")) member.words.push_back(upper(w));
        if (member.words.empty()) {
          fail("synset member '+' without words");
          continue;
        }
      }
      pending_synsets_.back().members.push_back(std::move(member));
      continue;
    }
    if (section != Section::kBlock) {
      fail(section == Section::kSynset && t.front() != '-'
               ? "verb line after a synset; start a verb block with '--- NAME [CODE] ---'"
               : "line outside a verb block");
      continue;
    }
    if (t.front() == '-') {
      pending_patterns_.push_back(PendingPattern{static_cast<VerbBlockId>(blocks_.size() - 1),
                                                 std::string(trim(t.substr(1))), where});
      continue;
    }
    read_verb_line(t, where, source_name, reporter);
  }
}

void VerbDictionary::read_verb_line(std::string_view t, SourceRef where, const std::string& file,
                                    Reporter& reporter) {
  auto fail = [&](const std::string& message) { reporter.report(DictionaryError(file, where.line, message)); };
  const size_t brace = t.find('{');
  const size_t bracket = t.find('[');
  std::string_view words = t.substr(0, std::min(brace, bracket));
  VerbWords base;
  std::string problem = parse_verb_words(words, base);
  if (!problem.empty()) return fail(problem);

  std::vector<std::string> forms{base.head};
  bool explicit_forms = false;
  if (brace != std::string_view::npos && brace < bracket) {
    const size_t close = t.find('}', brace);
    if (close == std::string_view::npos || close > bracket) return fail("'{' without a closing '}'");
    if (!trim(t.substr(close + 1, bracket == std::string_view::npos ? std::string_view::npos
                                                                    : bracket - close - 1)).empty())
      return fail("unexpected text after '}'");
    explicit_forms = true;
    for (std::string_view f : split_words(t.substr(brace + 1, close - brace - 1), "")) {
      VerbWords form;
      problem = parse_verb_words(f, form);
      if (!problem.empty()) return fail(problem);
      // A one-word form of a compound verb is the head's form; otherwise the other words
      // must be the verb's own pre-words and particles.
      const bool bare = form.pre.empty() && form.particles.empty() && f.find('+') == std::string_view::npos;
      if (!bare && (form.pre != base.pre || form.particles != base.particles))
        return fail("irregular form '" + std::string(f) + "' does not have the words of '" +
                    std::string(trim(words)) + "'");
      if (std::find(forms.begin(), forms.end(), form.head) == forms.end()) forms.push_back(form.head);
    }
  } else if (brace != std::string_view::npos) {
    return fail("'{' after the code field");
  }
  Verb verb;
  verb.block = static_cast<VerbBlockId>(blocks_.size() - 1);
  verb.where = where;
  verb.code = blocks_.back().code;
  if (bracket != std::string_view::npos) {
    std::vector<std::string_view> groups;
    problem = split_bracket_groups(t.substr(bracket), groups);
    if (problem.empty() && groups.size() != 1) problem = "verb line has " + std::to_string(groups.size()) + " code fields";
    if (problem.empty()) problem = parse_event_code(groups[0], verb.code);
    if (!problem.empty()) return fail(problem);
    verb.own_code = true;
  }
  if (!explicit_forms) forms = verb_forms(base.head);
  verb.lemma = vocabulary_->intern(base.head);
  for (const auto& w : base.pre) verb.pre_words.push_back(vocabulary_->intern(w));
  for (const auto& w : base.particles) verb.particles.push_back(vocabulary_->intern(w));
  for (const auto& f : forms) verb.forms.push_back(vocabulary_->intern(f));
  verbs_.push_back(std::move(verb));
  blocks_.back().verb_count = static_cast<uint32_t>(verbs_.size() - blocks_.back().first_verb);
}

bool VerbDictionary::parse_transformation(std::string_view text, SourceRef where,
                                          const std::string& file, Reporter& reporter) {
  // ~ a (b c INNER) OUTER = x y CODE
  std::vector<std::string_view> tokens;
  for (size_t i = 0; i < text.size();) {
    if (is_blank(text[i])) { ++i; continue; }
    if (text[i] == '(' || text[i] == ')') { tokens.push_back(text.substr(i, 1)); ++i; continue; }
    size_t j = i;
    while (j < text.size() && !is_blank(text[j]) && text[j] != '(' && text[j] != ')') ++j;
    tokens.push_back(text.substr(i, j - i));
    i = j;
  }
  auto fail = [&](const std::string& m) {
    reporter.report(DictionaryError(file, where.line, "transformation: " + m));
    return false;
  };
  if (tokens.size() != 11 || tokens[1] != "(" || tokens[5] != ")" || tokens[7] != "=")
    return fail("expected '~ a (b c VERB) VERB = a b CODE'");
  auto variable = [](std::string_view v, char& out) {
    if (v.size() != 1) return false;
    const char c = v[0];
    if (!((c >= 'a' && c <= 'z') || c == '.' || c == '_')) return false;
    out = c;
    return true;
  };
  Transformation x;
  x.where = where;
  x.text = std::string(text);
  if (!variable(tokens[0], x.source) || !variable(tokens[2], x.inner_source) ||
      !variable(tokens[3], x.inner_target) || !variable(tokens[8], x.result_source) ||
      !variable(tokens[9], x.result_target))
    return fail("actor variables are single lower-case letters, '.' (any) or '_' (none)");
  auto verb = [&](std::string_view v, std::vector<WordId>& out) {
    if (v == "Q") return true;
    for (std::string_view w : split_words(v, "_")) {
      if (w.front() >= 'a' && w.front() <= 'z') return false;
      out.push_back(vocabulary_->intern(w));
    }
    return !out.empty();
  };
  if (!verb(tokens[4], x.inner_verb) || !verb(tokens[6], x.outer_verb))
    return fail("verbs are upper-case dictionary words, A_B, or Q");
  x.result_code = std::string(tokens[10]);
  transformations_.push_back(std::move(x));
  return true;
}

bool VerbDictionary::resolve_synset(SynsetId id, Reporter& reporter) {
  PendingSynset& pending = pending_synsets_[id];
  if (pending.state == 2) return synset_defined_[id];
  if (!pending.defined) {
    pending.state = 2;
    const SourceRef use = synsets_[id].where;
    reporter.report(DictionaryError(file_of(use), use.line, pending.use_column,
                                    "unknown synset &" + synsets_[id].name));
    return false;
  }
  if (pending.state == 1) {
    reporter.report(DictionaryError(file_of(synsets_[id].where), synsets_[id].where.line,
                                    "synset &" + synsets_[id].name + " contains itself"));
    return false;
  }
  pending.state = 1;
  Synset& set = synsets_[id];
  for (const PendingMember& m : pending.members) {
    std::string written = m.synset_ref.empty() ? "" : "&" + m.synset_ref;
    for (const std::string& w : m.words) written += (written.empty() ? "" : " ") + w;
    if (m.no_plural) written += "_";
    synsets_[id].members.push_back(std::move(written));
    if (!m.synset_ref.empty()) {
      auto it = synset_ids_.find(m.synset_ref);
      if (it == synset_ids_.end()) {
        reporter.report(DictionaryError(file_of(m.where), m.where.line,
                                        "unknown synset &" + m.synset_ref));
        continue;
      }
      if (!resolve_synset(it->second, reporter)) continue;
      const Synset& other = synsets_[it->second];
      synsets_[id].words.insert(synsets_[id].words.end(), other.words.begin(), other.words.end());
      for (const auto& p : other.phrases) synsets_[id].phrases.push_back(p);
      continue;
    }
    std::vector<std::string> heads{m.words.back()};
    if (!m.no_plural && !pending.no_plural)
      for (auto& p : noun_plurals(m.words.back())) heads.push_back(std::move(p));
    for (const std::string& head : heads) {
      if (m.words.size() == 1) {
        set.words.push_back(vocabulary_->intern(head));
        continue;
      }
      std::vector<WordId> phrase;
      for (size_t k = 0; k + 1 < m.words.size(); ++k) phrase.push_back(vocabulary_->intern(m.words[k]));
      phrase.push_back(vocabulary_->intern(head));
      set.phrases.push_back(std::move(phrase));
    }
  }
  Synset& s = synsets_[id];
  std::sort(s.words.begin(), s.words.end());
  s.words.erase(std::unique(s.words.begin(), s.words.end()), s.words.end());
  std::sort(s.phrases.begin(), s.phrases.end());
  s.phrases.erase(std::unique(s.phrases.begin(), s.phrases.end()), s.phrases.end());
  pending.state = 2;
  return true;
}

namespace {

struct TermNode {
  PatternTerm term;
  std::vector<TermNode> kids;
};

PatternTerm emit(const TermNode& n, std::vector<PatternTerm>& nested) {
  PatternTerm t = n.term;
  if (!n.kids.empty()) {
    t.first_child = static_cast<uint32_t>(nested.size());
    t.child_count = static_cast<uint32_t>(n.kids.size());
    nested.resize(nested.size() + n.kids.size());
    for (size_t i = 0; i < n.kids.size(); ++i) {
      PatternTerm c = emit(n.kids[i], nested);
      nested[t.first_child + i] = c;
    }
  }
  return t;
}

}  // namespace

bool VerbDictionary::parse_pattern(const PendingPattern& p, Reporter& reporter, VerbPattern& out) {
  auto fail = [&](const std::string& m) {
    reporter.report(DictionaryError(file_of(p.where), p.where.line, "pattern: " + m));
    return false;
  };
  std::string_view t = p.text;
  const size_t open = t.rfind('[');
  if (open == std::string_view::npos) return fail("no [CODE] at the end");
  std::vector<std::string_view> groups;
  std::string problem = split_bracket_groups(t.substr(open), groups);
  if (!problem.empty()) return fail(problem);
  std::string_view body = trim(t.substr(0, open));
  if (body.find_first_of("[]") != std::string_view::npos) return fail("more than one code field");
  problem = parse_event_code(groups[0], out.code);
  if (!problem.empty()) return fail(problem);
  out.block = p.block;
  out.where = p.where;
  out.text = std::string(body);

  // Tokens: braces and parentheses stand alone; other runs are split on '_'.
  std::vector<TermNode> top;
  std::vector<TermNode>* current = &top;  // where terms go: top, or a composite's kids
  TermNode composite;
  char closer = 0;  // '}' or ')' while inside a composite
  TermNode inner;   // a {..} inside (..)
  bool in_inner = false;
  int verbs = 0;
  for (size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (is_blank(c)) { ++i; continue; }
    if (c == '{' || c == '(') {
      if (c == '(' && closer) return fail(closer == ')' ? "'(' inside (...)" : "'(' inside {...}");
      if (c == '{' && (closer == '}' || in_inner)) return fail("'{' inside {...}");
      TermNode& node = closer == ')' ? inner : composite;
      node = TermNode{};
      node.term.kind = c == '{' ? TermKind::kNounPhrase : TermKind::kPrepPhrase;
      if (closer == ')') in_inner = true;
      else closer = c == '{' ? '}' : ')';
      current = &node.kids;
      ++i;
      continue;
    }
    if (c == '}' || c == ')') {
      if (in_inner && c == ')') return fail("')' inside {...}");
      if (in_inner && c == '}') {
        if (inner.kids.empty()) return fail("empty {}");
        in_inner = false;
        composite.kids.push_back(std::move(inner));
        current = &composite.kids;
      } else if (closer == c) {
        if (composite.kids.empty()) return fail(std::string("empty ") + (c == '}' ? "{}" : "()"));
        if (c == ')') {
          TermKind k = composite.kids.front().term.kind;
          if (k != TermKind::kWord && k != TermKind::kSynset)
            return fail("(...) must start with a preposition word or synset");
        }
        closer = 0;
        top.push_back(std::move(composite));
        current = &top;
      } else {
        return fail(std::string("unbalanced '") + c + "'");
      }
      ++i;
      continue;
    }
    size_t j = i;
    while (j < body.size() && !is_blank(body[j]) && body[j] != '{' && body[j] != '}' &&
           body[j] != '(' && body[j] != ')')
      ++j;
    std::string_view token = body.substr(i, j - i);
    i = j;
    std::vector<std::string_view> parts = split_words(token, "_");
    const bool inside_np = (closer == '}') || in_inner;
    for (size_t k = 0; k < parts.size(); ++k) {
      std::string_view part = parts[k];
      TermNode node;
      if (part == "*") {
        if (closer) return fail("'*' inside (...) or {...}");
        node.term.kind = TermKind::kVerb;
        ++verbs;
      } else if (part == "$" || part == "+" || part == "%" || part == "^") {
        if (inside_np) return fail("'" + std::string(part) + "' inside {...}");
        node.term.kind = part == "$" ? TermKind::kSource : part == "+" ? TermKind::kTarget
                       : part == "%" ? TermKind::kCompound : TermKind::kAny;
      } else if (part.front() == '&') {
        // Longest run of '_'-joined parts naming a synset (names may contain '_').
        size_t best = 0;
        std::string name(part);
        SynsetId id = 0;
        for (size_t e = k; e < parts.size(); ++e) {
          if (e > k) name += "_" + std::string(parts[e]);
          auto it = synset_ids_.find(synset_key(name));
          if (it != synset_ids_.end()) {
            best = e - k + 1;
            id = it->second;
          }
        }
        if (!best) return fail("unknown synset " + std::string(part));
        node.term.kind = TermKind::kSynset;
        node.term.value = id;
        k += best - 1;
      } else {
        node.term.kind = TermKind::kWord;
        node.term.value = vocabulary_->intern(part);
      }
      node.term.joined_to_next = k + 1 < parts.size();
      current->push_back(std::move(node));
    }
  }
  if (closer || in_inner) return fail("unclosed '" + std::string(1, in_inner ? '{' : closer == '}' ? '{' : '(') + "'");
  if (verbs != 1) return fail(verbs == 0 ? "no '*' (verb position)" : "more than one '*'");
  for (const TermNode& n : top) {
    if (n.term.kind == TermKind::kVerb) out.verb_index = static_cast<uint32_t>(out.terms.size());
    out.terms.push_back(emit(n, out.nested));
  }
  return true;
}

void VerbDictionary::finish(Reporter& reporter) {
  if (finished_) return;
  for (SynsetId id = 0; id < synsets_.size(); ++id) resolve_synset(id, reporter);
  pending_synsets_.clear();

  patterns_.reserve(pending_patterns_.size() + added_patterns_.size());
  for (const PendingPattern& p : pending_patterns_) {
    VerbPattern pattern;
    if (parse_pattern(p, reporter, pattern)) patterns_.push_back(std::move(pattern));
  }
  pending_patterns_ = {};
  {
    // An added pattern written twice for one trigger: the first is kept; a different code
    // is an error (the coder would silently take the first).
    std::map<std::pair<VerbBlockId, std::vector<uint64_t>>, size_t> seen;
    for (VerbPattern& p : added_patterns_) {
      std::vector<uint64_t> key;
      for (const PatternTerm& t : p.terms) key.push_back((static_cast<uint64_t>(t.kind) << 32) | t.value);
      auto [it, fresh] = seen.emplace(std::make_pair(p.block, std::move(key)), patterns_.size());
      if (!fresh) {
        const VerbPattern& first = patterns_[it->second];
        if (first.code.to_string() != p.code.to_string()) {
          std::string message = "'" + p.text + "' is already coded " + first.code.to_string() + " at " +
                                describe(first.where) + "; this line's " + p.code.to_string() + " is ignored";
          reporter.report(p.column ? DictionaryError(file_of(p.where), p.where.line, p.column, message)
                                   : DictionaryError(file_of(p.where), p.where.line, message));
        }
        continue;
      }
      patterns_.push_back(std::move(p));
    }
  }
  added_patterns_ = {};
  // Added patterns join their trigger's block wherever it was created.
  auto by_block = [](const VerbPattern& a, const VerbPattern& b) { return a.block < b.block; };
  if (!std::is_sorted(patterns_.begin(), patterns_.end(), by_block))
    std::stable_sort(patterns_.begin(), patterns_.end(), by_block);
  // Patterns were read in block order, so each block's patterns are contiguous.
  for (uint32_t i = 0; i < patterns_.size(); ++i) {
    VerbBlock& b = blocks_[patterns_[i].block];
    if (b.pattern_count == 0) b.first_pattern = i;
    ++b.pattern_count;
  }
  // Form indexes: form -> verbs, file order; noun triggers apart.
  for (const bool nominal : {false, true}) {
    auto& index = nominal ? noun_index_ : form_index_;
    auto& list = nominal ? noun_verbs_ : form_verbs_;
    std::vector<std::pair<WordId, VerbId>> pairs;
    for (VerbId v = 0; v < verbs_.size(); ++v)
      if (verbs_[v].nominal == nominal)
        for (WordId f : verbs_[v].forms) pairs.emplace_back(f, v);
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    list.clear();
    for (size_t i = 0; i < pairs.size();) {
      size_t j = i;
      const uint32_t begin = static_cast<uint32_t>(list.size());
      for (; j < pairs.size() && pairs[j].first == pairs[i].first; ++j)
        if (list.size() == begin || list.back() != pairs[j].second) list.push_back(pairs[j].second);
      index[pairs[i].first] = {begin, static_cast<uint32_t>(list.size()) - begin};
      i = j;
    }
  }
  finished_ = true;
}

VerbId VerbDictionary::add_trigger(std::string_view lemma, std::span<const std::string> forms, bool nominal,
                                   SourceRef where) {
  const WordId lemma_id = vocabulary_->intern(lemma);
  const uint64_t key = (static_cast<uint64_t>(lemma_id) << 1) | (nominal ? 1 : 0);
  auto it = triggers_.find(key);
  if (it != triggers_.end()) return it->second;
  VerbBlock block;
  block.name = (nominal ? "noun " : "") + upper(lemma);
  block.first_verb = static_cast<uint32_t>(verbs_.size());
  block.verb_count = 1;
  block.where = where;
  const VerbBlockId block_id = static_cast<VerbBlockId>(blocks_.size());
  blocks_.push_back(std::move(block));
  Verb verb;
  verb.block = block_id;
  verb.lemma = lemma_id;
  verb.forms.push_back(lemma_id);
  for (const std::string& f : forms) {
    const WordId id = vocabulary_->intern(f);
    if (std::find(verb.forms.begin(), verb.forms.end(), id) == verb.forms.end()) verb.forms.push_back(id);
  }
  verb.where = where;
  verb.nominal = nominal;
  const VerbId id = static_cast<VerbId>(verbs_.size());
  verbs_.push_back(std::move(verb));
  triggers_.emplace(key, id);
  return id;
}

std::optional<VerbId> VerbDictionary::find_trigger(std::string_view lemma, bool nominal) const {
  const WordId lemma_id = vocabulary_->find(lemma);
  if (lemma_id == kNoWord) return std::nullopt;
  auto it = triggers_.find((static_cast<uint64_t>(lemma_id) << 1) | (nominal ? 1 : 0));
  if (it == triggers_.end()) return std::nullopt;
  return it->second;
}

void VerbDictionary::set_trigger_code(VerbId id, EventCode code, SourceRef where) {
  Verb& verb = verbs_[id];
  verb.code = std::move(code);
  verb.own_code = true;
  verb.where = where;
  blocks_[verb.block].code = verb.code;
}

void VerbDictionary::add_pattern(VerbPattern pattern) {
  for (uint32_t i = 0; i < pattern.terms.size(); ++i)
    if (pattern.terms[i].kind == TermKind::kVerb) pattern.verb_index = i;
  added_patterns_.push_back(std::move(pattern));
}

SynsetId VerbDictionary::use_synset(std::string_view name, SourceRef use, uint32_t column) {
  std::string key = synset_key(name);
  auto it = synset_ids_.find(key);
  if (it != synset_ids_.end()) return it->second;
  const SynsetId id = static_cast<SynsetId>(synsets_.size());
  synset_ids_.emplace(key, id);
  Synset s;
  s.name = std::move(key);
  s.where = use;
  synsets_.push_back(std::move(s));
  PendingSynset pending;
  pending.defined = false;
  pending.use_column = column;
  pending_synsets_.push_back(std::move(pending));
  synset_defined_.push_back(false);
  return id;
}

bool VerbDictionary::define_synset(SynsetId id, std::span<const SynsetMemberSpec> members, SourceRef where) {
  if (synset_defined_[id]) return false;
  PendingSynset& pending = pending_synsets_[id];
  pending.defined = true;
  synset_defined_[id] = true;
  synsets_[id].where = where;
  for (const SynsetMemberSpec& spec : members) {
    PendingMember m;
    m.where = where;
    if (!spec.synset.empty()) m.synset_ref = synset_key(spec.synset);
    else m.words = spec.words;
    if (m.synset_ref.empty() && m.words.empty()) continue;
    pending.members.push_back(std::move(m));
  }
  return true;
}

bool VerbDictionary::synset_defined(SynsetId id) const { return synset_defined_[id]; }

std::span<const VerbId> VerbDictionary::find_noun(WordId form) const {
  auto it = noun_index_.find(form);
  if (it == noun_index_.end()) return {};
  return {noun_verbs_.data() + it->second.first, it->second.second};
}

std::span<const VerbId> VerbDictionary::find(WordId form) const {
  auto it = form_index_.find(form);
  if (it == form_index_.end()) return {};
  return {form_verbs_.data() + it->second.first, it->second.second};
}

std::optional<SynsetId> VerbDictionary::find_synset(std::string_view name) const {
  auto it = synset_ids_.find(synset_key(name));
  if (it == synset_ids_.end()) return std::nullopt;
  return it->second;
}

}  // namespace dyad
