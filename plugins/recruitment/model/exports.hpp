// Files for other programs: spaces and events as CSV, the funnel as CSV and as a printable HTML
// report, the calendar as .ics (RFC 5545 through stempush::calendar). The funnel files are meant
// for sharing: counts under the program's small-group threshold are hidden in them.
#pragma once
#include <string>
#include <string_view>

#include "recruitment/model/data.hpp"
#include "recruitment/model/funnel.hpp"

namespace recruitment {

std::string spaces_csv(const RecruitmentData& data);
std::string events_csv(const RecruitmentData& data);
// Every CSV has human headers in the current language; ids (spaces, events) are in a last column
// labelled "Reference id (for re-import)".
// The funnel: one row per breakdown (all, community, source), group and year; a hidden count reads
// "fewer than K", a hidden conversion "hidden", a conversion with no denominator "–".
std::string funnel_csv(const Funnel& funnel, int min_group_size);
// The report opens with a summary (the focus communities' share, each step of the funnel, the
// applicants per community) and keeps the tables in an appendix. `program` names the program.
std::string funnel_html(const RecruitmentData& data, const Funnel& funnel, int min_group_size, std::string_view program = {});
// The whole season, or one event when `event_id` is not empty. Throws
// stempush::calendar::CalendarError (a sentence naming the event) on a bad date or time, and
// std::invalid_argument for an unknown event id.
std::string events_ics(const RecruitmentData& data, const std::string& event_id = {}, std::time_t stamp = 0);

}  // namespace recruitment
