// The app shell's state, shared by the files that draw and run it (one Impl across files named by
// feature, so that each file stays about one thing):
//   app.cpp              App's public API, the frame layout, toasts, autosave, undo/redo
//   app_shell.cpp        menu bar, sidebar, home page, content routing, status bar, shortcuts
//   app_dialogs.cpp      modal dialogs (About, new workspace, recovery report, import, file paths)
//   app_settings.cpp     settings.json (font size, theme, language) and the Settings page
//   app_profile_page.cpp the program profile page
//   app_files.cpp        workspace import/export, new workspace, files offered to and picked by the user
//   app_merge.cpp        the "Merge from files…" dialog (other devices' copies, merge.hpp)
//   app_help.cpp         the Help page: every installed plugin's guide (guide.hpp)
// Internal to core/src/ui; plugins see only app.hpp and plugin_view.hpp.
#pragma once
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stempush/app.hpp"
#include "stempush/history.hpp"
#include "stempush/i18n.hpp"
#include "stempush/merge.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/registry.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace stempush {

inline constexpr double kAutosaveDelay = 0.8;  // seconds after the last edit
inline constexpr double kToastSeconds = 5.0;
inline constexpr const char* kSettingsFile = "settings.json";
// A running kiosk's state, beside the settings: while it exists, start-up opens the kiosk.
inline constexpr const char* kKioskFile = "kiosk.json";
inline constexpr const char* kHomePage = "#home";
inline constexpr const char* kProfilePage = "#profile";
inline constexpr const char* kSettingsPage = "#settings";
inline constexpr const char* kHelpPage = "#help";

struct Toast {
  std::string text;
  bool error = false;
  double until = 0;
  // The language it was written in: a toast is text, not a key, so after a switch of language it
  // goes (it stays in messages()) rather than speak the old language on the new one's screen.
  i18n::Language language = i18n::Language::English;
};

struct App::Impl {
  const Registry& registry;
  Storage& storage;
  AppPlatform platform;
  WorkspaceStore store;
  Workspace workspace;
  EditHistory history;
  AppSettings settings;

  struct PluginSlot;
  std::vector<std::unique_ptr<PluginSlot>> slots;

  std::string page = kHomePage;
  std::string help_plugin;  // whose guide the Help page shows (a plugin id)
  ChangeSubscription handoffs_heard;  // a hand-off into a section becomes an undo step
  std::deque<Toast> toasts;
  std::vector<std::string> all_messages;
  uint64_t saved_revision = 0;
  double last_edit_at = 0;
  std::string save_error;
  std::string last_flush_error;  // to tell the user once per new storage error
  bool drawn_flush_pending = false;  // what the status bar last showed of a storage sync
  bool fonts_dirty = true;
  float built_font_size = 0;
  float pixel_ratio = 1;
  bool fullscreen = false, fullscreen_locked = false;
  // This frame: the sidebar's width, or 0 when it is hidden (the user's choice, or its entries
  // would not fit in a quarter of the window at this text size); its pages are then in "Go to".
  float sidebar_width = 0;
  bool sidebar_no_room = false;
  // The kiosk running on this device (plugin id and its opaque state), kept in kKioskFile.
  std::string kiosk_plugin, kiosk_state;
  bool redraw_requested = false;
  bool quit = false;
  // The audience window (AppPlatform::open_audience_window): a view showed it this frame. After
  // a frame where none did, the shell closes it (the presenter was left).
  bool audience_shown = false;
  bool audience_supported() const {
    return platform.open_audience_window && platform.show_audience && platform.close_audience_window &&
           platform.audience_window_open;
  }
  bool audience_open() const { return audience_supported() && platform.audience_window_open(); }

  // Pending dialogs.
  bool open_about = false, open_new_confirm = false, open_startup_report = false;
  std::vector<std::string> startup_messages;
  std::string import_error;  // shown in a modal when an import is refused
  bool open_import_error = false;
  std::string pending_import_bytes, pending_import_name, pending_import_summary;
  bool open_import_confirm = false;
  // Native file prompts (no browser): a path to write an export to or to read an import from.
  struct PathPrompt {
    bool open = false, for_save = false;
    std::string path, name, mime, bytes;
    std::function<void(std::string, std::string)> on_file;
  } prompt;
  // The "Merge from files…" dialog: files chosen so far, the user's choices, what merging would do.
  struct MergeState {
    bool active = false;  // from the menu item until Merge or Cancel
    std::vector<merge::SourceFile> files;
    MergeChoices choices;
    std::optional<merge::Preview> preview;
    std::string error;  // a file that cannot be merged
  } merge_state;

