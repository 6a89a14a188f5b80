// The year at a glance: the sessions of one program year (or all of them) in date order, each
// session's themes beside the practice changes it led to and where each change stands, so a
// program lead sees what the discussions changed. The program year and the month it starts in
// are chosen at the top (the month is the program's, saved; the year shown is not).
#include <algorithm>

#include "staff_discussion/model/year.hpp"
#include "view_state.hpp"

namespace staff_discussion::view {
namespace {

std::string year_name(const std::optional<int>& year, int start_month) {
  return year ? TF("year.program_year", {program_year_label(*year, start_month)}) : std::string(T("year.all"));
}

// The program-year picker and the month the program year starts in.
void year_filter(State& s, stempush::ViewContext& ctx) {
  DiscussionData& data = s.data();
  const std::vector<int> years = program_years(data);
  if (!s.year_chosen) {
    // First visit: the year of the session on screen, so a lead sees its neighbours.
    const Session* current = s.session();
    s.year = current ? program_year_of(current->date, data.year_start_month) : std::nullopt;
    s.year_chosen = true;
  }
  // A year no session is in any more (dates or the start month changed): show every session.
  if (s.year && std::find(years.begin(), years.end(), *s.year) == years.end()) s.year.reset();

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T("year.filter"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo("##year", year_name(s.year, data.year_start_month).c_str())) {
    if (ImGui::Selectable(T("year.all"), !s.year)) s.year.reset();
    for (int y : years)
      if (ImGui::Selectable(year_name(y, data.year_start_month).c_str(), s.year && *s.year == y)) s.year = y;
    ImGui::EndCombo();
  }
  ui::label_last_item(T("year.filter"));
  ImGui::SameLine();
  ImGui::TextUnformatted(T("year.starts"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  static const char* const kMonths[] = {"calendar.month.1", "calendar.month.2",  "calendar.month.3",
                                        "calendar.month.4", "calendar.month.5",  "calendar.month.6",
                                        "calendar.month.7", "calendar.month.8",  "calendar.month.9",
                                        "calendar.month.10", "calendar.month.11", "calendar.month.12"};
  const auto month_name = [](int m) { return stempush::tr(kMonths[m - 1]); };
  if (ImGui::BeginCombo("##starts", month_name(data.year_start_month))) {
    for (int m = 1; m <= 12; ++m)
      if (ImGui::Selectable(month_name(m), m == data.year_start_month) && m != data.year_start_month) {
        // The same sessions stay on screen: follow the year of the first one shown.
        const Session* first = s.year ? sessions_of_year(data, s.year).front() : nullptr;
        data.year_start_month = m;
        if (first) s.year = program_year_of(first->date, m);
        s.commit(ctx, T("year.starts"));
      }
    ImGui::EndCombo();
  }
  ui::label_last_item(T("year.starts"));
  const size_t undated = undated_sessions(data);
  if (s.year && undated > 0) {
    const std::string note = TF("year.undated", {std::to_string(undated)});
    ui::help_text(note.c_str());
    ui::name_last_region("##undated", note);
  }
}

}  // namespace

void draw_year(State& s, stempush::ViewContext& ctx) {
  ui::section_heading(T("year.title"));
  ui::help_text(T("year.help"));
  year_filter(s, ctx);
  const std::vector<const Session*> sessions = sessions_of_year(s.data(), s.year);
  const std::string shown =
      TN("year.shown", static_cast<long long>(sessions.size()), {year_name(s.year, s.data().year_start_month)});
  ui::push_font(ui::Font::Bold);
  ImGui::TextUnformatted(shown.c_str());
  ui::pop_font();
  ui::name_last_region("##shown", shown);
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##year", 3, flags)) return;
  ImGui::TableSetupColumn(T("year.session"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(T("year.themes"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
  ImGui::TableSetupColumn(T("year.changes"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableHeadersRow();
  for (const Session* session : sessions) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(session->id.c_str());
    const std::string title = session->title.empty() ? std::string(T("session.untitled")) : session->title;
    if (ImGui::Selectable(title.c_str(), session->id == s.session_id)) {
      s.session_id = session->id;
      s.page = State::Page::Capture;
    }
    ImGui::TextDisabled("%s", session->date.empty() ? T("year.no_date") : session->date.c_str());
    ImGui::TableNextColumn();
    if (session->themes.empty()) ImGui::TextDisabled("%s", T("year.none"));
    for (size_t i = 0; i < session->themes.size(); ++i) {
      const std::string line = TN("year.theme_line", static_cast<long long>(session->cards_in(session->themes[i].id).size()),
                                  {theme_label(session->themes[i], i)});
      ImGui::Bullet();
      ImGui::TextWrapped("%s", line.c_str());
      ui::name_last_region(("##theme" + std::to_string(i)).c_str(), line);
    }
    ImGui::TableNextColumn();
    if (session->changes.empty()) ImGui::TextDisabled("%s", T("year.none"));
    for (size_t i = 0; i < session->changes.size(); ++i) {
      const PracticeChange& c = session->changes[i];
      const std::string line = TF("year.change_line", {c.what.empty() ? T("year.unnamed_change") : c.what,
                                                       status_label(c.status)});
      ImGui::Bullet();
      ImGui::TextWrapped("%s", line.c_str());
      ui::name_last_region(("##change" + std::to_string(i)).c_str(), line);
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace staff_discussion::view
