// The program year: staff discussions run over a school or program year (August to July for
// most programs, January to December for some), not a calendar year. The year page and
// `stempush-cli staff-discussion list --year` show the sessions of one program year; the month
// it starts in is the program's choice, kept in the section (DiscussionData::year_start_month).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "staff_discussion/model/data.hpp"

namespace staff_discussion {

// The program year a date falls in, named by the calendar year it starts in: with the year
// starting in August, 2026-10-14 and 2027-03-02 are both in program year 2026. nullopt when
// the text is not a YYYY-MM-DD date. `start_month` is 1..12.
std::optional<int> program_year_of(const std::string& iso_date, int start_month);
// "2026–27" for a year that starts after January, "2026" for one that starts in January.
std::string program_year_label(int year, int start_month);
// The program years that have at least one dated session, newest first.
std::vector<int> program_years(const DiscussionData& data);
// The sessions to show side by side, in date order: those of program `year`, or every session
// when `year` is nullopt (undated ones last; the same date keeps the order they were planned in).
// An undated session belongs to no year, so a year's list never has one.
std::vector<const Session*> sessions_of_year(const DiscussionData& data, std::optional<int> year);
// How many sessions have no (valid) date, and so appear only under "all years".
size_t undated_sessions(const DiscussionData& data);

}  // namespace staff_discussion
