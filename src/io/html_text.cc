#include "io/html_text.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <vector>

#include "text/date_string.h"

namespace dyad {

namespace {

struct NamedEntity {
  std::string_view name;
  uint32_t code_point;
};

// The named references that show up in news pages; the full HTML list has
// over two thousand, almost all of them never used in prose.
constexpr NamedEntity kNamedEntities[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"nbsp", 0xA0},     {"ensp", 0x2002},    {"emsp", 0x2003},    {"thinsp", 0x2009},  {"shy", 0xAD},
    {"zwj", 0x200D},    {"zwnj", 0x200C},    {"lrm", 0x200E},     {"rlm", 0x200F},     {"ndash", 0x2013},
    {"mdash", 0x2014},  {"minus", 0x2212},   {"hellip", 0x2026},  {"lsquo", 0x2018},   {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},   {"laquo", 0xAB},
    {"raquo", 0xBB},    {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"prime", 0x2032},   {"Prime", 0x2033},
    {"copy", 0xA9},     {"reg", 0xAE},       {"trade", 0x2122},   {"deg", 0xB0},       {"middot", 0xB7},
    {"bull", 0x2022},   {"times", 0xD7},     {"divide", 0xF7},    {"euro", 0x20AC},    {"pound", 0xA3},
    {"yen", 0xA5},      {"cent", 0xA2},      {"sect", 0xA7},      {"para", 0xB6},      {"plusmn", 0xB1},
    {"frac12", 0xBD},   {"frac14", 0xBC},    {"frac34", 0xBE},    {"iexcl", 0xA1},     {"iquest", 0xBF},
    {"aacute", 0xE1},   {"Aacute", 0xC1},    {"agrave", 0xE0},    {"Agrave", 0xC0},    {"acirc", 0xE2},
    {"Acirc", 0xC2},    {"auml", 0xE4},      {"Auml", 0xC4},      {"atilde", 0xE3},    {"Atilde", 0xC3},
    {"aring", 0xE5},    {"Aring", 0xC5},     {"aelig", 0xE6},     {"AElig", 0xC6},     {"ccedil", 0xE7},
    {"Ccedil", 0xC7},   {"eacute", 0xE9},    {"Eacute", 0xC9},    {"egrave", 0xE8},    {"Egrave", 0xC8},
    {"ecirc", 0xEA},    {"Ecirc", 0xCA},     {"euml", 0xEB},      {"Euml", 0xCB},      {"iacute", 0xED},
    {"Iacute", 0xCD},   {"igrave", 0xEC},    {"Igrave", 0xCC},    {"icirc", 0xEE},     {"Icirc", 0xCE},
    {"iuml", 0xEF},     {"Iuml", 0xCF},      {"ntilde", 0xF1},    {"Ntilde", 0xD1},    {"oacute", 0xF3},
    {"Oacute", 0xD3},   {"ograve", 0xF2},    {"Ograve", 0xD2},    {"ocirc", 0xF4},     {"Ocirc", 0xD4},
    {"ouml", 0xF6},     {"Ouml", 0xD6},      {"otilde", 0xF5},    {"Otilde", 0xD5},    {"oslash", 0xF8},
    {"Oslash", 0xD8},   {"uacute", 0xFA},    {"Uacute", 0xDA},    {"ugrave", 0xF9},    {"Ugrave", 0xD9},
    {"ucirc", 0xFB},    {"Ucirc", 0xDB},     {"uuml", 0xFC},      {"Uuml", 0xDC},      {"yacute", 0xFD},
    {"Yacute", 0xDD},   {"yuml", 0xFF},      {"szlig", 0xDF},     {"scaron", 0x161},   {"Scaron", 0x160},
    {"zcaron", 0x17E},  {"Zcaron", 0x17D},   {"oelig", 0x153},    {"OElig", 0x152},    {"ccaron", 0x10D},
    {"Ccaron", 0x10C},
};

void append_utf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  return true;
}

bool contains_word_ignore_case(std::string_view haystack, std::string_view word) {
  size_t i = 0;
  while (i < haystack.size()) {
    while (i < haystack.size() && is_html_space(haystack[i])) ++i;
    size_t j = i;
    while (j < haystack.size() && !is_html_space(haystack[j])) ++j;
    if (equals_ignore_case(haystack.substr(i, j - i), word)) return true;
    i = j;
  }
  return false;
}

