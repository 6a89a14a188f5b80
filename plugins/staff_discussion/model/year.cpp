// Program years (see year.hpp).
#include "staff_discussion/model/year.hpp"

#include <algorithm>
#include <set>

#include "stempush/dates.hpp"

namespace staff_discussion {

std::optional<int> program_year_of(const std::string& iso_date, int start_month) {
  if (!stempush::is_iso_date(iso_date)) return std::nullopt;
  const int year = std::stoi(iso_date.substr(0, 4));
  const int month = std::stoi(iso_date.substr(5, 2));
  return month >= start_month ? year : year - 1;
}

std::string program_year_label(int year, int start_month) {
  if (start_month <= 1) return std::to_string(year);
  // "2026–27": the en dash and the last two digits of the year it ends in, as schools write it.
  const int next = (year + 1) % 100;
  return std::to_string(year) + "\xe2\x80\x93" + (next < 10 ? "0" : "") + std::to_string(next);
}

std::vector<int> program_years(const DiscussionData& data) {
  std::set<int> years;
  for (auto& s : data.sessions)
    if (auto y = program_year_of(s.date, data.year_start_month)) years.insert(*y);
  return {years.rbegin(), years.rend()};
}

std::vector<const Session*> sessions_of_year(const DiscussionData& data, std::optional<int> year) {
  std::vector<const Session*> out;
  for (auto& s : data.sessions) {
    const auto y = program_year_of(s.date, data.year_start_month);
    if (!year || (y && *y == *year)) out.push_back(&s);
  }
  std::stable_sort(out.begin(), out.end(), [](const Session* a, const Session* b) {
    const bool a_dated = stempush::is_iso_date(a->date), b_dated = stempush::is_iso_date(b->date);
    if (a_dated != b_dated) return a_dated;
    return a_dated && a->date < b->date;
  });
  return out;
}

size_t undated_sessions(const DiscussionData& data) {
  return size_t(std::count_if(data.sessions.begin(), data.sessions.end(),
                              [](const Session& s) { return !stempush::is_iso_date(s.date); }));
}

}  // namespace staff_discussion
