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
