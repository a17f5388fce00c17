#include "text/boilerplate.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <initializer_list>

namespace dyad {

namespace {

using Words = std::initializer_list<std::string_view>;

constexpr size_t kAlwaysKeepBytes = 1000;
constexpr size_t kMaxWords = 64;  // boilerplate lines are short; stop splitting here

// Labels that announce a list of other stories.
constexpr std::string_view kRelatedMarkers[] = {
    "read more", "more", "related", "related articles", "related stories", "related news", "related content",
    "related coverage", "related links", "related topics", "more stories", "more news", "more on this story",
    "more on this", "more from", "more top stories", "more in this section", "you may also like",
    "you might also like", "you may be interested in", "recommended", "recommended for you", "recommended stories",
    "most read", "most popular", "most viewed", "popular now", "trending", "trending now", "also read", "read also",
    "see also", "further reading", "latest", "the latest", "latest news", "latest stories", "top stories",
    "editor's picks", "editors' picks", "read next", "what to read next", "in other news", "don't miss",
    "read more stories",
};

// Whole-line labels that are furniture but start no list.
constexpr std::string_view kLabels[] = {
    "advertisement", "advertising", "ad", "sponsored", "sponsored content", "promoted", "paid content", "share",
    "share this", "share this article", "share this story", "share article", "share via", "share on facebook",
    "share on twitter", "share on x", "share on whatsapp", "tweet", "email", "print", "print this page",
    "copy link", "link copied", "comments", "comment", "show comments", "view comments", "leave a comment",
    "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "newsletter", "click here", "close",
    "menu", "search", "skip to content", "skip to main content", "listen", "listen to this article",
    "listen to article", "watch", "video", "gallery", "photos", "photo", "image", "follow us", "home",
    "back to top", "loading", "show more", "load more", "see more", "next article", "previous article", "next",
    "previous", "story continues below advertisement", "article continues below advertisement",
    "story continues below", "continue reading", "accept", "accept all", "accept cookies", "reject all",
    "manage preferences", "cookie settings", "all rights reserved", "breaking", "breaking news", "live",
    "live updates", "updated", "exclusive", "analysis", "opinion", "explainer", "news", "world", "world news",
    "politics", "europe", "asia", "africa", "americas", "middle east", "business", "sport", "sports", "featured",
    "editorial", "fact check", "save", "saved", "bookmark", "topics", "tags",
};

// Labels that, run into the next word without a space, betray a scraped
// teaser of another story ("Latest newsWhat We Know About...").
constexpr std::string_view kGluedLabels[] = {
    "category", "latest news", "breaking news", "world news", "top stories", "most read", "read more", "related",
    "news", "world", "politics", "europe", "asia", "africa", "americas", "middle east", "business", "sport",
    "opinion", "analysis", "explainer", "exclusive", "live", "video", "watch", "featured", "trending", "podcast",
};

// "Label: ..." at the start of a line that is not a sentence.
constexpr std::string_view kLabelPrefixes[] = {
    "read more", "read also", "also read", "related", "see also", "more", "watch", "listen", "tags", "tagged",
    "topics", "filed under", "categories", "category", "photo", "photos", "image", "images", "picture", "credit",
    "source", "latest", "updated", "published", "posted", "last updated", "follow", "author", "written by",
    "video", "gallery", "live", "our standards",
};

// Words of section menus and share bars.
constexpr std::string_view kNavigationWords[] = {
    "home", "news", "world", "politics", "business", "economy", "markets", "money", "finance", "sport", "sports",
    "opinion", "opinions", "culture", "arts", "science", "tech", "technology", "health", "travel", "video",
    "videos", "live", "europe", "asia", "africa", "americas", "america", "middle", "east", "uk", "us", "u.s.",
    "usa", "australia", "china", "india", "climate", "environment", "entertainment", "lifestyle", "style",
    "weather", "podcasts", "podcast", "newsletters", "newsletter", "more", "latest", "features", "analysis",
    "investigations", "education", "media", "defence", "defense", "security", "diplomacy", "elections", "regions",
    "local", "national", "international", "society", "magazine", "photos", "gallery", "multimedia", "menu",
    "search", "subscribe", "login", "log", "sign", "about", "contact", "share", "on", "tweet", "email", "e-mail",
    "print", "copy", "link", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "pinterest",
    "instagram", "youtube", "tiktok", "bluesky", "threads", "messenger", "viber", "vk", "flipboard", "mail",
    "comments", "save", "listen",
};

// Short words that title-case headlines leave in lower case, so their
// presence says nothing about a line being a sentence.
constexpr std::string_view kFunctionWords[] = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by", "with", "from", "as",
    "vs", "vs.", "via", "into", "onto", "over", "under", "after", "before", "about", "amid", "against", "between",
    "per", "than", "up", "out", "off",
};

constexpr std::string_view kMonthsAndDays[] = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
    "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "mon",
    "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
    "sat", "saturday", "sun", "sunday",
};

