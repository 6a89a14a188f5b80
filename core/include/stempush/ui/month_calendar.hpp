// A month calendar for any plugin with dated things (outreach events, visits, deadlines): a
// heading with the month's name, Previous / Today / Next buttons, and a grid of weeks (Sunday
// first) with each day's marks as short coloured labels. Days and marks are buttons: keyboard
// and automation reach them by name ("Day 2026-03-14", the mark's label).
//
//   static int year = 2026, month = 3;  // keep in the view's state
//   auto r = ui::month_calendar("Outreach calendar", year, month, marks, stempush::today_iso());
//   if (!r.clicked_mark.empty()) open_event(r.clicked_mark);
//   else if (!r.clicked_day.empty()) new_event_on(r.clicked_day);
//
// The date arithmetic (weeks of a month, weekday) is in stempush/dates.hpp.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

namespace stempush::ui {

struct CalendarMark {
  std::string id;     // returned when clicked
  std::string date;   // YYYY-MM-DD
  std::string label;  // a short title; cut to fit the cell
  ImU32 color = 0;    // 0: the first chart colour
};

struct MonthCalendarResult {
  std::string clicked_day;   // a day cell clicked (YYYY-MM-DD), or ""
  std::string clicked_mark;  // a mark's id, or ""
};

// `year`/`month` (1-12) are the month shown; the buttons change them. `today` (YYYY-MM-DD) is
// outlined and is where "Today" goes.
MonthCalendarResult month_calendar(const char* label, int& year, int& month, const std::vector<CalendarMark>& marks,
                                   const std::string& today);

// "March 2026" in the current language.
std::string month_title(int year, int month);

}  // namespace stempush::ui
