// The program profile page (name, host, region, season, staff); edits commit to the "profile" section.
#include <algorithm>

#include "app_impl.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush {

void App::Impl::profile_page() {
  ui::page_header(tr("profile.title"), tr("profile.subtitle"));
  ProgramProfile& p = workspace.profile();
  const float w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30);
  auto field = [&](const char* key, std::string* value, const char* hint_key, const char* merge) {
    if (ui::text_field(tr(key), value, tr(hint_key), w)) {
      if (history.commit(kProfileSectionId, tr(key), merge)) edited();
    }
  };
  field("profile.program_name", &p.program_name, "profile.program_name_hint", "profile.program_name");
  field("profile.host", &p.host_organization, "profile.host_hint", "profile.host");
  field("profile.region", &p.region, "profile.region_hint", "profile.region");
  field("profile.season", &p.season, "profile.season_hint", "profile.season");

  ui::section_heading(tr("profile.staff"));
  if (p.staff.empty()) ui::help_text(tr("profile.staff_empty"));
  int remove = -1;
  if (!p.staff.empty() && ImGui::BeginTable("staff", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(tr("profile.staff_name"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("profile.staff_role"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < p.staff.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      std::string merge = "staff.name." + std::to_string(i);
      ui::take_focus("profile.staff." + std::to_string(i));
      if (ImGui::InputTextWithHint("##name", tr("profile.staff_name_hint"), &p.staff[i].name))
        if (history.commit(kProfileSectionId, tr("profile.staff_name"), merge)) edited();
      ui::label_last_item(trf("profile.staff_name_n", {std::to_string(i + 1)}).c_str());
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      merge = "staff.role." + std::to_string(i);
      if (ImGui::InputTextWithHint("##role", tr("profile.staff_role_hint"), &p.staff[i].role))
        if (history.commit(kProfileSectionId, tr("profile.staff_role"), merge)) edited();
      ui::label_last_item(trf("profile.staff_role_n", {std::to_string(i + 1)}).c_str());
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(tr("profile.staff_remove"))) remove = static_cast<int>(i);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (remove >= 0) {
    p.staff.erase(p.staff.begin() + remove);
    if (history.commit(kProfileSectionId, tr("profile.staff_remove"))) edited();
  }
  if (ImGui::Button(tr("profile.staff_add"))) {
    p.staff.push_back({});
    ui::focus_new_field("profile.staff." + std::to_string(p.staff.size() - 1));
    if (history.commit(kProfileSectionId, tr("profile.staff_add"))) edited();
  }
  ImGui::Spacing();
  ui::help_text(tr("profile.autosave_note"));
}

}  // namespace stempush
