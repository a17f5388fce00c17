#include "text/cleaner.h"

#include "text/boilerplate.h"
#include "text/char_normalizer.h"

namespace dyad {

uint32_t CleanedText::to_original(uint32_t clean_offset) const {
  if (origin.empty()) return 0;
  return clean_offset < origin.size() ? origin[clean_offset] : origin.back();
}

CleanedText clean_text(std::string_view raw) {
  OffsetText normalized = normalize_characters(raw);
  const std::string_view text = normalized.text;

  CleanedText out;
  out.text.reserve(text.size());
  out.origin.reserve(text.size() + 1);
  BoilerplateFilter filter;
  uint32_t end_origin = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (filter.classify(text.substr(begin, end - begin)) == BoilerplateRule::kNone) {
      if (!out.text.empty()) {
        // The separator stands for the raw line break after the previous kept
        // line, which is where that line's raw span ends.
        out.text.push_back('\n');
        out.origin.push_back(end_origin);
      }
      out.text.append(text.substr(begin, end - begin));
      out.origin.insert(out.origin.end(), normalized.origin.begin() + begin, normalized.origin.begin() + end);
      end_origin = normalized.origin[end];
    }
    begin = end + 1;
  }
  out.origin.push_back(end_origin);
  return out;
}

}  // namespace dyad
