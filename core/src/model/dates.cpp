#include "stempush/dates.hpp"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace stempush {

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  auto number = [&](size_t at, size_t length) {
    int n = 0;
    for (size_t i = at; i < at + length; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// The proleptic Gregorian calendar counted in 400-year eras (146097 days each), with years that
// start on 1 March so that the leap day falls at the end of a year.
long days_from_iso(std::string_view text) {
  auto number = [&](size_t at, size_t length) {
    long n = 0;
    for (size_t i = at; i < at + length; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  long y = number(0, 4);
  const long m = number(5, 2), d = number(8, 2);
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

std::string iso_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long mp = (5 * day_of_year + 2) / 153;
  const long d = day_of_year - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = year_of_era + era * 400 + (m <= 2 ? 1 : 0);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  return buf;
}

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

int weekday_of(std::string_view iso_date) {
  const long d = days_from_iso(iso_date);  // 1970-01-01 was a Thursday (4)
  return int(((d % 7) + 7 + 4) % 7);
}

std::vector<std::vector<std::string>> month_weeks(int year, int month) {
  char first[32];
  std::snprintf(first, sizeof first, "%04d-%02d-01", year, month);
  long day = days_from_iso(first) - weekday_of(first);
  const int next_month = month == 12 ? 1 : month + 1;
  const int next_year = month == 12 ? year + 1 : year;
  char after[32];
  std::snprintf(after, sizeof after, "%04d-%02d-01", next_year, next_month);
  const long end = days_from_iso(after);
  std::vector<std::vector<std::string>> weeks;
  while (day < end) {
    std::vector<std::string> week;
    for (int i = 0; i < 7; ++i) week.push_back(iso_from_days(day++));
    weeks.push_back(std::move(week));
  }
  return weeks;
}

}  // namespace stempush
