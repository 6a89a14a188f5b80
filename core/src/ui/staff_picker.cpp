#include "stempush/ui/staff_picker.hpp"

#include "imgui.h"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {

std::optional<StaffMember> staff_picker(const char* id, const ProgramProfile& profile,
                                        const std::vector<std::string>& already) {
  if (profile.staff.empty()) {
    help_text(tr("staff_picker.none"));
    ImGui::PushID(id);
    name_last_region("staff_hint", tr("staff_picker.none"));
    ImGui::PopID();
    return std::nullopt;
  }
  const std::vector<StaffMember> offered = staff_not_listed(profile, already);
  if (offered.empty()) return std::nullopt;
  std::optional<StaffMember> picked;
  ImGui::PushID(id);
  ImGui::AlignTextToFramePadding();
  help_text(tr("staff_picker.from_profile"));
  for (size_t i = 0; i < offered.size(); ++i) {
    const StaffMember& member = offered[i];
    const std::string visible = "+ " + member.name;
    // Wrap like words: a name that does not fit on this line starts the next one.
    same_line_if_fits(button_width(visible.c_str()));
    ImGui::PushID(static_cast<int>(i));
    if (named_button(visible.c_str(), trf("staff_picker.add_named", {member.name}))) picked = member;
    if (!member.role.empty()) ImGui::SetItemTooltip("%s", member.role.c_str());
    ImGui::PopID();
  }
  ImGui::PopID();
  return picked;
}

}  // namespace stempush::ui
