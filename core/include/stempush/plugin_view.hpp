// The Dear ImGui half of a plugin. Only the app links views; models never include this file.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "stempush/plugin.hpp"
#include "stempush/plugin_host.hpp"

namespace stempush {

struct ProgramProfile;
namespace facilitation {
struct AudienceFrame;
}

// What a view may ask of the app shell while drawing. One ViewContext per plugin.
class ViewContext {
 public:
  virtual ~ViewContext() = default;

  // Call after the view changed its model: the host saves the section, records an undo step
  // and schedules an autosave. Consecutive commits with the same non-empty merge_key (typing in
  // one text field) become one undo step.
  virtual void commit(std::string_view undo_label, std::string_view merge_key = {}) = 0;

  // A short message at the bottom of the window ("Report saved", or an error).
  virtual void toast(std::string message, bool is_error = false) = 0;

  // Hand bytes to the user as a file: a browser download on the web, a path prompt natively.
  virtual void offer_file(std::string suggested_name, std::string mime, std::string bytes) = 0;
  // Ask the user for a file to read; `on_file(name, bytes)` runs on a later frame, or never if
  // the user cancels. `accept` is a list like ".csv,text/csv".
  virtual void pick_file(std::string accept,
                         std::function<void(std::string name, std::string bytes)> on_file) = 0;

  // Full-screen mode hides the menu bar and sidebar (presenter view, kiosk). While
  // `locked` is true the shell offers no way out; the plugin must provide one (a staff PIN).
  virtual void set_fullscreen(bool on, bool locked = false) = 0;

  // Keep drawing frames (count-downs, animations) instead of waiting for input.
  virtual void request_redraw() = 0;

  virtual const ProgramProfile& profile() const = 0;
  virtual double now_seconds() const = 0;  // monotonic clock, for count-downs

  // The core's services (feeds, the small-group threshold, change notifications, hand-offs).
  virtual PluginHost& host() = 0;
  // Show this plugin's page (from a menu item, a shortcut or the home card).
  virtual void open_page() = 0;

  // ---- Kiosk lockdown (ui::SurveyCollector calls these; a plugin never needs to) ----
  // The running kiosk's state, opaque text the shell keeps on the device (beside settings), so
  // that a reload, a closed tab or a restarted app reopens the kiosk on this plugin's page, with
  // menus, sidebar, shortcuts, toasts and dialogs out of reach until the kiosk ends.
  virtual void keep_kiosk_session(const std::string& state) { (void)state; }
  virtual void end_kiosk_session() {}
  // The state a kiosk of this plugin left when the app last stopped ("" if none).
  virtual std::string kiosk_session() const { return {}; }

  // ---- The audience window (ui::facilitator_view calls these; a plugin never needs to) ----
  // A second window that shows the room the step, its count-down and the projected text
  // (AppPlatform::open_audience_window and friends). Supported: the platform has one.
  virtual bool audience_window_supported() const { return false; }
  // "" when it opened, else a message for the user (the browser blocked the pop-up).
  virtual std::string open_audience_window() { return "unsupported"; }
  virtual bool audience_window_open() const { return false; }
  // Call on every frame while it is open; the shell closes it after a frame with no call (the
  // presenter view was left, whatever the way).
  virtual void show_audience(const facilitation::AudienceFrame& frame) { (void)frame; }
  virtual void close_audience_window() {}
};

// A menu item and/or keyboard shortcut a plugin adds to the shell. It appears in a menu named
// after the plugin (between View and Help); the shortcut works on every page, except while a
// text field is being typed in or a locked full-screen mode (kiosk) is on.
struct ViewAction {
  std::string label_key;  // i18n key of the menu item's text
  int chord = 0;          // an ImGuiKeyChord (ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_N), 0: none
  std::function<void(ViewContext&)> run;
};

class PluginView {
 public:
  virtual ~PluginView() = default;
  // Draw the plugin's page inside the content area (a child window already begun by the shell).
  virtual void draw(ViewContext& ctx) = 0;

  // ---- Extension points (all optional) ----
  // Menu items and shortcuts; asked once when the shell starts.
  virtual std::vector<ViewAction> actions() { return {}; }
  // A section of the Settings page, under the plugin's name; has_settings() says whether to show it.
  virtual bool has_settings() const { return false; }
  virtual void draw_settings(ViewContext& ctx) { (void)ctx; }
  // The plugin's status at a glance on the home page, inside its card above the Open button
  // ("3 cycles; latest: Fall 2026, 80% rated"). Keep it to a few lines.
  virtual void draw_home_card(ViewContext& ctx) { (void)ctx; }
};

using PluginViewFactory = std::unique_ptr<PluginView> (*)(PluginModel& model);

}  // namespace stempush