constexpr std::string_view kTimeWords[] = {
    "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "mst",
    "mdt", "msk", "eet", "eest", "ist", "kst", "jst", "aest", "hkt", "sgt", "gst", "et", "pt", "ct", "updated",
    "published", "posted", "last", "modified", "first", "on", "at", "ago", "hour", "hours", "hr", "hrs", "minute",
    "minutes", "min", "mins", "second", "seconds", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "yesterday", "today", "just", "now", "read", "reading", "time", "a", "an",
};

constexpr std::string_view kCallToActionStarts[] = {
    "subscribe", "sign up", "click", "tap here", "follow us", "follow @", "like us", "download our",
    "download the", "join our", "join us", "register", "log in", "sign in", "read more", "read the full",
    "continue reading", "get the latest", "get our", "don't miss", "never miss", "support our", "support us",
    "become a member", "listen to", "watch the", "share this", "share on", "email us", "send us", "contact us",
    "already a subscriber", "want to", "enjoying this",
};

constexpr std::string_view kReaderAddressWords[] = {
    "our", "us", "here", "newsletter", "newsletters", "app", "inbox", "podcast", "subscription", "subscribe",
    "free", "below", "website", "site", "page", "video", "article", "story",
};

constexpr std::string_view kCookieVoice[] = {
    "we use", "this site", "this website", "our site", "our website", "cookie policy", "cookie settings",
    "cookie preferences", "use of cookies", "accept all", "privacy policy", "by continuing",
};

constexpr std::string_view kCookieButtons[] = {"accept", "manage", "reject", "allow", "customise", "customize"};

constexpr std::string_view kAgencyFooters[] = {
    "(reporting by", "reporting by", "(additional reporting", "additional reporting by", "(editing by",
    "editing by", "(writing by", "writing by", "(compiled by", "compiled by",
};

constexpr std::string_view kCreditStarts[] = {
    "photo:", "photo credit", "photograph:", "photo by", "image:", "image credit", "picture:", "credit:",
    "pictured:", "(photo", "(image",
};

constexpr std::string_view kCreditMarks[] = {"REUTERS/", "(AP Photo", "AP Photo/", "/AFP", "AFP via Getty",
                                             "via Getty Images", "/Getty Images", "(Photo by", "/ Reuters)", "Photo: ",
                                             "Photograph: "};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_letter_or_digit_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool equals_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_ci(s.substr(0, prefix.size()), prefix);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool contains_ci(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  const char first = lower(needle[0]);
  for (size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (lower(s[i]) == first && equals_ci(s.substr(i, needle.size()), needle)) return true;
  return false;
}

template <size_t N>
bool in_list_ci(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view entry : list)
    if (equals_ci(word, entry)) return true;
  return false;
}

template <size_t N>
bool starts_with_any_ci(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view entry : list)
    if (starts_with_ci(s, entry)) return true;
  return false;
}

// Like starts_with_any_ci, but the prefix must end at a word boundary, so
// "Subscribe" does not match "Subscribers".
template <size_t N>
bool starts_with_word_ci(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view entry : list) {
    if (!starts_with_ci(s, entry)) continue;
    if (s.size() == entry.size() || !is_letter_or_digit_byte(entry.back())) return true;
    const char next = s[entry.size()];
    const bool next_is_letter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
    if (!next_is_letter) return true;
  }
  return false;
}

template <size_t N>
bool contains_any_ci(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view entry : list)
    if (contains_ci(s, entry)) return true;
  return false;
}

// The first code point of `s` at or after `i`, or -1.
UChar32 code_point_at(std::string_view s, size_t i) {
  if (i >= s.size()) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  int32_t index = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(bytes, index, static_cast<int32_t>(s.size()), c);
  return c;
}

