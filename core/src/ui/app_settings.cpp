// Settings kept beside the workspace in settings.json: font size, theme, language.
#include <algorithm>

#include "app_impl.hpp"
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

}  // namespace stempush
