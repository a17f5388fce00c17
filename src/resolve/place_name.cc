#include "resolve/place_name.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace dyad {
namespace {

// Latin-ASCII folding through ICU; one transliterator per thread because ICU's
// Transliterator::transliterate is not safe to share.
std::string fold_to_ascii(std::string_view text) {
  thread_local std::unique_ptr<icu::Transliterator> fold = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (fold) fold->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

bool append_place_key(std::string_view text, std::string& out) {
  std::string folded;
  if (!is_ascii(text)) {
    folded = fold_to_ascii(text);
    text = folded;
  }
  const size_t original = out.size();
  bool pending_space = !out.empty();
  bool wrote = false;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(c));
      wrote = true;
    } else if (c >= 'A' && c <= 'Z') {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(c - 'A' + 'a'));
      wrote = true;
    } else if (c == '\'' || c == '.' || c >= 0x80) {
      // Apostrophes and periods join ("N'Djamena", "D.C."); leftover non-ASCII is dropped.
    } else {
      pending_space = wrote || !out.empty();
    }
  }
  if (!wrote) out.resize(original);
  return wrote;
}

std::string normalize_place_name(std::string_view name) {
  std::string out;
  append_place_key(name, out);
  return out;
}

}  // namespace dyad
