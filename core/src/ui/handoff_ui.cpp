#include "stempush/ui/handoff.hpp"

#include <stdexcept>

#include "imgui.h"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {

bool handoff_buttons(ViewContext& ctx, const Handoff& handoff, HandoffLink* sent, const char* item_name) {
  bool handed = false;
  const auto targets = ctx.host().handoff_targets(handoff.kind);
  if (targets.empty()) return false;  // nobody takes this kind: offer nothing
  for (auto& target : targets) {
    ImGui::PushID(target.plugin_id.c_str());
    const char* title = tr(target.title_key);
    const bool clicked = ImGui::SmallButton(trf("handoff.send_to", {title}).c_str());
    if (item_name) label_last_item(trf("handoff.send_named", {item_name, title}).c_str());
    if (clicked) {
      try {
        const std::string item_id = ctx.host().hand_off(target.plugin_id, handoff);
        if (sent) *sent = {target.plugin_id, item_id, handoff.text};
        ctx.toast(trf("handoff.sent", {title}));
        handed = true;
      } catch (const std::invalid_argument& e) {
        ctx.toast(trf("handoff.refused", {title, e.what()}), true);
      }
    }
    ImGui::SameLine();
    ImGui::PopID();
  }
  ImGui::NewLine();
  return handed;
}

std::string link_text(ViewContext& ctx, const HandoffLink& link) {
  return ctx.host().link_available(link) ? link.label : trf("handoff.unavailable", {link.label});
}

}  // namespace stempush::ui
