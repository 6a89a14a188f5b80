// The Help page: a short guide per installed plugin (what it is for, how to use it, where its
// data stays), in the UI's language. The core knows no plugin: each names its guide in
// PluginInfo::guide_key and carries the text in its own catalogs (guide.hpp).
#include "app_impl.hpp"
#include "imgui.h"
#include "stempush/guide.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush {

void App::Impl::open_help() {
  // From a plugin's page, its own guide; otherwise the one shown last (or the first).
  for (auto& slot : slots)
    if (slot->entry.id == page) help_plugin = page;
  page = kHelpPage;
}

void App::Impl::help_page() {
  ui::page_header(tr("help.title"), tr("help.subtitle"));
  if (slots.empty()) {
    ui::empty_state(tr("help.no_plugins"));
    return;
  }
  const PluginSlot* shown = nullptr;
  for (auto& slot : slots)
    if (slot->entry.id == help_plugin) shown = slot.get();
  if (!shown) shown = slots.front().get();
  help_plugin = shown->entry.id;

  // One button per package, flowing like words so that they wrap at large text.
  bool first = true;
  for (auto& slot : slots) {
    const char* title = tr(slot->model.info().title_key);
    if (!first) ui::same_line_if_fits(ui::button_width(title));
    first = false;
    ImGui::PushID(slot->entry.id.c_str());
    if (ui::page_button(title, slot.get() == shown)) help_plugin = slot->entry.id;
    ImGui::PopID();
    ui::label_last_item(trf("help.guide_of", {title}).c_str());
  }
  ImGui::Separator();

  const PluginInfo& info = shown->model.info();
  const i18n::Language lang = i18n::language();
  std::optional<PluginGuide> guide = plugin_guide(info, lang);
  // A guide not yet translated shows in English, tagged, rather than not at all.
  const bool english = !guide && lang != i18n::Language::English &&
                       (guide = plugin_guide(info, i18n::Language::English)).has_value();
  const std::string heading = i18n::with_english_tag(trf("help.guide_heading", {tr(info.title_key)}), english);
  ui::section_heading(heading.c_str());
  ui::english_tag_tooltip(english);
  if (!guide) {
    ui::empty_state(tr("help.no_guide"));
    return;
  }
  ImGui::TextWrapped("%s", guide->what.c_str());
  ui::name_last_region("##what", guide->what);

  ui::section_heading(tr("help.steps"));
  for (size_t i = 0; i < guide->steps.size(); ++i) {
    const std::string number = std::to_string(i + 1) + ".";
    ImGui::TextUnformatted(number.c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 2);
    ImGui::TextWrapped("%s", guide->steps[i].c_str());
    ImGui::PushID(int(i));
    ui::name_last_region("##step", number + " " + guide->steps[i]);
    ImGui::PopID();
  }

  ui::section_heading(tr("help.data"));
  ImGui::TextWrapped("%s", guide->data.c_str());
  ui::name_last_region("##data", guide->data);
}

}  // namespace stempush