// Decodes the reference starting at text[i] == '&' into *out and returns the
// index after it, or returns i when there is no reference there.
size_t decode_reference(std::string_view text, size_t i, std::string* out) {
  size_t j = i + 1;
  if (j < text.size() && text[j] == '#') {
    ++j;
    const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
    if (hex) ++j;
    uint64_t value = 0;
    size_t digits = 0;
    for (; j < text.size(); ++j, ++digits) {
      const char c = text[j];
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else break;
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + d;
    }
    if (digits == 0) return i;
    if (j < text.size() && text[j] == ';') ++j;
    append_utf8(value > 0x10FFFF ? 0xFFFD : static_cast<uint32_t>(value), out);
    return j;
  }
  while (j < text.size() && is_alnum(text[j]) && j - i <= 8) ++j;
  const std::string_view name = text.substr(i + 1, j - i - 1);
  const bool has_semicolon = j < text.size() && text[j] == ';';
  for (const NamedEntity& entity : kNamedEntities) {
    if (entity.name != name) continue;
    // Legacy pages write "&amp" without ';'; other names need it, or a
    // query string like "?a=1&copy=2" would be mangled.
    if (!has_semicolon && name != "amp" && name != "lt" && name != "gt" && name != "quot" && name != "nbsp") return i;
    append_utf8(entity.code_point, out);
    return has_semicolon ? j + 1 : j;
  }
  return i;
}

void append_decoded(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out->append(text.substr(i));
      return;
    }
    out->append(text.substr(i, amp - i));
    const size_t after = decode_reference(text, amp, out);
    if (after == amp) {
      out->push_back('&');
      i = amp + 1;
    } else {
      i = after;
    }
  }
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (is_html_space(c)) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// Builds text with HTML's whitespace rules: runs collapse to one space, and
// line breaks come only from block structure (or from <pre>).
class TextSink {
 public:
  void add(std::string_view decoded, bool preformatted) {
    for (char c : decoded) {
      if (is_html_space(c)) {
        if (preformatted && c == '\n') line_break();
        else pending_space_ = true;
        continue;
      }
      if (pending_space_ && !text_.empty() && text_.back() != '\n') text_.push_back(' ');
      pending_space_ = false;
      text_.push_back(c);
    }
  }
  void line_break() {
    pending_space_ = false;
    if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
  }
  std::string take() {
    while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
    return std::move(text_);
  }
  size_t size() const { return text_.size(); }

 private:
  std::string text_;
  bool pending_space_ = false;
};

struct Attribute {
  std::string_view name;
  std::string_view value;
};

struct Tag {
  std::string name;  // lower case
  bool is_end = false;
  bool self_closing = false;
  std::vector<Attribute> attributes;

  std::string_view attribute(std::string_view wanted) const {
    for (const Attribute& a : attributes)
      if (equals_ignore_case(a.name, wanted)) return a.value;
    return {};
  }
  bool has_attribute(std::string_view wanted) const {
    for (const Attribute& a : attributes)
      if (equals_ignore_case(a.name, wanted)) return true;
    return false;
  }
};

// Parses the tag whose '<' is at html[i]; returns the index after its '>'
// (html.size() when the tag never closes).
size_t parse_tag(std::string_view html, size_t i, Tag* tag) {
  tag->name.clear();
  tag->attributes.clear();
  tag->self_closing = false;
  size_t j = i + 1;
  tag->is_end = html[j] == '/';
  if (tag->is_end) ++j;
  while (j < html.size() && !is_html_space(html[j]) && html[j] != '/' && html[j] != '>')
    tag->name.push_back(to_lower(html[j++]));
  for (;;) {
    while (j < html.size() && (is_html_space(html[j]) || html[j] == '/')) {
      tag->self_closing = html[j] == '/';
      ++j;
    }
    if (j >= html.size()) return html.size();
    if (html[j] == '>') return j + 1;
    tag->self_closing = false;
    const size_t name_begin = j;
    while (j < html.size() && !is_html_space(html[j]) && html[j] != '=' && html[j] != '>' && html[j] != '/') ++j;
    Attribute attribute{html.substr(name_begin, j - name_begin), {}};
    while (j < html.size() && is_html_space(html[j])) ++j;
    if (j < html.size() && html[j] == '=') {
      ++j;
      while (j < html.size() && is_html_space(html[j])) ++j;
      if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
        const char quote = html[j++];
        const size_t close = html.find(quote, j);
        if (close == std::string_view::npos) return html.size();
        attribute.value = html.substr(j, close - j);
        j = close + 1;
      } else {
        const size_t value_begin = j;
        while (j < html.size() && !is_html_space(html[j]) && html[j] != '>') ++j;
        attribute.value = html.substr(value_begin, j - value_begin);
      }
    }
    tag->attributes.push_back(attribute);
  }
}

