#include "dict/petrarch_to_native.h"

#include <algorithm>
#include <map>
#include <set>

#include "dict/english_forms.h"
#include "dict/native_format.h"

namespace dyad {
namespace {

std::string where_of(const SourceFiles& files, SourceRef where) {
  return files.path(where.file) + ":" + std::to_string(where.line);
}

std::string join(const Vocabulary& vocab, std::span<const WordId> words) {
  std::string out;
  for (WordId w : words) {
    if (!out.empty()) out.push_back(' ');
    out += vocab.word(w);
  }
  return out;
}

// Appends `word` to `out`, after a blank when `out` is not empty.
void append_word(std::string& out, std::string_view word) {
  if (!out.empty()) out.push_back(' ');
  out.append(word);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Why `phrase` cannot be written as a native name or member, empty if it can.
std::string unwritable_phrase(std::string_view phrase) {
  if (phrase.find('|') != std::string_view::npos) return "holds '|'";
  if (phrase.find('=') != std::string_view::npos) return "holds '='";
  if (phrase.starts_with("#") || phrase.find(" #") != std::string_view::npos) return "holds a word starting with '#'";
  if (phrase_words(phrase).empty()) return "has no tokens";
  return {};
}

}  // namespace

std::string actors_to_native(const ActorDictionary& actors, std::vector<ConversionNote>& notes) {
  const SourceFiles& files = actors.files();
  const Vocabulary& vocab = actors.vocabulary();
  std::string out;
  for (ActorEntryId id = 0; id < actors.entry_count(); ++id) {
    const ActorEntry& entry = actors.entry(id);
    const std::string at = where_of(files, entry.where);
    std::string names;
    for (std::span<const WordId> name : actors.names(id)) {
      std::string text = join(vocab, name);
      std::string problem = unwritable_phrase(text);
      if (!problem.empty()) {
        notes.push_back({at, "name '" + text + "' " + problem + "; left out"});
        continue;
      }
      if (!names.empty()) names += " | ";
      names += text;
    }
    if (names.empty()) {
      notes.push_back({at, "entry '" + entry.name + "' has no name that can be written; left out"});
      continue;
    }
    std::string roles;
    size_t dropped = 0;
    for (const ActorRole& role : actors.roles(id)) {
      if (!role.code.empty() && !is_native_code(role.code)) {
        notes.push_back({where_of(files, role.where),
                         "actor code '" + role.code + "' is not letters and digits; role left out"});
        ++dropped;
        continue;
      }
      if (!roles.empty()) roles += ", ";
      roles += role.code.empty() ? "---" : role.code;
      if (role.dated) {
        std::string range = format_native_range(role.begin, role.end);
        if (!range.empty()) roles += " " + range;
      }
    }
    if (roles.empty() && dropped == 0) roles = "---";  // no code: the names still match, yield nothing
    if (roles.empty()) {
      notes.push_back({at, "entry '" + entry.name + "' has no role that can be written; left out"});
      continue;
    }
    out += names + " = " + roles + "\n";
  }
  return out;
}

std::string agents_to_native(const AgentDictionary& agents, std::vector<ConversionNote>& notes) {
  const SourceFiles& files = agents.files();
  const Vocabulary& vocab = agents.vocabulary();
  std::string out;
  for (AgentId id = 0; id < agents.agent_count(); ++id) {
    const AgentEntry& entry = agents.agent(id);
    const std::string at = where_of(files, entry.where);
    if (!is_native_code(entry.code)) {
      notes.push_back({at, "agent code '" + entry.code + "' is not letters and digits; entry left out"});
      continue;
    }
    std::set<std::string> petrarch, native;
    std::string names;
    for (const AgentPhrase& p : agents.phrases(id)) {
      std::string text = join(vocab, p.words);
      petrarch.insert(text);
      if (p.kind == AgentPhraseKind::kGenerated) continue;
      std::string problem = unwritable_phrase(text);
      if (!problem.empty()) {
        notes.push_back({at, "phrase '" + text + "' " + problem + "; left out"});
        continue;
      }
      if (!names.empty()) names += " | ";
      names += text;
      std::vector<std::string> words = phrase_words(text);
      std::string joined;
      for (const auto& w : words) append_word(joined, w);
      native.insert(joined);
      for (const std::string& plural : noun_plurals(words.back())) {
        words.back() = plural;
        std::string with_plural;
        for (const auto& w : words) append_word(with_plural, w);
        native.insert(with_plural);
      }
    }
    if (names.empty()) continue;
    std::string extra;
    for (const std::string& p : native)
      if (!petrarch.count(p)) extra += (extra.empty() ? "" : ", ") + p;
    if (!extra.empty())
      notes.push_back({at, "the native format generates plurals PETRARCH did not match: " + extra});
    out += names + " = " + entry.code + (entry.placement == AgentPlacement::kPrefix ? "~" : "") + "\n";
  }
  return out;
}

namespace {

struct VerbWriter {
  const VerbDictionary& verbs;
  std::vector<ConversionNote>& notes;
  std::string out;
  std::map<std::string, std::string> coded;  // native pattern text -> code already written
  std::set<std::string> noted;               // "where|message", to note each thing once