// The word with surrounding punctuation removed: '"(Kyiv),' -> "Kyiv".
std::string_view strip_punctuation(std::string_view word) {
  auto is_punct = [](char c) {
    return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '.' ||
           c == ':' || c == ';' || c == '!' || c == '?' || c == '*';
  };
  while (!word.empty() && is_punct(word.front())) word.remove_prefix(1);
  while (!word.empty() && is_punct(word.back())) word.remove_suffix(1);
  return word;
}

enum class Case { kUpper, kLower, kOther };

Case initial_case(std::string_view word) {
  const UChar32 c = code_point_at(strip_punctuation(word), 0);
  if (c < 0) return Case::kOther;
  if (u_isupper(c) || u_istitle(c)) return Case::kUpper;
  if (u_islower(c)) return Case::kLower;
  return Case::kOther;
}

bool is_separator_word(std::string_view word) {
  return word == "|" || word == ">" || word == ">>" || word == "/" || word == "-" || word == "\"" ||
         word == "'" || word == "\xE2\x80\xA2" /* • */ || word == "\xC2\xB7" /* · */ || word == "::";
}

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// "16:37", "2025", "12th", "20.08.2025", "08/20/2025", "3pm", "12," ...
bool is_numeric_time_word(std::string_view word) {
  if (word.empty() || word[0] < '0' || word[0] > '9') return false;
  size_t i = 0;
  while (i < word.size() && ((word[i] >= '0' && word[i] <= '9') || word[i] == ':' || word[i] == '.' ||
                             word[i] == '/' || word[i] == '-'))
    ++i;
  const std::string_view suffix = word.substr(i);
  return suffix.empty() || equals_ci(suffix, "st") || equals_ci(suffix, "nd") || equals_ci(suffix, "rd") ||
         equals_ci(suffix, "th") || equals_ci(suffix, "am") || equals_ci(suffix, "pm") || equals_ci(suffix, "h") ||
         equals_ci(suffix, "min") || equals_ci(suffix, "mins") || equals_ci(suffix, "hrs");
}

// The line without a leading list bullet ("- ", "* ", "• ").
std::string_view without_bullet(std::string_view line) {
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 ", "\xC2\xB7 ", "> "}) {
    if (line.substr(0, bullet.size()) == bullet) return line.substr(bullet.size());
  }
  return line;
}

// The last character that is not a closing quote or bracket.
char final_punctuation(std::string_view line) {
  while (!line.empty() && (line.back() == '"' || line.back() == '\'' || line.back() == ')' || line.back() == ']' ||
                           line.back() == '*'))
    line.remove_suffix(1);
  return line.empty() ? '\0' : line.back();
}

bool ends_like_sentence(std::string_view line) {
  const char c = final_punctuation(line);
  return c == '.' || c == '!' || c == '?';
}

void split_words(std::string_view line, std::vector<std::string_view>* words) {
  words->clear();
  size_t i = 0;
  while (i < line.size() && words->size() < kMaxWords) {
    while (i < line.size() && line[i] == ' ') ++i;
    const size_t begin = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > begin) words->push_back(line.substr(begin, i - begin));
  }
}

bool has_lower_case_content_word(const std::vector<std::string_view>& words) {
  for (std::string_view word : words) {
    if (initial_case(word) == Case::kLower && !in_list_ci(strip_punctuation(word), kFunctionWords)) return true;
  }
  return false;
}

// Lower-cased line without trailing label decoration ("Read more »" ->
// "read more"), for comparison with the label tables.
std::string_view label_key(std::string_view line) {
  while (!line.empty() && (line.back() == ':' || line.back() == '.' || line.back() == '>' || line.back() == '"' ||
                           line.back() == '\'' || line.back() == '-' || line.back() == ' ' || line.back() == '|'))
    line.remove_suffix(1);
  return line;
}

bool is_glued_category(std::string_view line) {
  for (std::string_view label : kGluedLabels) {
    if (line.size() <= label.size() || !starts_with_ci(line, label)) continue;
    const char last = line[label.size() - 1];
    const UChar32 next = code_point_at(line, label.size());
    if (last >= 'a' && last <= 'z' && next >= 0 && u_isupper(next)) return true;
  }
  return false;
}

bool is_cookie_notice(std::string_view line) {
  if (!contains_ci(line, "cookie")) return false;
  return contains_any_ci(line, kCookieVoice) || starts_with_any_ci(line, kCookieButtons);
}

