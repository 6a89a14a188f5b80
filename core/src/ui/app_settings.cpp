// Settings kept beside the workspace in settings.json (font size, theme, language), and the
// Settings page: the program's small-group threshold (stored in the workspace, in the profile
// section, so every plugin, chart and export uses the same one) and each plugin's own section.
#include <algorithm>

#include "app_impl.hpp"
#include "imgui.h"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"
#include "style.hpp"

namespace stempush {

void App::Impl::load_settings() {
  try {
    auto bytes = storage.read(kSettingsFile);
    if (!bytes) return;
    auto j = nlohmann::json::parse(*bytes);
    settings.font_size = std::clamp(j.value("font_size", settings.font_size), AppSettings::kMinFont, AppSettings::kMaxFont);
    settings.dark = j.value("dark", false);
    settings.spanish = j.value("language", "en") == "es";
  } catch (const std::exception&) {
    // Settings are a convenience: a bad file falls back to defaults and is rewritten.
  }
}
void App::Impl::save_settings() {
  nlohmann::json j{{"font_size", settings.font_size}, {"dark", settings.dark},
                   {"language", settings.spanish ? "es" : "en"}};
  try {
    storage.write_atomic(kSettingsFile, j.dump(2));
    storage.flush();
  } catch (const StorageError& e) {
    toast(std::string("Could not save settings: ") + e.what(), true);
  }
}
void App::Impl::apply_settings() {
  i18n::set_language(settings.spanish ? i18n::Language::Spanish : i18n::Language::English);
  ui::apply_theme(settings.dark);
  if (settings.font_size != built_font_size) fonts_dirty = true;
}
void App::Impl::change_font_size(float delta) {
  float s = delta == 0 ? AppSettings().font_size : settings.font_size + delta;
  settings.font_size = std::clamp(s, AppSettings::kMinFont, AppSettings::kMaxFont);
  fonts_dirty = true;
  save_settings();
}

void App::Impl::settings_page() {
  ui::page_header(tr("settings.title"), tr("settings.subtitle"));
  ui::section_heading(tr("settings.privacy"));
  ProgramProfile& p = workspace.profile();
  int size = p.min_group_size;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (ImGui::InputInt(tr("settings.min_group_size"), &size, 1, 5)) {
    p.min_group_size = std::max(size, kLowestMinGroupSize);
    if (history.commit(kProfileSectionId, tr("settings.min_group_size_undo"), "settings.min_group_size")) edited();
  }
  ui::help_text(trf("settings.min_group_size_help", {std::to_string(kLowestMinGroupSize)}).c_str());
  for (auto& slot : slots) {
    if (!slot->view || !slot->view->has_settings()) continue;
    ImGui::PushID(slot->entry.id.c_str());
    ui::section_heading(tr(slot->model.info().title_key));
    slot->view->draw_settings(*slot);
    ImGui::PopID();
  }
}

}  // namespace stempush
