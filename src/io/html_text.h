// Reduces an HTML page to article text plus the metadata dyad needs.
//
// Text: tags are stripped; the content of script, style, noscript, template,
// svg, iframe and of page furniture (nav, header, footer, aside, form, menu,
// button, select, dialog) is dropped; entities are decoded (the common named
// ones and all numeric ones); block elements (p, div, h1-h6, li, br, tr, ...)
// become line breaks and other whitespace collapses to one space, except in
// <pre>. When the page has <article> elements holding at least a third of the
// body text, only their text is kept (the rest is teasers and chrome).
//
// Metadata, first found wins within each kind:
//   title  og:title, else <title>
//   date   article:published_time, og:published_time, itemprop=datePublished,
//          name=date, pubdate, DC.date, DC.date.issued, then the first
//          <time datetime>; only values that are (or start with) a valid
//          YYYY-MM-DD are taken, reduced to the date
//   url    og:url, else <link rel=canonical>
//   site   og:site_name
// The input is assumed to be UTF-8; the parser is forgiving and never fails.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

struct HtmlPage {
  std::string text;   // lines separated by '\n', not yet cleaned
  std::string title;  // empty when the page has none
  std::string date;   // YYYY-MM-DD or empty
  std::string url;
  std::string site_name;
};

HtmlPage extract_html(std::string_view html);

// Decodes character references in `text` ("&amp;", "&#8217;", "&#x2014;").
// Unknown names stay as written; numeric references to 0, surrogates or past
// U+10FFFF become U+FFFD.
std::string decode_html_entities(std::string_view text);

}  // namespace dyad