// Index of the "</name" that closes a raw-text element, or html.size().
size_t find_closing_tag(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (i + 2 + name.size() <= html.size() && equals_ignore_case(html.substr(i + 2, name.size()), name)) {
      const size_t after = i + 2 + name.size();
      if (after == html.size() || !is_alnum(html[after])) return i;
    }
  }
  return html.size();
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

bool is_raw_text_element(std::string_view name) {
  return is_one_of(name, {"script", "style", "noscript", "template", "textarea", "xmp", "title"});
}

bool is_furniture_element(std::string_view name) {
  return is_one_of(name, {"nav", "header", "footer", "aside", "form", "menu", "button", "select", "dialog", "svg",
                          "iframe", "object"});
}

bool is_block_element(std::string_view name) {
  return is_one_of(name, {"p",       "div",    "br",     "h1",   "h2",         "h3",     "h4",    "h5",
                          "h6",      "li",     "ul",     "ol",   "dl",         "dt",     "dd",    "tr",
                          "td",      "th",     "table",  "thead", "tbody",     "tfoot",  "caption", "section",
                          "article", "main",   "blockquote", "pre", "hr",      "figure", "figcaption",
                          "address", "details", "summary", "center", "body"});
}

// Date sources in the order of preference documented in the header.
enum DateSlot { kArticlePublished, kOgPublished, kItempropPublished, kNameDate, kPubdate, kDcDate, kDcDateIssued,
                kTimeElement, kDateSlotCount };

class PageBuilder {
 public:
  explicit PageBuilder(std::string_view html) : html_(html) {}

  HtmlPage build() {
    size_t i = 0;
    const size_t n = html_.size();
    while (i < n) {
      const size_t lt = html_.find('<', i);
      add_text(html_.substr(i, (lt == std::string_view::npos ? n : lt) - i));
      if (lt == std::string_view::npos) break;
      i = handle_markup(lt);
    }
    return finish();
  }

 private:
  // Handles the markup starting at html_[lt] == '<' and returns where text resumes.
  size_t handle_markup(size_t lt) {
    const std::string_view rest = html_.substr(lt);
    if (rest.substr(0, 4) == "<!--") {
      const size_t close = html_.find("-->", lt + 4);
      return close == std::string_view::npos ? html_.size() : close + 3;
    }
    if (rest.substr(0, 9) == "<![CDATA[") {
      const size_t close = html_.find("]]>", lt + 9);
      const size_t end = close == std::string_view::npos ? html_.size() : close;
      add_text_raw(html_.substr(lt + 9, end - lt - 9));
      return close == std::string_view::npos ? html_.size() : close + 3;
    }
    if (rest.size() >= 2 && (rest[1] == '!' || rest[1] == '?')) {
      const size_t close = html_.find('>', lt);
      return close == std::string_view::npos ? html_.size() : close + 1;
    }
    const bool starts_tag = rest.size() >= 2 && (std::isalpha(static_cast<unsigned char>(rest[1])) ||
                                                 (rest[1] == '/' && rest.size() >= 3 &&
                                                  std::isalpha(static_cast<unsigned char>(rest[2]))));
    if (!starts_tag) {  // a lone '<' in text, as in "a < b"
      add_text("<");
      return lt + 1;
    }
    size_t next = parse_tag(html_, lt, &tag_);
    collect_metadata();
    if (tag_.is_end) {
      handle_end_tag();
      return next;
    }
    if (is_raw_text_element(tag_.name) && !tag_.self_closing) {
      const size_t close = find_closing_tag(html_, next, tag_.name);
      if (tag_.name == "title" && title_text_.empty()) title_text_ = html_.substr(next, close - next);
      return close;  // the closing tag is parsed as an ordinary end tag
    }
    handle_start_tag();
    return next;
  }

  void handle_start_tag() {
    const std::string& name = tag_.name;
    if (name == "head") in_head_ = true;
    if (name == "body") in_head_ = false;
    if (name == "pre") ++pre_depth_;
    if (is_furniture_element(name) && !tag_.self_closing) ++furniture_depth_;
    if (is_block_element(name)) line_break();
    if (name == "article" && !tag_.self_closing) ++article_depth_;
  }