bool is_copyright(std::string_view line) {
  if (line.substr(0, 2) == "\xC2\xA9") return true;  // ©
  if (starts_with_ci(line, "copyright ")) {
    const std::string_view rest = line.substr(10);
    if (rest.substr(0, 2) == "\xC2\xA9" || starts_with_ci(rest, "(c)") || (!rest.empty() && rest[0] >= '0' && rest[0] <= '9'))
      return true;
  }
  return contains_ci(line, "all rights reserved");
}

bool is_call_to_action(std::string_view line, const std::vector<std::string_view>& words) {
  if (line.empty() || line[0] == '"' || line[0] == '\'') return false;
  if (!starts_with_word_ci(line, kCallToActionStarts)) return false;
  for (std::string_view word : words)
    if (in_list_ci(strip_punctuation(word), kReaderAddressWords)) return true;
  return false;
}

bool is_photo_credit(std::string_view line) {
  if (starts_with_any_ci(line, kCreditStarts)) return true;
  for (std::string_view mark : kCreditMarks)
    if (line.find(mark) != std::string_view::npos) return true;
  return ends_with(line, "Getty Images") || ends_with(line, "Getty Images)");
}

bool is_timestamp(const std::vector<std::string_view>& words) {
  if (words.empty() || words.size() > 14) return false;
  bool anchored = false;  // a number or a relative word, so "Monday" alone stays
  for (std::string_view raw : words) {
    std::string_view word = strip_punctuation(raw);
    if (word.empty() || is_separator_word(raw)) continue;
    if (is_numeric_time_word(word)) {
      anchored = anchored || has_digit(word);
      continue;
    }
    if (in_list_ci(word, kMonthsAndDays)) continue;
    if (!in_list_ci(word, kTimeWords)) return false;
    if (equals_ci(word, "ago") || equals_ci(word, "yesterday") || equals_ci(word, "today") || equals_ci(word, "now"))
      anchored = true;
  }
  return anchored;
}

bool is_byline(const std::vector<std::string_view>& words) {
  if (words.size() < 2 || words.size() > 15) return false;
  if (words[0] != "By" && words[0] != "BY" && words[0] != "by") return false;
  return initial_case(words[1]) == Case::kUpper;
}

bool is_menu(const std::vector<std::string_view>& words) {
  size_t content = 0, navigation = 0, separators = 0, capitalised = 0;
  for (std::string_view word : words) {
    if (is_separator_word(word)) {
      ++separators;
      continue;
    }
    ++content;
    if (in_list_ci(strip_punctuation(word), kNavigationWords)) ++navigation;
    if (initial_case(word) == Case::kUpper) ++capitalised;
  }
  if (content < 2 || content > 15) return false;
  if (navigation >= 2 && navigation * 3 >= content * 2) return true;
  // A breadcrumb: "World > Europe > Belarus".
  return separators >= 2 && capitalised == content && content <= 8;
}

bool is_shouted_label(std::string_view line, const std::vector<std::string_view>& words) {
  if (words.size() > 5) return false;
  size_t letters = 0;
  for (size_t i = 0; i < line.size();) {
    const UChar32 c = code_point_at(line, i);
    i += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c < 0) continue;
    if (u_islower(c)) return false;
    if (u_isupper(c)) ++letters;
  }
  return letters >= 3;
}

// "Sudan · Darfur · Humanitarian aid" or "Russia, Estonia, Diplomacy": three
// or more short items. Separator symbols never occur in prose, so those lists
// may hold any words; comma lists must be all capitalised names.
bool is_tag_list(std::string_view line, const std::vector<std::string_view>& words) {
  if (words.size() > 20) return false;
  size_t items = 1, item_words = 0, separators = 0;
  bool commas = false;
  for (std::string_view word : words) {
    if (is_separator_word(word)) {
      ++items;
      ++separators;
      item_words = 0;
      continue;
    }
    if (++item_words > 3) return false;
    if (word.back() == ',') {
      ++items;
      commas = true;
      item_words = 0;
    }
  }
  if (!words.empty() && words.back().back() == ',') --items;
  if (items < 3) return false;
  return separators >= 2 || (commas && !has_lower_case_content_word(words));
}