  const Vocabulary& vocab() const { return verbs.vocabulary(); }
  std::string at(SourceRef where) const { return where_of(verbs.files(), where); }

  void note(SourceRef where, std::string message) {
    if (noted.insert(at(where) + "|" + message).second) notes.push_back({at(where), std::move(message)});
  }

  // Native code text for `code`, or empty (with a note) when it cannot be written.
  std::string code_text(const EventCode& code, SourceRef where) {
    if (code.passive_only) {
      note(where, "passive-only code :" + code.code + " cannot be written; left out");
      return {};
    }
    if (code.is_null()) return "---";
    if (!is_native_code(code.code) || code.code.find_first_of("0123456789") == std::string::npos) {
      note(where, "event code '" + code.code + "' is not letters and digits with a digit; left out");
      return {};
    }
    if (!code.reverse.empty()) note(where, "reverse-event code :" + code.reverse + " dropped; " + code.code + " kept");
    return code.code;
  }

  // Appends one term's text; false (with a note) when the pattern cannot be written.
  bool term_text(const VerbPattern& p, const PatternTerm& t, std::vector<std::string>& parts, int& targets,
                 int& sources) {
    switch (t.kind) {
      case TermKind::kWord: {
        std::string w = lower(vocab().word(t.value));
        if (w.find_first_of("{}|*") != std::string::npos || w.front() == '&' || w.front() == '#') {
          note(p.where, "word '" + w + "' cannot be written in a native pattern; pattern left out");
          return false;
        }
        parts.push_back(std::move(w));
        return true;
      }
      case TermKind::kSynset:
        parts.push_back("&" + verbs.synset(t.value).name);
        return true;
      case TermKind::kNounPhrase:
      case TermKind::kPrepPhrase:
        if (t.kind == TermKind::kPrepPhrase)
          note(p.where, "(PREP ...) written as plain words: the preposition need not head a prepositional phrase");
        for (const PatternTerm& c : p.children(t))
          if (!term_text(p, c, parts, targets, sources)) return false;
        return true;
      case TermKind::kAny:
        note(p.where, "'^' (any phrase) dropped: native words need not be adjacent anyway");
        return true;
      case TermKind::kCompound:
        note(p.where, "'%' (compound actor) dropped");
        return true;
      case TermKind::kTarget:
        parts.push_back("{target}");
        ++targets;
        return true;
      case TermKind::kSource:
        parts.push_back("{source}");
        ++sources;
        return true;
      case TermKind::kVerb:
        return true;
    }
    return true;
  }

  // The trigger's words: pre-words, the head (marked `*` when not first), particles.
  std::vector<std::string> trigger_words(const Verb& v) const {
    std::vector<std::string> parts;
    for (WordId w : v.pre_words) parts.push_back(lower(vocab().word(w)));
    parts.push_back((v.pre_words.empty() ? "" : "*") + lower(vocab().word(v.lemma)));
    for (WordId w : v.particles) parts.push_back(lower(vocab().word(w)));
    return parts;
  }

  void emit(const std::string& code, const std::string& text, SourceRef where) {
    auto [it, fresh] = coded.emplace(text, code);
    if (!fresh) {
      if (it->second != code)
        note(where, "'" + text + "' is already coded " + it->second + " by an earlier line (PETRARCH takes the first); " +
                        code + " left out");
      return;
    }
    out += code + "  " + text + "\n";
  }