  void handle_end_tag() {
    const std::string& name = tag_.name;
    if (name == "head") in_head_ = false;
    if (name == "pre" && pre_depth_ > 0) --pre_depth_;
    if (is_block_element(name)) line_break();
    if (name == "article" && article_depth_ > 0) --article_depth_;
    if (is_furniture_element(name) && furniture_depth_ > 0) --furniture_depth_;
    // An unclosed <nav> must not swallow the rest of the page.
    if (name == "body") furniture_depth_ = 0;
  }

  void collect_metadata() {
    if (tag_.is_end) return;
    const std::string& name = tag_.name;
    if (name == "meta") {
      const std::string_view content = tag_.attribute("content");
      for (std::string_view key_attribute : {"property", "name", "itemprop"}) {
        const std::string_view key = tag_.attribute(key_attribute);
        if (key.empty()) continue;
        if (equals_ignore_case(key, "og:title")) set_once(&og_title_, content);
        else if (equals_ignore_case(key, "og:url")) set_once(&og_url_, content);
        else if (equals_ignore_case(key, "og:site_name")) set_once(&site_name_, content);
        else if (equals_ignore_case(key, "article:published_time")) offer_date(kArticlePublished, content);
        else if (equals_ignore_case(key, "og:published_time")) offer_date(kOgPublished, content);
        else if (equals_ignore_case(key, "datePublished")) offer_date(kItempropPublished, content);
        else if (equals_ignore_case(key, "date")) offer_date(kNameDate, content);
        else if (equals_ignore_case(key, "pubdate")) offer_date(kPubdate, content);
        else if (equals_ignore_case(key, "DC.date")) offer_date(kDcDate, content);
        else if (equals_ignore_case(key, "DC.date.issued")) offer_date(kDcDateIssued, content);
      }
      return;
    }
    if (name == "link" && contains_word_ignore_case(tag_.attribute("rel"), "canonical")) {
      set_once(&canonical_url_, tag_.attribute("href"));
      return;
    }
    if (equals_ignore_case(tag_.attribute("itemprop"), "datePublished")) {
      offer_date(kItempropPublished, tag_.has_attribute("datetime") ? tag_.attribute("datetime") : tag_.attribute("content"));
    }
    if (name == "time") offer_date(kTimeElement, tag_.attribute("datetime"));
  }

  static void set_once(std::string* field, std::string_view raw) {
    if (!field->empty() || raw.empty()) return;
    std::string decoded;
    append_decoded(raw, &decoded);
    *field = collapse_whitespace(decoded);
  }

  void offer_date(DateSlot slot, std::string_view raw) {
    if (!dates_[slot].empty()) return;
    std::string decoded;
    append_decoded(raw, &decoded);
    if (auto day = iso_date_part(decoded)) dates_[slot].assign(*day);
  }

  bool text_visible() const { return furniture_depth_ == 0 && !in_head_; }

  void add_text(std::string_view raw) {
    if (raw.empty() || !text_visible()) return;
    decoded_.clear();
    append_decoded(raw, &decoded_);
    add_text_raw(decoded_);
  }

  void add_text_raw(std::string_view text) {
    if (text.empty() || !text_visible()) return;
    body_.add(text, pre_depth_ > 0);
    if (article_depth_ > 0) article_.add(text, pre_depth_ > 0);
  }

  void line_break() {
    body_.line_break();
    article_.line_break();
  }

  HtmlPage finish() {
    HtmlPage page;
    if (!og_title_.empty()) {
      page.title = og_title_;
    } else {
      std::string decoded;
      append_decoded(title_text_, &decoded);
      page.title = collapse_whitespace(decoded);
    }
    for (const std::string& date : dates_) {
      if (!date.empty()) {
        page.date = date;
        break;
      }
    }
    page.url = !og_url_.empty() ? og_url_ : canonical_url_;
    page.site_name = site_name_;
    const bool article_holds_story = article_.size() > 0 && article_.size() * 3 >= body_.size();
    page.text = article_holds_story ? article_.take() : body_.take();
    return page;
  }

  std::string_view html_;
  Tag tag_;
  std::string decoded_;
  TextSink body_;
  TextSink article_;
  int furniture_depth_ = 0;
  int article_depth_ = 0;
  int pre_depth_ = 0;
  bool in_head_ = false;
  std::string_view title_text_;
  std::string og_title_, og_url_, canonical_url_, site_name_;
  std::array<std::string, kDateSlotCount> dates_;
};

}  // namespace

HtmlPage extract_html(std::string_view html) { return PageBuilder(html).build(); }

std::string decode_html_entities(std::string_view text) {
  std::string out;
  append_decoded(text, &out);
  return out;
}

}  // namespace dyad
