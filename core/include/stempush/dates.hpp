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

}  // namespace stempush