  Impl(const Registry& r, Storage& s, AppPlatform p);

  double now() const { return platform.clock(); }
  void toast(std::string text, bool error = false);
  void edited() { last_edit_at = now(); }

  // app.cpp
  void autosave(bool force);
  void undo();
  void redo();
  // app_settings.cpp
  void load_settings();
  void save_settings();
  void apply_settings();
  void change_text_size(int direction);
  float sidebar_width_needed() const;  // the widest entry at the current text size, with padding  // +1 larger, -1 smaller, 0 the default
  // app_kiosk.cpp: the kiosk lockdown
  void load_kiosk();
  void keep_kiosk(const std::string& plugin, const std::string& state);
  void end_kiosk();
  // app_files.cpp
  void new_workspace();
  void offer_file(std::string name, std::string mime, std::string bytes);
  void pick_file(std::string accept, std::function<void(std::string, std::string)> on_file);
  // Write or read a file the user chose natively; a failure is a toast. True on success.
  bool save_file(const std::string& path, const std::string& bytes);
  bool open_file(const std::string& path, const std::string& name,
                 const std::function<void(std::string, std::string)>& on_file);
  void export_workspace();
  void receive_import(const std::string& name, const std::string& bytes);
  void apply_import();
  // app_merge.cpp
  void open_merge();
  void add_merge_file(const std::string& name, const std::string& bytes);
  void refresh_merge();
  void apply_merge();
  void merge_dialog();

  // drawing: app_shell.cpp, app_profile_page.cpp, app_dialogs.cpp
  void shortcuts();
  void menu_bar();
  void sidebar();
  void content();
  void home_page();
  void profile_page();
  void status_bar();
  void dialogs();
  void settings_page();
  // app_help.cpp: the Help page, opened on the guide of the plugin whose page was on screen
  void open_help();
  void help_page();
  void plugin_menus();
  void plugin_shortcuts();
};

// One per plugin: the plugin's view and what it may ask of the shell.
struct App::Impl::PluginSlot : ViewContext {
  Impl& app;
  const PluginEntry& entry;
  PluginModel& model;
  std::unique_ptr<PluginView> view;
  std::vector<ViewAction> actions;  // its menu items and shortcuts
  PluginSlot(Impl& a, const PluginEntry& e, PluginModel& m) : app(a), entry(e), model(m) {
    if (e.make_view) view = e.make_view(m);
    if (view) actions = view->actions();
  }
  void commit(std::string_view label, std::string_view merge_key) override {
    if (app.history.commit(entry.id, label, merge_key)) app.edited();
  }
  void toast(std::string message, bool is_error) override { app.toast(std::move(message), is_error); }
  void offer_file(std::string name, std::string mime, std::string bytes) override {
    app.offer_file(std::move(name), std::move(mime), std::move(bytes));
  }
  void pick_file(std::string accept, std::function<void(std::string, std::string)> on_file) override {
    app.pick_file(std::move(accept), std::move(on_file));
  }
  void set_fullscreen(bool on, bool locked) override {
    app.fullscreen = on;
    app.fullscreen_locked = on && locked;
  }
  void request_redraw() override { app.redraw_requested = true; }
  const ProgramProfile& profile() const override { return app.workspace.profile(); }
  double now_seconds() const override { return app.now(); }
  PluginHost& host() override { return app.workspace; }
  void open_page() override {
    if (app.kiosk_plugin.empty()) app.page = entry.id;
  }
  void keep_kiosk_session(const std::string& state) override { app.keep_kiosk(entry.id, state); }
  void end_kiosk_session() override {
    if (app.kiosk_plugin == entry.id) app.end_kiosk();
  }
  std::string kiosk_session() const override { return app.kiosk_plugin == entry.id ? app.kiosk_state : std::string(); }
  bool audience_window_supported() const override { return app.audience_supported(); }
  std::string open_audience_window() override {
    if (!app.audience_supported()) return "unsupported";
    std::string error = app.platform.open_audience_window();
    if (error.empty()) app.audience_shown = true;  // shown from this frame on
    return error;
  }
  bool audience_window_open() const override { return app.audience_open(); }
  void show_audience(const facilitation::AudienceFrame& frame) override {
    if (!app.audience_open()) return;
    app.platform.show_audience(frame);
    app.audience_shown = true;
  }
  void close_audience_window() override {
    if (app.audience_open()) app.platform.close_audience_window();
  }
};

}  // namespace stempush
