#include "io/petrarch_xml.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dyad {
namespace {

// A forward scanner over the XML text that knows its line number.
class Scanner {
 public:
  Scanner(std::string_view xml) : xml_(xml) {}

  // Advances to the next tag; returns false at end. Skips comments and text.
  bool next_tag(std::string_view& name, std::string_view& attrs, bool& closing, bool& self_closing,
                size_t& tag_begin, size_t& tag_end) {
    while (true) {
      size_t lt = xml_.find('<', pos_);
      if (lt == std::string_view::npos) return false;
      if (xml_.compare(lt, 4, "<!--") == 0) {
        size_t end = xml_.find("-->", lt + 4);
        pos_ = end == std::string_view::npos ? xml_.size() : end + 3;
        continue;
      }
      size_t gt = xml_.find('>', lt);
      if (gt == std::string_view::npos) return false;
      tag_begin = lt;
      tag_end = gt + 1;
      pos_ = gt + 1;
      std::string_view inside = xml_.substr(lt + 1, gt - lt - 1);
      closing = !inside.empty() && inside[0] == '/';
      if (closing) inside.remove_prefix(1);
      self_closing = !inside.empty() && inside.back() == '/';
      if (self_closing) inside.remove_suffix(1);
      size_t sp = 0;
      while (sp < inside.size() && !isspace(static_cast<unsigned char>(inside[sp]))) ++sp;
      name = inside.substr(0, sp);
      attrs = inside.substr(sp);
      return true;
    }
  }
  uint32_t line_of(size_t offset) {
    // Lines are counted incrementally: offsets asked for only grow.
    if (offset < line_pos_) { line_pos_ = 0; line_ = 1; }
    for (; line_pos_ < offset && line_pos_ < xml_.size(); ++line_pos_)
      if (xml_[line_pos_] == '\n') ++line_;
    return line_;
  }
  size_t pos() const { return pos_; }
  std::string_view text() const { return xml_; }

 private:
  std::string_view xml_;
  size_t pos_ = 0;
  size_t line_pos_ = 0;
  uint32_t line_ = 1;
};

std::string attribute(std::string_view attrs, std::string_view key) {
  size_t i = 0;
  while (i < attrs.size()) {
    while (i < attrs.size() && isspace(static_cast<unsigned char>(attrs[i]))) ++i;
    size_t name_begin = i;
    while (i < attrs.size() && attrs[i] != '=' && !isspace(static_cast<unsigned char>(attrs[i]))) ++i;
    std::string_view name = attrs.substr(name_begin, i - name_begin);
    while (i < attrs.size() && isspace(static_cast<unsigned char>(attrs[i]))) ++i;
    if (i >= attrs.size() || attrs[i] != '=') { if (name.empty()) ++i; continue; }
    ++i;
    while (i < attrs.size() && isspace(static_cast<unsigned char>(attrs[i]))) ++i;
    if (i >= attrs.size()) break;
    char quote = attrs[i];
    std::string_view value;
    if (quote == '"' || quote == '\'') {
      size_t end = attrs.find(quote, i + 1);
      if (end == std::string_view::npos) end = attrs.size();
      value = attrs.substr(i + 1, end - i - 1);
      i = end + 1;
    } else {
      size_t begin = i;
      while (i < attrs.size() && !isspace(static_cast<unsigned char>(attrs[i]))) ++i;
      value = attrs.substr(begin, i - begin);
    }
    if (name == key) return std::string(value);
  }
  return {};
}

std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<const char*, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (auto [name, c] : kEntities) {
        size_t n = std::strlen(name);
        if (s.compare(i, n, name) == 0) { out += c; i += n - 1; done = true; break; }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (isspace(static_cast<unsigned char>(c))) { space = !out.empty(); continue; }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// Messages quote attribute values as written (id="A\nB"); escape control characters so each
// message stays one line.
void escape_controls(std::string& message) {
  auto is_control = [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; };
  if (std::none_of(message.begin(), message.end(), is_control)) return;
  std::string out;
  for (char c : message) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (is_control(c)) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else out += c;
  }
  message = std::move(out);
}

bool truthy(std::string v) {
  for (char& c : v) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
  return v == "true" || v == "1" || v == "yes";
}

}  // namespace

size_t count_petrarch_records(std::string_view xml) {
  size_t n = 0;
  for (size_t at = xml.find("<Sentence"); at != std::string_view::npos; at = xml.find("<Sentence", at + 9)) {
    const char next = at + 9 < xml.size() ? xml[at + 9] : '>';
    if (next == '>' || next == '/' || isspace(static_cast<unsigned char>(next))) ++n;  // not <Sentences>
  }
  return n;
}

PetrarchFile parse_petrarch_xml(std::string_view xml, const std::string& file_name) {
  std::vector<PetrarchRecord> records;
  records.reserve(count_petrarch_records(xml));  // so the vector does not grow (and move) them step by step
  PetrarchFile file = parse_petrarch_xml(xml, file_name, [&](PetrarchRecord&& r) {
    records.push_back(std::move(r));
    return true;
  });
  file.records = std::move(records);
  return file;
}

