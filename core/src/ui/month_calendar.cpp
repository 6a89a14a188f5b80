// The month calendar widget (see stempush/ui/month_calendar.hpp).
#include "stempush/ui/month_calendar.hpp"

#include <algorithm>
#include <map>

#include "imgui_internal.h"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {

std::string month_title(int year, int month) {
  return trf("calendar.month_year", {tr(("calendar.month." + std::to_string(month)).c_str()), std::to_string(year)});
}

MonthCalendarResult month_calendar(const char* label, int& year, int& month, const std::vector<CalendarMark>& marks,
                                   const std::string& today) {
  MonthCalendarResult result;
  if (month < 1 || month > 12) month = 1;
  ImGui::PushID(label);
  push_font(Font::Bold);
  ImGui::TextUnformatted(month_title(year, month).c_str());
  pop_font();
  ImGui::SameLine();
  if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) {
    if (--month < 1) month = 12, --year;
  }
  label_last_item(tr("calendar.previous_month"));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("calendar.today")) && is_iso_date(today)) {
    year = std::stoi(today.substr(0, 4));
    month = std::stoi(today.substr(5, 2));
  }
  ImGui::SameLine();
  if (ImGui::ArrowButton("##next", ImGuiDir_Right)) {
    if (++month > 12) month = 1, ++year;
  }
  label_last_item(tr("calendar.next_month"));

  std::map<std::string, std::vector<const CalendarMark*>> by_day;
  for (auto& m : marks) by_day[m.date].push_back(&m);
  char prefix[32];
  std::snprintf(prefix, sizeof prefix, "%04d-%02d", year, month);
  const auto weeks = month_weeks(year, month);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float cell_h = line * 4.2f;
  if (ImGui::BeginTable("##month", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) {
    for (int d = 0; d < 7; ++d) ImGui::TableSetupColumn(tr(("calendar.weekday." + std::to_string(d)).c_str()));
    ImGui::TableHeadersRow();
    for (auto& week : weeks) {
      ImGui::TableNextRow(0, cell_h);
      for (auto& day : week) {
        ImGui::TableNextColumn();
        ImGui::PushID(day.c_str());
        const bool in_month = day.compare(0, 7, prefix) == 0;
        const std::string number = std::to_string(std::stoi(day.substr(8, 2)));
        const ImVec2 cell_min = ImGui::GetCursorScreenPos();
        const float cell_w = ImGui::GetContentRegionAvail().x;
        if (day == today)
          ImGui::GetWindowDrawList()->AddRect(ImVec2(cell_min.x - 2, cell_min.y - 1),
                                              ImVec2(cell_min.x + cell_w + 2, cell_min.y + cell_h - 3),
                                              chart_color(0), 0, 0, 2);
        if (!in_month) ImGui::PushStyleColor(ImGuiCol_Text, muted_color());
        if (ImGui::SmallButton(number.c_str())) result.clicked_day = day;
        label_last_item(trf("calendar.day_named", {day}).c_str());
        if (!in_month) ImGui::PopStyleColor();
        auto it = by_day.find(day);
        if (it != by_day.end()) {
          size_t shown = 0;
          for (const CalendarMark* m : it->second) {
            if (shown == 2 && it->second.size() > 3) {
              ImGui::TextDisabled("%s", trf("calendar.more", {std::to_string(it->second.size() - 2)}).c_str());
              break;
            }
            const ImU32 color = m->color ? m->color : chart_color(0);
            ImGui::PushStyleColor(ImGuiCol_Button, color);
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
            ImGui::PushID(m->id.c_str());
            // The visible text is cut to the cell, inside the button's padding; the full title is
            // the button's name and tooltip.
            const std::string text = fit_to_width(m->label, cell_w - 2 * ImGui::GetStyle().FramePadding.x);
            if (ImGui::SmallButton((text + "##mark").c_str())) result.clicked_mark = m->id;
            label_last_item(m->label.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", m->label.c_str());
            ImGui::PopID();
            ImGui::PopStyleColor(2);
            ++shown;
          }
        }
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopID();
  return result;
}

}  // namespace stempush::ui