bool is_link(const std::vector<std::string_view>& words) {
  if (words.size() == 1) {
    const std::string_view w = words[0];
    if (starts_with_ci(w, "http://") || starts_with_ci(w, "https://") || starts_with_ci(w, "www.")) return true;
    const size_t at = w.find('@');
    if (at != std::string_view::npos && at > 0 && w.find('.', at) != std::string_view::npos) return true;
  }
  for (std::string_view word : words)
    if (word.size() < 2 || word[0] != '#') return false;
  return !words.empty();
}

}  // namespace

const char* boilerplate_rule_name(BoilerplateRule rule) {
  switch (rule) {
    case BoilerplateRule::kNone: return "none";
    case BoilerplateRule::kGluedCategory: return "glued-category";
    case BoilerplateRule::kCookieNotice: return "cookie-notice";
    case BoilerplateRule::kCopyright: return "copyright";
    case BoilerplateRule::kCallToAction: return "call-to-action";
    case BoilerplateRule::kPhotoCredit: return "photo-credit";
    case BoilerplateRule::kAgencyFooter: return "agency-footer";
    case BoilerplateRule::kEmpty: return "empty";
    case BoilerplateRule::kLabel: return "label";
    case BoilerplateRule::kRelatedMarker: return "related-marker";
    case BoilerplateRule::kRelatedList: return "related-list";
    case BoilerplateRule::kLabelPrefix: return "label-prefix";
    case BoilerplateRule::kTimestamp: return "timestamp";
    case BoilerplateRule::kByline: return "byline";
    case BoilerplateRule::kMenu: return "menu";
    case BoilerplateRule::kShoutedLabel: return "shouted-label";
    case BoilerplateRule::kTagList: return "tag-list";
    case BoilerplateRule::kLink: return "link";
  }
  return "?";
}

BoilerplateRule BoilerplateFilter::classify(std::string_view line) {
  if (line.size() > kAlwaysKeepBytes) {
    in_related_list_ = false;
    return BoilerplateRule::kNone;
  }
  line = without_bullet(line);
  split_words(line, &words_);
  const bool sentence_like = words_.size() >= 3 && ends_like_sentence(line) && has_lower_case_content_word(words_);

  BoilerplateRule rule = BoilerplateRule::kNone;
  if (is_glued_category(line)) rule = BoilerplateRule::kGluedCategory;
  else if (is_cookie_notice(line)) rule = BoilerplateRule::kCookieNotice;
  else if (is_copyright(line)) rule = BoilerplateRule::kCopyright;
  else if (is_call_to_action(line, words_)) rule = BoilerplateRule::kCallToAction;
  else if (is_photo_credit(line)) rule = BoilerplateRule::kPhotoCredit;
  else if (starts_with_any_ci(line, kAgencyFooters)) rule = BoilerplateRule::kAgencyFooter;
  else if (!sentence_like) rule = classify_shape(line);

  if (rule == BoilerplateRule::kNone && sentence_like) in_related_list_ = false;
  return rule;
}

BoilerplateRule BoilerplateFilter::classify_shape(std::string_view line) {
  bool has_text = false;
  for (char c : line) has_text = has_text || is_letter_or_digit_byte(c);
  if (!has_text) return BoilerplateRule::kEmpty;

  const std::string_view key = label_key(line);
  if (in_list_ci(key, kRelatedMarkers)) {
    in_related_list_ = true;
    return BoilerplateRule::kRelatedMarker;
  }
  if (in_list_ci(key, kLabels)) return BoilerplateRule::kLabel;
  if (in_related_list_) return BoilerplateRule::kRelatedList;
  for (std::string_view prefix : kLabelPrefixes) {
    if (starts_with_ci(line, prefix) && line.size() > prefix.size() && line[prefix.size()] == ':')
      return BoilerplateRule::kLabelPrefix;
  }
  if (starts_with_ci(line, "read more ")) return BoilerplateRule::kLabelPrefix;
  if (is_timestamp(words_)) return BoilerplateRule::kTimestamp;
  if (is_byline(words_)) return BoilerplateRule::kByline;
  if (is_menu(words_)) return BoilerplateRule::kMenu;
  if (is_shouted_label(line, words_)) return BoilerplateRule::kShoutedLabel;
  if (is_tag_list(line, words_)) return BoilerplateRule::kTagList;
  if (is_link(words_)) return BoilerplateRule::kLink;
  if (contains_ci(line, "cookie")) return BoilerplateRule::kCookieNotice;
  return BoilerplateRule::kNone;
}

}  // namespace dyad
