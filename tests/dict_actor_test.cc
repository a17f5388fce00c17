// ActorDictionary on hand-written snippets: names, synonyms, date-bounded roles, errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/actor_dictionary.h"

namespace dyad {
namespace {

Date day(const char* iso) { return *Date::parse_iso(iso); }

ActorDictionary load(std::string_view text) {
  ActorDictionary d;
  ThrowingReporter strict;
  d.read_text(text, "snippet.actors.txt", strict);
  d.finish();
  return d;
}

std::string code_of(const ActorDictionary& d, std::string_view sentence, const char* date) {
  std::vector<std::string> words;
  std::string w;
  for (char c : sentence) {
    if (c == ' ') { if (!w.empty()) words.push_back(w); w.clear(); }
    else w.push_back(c);
  }
  if (!w.empty()) words.push_back(w);
  std::vector<std::string_view> tokens(words.begin(), words.end());
  auto m = d.longest_match(tokens, 0, day(date));
  if (!m) return "<no match>";
  return std::string(m.code());
}

constexpr std::string_view kSnippet =
    "# leaders\n"
    "BARACK_OBAMA_\n"
    "+OBAMA\n"
    "+PRESIDENT_OBAMA_\n"
    "\t[USAELI 780101-000101]\n"
    "\t[USAGOV >090120]\n"
    "\n"
    "MAHMOUD_AHMADINEJAD_  # CountryInfo.txt\n"
    "\t[IRNELI]\n"
    "\t[IRNGOV 20050803-20130803]\n"
    "UNITED_STATES  [USA]\n"
    "+U.S.\n"
    "UNITED STATES SENATE [USALEG]\n"
    "SISI [EGYMIL][EGYGOV > 140608]\n"
    "UFFE_ELLEMANN_JENSEN_  [IGOEUREEC 820701-821231][IGOEUREEC 870701-871231]\n"
    "MILO_DUKANOVIC_ [MNEGOV 20121204]\n"
    "ZIMBABWE\n"
    "\t[RHO <790606]\n"
    "\t[ZBW]\n"
    "THE_SHIRE  [FRO/BIL/SAM]\n"
    "ISILDUR  [+++]\n"
    "PRINCE OF DOL AMROTH\n"
    "\t[--- <950630]\n"
    "\t[DOL]\n"
    "SAM_GAMGEE [HOB]\n"
    "\t[HOBCIV <20080120]\n"
    "\t[ORCHOB 20100109-20100112]\n"
    "\t[HOBMIL 20080120-20121109]\n"
    "GOLLUM\n"
    "\t[HOB < 950601]\n"
    "\t[HOBGOV 19950601 - 19990815]\n"
    "ONE_DAY [XXX 040517-040517]\n"
    "NOBODY_IN_PARTICULAR\n"
    "\tSECOND_ENTRY_INDENTED [ABC]\n"
    "OBAMA [DUPLICATE]\n";

TEST(ActorDictionary, CountsEntriesNamesRoles) {
  auto d = load(kSnippet);
  EXPECT_EQ(d.entry_count(), 17u);
  EXPECT_EQ(d.name_count(), 20u);
  EXPECT_EQ(d.role_count(), 26u);
  EXPECT_EQ(d.entry(0).name, "BARACK OBAMA");
  EXPECT_EQ(d.entry(0).name_count, 3u);
  EXPECT_EQ(d.files().describe(d.roles(0)[1].where), "snippet.actors.txt:6");
}

TEST(ActorDictionary, DateRangesAreEndExclusiveAndGreaterIsInclusive) {
  auto d = load(kSnippet);
  EXPECT_EQ(code_of(d, "Barack Obama said", "1999-12-31"), "USAELI");
  EXPECT_EQ(code_of(d, "Barack Obama said", "2000-01-01"), "");  // matches, yields no code
  EXPECT_EQ(code_of(d, "Barack Obama", "2009-01-19"), "");
  EXPECT_EQ(code_of(d, "Barack Obama", "2009-01-20"), "USAGOV");
  EXPECT_EQ(code_of(d, "president obama", "2010-01-01"), "USAGOV");
  EXPECT_EQ(code_of(d, "Gollum", "1995-05-31"), "HOB");
  EXPECT_EQ(code_of(d, "Gollum", "1995-06-01"), "HOBGOV");  // spaces inside the range
  EXPECT_EQ(code_of(d, "Gollum", "1999-08-15"), "");
  EXPECT_EQ(code_of(d, "Sisi", "2014-06-08"), "EGYGOV");   // [EGYGOV > 140608]
}

TEST(ActorDictionary, DatedRoleBeatsUndatedDefaultWhateverTheOrder) {
  auto d = load(kSnippet);
  // [IRNELI] comes first; PETRARCH2 would give IRNELI throughout.
  EXPECT_EQ(code_of(d, "Mahmoud Ahmadinejad", "2010-06-01"), "IRNGOV");
  EXPECT_EQ(code_of(d, "Mahmoud Ahmadinejad", "2013-08-03"), "IRNELI");
  EXPECT_EQ(code_of(d, "Mahmoud Ahmadinejad", "2001-01-01"), "IRNELI");
  EXPECT_EQ(code_of(d, "Sisi", "2013-01-01"), "EGYMIL");
  EXPECT_EQ(code_of(d, "Zimbabwe", "1975-01-01"), "RHO");
  EXPECT_EQ(code_of(d, "Zimbabwe", "1990-01-01"), "ZBW");
  // A narrower dated role beats a wider one holding at the same date.
  EXPECT_EQ(code_of(d, "Sam Gamgee", "2010-01-10"), "ORCHOB");
  EXPECT_EQ(code_of(d, "Sam Gamgee", "2010-01-12"), "HOBMIL");
  EXPECT_EQ(code_of(d, "Sam Gamgee", "2007-01-01"), "HOBCIV");
  EXPECT_EQ(code_of(d, "Sam Gamgee", "2013-01-01"), "HOB");
}

TEST(ActorDictionary, BareDateMeansFromThatDateOn) {
  auto d = load(kSnippet);
  EXPECT_EQ(code_of(d, "Milo Dukanovic", "1950-01-01"), "");
  EXPECT_EQ(code_of(d, "Milo Dukanovic", "2012-12-04"), "MNEGOV");
}

TEST(ActorDictionary, SameDateRangeIsOneDay) {
  auto d = load(kSnippet);
  EXPECT_EQ(code_of(d, "one day", "2004-05-16"), "");
  EXPECT_EQ(code_of(d, "one day", "2004-05-17"), "XXX");
  EXPECT_EQ(code_of(d, "one day", "2004-05-18"), "");
}

TEST(ActorDictionary, CodesAreOpaqueAndDashesMeanNoCode) {
  auto d = load(kSnippet);
  EXPECT_EQ(code_of(d, "shire", "2000-01-01"), "<no match>");  // THE is part of the name
  EXPECT_EQ(code_of(d, "the Shire", "2000-01-01"), "FRO/BIL/SAM");
  EXPECT_EQ(code_of(d, "Isildur", "2000-01-01"), "+++");
  EXPECT_EQ(code_of(d, "Prince of Dol Amroth", "1990-01-01"), "");  // [--- <950630] wins, no code
  EXPECT_EQ(code_of(d, "Prince of Dol Amroth", "1996-01-01"), "DOL");
  EXPECT_EQ(code_of(d, "Uffe Ellemann Jensen", "1987-08-01"), "IGOEUREEC");
  EXPECT_EQ(code_of(d, "Uffe Ellemann Jensen", "1985-01-01"), "");
  EXPECT_EQ(code_of(d, "nobody in particular", "2000-01-01"), "");  // entry without codes
  EXPECT_EQ(code_of(d, "second entry indented", "2000-01-01"), "ABC");
}

TEST(ActorDictionary, LongestMatchAndSharedNames) {
  auto d = load(kSnippet);
  std::vector<std::string_view> t{"United", "States", "Senate", "voted"};
  auto m = d.longest_match(t, 0, day("2000-01-01"));
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(m.code(), "USALEG");
  std::vector<std::string_view> u{"the", "U.S.", "said"};
  EXPECT_FALSE(d.longest_match(u, 0, day("2000-01-01")));
  EXPECT_EQ(d.longest_match(u, 1, day("2000-01-01")).code(), "USA");
  // OBAMA is a synonym of entry 0 and the name of the last entry: both entries' roles pool.
  auto obama = d.find("obama");
  ASSERT_EQ(obama.size(), 2u);
  EXPECT_EQ(d.role_at(obama, day("2005-01-01"))->code, "DUPLICATE");
  EXPECT_EQ(d.role_at(obama, day("2010-01-01"))->code, "USAGOV");
  auto codes = d.codes_at(obama[0], day("2010-01-01"));
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0], "USAGOV");
  auto sam = d.find("SAM_GAMGEE");
  ASSERT_EQ(sam.size(), 1u);
  EXPECT_EQ(d.codes_at(sam[0], day("2010-01-10")),
            (std::vector<std::string_view>{"ORCHOB", "HOBMIL", "HOB"}));
}