  void write_pattern(const VerbPattern& p, const Verb& v) {
    const std::string code = code_text(p.code, p.where);
    if (code.empty()) return;
    std::vector<std::string> parts;
    int targets = 0, sources = 0;
    for (size_t i = 0; i < p.terms.size(); ++i) {
      const PatternTerm& t = p.terms[i];
      if (t.joined_to_next) note(p.where, "'_' adjacency cannot be written; words need not be adjacent");
      if (t.kind == TermKind::kVerb) {
        std::vector<std::string> trigger = trigger_words(v);
        // The head is the first plain word unless something plain precedes it.
        bool plain_before = false;
        for (const std::string& w : parts)
          if (w.front() != '{' && w.front() != '&') plain_before = true;
        if (plain_before && v.pre_words.empty()) trigger[0] = "*" + trigger[0];
        for (auto& w : trigger) parts.push_back(std::move(w));
        continue;
      }
      if (!term_text(p, t, parts, targets, sources)) return;
    }
    if (targets > 1 || sources > 1) {
      note(p.where, "pattern has more than one target or source slot; left out");
      return;
    }
    std::string text;
    for (const auto& w : parts) append_word(text, w);
    emit(code, text, p.where);
  }

  void write_synsets() {
    for (SynsetId id = 0; id < verbs.synset_count(); ++id) {
      const Synset& s = verbs.synset(id);
      bool name_ok = !s.name.empty();
      for (char c : s.name)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
          name_ok = false;
      if (!name_ok) {
        note(s.where, "set name '&" + s.name + "' cannot be written; set left out");
        continue;
      }
      std::string members;
      for (std::string m : s.members) {
        if (m.ends_with("_")) {
          m.pop_back();
          note(s.where, "member '" + m + "' was written without plurals; the native format generates them");
        }
        if (m.empty()) continue;
        std::string problem = m.front() == '&' ? "" : unwritable_phrase(m);
        if (!problem.empty()) {
          note(s.where, "member '" + m + "' " + problem + "; left out");
          continue;
        }
        if (!members.empty()) members += " | ";
        members += m.front() == '&' ? m : lower(m);
      }
      if (members.empty()) {
        note(s.where, "set &" + s.name + " has no members that can be written; left out");
        continue;
      }
      out += "&" + s.name + " = " + members + "\n";
    }
  }

  void write_blocks() {
    std::map<std::string, VerbBlockId> first_block;  // trigger text -> first block having it
    for (VerbBlockId b = 0; b < verbs.block_count(); ++b) {
      const VerbBlock& block = verbs.block(b);
      out.append("\n## ").append(block.name).append("  (").append(at(block.where)).append(")\n");
      for (uint32_t k = 0; k < block.verb_count; ++k) {
        const VerbId vid = block.first_verb + k;
        const Verb& v = verbs.verb(vid);
        std::vector<std::string> words = trigger_words(v);
        std::string trigger;
        for (const auto& w : words) append_word(trigger, w);
        auto [it, fresh] = first_block.emplace(trigger, b);
        if (!fresh && it->second != b)
          note(v.where, "verb '" + trigger + "' is also in block " + verbs.block(it->second).name +
                            ", whose entry PETRARCH uses; here the patterns of both apply");
        // Irregular forms: the coder finds a verb by its lemma, so they are not needed.
        std::vector<std::string> generated = verb_forms(vocab().word(v.lemma));
        std::string irregular;
        for (WordId f : v.forms) {
          std::string form(vocab().word(f));
          if (std::find(generated.begin(), generated.end(), form) == generated.end())
            append_word(irregular, lower(form));
        }
        if (!irregular.empty())
          note(v.where, "irregular forms {" + irregular + "} not written: the coder finds verbs by lemma");
        if (!v.code.is_null()) {  // a null code is a trigger's default anyway
          std::string code = code_text(v.code, v.where);
          if (!code.empty()) emit(code, trigger, v.where);
        }
        for (const VerbPattern& p : verbs.patterns(b)) write_pattern(p, v);
      }
    }
  }
};

}  // namespace

std::string verbs_to_native(const VerbDictionary& verbs, std::vector<ConversionNote>& notes) {
  VerbWriter w{verbs, notes, {}, {}, {}};
  w.write_synsets();
  w.write_blocks();
  for (const Transformation& t : verbs.transformations())
    w.note(t.where, "transformation '~ " + t.text + "' cannot be written; left out");
  return std::move(w.out);
}

}  // namespace dyad
