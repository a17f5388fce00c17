#include "text/char_normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <cstring>

namespace dyad {

namespace {

bool is_ascii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ULL) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

// NFC form of `raw` with, for each of its bytes, the raw offset it came from.
// Returns false (and leaves the outputs alone) when `raw` is already NFC,
// which is nearly always, so the copy is skipped.
bool to_nfc(std::string_view raw, std::string* nfc, std::vector<uint32_t>* nfc_origin) {
  if (is_ascii(raw)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::StringPiece piece(raw.data(), static_cast<int32_t>(raw.size()));
  if (normalizer->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return false;
  status = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(nfc);
  normalizer->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) {
    nfc->clear();
    return false;
  }
  nfc_origin->assign(nfc->size() + 1, static_cast<uint32_t>(raw.size()));
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const int32_t source = it.sourceIndex(), destination = it.destinationIndex();
    for (int32_t k = 0; k < it.newLength(); ++k) {
      // An unchanged span maps byte for byte; a changed one (a composed
      // character) maps every output byte to where the change starts.
      (*nfc_origin)[destination + k] = static_cast<uint32_t>(source + (it.hasChange() ? 0 : k));
    }
  }
  return true;
}

enum class CharClass { kCopy, kSpace, kNewline, kRemove, kApostrophe, kQuote, kHyphen, kEmDash, kEllipsis };

CharClass classify(UChar32 c) {
  if (c < 0x80) {
    if (c == '\n' || c == '\r') return CharClass::kNewline;
    if (c < 0x20 || c == 0x7F) return CharClass::kSpace;  // tab and stray controls
    if (c == ' ') return CharClass::kSpace;
    return CharClass::kCopy;
  }
  switch (c) {
    case 0x85: case 0x2028: case 0x2029:
      return CharClass::kNewline;
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return CharClass::kSpace;
    case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F: case 0x2060: case 0xFEFF:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return CharClass::kRemove;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A: case 0x02BC:
      return CharClass::kApostrophe;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
      return CharClass::kQuote;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
      return CharClass::kHyphen;
    case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
      return CharClass::kEmDash;
    case 0x2026:
      return CharClass::kEllipsis;
    default:
      break;
  }
  if (c < 0xA0) return CharClass::kSpace;                    // C1 controls
  if (c >= 0x2000 && c <= 0x200A) return CharClass::kSpace;  // en quad .. hair space
  return CharClass::kCopy;
}

// Appends output while collapsing spaces and blank lines; a space or line
// break is only written once a visible character follows it.
class Writer {
 public:
  explicit Writer(OffsetText* out) : out_(out) {}

  void visible(std::string_view bytes, uint32_t origin, uint32_t origin_end, bool byte_exact) {
    begin_visible();
    for (size_t k = 0; k < bytes.size(); ++k) put(bytes[k], byte_exact ? origin + static_cast<uint32_t>(k) : origin);
    end_origin_ = origin_end;
  }

  // Bytes whose raw offsets are origins[0 .. bytes.size()).
  void visible_run(std::string_view bytes, const uint32_t* origins, uint32_t origin_end) {
    begin_visible();
    out_->text.append(bytes);
    out_->origin.insert(out_->origin.end(), origins, origins + bytes.size());
    end_origin_ = origin_end;
  }

  // Bytes copied from raw offset `origin` on.
  void visible_identity_run(std::string_view bytes, uint32_t origin) {
    begin_visible();
    out_->text.append(bytes);
    const size_t old_size = out_->origin.size();
    out_->origin.resize(old_size + bytes.size());
    for (size_t k = 0; k < bytes.size(); ++k) out_->origin[old_size + k] = origin + static_cast<uint32_t>(k);
    end_origin_ = origin + static_cast<uint32_t>(bytes.size());
  }

  void space(uint32_t origin) {
    if (!line_has_text_ || pending_space_) return;
    pending_space_ = true;
    space_origin_ = origin;
  }

  void newline(uint32_t origin) {
    if (!line_has_text_) return;
    pending_newline_ = true;
    pending_space_ = false;
    line_has_text_ = false;
    newline_origin_ = origin;
  }

  void finish() { out_->origin.push_back(end_origin_); }

 private:
  // Writes the space or line break waiting before a visible character.
  void begin_visible() {
    if (pending_newline_ && !out_->text.empty()) {
      put('\n', newline_origin_);
    } else if (pending_space_ && line_has_text_) {
      put(' ', space_origin_);
    }
    pending_newline_ = pending_space_ = false;
    line_has_text_ = true;
  }

  void put(char c, uint32_t origin) {
    out_->text.push_back(c);
    out_->origin.push_back(origin);
  }

  OffsetText* out_;
  bool pending_space_ = false, pending_newline_ = false, line_has_text_ = false;
  uint32_t space_origin_ = 0, newline_origin_ = 0, end_origin_ = 0;
};

}  // namespace

OffsetText normalize_characters(std::string_view raw) {
  std::string nfc;
  std::vector<uint32_t> nfc_origin;
  const bool changed = to_nfc(raw, &nfc, &nfc_origin);
  const std::string_view source = changed ? std::string_view(nfc) : raw;
  auto raw_offset = [&](size_t i) { return changed ? nfc_origin[i] : static_cast<uint32_t>(i); };

  OffsetText out;
  out.text.reserve(source.size());
  out.origin.reserve(source.size() + 1);
  Writer writer(&out);
  const auto* bytes = reinterpret_cast<const uint8_t*>(source.data());
  const int32_t length = static_cast<int32_t>(source.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    if (bytes[i] == ' ') {
      writer.space(raw_offset(start));
      ++i;
      continue;
    }
    if (bytes[i] > 0x20 && bytes[i] < 0x7F) {  // the common case: a run of printable ASCII
      while (i < length && bytes[i] > 0x20 && bytes[i] < 0x7F) ++i;
      if (changed) {
        writer.visible_run(source.substr(start, i - start), nfc_origin.data() + start, nfc_origin[i]);
      } else {
        writer.visible_identity_run(source.substr(start, i - start), static_cast<uint32_t>(start));
      }
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const uint32_t origin = raw_offset(start);
    const uint32_t origin_end = raw_offset(i);
    if (c < 0) {
      writer.visible("\xEF\xBF\xBD", origin, origin_end, false);
      continue;
    }
    switch (classify(c)) {
      case CharClass::kCopy:
        // Bytes copied unchanged map one to one, unless NFC rewrote them.
        writer.visible(source.substr(start, i - start), origin, origin_end,
                       !changed || origin_end - origin == static_cast<uint32_t>(i - start));
        break;
      case CharClass::kSpace: writer.space(origin); break;
      case CharClass::kNewline: writer.newline(origin); break;
      case CharClass::kRemove: break;
      case CharClass::kApostrophe: writer.visible("'", origin, origin_end, false); break;
      case CharClass::kQuote: writer.visible("\"", origin, origin_end, false); break;
      case CharClass::kHyphen: writer.visible("-", origin, origin_end, false); break;
      case CharClass::kEmDash:
        writer.space(origin);
        writer.visible("-", origin, origin_end, false);
        writer.space(origin);
        break;
      case CharClass::kEllipsis: writer.visible("...", origin, origin_end, false); break;
    }
  }
  writer.finish();
  return out;
}

}  // namespace dyad
