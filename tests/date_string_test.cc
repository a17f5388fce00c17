#include "text/date_string.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DateStringTest, AcceptsRealCalendarDates) {
  EXPECT_TRUE(is_valid_date("2025-08-20"));
  EXPECT_TRUE(is_valid_date("2024-02-29"));  // leap year
  EXPECT_TRUE(is_valid_date("2000-02-29"));  // divisible by 400
  EXPECT_TRUE(is_valid_date("1979-12-31"));
}

TEST(DateStringTest, RejectsImpossibleOrMalformedDates) {
  for (const char* bad : {"2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10",
                          "2025-01-00", "0000-01-01", "2025-8-20", "20-08-2025", "2025/08/20", "2025-08-20x",
                          "", "yesterday", "2025-08-2a"}) {
    EXPECT_FALSE(is_valid_date(bad)) << bad;
  }
}

TEST(DateStringTest, DatePartOfIsoDateTime) {
  EXPECT_EQ(iso_date_part("2025-08-20").value_or(""), "2025-08-20");
  EXPECT_EQ(iso_date_part("2025-08-20T10:00:00Z").value_or(""), "2025-08-20");
  EXPECT_EQ(iso_date_part("2025-03-02T21:15:00+04:00").value_or(""), "2025-03-02");
  EXPECT_EQ(iso_date_part(" 2025-08-20 10:00 ").value_or(""), "2025-08-20");
  EXPECT_FALSE(iso_date_part("2025-02-30T10:00:00Z"));
  EXPECT_FALSE(iso_date_part("2025-08-201"));
  EXPECT_FALSE(iso_date_part("Aug 20, 2025"));
}

}  // namespace
}  // namespace dyad
