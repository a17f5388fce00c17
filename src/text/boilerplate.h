// Recognises page furniture in article text, one line (paragraph) at a time:
// the "Read more" links, share bars, cookie banners, bylines, timestamps and
// other stories' headlines that scrapers leave around a news story.
//
// The rule that outranks all others: a line shaped like a real sentence is
// kept. A line is sentence-like when it ends in . ! or ? (closing quotes and
// brackets aside), has at least three words and at least one lower-case word
// that is not a short function word ("the", "of", "in", ...), which sets
// "Russia Expels Two Diplomats Over Spying?" apart from "Russia expels two
// diplomats." Lines over 1000 bytes are always kept.
//
// Sentence-like lines are dropped only on evidence that no story sentence
// carries (the "strong" rules):
//   glued category  a section label run into the next word: "CategoryLatest
//                   newsWhat We Know...", "WorldUkraine says..."
//   cookie notice   mentions cookies in the site's own voice ("we use",
//                   "this site", "cookie policy", starts with Accept/Manage)
//   copyright       starts with "©"/"Copyright ©"/"Copyright 2025", or says
//                   "All rights reserved"
//   call to action  starts with an imperative aimed at the reader ("Subscribe",
//                   "Sign up", "Click here", "Follow us", "Download our",
//                   "Read more"...) and names the site or the page ("our",
//                   "us", "here", "newsletter", "app", "this article", ...);
//                   lines starting with a quote mark are never calls to action
//   photo credit    "REUTERS/Name", "(AP Photo/...", "/AFP", "via Getty
//                   Images", "Photo: Name/Agency" anywhere, "Image credit: ..."
//   agency footer   "(Reporting by ...; Editing by ...)"
// Other lines are dropped by their shape:
//   empty           no letter or digit ("***", "|")
//   label           the whole line is a known label: "Advertisement", "Share
//                   this", "Sign up", "Latest news", section names, ...
//   related marker  a label that announces a list of other stories ("Read
//                   more", "Related articles", "Most read", "You may also
//                   like"); until the next sentence-like line, every line that
//                   is not sentence-like is dropped as part of that list
//   label prefix    "Read more: ...", "Tags: ...", "Photo: ...", "Watch: ..."
//   timestamp       only date and time words: "Aug 12, 2025 16:37",
//                   "12:30 GMT", "Updated 3 hours ago", "5 min read"
//   byline          "By Jane Doe, Reuters", "By ANNA PETROVA in Kyiv"
//   menu            mostly section or social-network names: "Home World
//                   Politics Sports", "Share on Facebook Twitter Email",
//                   breadcrumbs "World > Europe > Belarus"
//   shouted label   up to five words, all capitals: "BREAKING NEWS", "EUROPE"
//   tag list        three or more short items between bullets ("Sudan ·
//                   Darfur · Humanitarian aid") or commas (capitalised only)
//   link            a bare URL, an e-mail address or hashtags only
// A headline-like line anywhere else (the title at the top, subheadings) is
// kept: without a marker there is no evidence it belongs to another story.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad {

enum class BoilerplateRule : uint8_t {
  kNone,  // keep the line
  kGluedCategory,
  kCookieNotice,
  kCopyright,
  kCallToAction,
  kPhotoCredit,
  kAgencyFooter,
  kEmpty,
  kLabel,
  kRelatedMarker,
  kRelatedList,
  kLabelPrefix,
  kTimestamp,
  kByline,
  kMenu,
  kShoutedLabel,
  kTagList,
  kLink,
};

// Short lower-case name of a rule, for debugging output and tests.
const char* boilerplate_rule_name(BoilerplateRule rule);

// Classifies the lines of one article in order; create one per article, since
// a related-stories marker affects the lines after it. Not thread-safe.
class BoilerplateFilter {
 public:
  // `line` has no '\n', uses the quote and dash spellings of
  // char_normalizer.h and has no leading or trailing spaces.
  // Returns kNone when the line should be kept.
  BoilerplateRule classify(std::string_view line);

 private:
  BoilerplateRule classify_shape(std::string_view line);

  bool in_related_list_ = false;
  std::vector<std::string_view> words_;  // reused between lines
};

}  // namespace dyad
