// Event dates from date expressions, on sentences tokenised and tagged by the real front end.
#include "resolve/date_expression.h"

#include <gtest/gtest.h>

#include <memory>

#include "syntax/document_parser.h"

namespace dyad {
namespace {

const FrontEndResources& resources() {
  static std::unique_ptr<FrontEndResources> r = FrontEndResources::load_default();
  return *r;
}

std::vector<Token> tokens_of(const std::string& sentence) {
  Document doc;
  doc.id = "t";
  doc.date = "2025-08-20";
  doc.text = sentence;
  DocumentParser parser(resources());
  ParsedDocument parsed = parser.parse(doc);
  std::vector<Token> out;
  for (const auto& s : parsed.sentences)
    out.insert(out.end(), s.tree.tokens.begin(), s.tree.tokens.end());
  return out;
}

char precision_letter(ResolvedDate::Precision p) {
  switch (p) {
    case ResolvedDate::Precision::kDay: return 'D';
    case ResolvedDate::Precision::kWeek: return 'W';
    case ResolvedDate::Precision::kMonth: return 'M';
    case ResolvedDate::Precision::kYear: return 'Y';
  }
  return '?';
}

struct Case {
  const char* document_date;
  const char* sentence;
  const char* expected;  // "-" when the sentence holds no date expression
  char precision;        // D W M Y, '-' for none
};

// 2025-08-20 is a Wednesday; 2025-01-03 a Friday; 2024-03-01 a Friday (leap year);
// 2025-12-31 a Wednesday.
constexpr const char* kWed = "2025-08-20";
const Case kCases[] = {
    // Weekdays: past by default, the document day itself counts.
    {kWed, "Lukashenko met the Iranian envoy on Tuesday.", "2025-08-19", 'D'},
    {kWed, "The ministers met on Wednesday in Minsk.", "2025-08-20", 'D'},
    {kWed, "Police detained 20 protesters on Thursday.", "2025-08-14", 'D'},
    {kWed, "The talks ended on Friday without a deal.", "2025-08-15", 'D'},
    {kWed, "Rebels attacked the town on Saturday.", "2025-08-16", 'D'},
    {kWed, "Iran summoned the ambassador on Sunday.", "2025-08-17", 'D'},
    {kWed, "The president spoke on Monday.", "2025-08-18", 'D'},
    {kWed, "On Tuesday, the army shelled the border villages.", "2025-08-19", 'D'},
    {kWed, "The government said Monday that it would retaliate.", "2025-08-18", 'D'},
    {kWed, "Troops withdrew last Tuesday.", "2025-08-19", 'D'},
    {kWed, "The treaty was signed last Wednesday.", "2025-08-13", 'D'},
    {kWed, "Protests broke out last Friday.", "2025-08-15", 'D'},
    {kWed, "The delegation will arrive next Tuesday.", "2025-08-26", 'D'},
    {kWed, "The summit opens next Wednesday.", "2025-08-27", 'D'},
    {kWed, "The two leaders will meet on Friday.", "2025-08-22", 'D'},
    {kWed, "Parliament will vote on Monday.", "2025-08-25", 'D'},
    {kWed, "The ministers will meet on Wednesday.", "2025-08-20", 'D'},
    {kWed, "The envoy is due to visit Tehran on Thursday.", "2025-08-21", 'D'},
    {kWed, "The envoy is also due to visit Tehran on Thursday.", "2025-08-21", 'D'},
    {kWed, "The talks are scheduled to resume on Saturday.", "2025-08-23", 'D'},
    {kWed, "The ministry said on Tuesday that it will retaliate.", "2025-08-19", 'D'},
    {kWed, "It will retaliate, the ministry said on Tuesday.", "2025-08-19", 'D'},
    {kWed, "On Friday, the ministers will meet in Minsk.", "2025-08-22", 'D'},
    {kWed, "The leaders will meet again on Friday, officials said.", "2025-08-22", 'D'},
    {kWed, "Gunmen opened fire on Monday evening.", "2025-08-18", 'D'},
    {kWed, "The strikes began on Sunday night.", "2025-08-17", 'D'},
    {kWed, "He resigned on Tuesday morning.", "2025-08-19", 'D'},
    {kWed, "The minister arrived on Tuesday, August 12.", "2025-08-12", 'D'},
    // Month and day.
    {kWed, "The agreement was signed on August 19.", "2025-08-19", 'D'},
    {kWed, "Talks collapsed on Aug. 14.", "2025-08-14", 'D'},
    {kWed, "The troops crossed the border on 19 August.", "2025-08-19", 'D'},
    {kWed, "The ceasefire took effect on July 4.", "2025-07-04", 'D'},
    {kWed, "Elections were held on June 1.", "2025-06-01", 'D'},
    {kWed, "The embassy closed on Jan. 9.", "2025-01-09", 'D'},
    {kWed, "The rebels seized the city on Sept. 3.", "2024-09-03", 'D'},
    {kWed, "The army launched the offensive on October 7.", "2024-10-07", 'D'},
    {kWed, "The accord was reached on December 24.", "2024-12-24", 'D'},
    {kWed, "Negotiators expect a reply by August 25.", "2025-08-25", 'D'},
    {kWed, "The referendum will take place on September 3.", "2025-09-03", 'D'},
    {kWed, "The president will travel to Beijing on November 12.", "2025-11-12", 'D'},
    {kWed, "Voters will elect a new parliament on January 5.", "2026-01-05", 'D'},
    {kWed, "The strike happened on the 19th of August.", "2025-08-19", 'D'},
    {kWed, "The envoy arrived on August 2nd.", "2025-08-02", 'D'},
    {kWed, "Fighting resumed on March 21st.", "2025-03-21", 'D'},
    {kWed, "The blast occurred on 3 May.", "2025-05-03", 'D'},
    {kWed, "The court ruled on May 30.", "2025-05-30", 'D'},
    {kWed, "The sanctions were imposed on Feb. 24.", "2025-02-24", 'D'},
    {kWed, "Talks were held on Nov. 8.", "2024-11-08", 'D'},
    {kWed, "The pact was signed on Dec. 2.", "2024-12-02", 'D'},
    {kWed, "The blockade began on Apr. 11.", "2025-04-11", 'D'},
    // With a year.
    {kWed, "The treaty was signed on August 19, 2024.", "2024-08-19", 'D'},
    {kWed, "The war began on February 24, 2022.", "2022-02-24", 'D'},
    {kWed, "The coup took place on 26 July 2023.", "2023-07-26", 'D'},
    {kWed, "Troops entered the city on Sept. 3, 2025.", "2025-09-03", 'D'},
    {kWed, "The vote is set for October 12, 2025.", "2025-10-12", 'D'},
    {kWed, "The report was published on 2025-08-18.", "2025-08-18", 'D'},
    // Parts of a day.
    {kWed, "Drones struck the port on the evening of August 19.", "2025-08-19", 'D'},
    {kWed, "The shelling started on the night of August 17.", "2025-08-17", 'D'},
    {kWed, "The attack came on the morning of Monday.", "2025-08-18", 'D'},
    {kWed, "Troops shelled the village overnight.", "2025-08-20", 'D'},
    {kWed, "The minister resigned yesterday.", "2025-08-19", 'D'},
    {kWed, "Yesterday the rebels seized the airport.", "2025-08-19", 'D'},
    {kWed, "The president said today that talks would continue.", "2025-08-20", 'D'},
    {kWed, "The leaders will speak tonight.", "2025-08-20", 'D'},
    {kWed, "The court will rule tomorrow.", "2025-08-21", 'D'},
    {kWed, "Gunmen attacked a checkpoint last night.", "2025-08-19", 'D'},
    {kWed, "The cabinet met this morning.", "2025-08-20", 'D'},
    {kWed, "Police clashed with protesters earlier today.", "2025-08-20", 'D'},
    {kWed, "The rebels had seized the town the previous day.", "2025-08-19", 'D'},
    {kWed, "A day earlier, the army had shelled the village.", "2025-08-19", 'D'},
    {kWed, "The talks had failed the day before.", "2025-08-19", 'D'},
    // Counted periods.
    {kWed, "The soldiers were captured two days ago.", "2025-08-18", 'D'},
    {kWed, "The envoy arrived five days ago.", "2025-08-15", 'D'},
    {kWed, "The border was closed a day ago.", "2025-08-19", 'D'},
    {kWed, "The deal was signed three weeks ago.", "2025-07-30", 'W'},
    {kWed, "The campaign began a week ago.", "2025-08-13", 'W'},
    {kWed, "The embassy closed two months ago.", "2025-06-01", 'M'},
    {kWed, "The war broke out two years ago.", "2023-01-01", 'Y'},
    {kWed, "The rebels took the town 10 days ago.", "2025-08-10", 'D'},
    // Weeks, months, years.
    {kWed, "The two sides met last week.", "2025-08-11", 'W'},
    {kWed, "Protests spread this week.", "2025-08-18", 'W'},
    {kWed, "The ministry said earlier this week that it would respond.", "2025-08-18", 'W'},
    {kWed, "The ministers will meet next week.", "2025-08-25", 'W'},
    {kWed, "Talks collapsed over the weekend.", "2025-08-16", 'D'},
    {kWed, "Thousands marched last weekend.", "2025-08-16", 'D'},
    {kWed, "The government fell last month.", "2025-07-01", 'M'},
    {kWed, "The army launched an offensive earlier this month.", "2025-08-01", 'M'},
    {kWed, "The president will visit Moscow next month.", "2025-09-01", 'M'},
    {kWed, "Prices rose this month.", "2025-08-01", 'M'},
    {kWed, "The parliament will vote later this month.", "2025-08-01", 'M'},
    {kWed, "The two countries restored ties last year.", "2024-01-01", 'Y'},
    {kWed, "The embassy reopened earlier this year.", "2025-01-01", 'Y'},
    {kWed, "Elections will be held next year.", "2026-01-01", 'Y'},
    {kWed, "Inflation has fallen this year.", "2025-01-01", 'Y'},
    // Months and years alone.
    {kWed, "The talks began in March.", "2025-03-01", 'M'},
    {kWed, "The ceasefire collapsed in December.", "2024-12-01", 'M'},
    {kWed, "Fighting intensified in August.", "2025-08-01", 'M'},
    {kWed, "The parties will meet again in October.", "2025-10-01", 'M'},
    {kWed, "The treaty expires next March.", "2026-03-01", 'M'},
    {kWed, "The last round of talks was held last August.", "2024-08-01", 'M'},
    {kWed, "The army was deployed in early May.", "2025-05-01", 'M'},
    {kWed, "The deal was struck in March 2023.", "2023-03-01", 'M'},
    {kWed, "Sanctions were first imposed in 2014.", "2014-01-01", 'Y'},
    {kWed, "The group has fought the army since 2019.", "2019-01-01", 'Y'},
    {kWed, "Relations collapsed in early 2022.", "2022-01-01", 'Y'},
    // Other document dates: year ends and leap years.
    {"2025-01-03", "The rebels attacked on December 30.", "2024-12-30", 'D'},
    {"2025-01-03", "The leaders met on Tuesday.", "2024-12-31", 'D'},
    {"2025-01-03", "The government fell last month.", "2024-12-01", 'M'},
    {"2025-01-03", "The talks began in December.", "2024-12-01", 'M'},
    {"2025-01-03", "The ministers will meet next week.", "2025-01-06", 'W'},
    {"2025-01-03", "The court ruled on January 2.", "2025-01-02", 'D'},
    {"2024-03-01", "The blast happened on February 29.", "2024-02-29", 'D'},
    {"2024-03-01", "The troops withdrew yesterday.", "2024-02-29", 'D'},
    {"2024-03-01", "The mayor resigned two days ago.", "2024-02-28", 'D'},
    {"2024-03-01", "The sides met last week.", "2024-02-19", 'W'},
    {"2025-12-31", "The leaders will meet on January 2.", "2026-01-02", 'D'},
    {"2025-12-31", "The law takes effect tomorrow.", "2026-01-01", 'D'},
    {"2025-12-31", "The envoy will return next month.", "2026-01-01", 'M'},
    // Numbers that are not dates, and words that only look like months.
    {kWed, "Belarus and Russia held the Zapad-2025 exercises near the border.", "-", '-'},
    {kWed, "The ministry sent 2,000 troops to the region.", "-", '-'},
    {kWed, "At least 1,200 people were killed.", "-", '-'},
    {kWed, "The 2025 budget was approved by parliament.", "-", '-'},
    {kWed, "Officials may meet the rebels.", "-", '-'},
    {kWed, "Thousands of protesters march through the capital every week.", "-", '-'},
    {kWed, "The army said 300 soldiers had been wounded.", "-", '-'},
    {kWed, "Iran condemned the attack.", "-", '-'},
};

TEST(DateExpression, TableOfSentences) {
  ASSERT_GE(std::size(kCases), 100u);
  int failures = 0;
  for (const Case& c : kCases) {
    auto doc_date = parse_iso_date(c.document_date);
    ASSERT_TRUE(doc_date) << c.document_date;
    std::vector<Token> tokens = tokens_of(c.sentence);
    ASSERT_FALSE(tokens.empty()) << c.sentence;
    auto found = find_event_date(tokens, *doc_date);
    std::string got = found ? format_iso_date(found->date) : "-";
    char precision = found ? precision_letter(found->precision) : '-';
    EXPECT_EQ(got, c.expected) << c.sentence << " (document " << c.document_date << ", found '"
                               << (found ? found->text : "") << "')";
    EXPECT_EQ(precision, c.precision) << c.sentence;
    failures += got != c.expected || precision != c.precision;
  }
  std::cout << "date expressions: " << (std::size(kCases) - failures) << "/" << std::size(kCases)
            << " right\n";
}

TEST(DateExpression, SpanTextAndFutureFlag) {
  auto doc = *parse_iso_date("2025-08-20");
  auto tokens = tokens_of("Drones struck the port on the evening of August 19.");
  auto d = find_event_date(tokens, doc);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->text, "on the evening of August 19");
  EXPECT_EQ(tokens[d->first_token].text, "on");
  EXPECT_FALSE(d->future);