std::vector<std::string> errors_of(std::string_view text) {
  ActorDictionary d;
  CollectingReporter r;
  d.read_text(text, "bad.actors.txt", r);
  d.finish();
  std::vector<std::string> out;
  for (auto& e : r.errors) out.push_back(e.what());
  return out;
}

TEST(ActorDictionary, ErrorsNameFileLineAndProblem) {
  using V = std::vector<std::string>;
  EXPECT_EQ(errors_of("\t[USA]\n"), V{"bad.actors.txt:1: code line before any actor name"});
  EXPECT_EQ(errors_of("+ALIAS\n"), V{"bad.actors.txt:1: synonym '+' before any actor name"});
  EXPECT_EQ(errors_of("A [X]\n+B [Y]\n"),
            V{"bad.actors.txt:2: synonym line carries a code; codes belong on the primary name or on indented code lines"});
  EXPECT_EQ(errors_of("A [X 9008223-911221]\n"),
            V{"bad.actors.txt:1: actor code X: bad start date '9008223' in range"});
  EXPECT_EQ(errors_of("A\n\t[X 20121207-20120802]\n"),
            V{"bad.actors.txt:2: actor code X: date range '20121207-20120802' ends before it starts"});
  EXPECT_EQ(errors_of("A [X <201005011]\n"),
            V{"bad.actors.txt:1: actor code X: bad date '201005011' (want YYYYMMDD or YYMMDD)"});
  EXPECT_EQ(errors_of("A [X 20130231]\n"),
            V{"bad.actors.txt:1: actor code X: bad date restriction '20130231'"});
  EXPECT_EQ(errors_of("A\n\t[950601-990815]\n"),
            V{"bad.actors.txt:2: '[950601-990815]' has a date but no actor code"});
  EXPECT_EQ(errors_of("A [X\n"), V{"bad.actors.txt:1: actor code: '[' without a closing ']'"});
  EXPECT_EQ(errors_of("A [X] junk $1\n"),
            V{"bad.actors.txt:1: actor code: unexpected text 'junk $1' outside [ ]"});
  EXPECT_EQ(errors_of("A [ ]\n"), V{"bad.actors.txt:1: empty actor code in '[]'"});
  EXPECT_EQ(errors_of("A ] [X]\n"), V{"bad.actors.txt:1: ']' without '['"});
  EXPECT_EQ(errors_of("+__\n"), V{"bad.actors.txt:1: synonym '+' before any actor name"});
  EXPECT_EQ(errors_of("A\n+__\n"), V{"bad.actors.txt:2: actor name has no words"});
}

TEST(ActorDictionary, RecoversWhatIsUsableAfterAnError) {
  ActorDictionary d;
  CollectingReporter r;
  d.read_text("CORP_ [MNCMED]\tNewspapers $137,000,000\nNEXT [NXT]\n", "x.txt", r);
  d.finish();
  EXPECT_EQ(r.errors.size(), 1u);
  std::vector<std::string_view> t{"corp"};
  EXPECT_EQ(d.longest_match(t, 0, day("2000-01-01")).code(), "MNCMED");
  EXPECT_EQ(d.entry_count(), 2u);
}

TEST(ActorDictionary, ThrowingReporterStopsAtFirstError) {
  ActorDictionary d;
  ThrowingReporter strict;
  try {
    d.read_text("A\n\t[X 1-2]\n", "strict.txt", strict);
    FAIL() << "expected DictionaryError";
  } catch (const DictionaryError& e) {
    EXPECT_EQ(e.file(), "strict.txt");
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(std::string(e.what()), "strict.txt:2: actor code X: bad start date '1' in range");
  }
}

}  // namespace
}  // namespace dyad
