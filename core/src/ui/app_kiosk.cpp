// The kiosk lockdown: while a plugin's kiosk runs (ui::SurveyCollector), its state is kept in
// kiosk.json beside the settings. Start-up reads it and opens that plugin's page full screen and
// locked, so reloading the page, reopening the tab or restarting the app lands in the kiosk and
// never on a staff page; the collector reopens the kiosk from the state. Menus, sidebar,
// shortcuts, toasts and dialogs stay hidden while it runs (app.cpp, app_shell.cpp).
#include "app_impl.hpp"
#include "stempush/i18n.hpp"

namespace stempush {

void App::Impl::load_kiosk() {
  std::optional<std::string> bytes;
  try {
    bytes = storage.read(kKioskFile);
  } catch (const StorageError&) {
    return;
  }
  if (!bytes) return;
  const auto j = nlohmann::json::parse(std::string_view(*bytes), nullptr, false);  // the app's one parser (survey_ui.cpp)
  const bool readable = j.is_object() && j.value("plugin", nlohmann::json()).is_string() &&
                        j.value("state", nlohmann::json()).is_string();
  if (readable) {
    const std::string plugin = j["plugin"].get<std::string>();
    for (auto& slot : slots)
      if (slot->entry.id == plugin && slot->view) {
        kiosk_plugin = plugin;
        kiosk_state = j["state"].get<std::string>();
        page = plugin;
        fullscreen = fullscreen_locked = true;
        return;
      }
  }
  // Damaged, or the plugin is gone: there is no kiosk to return to.
  try {
    storage.remove(kKioskFile);
  } catch (const StorageError&) {
  }
}

void App::Impl::keep_kiosk(const std::string& plugin, const std::string& state) {
  kiosk_plugin = plugin;
  kiosk_state = state;
  // The workspace first: the kiosk file may then say a student was saved only once it was.
  autosave(true);
  try {
    storage.write_atomic(kKioskFile, nlohmann::json{{"plugin", plugin}, {"state", state}}.dump());
    storage.flush();
  } catch (const StorageError& e) {
    all_messages.push_back(e.what());  // no toast on a kiosk screen; the workspace still saves
  }
}

void App::Impl::end_kiosk() {
  kiosk_plugin.clear();
  kiosk_state.clear();
  autosave(true);
  try {
    storage.remove(kKioskFile);
    storage.flush();
  } catch (const StorageError& e) {
    toast(e.what(), true);
  }
}

}  // namespace stempush