  tokens = tokens_of("The president will visit Moscow next month.");
  d = find_event_date(tokens, doc);
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->future);
  EXPECT_EQ(d->text, "next month");
}

TEST(DateExpression, FallsBackToDocumentDate) {
  auto doc = *parse_iso_date("2025-08-20");
  auto tokens = tokens_of("Iran condemned the attack.");
  ResolvedDate d = event_date_or_document_date(tokens, doc);
  EXPECT_EQ(format_iso_date(d.date), "2025-08-20");
  EXPECT_EQ(d.first_token, -1);
}

TEST(DateExpression, ClauseRangeOnly) {
  // The coder passes the event's clause: a date outside it does not count.
  auto doc = *parse_iso_date("2025-08-20");
  auto tokens = tokens_of("On Monday the minister said the troops had left last week.");
  std::span<const Token> all(tokens);
  auto whole = find_event_date(all, doc);
  ASSERT_TRUE(whole);
  EXPECT_EQ(format_iso_date(whole->date), "2025-08-18");  // the most precise expression
  auto clause = find_event_date(all.subspan(5), doc);    // "the troops had left last week ."
  ASSERT_TRUE(clause);
  EXPECT_EQ(format_iso_date(clause->date), "2025-08-11");
}

TEST(DateExpression, IsoDateParsing) {
  EXPECT_TRUE(parse_iso_date("2024-02-29"));
  EXPECT_FALSE(parse_iso_date("2025-02-29"));
  EXPECT_FALSE(parse_iso_date("2025-8-1"));
  EXPECT_FALSE(parse_iso_date("Zapad-2025"));
}

}  // namespace
}  // namespace dyad
