#include "dict/dictionary_lines.h"

#include <fstream>
#include <sstream>

#include "dict/dictionary_error.h"

namespace dyad {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_words(std::string_view s, std::string_view extra) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (is_blank(s[i]) || extra.find(s[i]) != std::string_view::npos)) ++i;
    size_t j = i;
    while (j < s.size() && !is_blank(s[j]) && extra.find(s[j]) == std::string_view::npos) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

DictionaryLines::DictionaryLines(std::string_view content, bool semicolon_comments)
    : rest_(content), semicolon_comments_(semicolon_comments) {
  if (rest_.starts_with("\xEF\xBB\xBF")) rest_.remove_prefix(3);
}

bool DictionaryLines::next(DictionaryLine& out) {
  while (!rest_.empty()) {
    const size_t eol = rest_.find('\n');
    std::string_view physical = rest_.substr(0, eol);
    rest_ = eol == std::string_view::npos ? std::string_view{} : rest_.substr(eol + 1);
    ++number_;
    if (!physical.empty() && physical.back() == '\r') physical.remove_suffix(1);

    if (!in_block_comment_) {
      std::string_view lead = trim(physical);
      if (lead.starts_with("<!") && !lead.starts_with("<!--")) continue;
    }
    // Fast path: nothing to splice out.
    std::string_view text;
    std::string_view comment;
    scratch_.clear();
    bool spliced = false;
    size_t i = 0;
    while (i <= physical.size()) {
      if (in_block_comment_) {
        const size_t close = physical.find("-->", i);
        if (close == std::string_view::npos) {
          i = physical.size() + 1;
          break;
        }
        in_block_comment_ = false;
        i = close + 3;
        spliced = true;
        continue;
      }
      size_t stop = physical.size();
      size_t open = physical.find("<!--", i);
      // `#` or `;` inside [ ] belongs to a code ([###] is a TABARI code), not a comment.
      size_t line_comment = std::string_view::npos;
      bool in_code = false;
      for (size_t k = i; k < physical.size(); ++k) {
        const char c = physical[k];
        if (c == '[') in_code = true;
        else if (c == ']') in_code = false;
        else if (!in_code && (c == '#' || (c == ';' && semicolon_comments_))) {
          line_comment = k;
          break;
        }
      }
      if (open != std::string_view::npos && open < line_comment) {
        scratch_.append(physical.substr(i, open - i));
        scratch_.push_back(' ');
        in_block_comment_ = true;
        spliced = true;
        i = open + 4;
        continue;
      }
      if (line_comment != std::string_view::npos) {
        stop = line_comment;
        comment = trim(physical.substr(line_comment + 1));
      }
      if (!spliced) {
        text = physical.substr(0, stop);
      } else {
        scratch_.append(physical.substr(i, stop - i));
        text = scratch_;
      }
      i = physical.size() + 1;
      break;
    }
    if (spliced && text.data() != scratch_.data()) text = scratch_;
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    if (trim(text).empty()) continue;
    out.text = text;
    out.number = number_;
    out.comment = comment;
    return true;
  }
  return false;
}

std::string read_dictionary_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DictionaryError(path, 0, "cannot open dictionary file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

}  // namespace dyad

namespace dyad {

std::string split_bracket_groups(std::string_view s, std::vector<std::string_view>& contents) {
  contents.clear();
  size_t i = 0;
  while (i < s.size()) {
    if (is_blank(s[i])) {
      ++i;
      continue;
    }
    if (s[i] != '[') return "unexpected text '" + std::string(trim(s.substr(i))) + "' outside [ ]";
    const size_t close = s.find(']', i + 1);
    if (close == std::string_view::npos) return "'[' without a closing ']'";
    std::string_view inside = s.substr(i + 1, close - i - 1);
    if (inside.find('[') != std::string_view::npos) return "nested '[' inside [ ]";
    contents.push_back(trim(inside));
    i = close + 1;
  }
  return {};
}

}  // namespace dyad
