// Calendar dates as the workspace stores them: ISO "YYYY-MM-DD" text (sorts, reads in any
// language, and survives CSV and spreadsheets unchanged).
#pragma once
#include <string>
#include <string_view>

namespace stempush {

// True for a real calendar date in YYYY-MM-DD form (leap years included).
bool is_iso_date(std::string_view text);
// Today's date on this device, YYYY-MM-DD.
std::string today_iso();

// Days since 1970-01-01 for a date checked by is_iso_date (earlier dates are negative), and back:
// charts place dated points on a day axis, and differences between dates are day counts.
long days_from_iso(std::string_view iso_date);
std::string iso_from_days(long days);

}  // namespace stempush
