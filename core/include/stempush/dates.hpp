// Calendar dates as the workspace stores them: ISO "YYYY-MM-DD" text (sorts, reads in any
// language, and survives CSV and spreadsheets unchanged).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace stempush {

// True for a real calendar date in YYYY-MM-DD form (leap years included).
bool is_iso_date(std::string_view text);
// Today's date on this device, YYYY-MM-DD.
std::string today_iso();

// Days since 1970-01-01 for a date checked by is_iso_date (earlier dates are negative), and back:
// charts place dated points on a day axis, and differences between dates are day counts.
long days_from_iso(std::string_view iso_date);
std::string iso_from_days(long days);

// Day of the week of a date checked by is_iso_date: 0 = Sunday ... 6 = Saturday.
int weekday_of(std::string_view iso_date);
// The weeks of a month as a wall calendar shows them, Sunday first: 4 to 6 rows of 7 dates
// (YYYY-MM-DD), the days of the previous and next month that fill the first and last week included.
std::vector<std::vector<std::string>> month_weeks(int year, int month);

}  // namespace stempush