PetrarchFile parse_petrarch_xml(std::string_view xml, const std::string& file_name,
                                const std::function<bool(PetrarchRecord&&)>& on_record) {
  PetrarchFile file;
  Scanner scan(xml);
  std::string_view name, attrs;
  bool closing = false, self_closing = false;
  size_t tag_begin = 0, tag_end = 0;
  bool require_dyad = true;
  bool in_environment = false;
  PetrarchRecord current;
  PetrarchRecord* record = nullptr;  // &current while a record is open
  bool go_on = true;
  std::string open_element;  // Text/Parse/Verbfile...: element whose content we collect
  size_t content_begin = 0;
  auto where = [&](size_t offset) { return file_name + ":" + std::to_string(scan.line_of(offset)); };
  auto finish_record = [&]() {
    if (!record) return;
    if (record->error.empty() && record->parse.empty())
      record->error = file_name + ":" + std::to_string(record->line) + ": record " + record->id +
                      " has no <Parse>";
    escape_controls(record->error);
    go_on = on_record(std::move(current));
    record = nullptr;
  };
  while (go_on && scan.next_tag(name, attrs, closing, self_closing, tag_begin, tag_end)) {
    if (!closing && !open_element.empty()) {
      // A tag inside <Text>/<Parse>: the element was never closed.
      if (record && record->error.empty())
        record->error = where(tag_begin) + ": <" + open_element + "> of record " + record->id +
                        " is not closed";
      open_element.clear();
    }
    if (name == "Environment") { in_environment = !closing; file.environment.has_environment = true; continue; }
    if (name == "Config" && !closing) {
      std::string option = attribute(attrs, "option");
      if (option == "require_dyad") require_dyad = truthy(attribute(attrs, "value"));
      continue;
    }
    if (name == "Sentence") {
      if (closing) { finish_record(); continue; }
      if (record) {
        if (record->error.empty())
          record->error = file_name + ":" + std::to_string(record->line) + ": record " + record->id +
                          " has no </Sentence>";
        finish_record();
        if (!go_on) break;
      }
      current = PetrarchRecord{};
      record = &current;
      record->line = scan.line_of(tag_begin);
      record->id = attribute(attrs, "id");
      record->category = attribute(attrs, "category");
      record->date_text = attribute(attrs, "date");
      record->require_dyad = require_dyad;
      if (auto d = Date::parse_iso(record->date_text)) {
        record->date = *d;
      } else {
        record->error = where(tag_begin) + ": record " + record->id + " has a bad date \"" +
                        record->date_text + "\"";
      }
      continue;
    }
    if (name == "EventCoding" && !closing) {
      if (!record) { file.errors.push_back(where(tag_begin) + ": <EventCoding> outside <Sentence>"); continue; }
      PetrarchCoding c;
      c.source = attribute(attrs, "sourcecode");
      c.target = attribute(attrs, "targetcode");
      c.code = attribute(attrs, "eventcode");
      c.noevents = truthy(attribute(attrs, "noevents"));
      c.error = attribute(attrs, "error");
      record->gold.push_back(std::move(c));
      continue;
    }
    bool content = name == "Text" || name == "Parse" ||
                   (in_environment && (name == "Verbfile" || name == "Actorfile" || name == "Agentfile" ||
                                       name == "Discardfile" || name == "Issuefile" || name == "Include"));
    if (!content) continue;
    if (!closing) {
      if (self_closing) continue;
      open_element = std::string(name);
      content_begin = tag_end;
      continue;
    }
    if (open_element != name) continue;
    open_element.clear();
    std::string_view body = xml.substr(content_begin, tag_begin - content_begin);
    if (name == "Text" && record) record->text = collapse_space(unescape(body));
    else if (name == "Parse" && record) record->parse = unescape(body);
    else if (name == "Verbfile") file.environment.verb_files.push_back(collapse_space(body));
    else if (name == "Actorfile") file.environment.actor_files.push_back(collapse_space(body));
    else if (name == "Agentfile") file.environment.agent_files.push_back(collapse_space(body));
    else if (name == "Discardfile") file.environment.discard_files.push_back(collapse_space(body));
    else if (name == "Issuefile") file.environment.issue_files.push_back(collapse_space(body));
    else if (name == "Include") file.environment.include = words_of(body);
  }
  if (record && go_on) {
    if (record->error.empty())
      record->error = file_name + ":" + std::to_string(record->line) + ": record " + record->id +
                      " has no </Sentence>";
    finish_record();
  }
  for (std::string& e : file.errors) escape_controls(e);
  return file;
}

std::string petrarch_file_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

PetrarchFile read_petrarch_xml(const std::string& path) {
  return parse_petrarch_xml(read_petrarch_bytes(path), petrarch_file_name(path));
}

std::string read_petrarch_bytes(const std::string& path) {
  // One read into a string of the file's size: a stream buffer would copy a large file twice.
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error(path + ": cannot open");
  std::string xml;
  char chunk[1 << 16];
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) xml.reserve(static_cast<size_t>(size));
    std::fseek(f, 0, SEEK_SET);
  }
  for (size_t got; (got = std::fread(chunk, 1, sizeof chunk, f)) > 0;) xml.append(chunk, got);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) throw std::runtime_error(path + ": read error");
  return xml;
}

}  // namespace dyad
