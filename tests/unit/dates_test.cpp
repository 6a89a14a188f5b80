#include <catch2/catch_test_macros.hpp>

#include "stempush/dates.hpp"

TEST_CASE("ISO dates: real calendar days only", "[dates]") {
  for (const char* good : {"2026-11-23", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01"})
    REQUIRE(stempush::is_iso_date(good));
  for (const char* bad : {"2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01",
                          "26-11-23", "2026/11/23", "2026-11-2x", "", "2026-11-23 "})
    REQUIRE_FALSE(stempush::is_iso_date(bad));
  REQUIRE(stempush::is_iso_date(stempush::today_iso()));
}

TEST_CASE("ISO dates to day numbers and back", "[dates]") {
  using stempush::days_from_iso;
  using stempush::iso_from_days;
  REQUIRE(days_from_iso("1970-01-01") == 0);
  REQUIRE(days_from_iso("1970-01-02") == 1);
  REQUIRE(days_from_iso("1969-12-31") == -1);
  REQUIRE(days_from_iso("2000-03-01") - days_from_iso("2000-02-28") == 2);  // 2000 is a leap year
  REQUIRE(days_from_iso("1900-03-01") - days_from_iso("1900-02-28") == 1);  // 1900 is not
  REQUIRE(days_from_iso("2026-11-25") == 20782);  // as Python's datetime counts it
  for (long day = -719162; day <= 2932896; day += 997)  // 0001-01-01 .. 9999-12-31
    REQUIRE(days_from_iso(iso_from_days(day)) == day);
  REQUIRE(iso_from_days(days_from_iso("2024-02-29") + 1) == "2024-03-01");
}
