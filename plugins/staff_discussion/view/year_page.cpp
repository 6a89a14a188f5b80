// The year at a glance: every session in date order, its themes beside the practice changes it
// led to and where each change stands, so a program lead sees what the discussions changed.
#include <algorithm>

#include "view_state.hpp"

namespace staff_discussion::view {

void draw_year(State& s, stempush::ViewContext& ctx) {
  (void)ctx;
  std::vector<const Session*> sessions;
  for (auto& session : s.data().sessions) sessions.push_back(&session);
  // Undated sessions last; the same date keeps the order they were planned in.
  std::stable_sort(sessions.begin(), sessions.end(), [](const Session* a, const Session* b) {
    if (a->date.empty() != b->date.empty()) return b->date.empty();
    return a->date < b->date;
  });
  ui::section_heading(T("year.title"));
  ui::help_text(T("year.help"));
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
      const std::string line = TF("year.theme_line", {theme_label(session->themes[i], i),
                                                      std::to_string(session->cards_in(session->themes[i].id).size())});
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
