// Settings kept beside the workspace in settings.json (text size, theme, language, sidebar), and the
// Settings page: the program's small-group threshold (stored in the workspace, in the profile
// section, so every plugin, chart and export uses the same one) and each plugin's own section.
#include <algorithm>
#include <cmath>

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
    auto j = nlohmann::json::parse(std::string_view(*bytes));  // the app's one parser (survey_ui.cpp)
    if (j.contains("text_percent") && j["text_percent"].is_number())
      settings.text_percent = AppSettings::clamp_percent(j["text_percent"].get<int>());
    else if (j.contains("font_size") && j["font_size"].is_number())  // older versions: pixels
      settings.text_percent = AppSettings::clamp_percent(int(std::lround(j["font_size"].get<double>() / AppSettings::kDefaultFont * 100)));
    settings.sidebar_hidden = j.value("sidebar_hidden", false);
    settings.dark = j.value("dark", false);
    settings.spanish = j.value("language", "en") == "es";
  } catch (const std::exception&) {
    // Settings are a convenience: a bad file falls back to defaults and is rewritten.
  }
}
void App::Impl::save_settings() {
  nlohmann::json j{{"text_percent", settings.text_percent}, {"dark", settings.dark},
                   {"language", settings.spanish ? "es" : "en"}, {"sidebar_hidden", settings.sidebar_hidden}};
  try {
    storage.write_atomic(kSettingsFile, j.dump(2));
    storage.flush();
  } catch (const StorageError& e) {
    toast(std::string(tr("app.settings_save_failed")) + " " + e.what(), true);
  }
}
void App::Impl::apply_settings() {
  i18n::set_language(settings.spanish ? i18n::Language::Spanish : i18n::Language::English);
  ui::apply_theme(settings.dark);
  if (settings.font_size() != built_font_size) fonts_dirty = true;
}
void App::Impl::change_text_size(int direction) {
  settings.text_percent = AppSettings::step_percent(settings.text_percent, direction);
  fonts_dirty = true;
  save_settings();
}

int AppSettings::clamp_percent(int percent) {
  percent = std::clamp(percent, kMinPercent, kMaxPercent);
  if (percent == kMinPercent) return percent;
  return std::max(kMinPercent, (percent + kPercentStep / 2) / kPercentStep * kPercentStep);
}

int AppSettings::step_percent(int percent, int direction) {
  if (direction == 0) return 100;
  percent = clamp_percent(percent);
  // 75 sits off the 10% grid: one step up from it is 80, one step down from 80 is 75.
  if (direction > 0) return percent == kMinPercent ? 80 : std::min(kMaxPercent, percent + kPercentStep);
  return std::max(kMinPercent, percent - kPercentStep);
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
