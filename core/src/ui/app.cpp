// The app shell. Data flow, one way round: storage bytes -> Workspace::load -> models -> views
// draw models and commit edits -> EditHistory records them -> autosave -> WorkspaceStore::save.
#include "stempush/app.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <deque>

#include "core_fonts.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "stempush/automation.hpp"
#include "stempush/dates.hpp"
#include "stempush/history.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/registry.hpp"
#include "stempush/ui/ui.hpp"
#include "stempush/workspace.hpp"
#include "style.hpp"

namespace stempush {
namespace {

constexpr double kAutosaveDelay = 0.8;  // seconds after the last edit
constexpr double kToastSeconds = 5.0;
constexpr const char* kSettingsFile = "settings.json";
constexpr const char* kHomePage = "#home";
constexpr const char* kProfilePage = "#profile";

struct Toast {
  std::string text;
  bool error = false;
  double until = 0;
};

}  // namespace

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
  std::deque<Toast> toasts;
  std::vector<std::string> all_messages;
  uint64_t saved_revision = 0;
  double last_edit_at = 0;
  std::string save_error;
  std::string last_flush_error;  // to tell the user once per new storage error
  bool fonts_dirty = true;
  float built_font_size = 0;
  float pixel_ratio = 1;
  bool fullscreen = false, fullscreen_locked = false;
  bool redraw_requested = false;
  bool quit = false;

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

  Impl(const Registry& r, Storage& s, AppPlatform p)
      : registry(r),
        storage(s),
        platform(std::move(p)),
        store(s, platform.workspace_file.empty() ? WorkspaceStore::kDefaultFileName : platform.workspace_file, 5),
        workspace(r),
        history(workspace) {
    if (!platform.clock) {
      platform.clock = [] {
        using namespace std::chrono;
        return duration<double>(steady_clock::now().time_since_epoch()).count();
      };
    }
  }

  double now() const { return platform.clock(); }

  void toast(std::string text, bool error = false) {
    all_messages.push_back(text);
    toasts.push_back({std::move(text), error, now() + kToastSeconds * (error ? 2 : 1)});
  }

  // ---- persistence -------------------------------------------------------------------------
  void load_settings() {
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
  void save_settings() {
    nlohmann::json j{{"font_size", settings.font_size}, {"dark", settings.dark},
                     {"language", settings.spanish ? "es" : "en"}};
    try {
      storage.write_atomic(kSettingsFile, j.dump(2));
      storage.flush();
    } catch (const StorageError& e) {
      toast(std::string("Could not save settings: ") + e.what(), true);
    }
  }
  void apply_settings() {
    i18n::set_language(settings.spanish ? i18n::Language::Spanish : i18n::Language::English);
    ui::apply_theme(settings.dark);
    if (settings.font_size != built_font_size) fonts_dirty = true;
  }

  void autosave(bool force) {
    if (history.revision() == saved_revision) return;
    if (!force && now() - last_edit_at < kAutosaveDelay) return;
    try {
      store.save(workspace.save());
      saved_revision = history.revision();
      save_error.clear();
    } catch (const StorageError& e) {
      // Keep the edits in memory and say so; the next edit (or Export) tries again.
      if (save_error != e.what()) toast(std::string(tr("app.save_failed")) + " " + e.what(), true);
      save_error = e.what();
      saved_revision = history.revision();  // do not retry every frame; the next edit retries
    }
  }

  void edited() {
    last_edit_at = now();
  }

  // ---- workspace actions ------------------------------------------------------------------
  void new_workspace() {
    autosave(true);
    workspace.clear();
    history.reset();
    last_edit_at = now();
    autosave(true);
    page = kProfilePage;
    toast(tr("app.new_workspace_done"));
  }

  void offer_file(std::string name, std::string mime, std::string bytes) {
    if (platform.download) {
      platform.download(name, mime, bytes);
      toast(trf("app.download_started", {name}));
      return;
    }
    prompt = PathPrompt{};
    prompt.open = true;
    prompt.for_save = true;
    prompt.path = platform.default_export_folder.empty() ? name : platform.default_export_folder + "/" + name;
    prompt.name = std::move(name);
    prompt.mime = std::move(mime);
    prompt.bytes = std::move(bytes);
  }

  void pick_file(std::string accept, std::function<void(std::string, std::string)> on_file) {
    if (platform.pick_file) {
      platform.pick_file(accept, std::move(on_file));
      return;
    }
    prompt = PathPrompt{};
    prompt.open = true;
    prompt.for_save = false;
    prompt.path = platform.default_export_folder.empty() ? "" : platform.default_export_folder + "/";
    prompt.on_file = std::move(on_file);
  }

  void export_workspace() {
    std::string name = "stempush-workspace-" + stempush::today_iso() + ".json";
    offer_file(name, "application/json", workspace.save());
  }

  // Validate an imported file on a scratch workspace; only a good one is offered for import.
  void receive_import(const std::string& name, const std::string& bytes) {
    Workspace scratch(registry);
    try {
      auto notes = scratch.load(bytes);
      pending_import_bytes = bytes;
      pending_import_name = name;
      std::string program = scratch.profile().program_name.empty() ? tr("app.unnamed_program")
                                                                   : scratch.profile().program_name;
      pending_import_summary = trf("app.import_confirm", {name, program});
      for (auto& n : notes) pending_import_summary += "\n" + n;
      open_import_confirm = true;
    } catch (const WorkspaceError& e) {
      import_error = trf("app.import_refused", {name}) + "\n\n" + e.what();
      open_import_error = true;
      toast(trf("app.import_refused", {name}), true);
    }
  }

  void apply_import() {
    autosave(true);  // the current workspace becomes a backup before it is replaced
    try {
      auto notes = workspace.load(pending_import_bytes);
      history.reset();
      last_edit_at = now();
      autosave(true);
      toast(trf("app.import_done", {pending_import_name}));
    } catch (const WorkspaceError& e) {
      import_error = e.what();
      open_import_error = true;
    }
    pending_import_bytes.clear();
  }

  void undo() {
    std::string label = history.undo_label();
    if (!history.undo().empty()) {
      edited();
      toast(trf("app.undone", {label}));
    }
  }
  void redo() {
    std::string label = history.redo_label();
    if (!history.redo().empty()) {
      edited();
      toast(trf("app.redone", {label}));
    }
  }

  void change_font_size(float delta) {
    float s = delta == 0 ? AppSettings().font_size : settings.font_size + delta;
    settings.font_size = std::clamp(s, AppSettings::kMinFont, AppSettings::kMaxFont);
    fonts_dirty = true;
    save_settings();
  }

  // ---- drawing ------------------------------------------------------------------------------
  void shortcuts();
  void menu_bar();
  void sidebar();
  void content();
  void home_page();
  void profile_page();
  void status_bar();
  void dialogs();
};

// One per plugin: the plugin's view and what it may ask of the shell.
struct App::Impl::PluginSlot : ViewContext {
  Impl& app;
  const PluginEntry& entry;
  PluginModel& model;
  std::unique_ptr<PluginView> view;
  PluginSlot(Impl& a, const PluginEntry& e, PluginModel& m) : app(a), entry(e), model(m) {
    if (e.make_view) view = e.make_view(m);
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
};

void App::Impl::shortcuts() {
  ImGuiIO& io = ImGui::GetIO();
  if (fullscreen_locked) return;  // kiosk: students must not reach workspace actions
  // Model undo only when no text field is being edited: there Ctrl+Z undoes typing in the field.
  bool typing = io.WantTextInput;
  if (!typing && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo();
  if (!typing && (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y) ||
                  ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z)))
    redo();
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Equal) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_KeypadAdd))
    change_font_size(+1);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Minus) ||
      ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_KeypadSubtract))
    change_font_size(-1);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_0)) change_font_size(0);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_S)) {
    autosave(true);
    if (save_error.empty()) toast(tr("app.saved"));
  }
}

void App::Impl::menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu(tr("menu.workspace"))) {
    if (ImGui::MenuItem(tr("menu.new_workspace"))) open_new_confirm = true;
    if (ImGui::MenuItem(tr("menu.import"))) {
      pick_file(".json,application/json", [this](std::string name, std::string bytes) { receive_import(name, bytes); });
    }
    if (ImGui::MenuItem(tr("menu.export"))) export_workspace();
    ImGui::Separator();
    std::string undo_text = history.can_undo() ? trf("menu.undo_label", {history.undo_label()}) : tr("menu.undo");
    std::string redo_text = history.can_redo() ? trf("menu.redo_label", {history.redo_label()}) : tr("menu.redo");
    if (ImGui::MenuItem((undo_text + "###undo").c_str(), "Ctrl+Z", false, history.can_undo())) undo();
    if (ImGui::MenuItem((redo_text + "###redo").c_str(), "Ctrl+Y", false, history.can_redo())) redo();
    if (platform.download == nullptr) {
      ImGui::Separator();
      if (ImGui::MenuItem(tr("menu.quit"), "Ctrl+Q")) quit = true;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("menu.view"))) {
    if (ImGui::MenuItem(tr("menu.larger_text"), "Ctrl +")) change_font_size(+1);
    if (ImGui::MenuItem(tr("menu.smaller_text"), "Ctrl -")) change_font_size(-1);
    if (ImGui::MenuItem(tr("menu.reset_text"), "Ctrl 0")) change_font_size(0);
    ImGui::Separator();
    if (ImGui::MenuItem(tr("menu.light_theme"), nullptr, !settings.dark)) {
      settings.dark = false;
      apply_settings();
      save_settings();
    }
    if (ImGui::MenuItem(tr("menu.dark_theme"), nullptr, settings.dark)) {
      settings.dark = true;
      apply_settings();
      save_settings();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("English", nullptr, !settings.spanish)) {
      settings.spanish = false;
      apply_settings();
      save_settings();
    }
    if (ImGui::MenuItem("Español", nullptr, settings.spanish)) {
      settings.spanish = true;
      apply_settings();
      save_settings();
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(tr("menu.help"))) {
    if (ImGui::MenuItem(tr("menu.home"))) page = kHomePage;
    if (ImGui::MenuItem(tr("menu.about"))) open_about = true;
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void App::Impl::sidebar() {
  auto nav = [&](const char* id, const char* title, const char* purpose) {
    bool selected = page == id;
    ImGui::PushID(id);
    if (ImGui::Selectable(title, selected, 0, ImVec2(0, ImGui::GetTextLineHeight() * 1.4f))) page = id;
    if (purpose && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", purpose);
    if (purpose) {
      ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(purpose);
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
    }
    ImGui::PopID();
    ImGui::Spacing();
  };
  ui::push_font(ui::Font::Bold);
  ImGui::TextUnformatted(tr("app.title"));
  ui::pop_font();
  ImGui::Separator();
  ImGui::Spacing();
  nav(kHomePage, tr("nav.home"), nullptr);
  nav(kProfilePage, tr("nav.profile"), nullptr);
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
  ImGui::TextUnformatted(tr("nav.plugins"));
  ImGui::PopStyleColor();
  ImGui::Separator();
  for (auto& slot : slots) nav(slot->entry.id.c_str(), tr(slot->model.info().title_key), tr(slot->model.info().purpose_key));
}

void App::Impl::home_page() {
  ui::page_header(tr("home.title"), tr("home.subtitle"));
  ImGui::TextWrapped("%s", tr("home.intro"));
  ImGui::Spacing();
  if (workspace.profile().empty()) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    ImGui::BeginChild("start_here", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Border);
    ui::section_heading(tr("home.start_here"));
    ImGui::TextWrapped("%s", tr("home.start_here_text"));
    if (ui::primary_button(tr("home.fill_profile"))) page = kProfilePage;
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  ui::section_heading(tr("home.packages"));
  for (auto& slot : slots) {
    ImGui::PushID(slot->entry.id.c_str());
    ImGui::BeginChild("card", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Border);
    ui::push_font(ui::Font::Bold);
    ImGui::TextUnformatted(tr(slot->model.info().title_key));
    ui::pop_font();
    ImGui::TextWrapped("%s", tr(slot->model.info().purpose_key));
    if (ImGui::Button(trf("home.open", {tr(slot->model.info().title_key)}).c_str())) page = slot->entry.id;
    ImGui::EndChild();
    ImGui::PopID();
  }
  ui::section_heading(tr("home.privacy_title"));
  ui::help_text(tr("home.privacy"));
}

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
    if (history.commit(kProfileSectionId, tr("profile.staff_add"))) edited();
  }
  ImGui::Spacing();
  ui::help_text(tr("profile.autosave_note"));
}

void App::Impl::content() {
  if (page == kHomePage) return home_page();
  if (page == kProfilePage) return profile_page();
  for (auto& slot : slots)
    if (slot->entry.id == page) {
      if (slot->view) slot->view->draw(*slot);
      else ui::empty_state(tr("app.no_view"));
      return;
    }
  page = kHomePage;
  home_page();
}

void App::Impl::status_bar() {
  // A flush error (web: IndexedDB full) means the last save did not reach durable storage.
  const std::string flush_error = storage.flush_error();
  if (flush_error != last_flush_error) {
    if (!flush_error.empty()) toast(flush_error, true);
    last_flush_error = flush_error;
  }
  const char* state;
  const bool failed = !save_error.empty() || !flush_error.empty();
  if (failed) state = tr("status.save_failed");
  else if (history.revision() != saved_revision) state = tr("status.unsaved");
  else if (storage.flush_pending()) state = tr("status.saving");
  else state = tr("status.saved");
  ImGui::PushStyleColor(ImGuiCol_Text, failed ? IM_COL32(200, 40, 30, 255) : ui::muted_color());
  ImGui::TextUnformatted(state);
  ImGui::PopStyleColor();
  if (!flush_error.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.1f, 1), "%s", flush_error.c_str());
  }
}

void App::Impl::dialogs() {
  if (open_about) ImGui::OpenPopup(tr("about.title"));
  if (open_new_confirm) ImGui::OpenPopup(tr("app.new_confirm_title"));
  if (open_startup_report) ImGui::OpenPopup(tr("app.recovered_title"));
  if (open_import_error) ImGui::OpenPopup(tr("app.import_error_title"));
  if (open_import_confirm) ImGui::OpenPopup(tr("app.import_confirm_title"));
  if (prompt.open) ImGui::OpenPopup(tr(prompt.for_save ? "app.save_as_title" : "app.open_title"));
  open_about = open_new_confirm = open_startup_report = open_import_error = open_import_confirm = false;
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  const float wrap = ImGui::GetFontSize() * 30;

  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("about.title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ui::push_font(ui::Font::Heading);
    ImGui::TextUnformatted(tr("app.title"));
    ui::pop_font();
    ImGui::Text("%s %s · %s", tr("about.version"), STEMPUSH_VERSION, platform.platform_name.c_str());
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextWrapped("%s", tr("about.text"));
    ImGui::PopTextWrapPos();
    ui::section_heading(tr("about.licenses"));
    std::string_view licenses = core_fonts::asset("LICENSES.txt");
    ImGui::BeginChild("licenses", ImVec2(wrap, ImGui::GetTextLineHeight() * 12), ImGuiChildFlags_Border);
    ImGui::TextUnformatted(licenses.data(), licenses.data() + licenses.size());
    ImGui::EndChild();
    if (ImGui::Button(tr("app.close")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (ui::confirm_dialog(tr("app.new_confirm_title"), tr("app.new_confirm"), tr("app.new_confirm_button")))
    new_workspace();

  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("app.recovered_title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(wrap);
    for (auto& m : startup_messages) ImGui::TextWrapped("%s", m.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("app.ok"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("app.import_error_title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextWrapped("%s", import_error.c_str());
    ImGui::Spacing();
    ui::help_text(tr("app.import_error_kept"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("app.ok")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("app.import_confirm_title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextWrapped("%s", pending_import_summary.c_str());
    ImGui::PopTextWrapPos();
    if (ui::danger_button(tr("app.import_replace"))) {
      apply_import();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("app.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
      pending_import_bytes.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  const char* prompt_title = tr(prompt.for_save ? "app.save_as_title" : "app.open_title");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(prompt_title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    prompt.open = false;
    ImGui::TextUnformatted(tr(prompt.for_save ? "app.save_as_text" : "app.open_text"));
    ImGui::SetNextItemWidth(wrap);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    bool enter = ImGui::InputText("##path", &prompt.path, ImGuiInputTextFlags_EnterReturnsTrue);
    ui::label_last_item(tr("app.file_path"));
    bool ok = ui::primary_button(tr(prompt.for_save ? "app.save" : "app.open")) || enter;
    ImGui::SameLine();
    if (ImGui::Button(tr("app.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    if (ok) {
      try {
        if (prompt.for_save) {
          write_file_atomic(prompt.path, prompt.bytes);
          toast(trf("app.file_saved", {prompt.path}));
        } else {
          auto bytes = read_file(prompt.path);
          if (!bytes) throw StorageError(trf("app.no_such_file", {prompt.path}));
          std::string name = prompt.path.substr(prompt.path.rfind('/') + 1);
          auto cb = std::move(prompt.on_file);
          if (cb) cb(name, *bytes);
        }
        ImGui::CloseCurrentPopup();
      } catch (const StorageError& e) {
        toast(e.what(), true);
      }
    }
    ImGui::EndPopup();
  }
}

// ---- App ----------------------------------------------------------------------------------------

App::App(const Registry& registry, Storage& storage, AppPlatform platform)
    : impl_(std::make_unique<Impl>(registry, storage, std::move(platform))) {
  for (auto* model : impl_->workspace.plugins())
    impl_->slots.push_back(std::make_unique<Impl::PluginSlot>(*impl_, *registry.find(model->info().id), *model));
}

App::~App() = default;

void App::start() {
  Impl& a = *impl_;
  a.load_settings();
  a.apply_settings();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.IniFilename = nullptr;  // window layout is fixed; nothing to persist
  automation::enable();
  auto opened = a.store.open([&](std::string_view bytes) { a.workspace.load(bytes); });
  a.startup_messages = opened.messages;
  if (!opened.messages.empty()) {
    a.open_startup_report = true;
    for (auto& m : opened.messages) a.all_messages.push_back(m);
  }
  a.history.reset();
  a.saved_revision = a.history.revision();
}

void App::build_fonts(float pixel_ratio) {
  Impl& a = *impl_;
  a.pixel_ratio = pixel_ratio;
  ui::build_font_atlas(a.settings.font_size, pixel_ratio);
  a.built_font_size = a.settings.font_size;
  a.fonts_dirty = false;
}

bool App::fonts_changed() const { return impl_->fonts_dirty; }

void App::frame() {
  Impl& a = *impl_;
  a.redraw_requested = false;
  a.shortcuts();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  float menu_h = 0;
  if (!a.fullscreen) {
    a.menu_bar();
    menu_h = ImGui::GetFrameHeight();
  }
  const float status_h = a.fullscreen ? 0 : ImGui::GetFrameHeightWithSpacing() + 6;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->Pos.y + menu_h));
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, vp->Size.y - menu_h));
  ImGui::Begin("##shell", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  const float body_h = ImGui::GetContentRegionAvail().y - status_h;
  if (!a.fullscreen) {
    const float sidebar_w = std::max(220.0f, ImGui::GetFontSize() * 15);
    ImGui::BeginChild("Sidebar", ImVec2(sidebar_w, body_h), ImGuiChildFlags_Border);
    a.sidebar();
    ImGui::EndChild();
    ImGui::SameLine();
  }
  ImGui::BeginChild("Page", ImVec2(0, a.fullscreen ? 0 : body_h), a.fullscreen ? 0 : ImGuiChildFlags_Border);
  a.content();
  ImGui::EndChild();
  if (!a.fullscreen) a.status_bar();
  ImGui::End();
  a.dialogs();

  // Toasts, bottom right, newest last.
  while (!a.toasts.empty() && a.toasts.front().until < a.now()) a.toasts.pop_front();
  float y = vp->Pos.y + vp->Size.y - 12;
  for (auto it = a.toasts.rbegin(); it != a.toasts.rend(); ++it) {
    ImVec2 size = ImGui::CalcTextSize(it->text.c_str(), nullptr, false, 420);
    y -= size.y + 24;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - 12, y), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::SetNextWindowBgAlpha(0.95f);
    char name[32];
    std::snprintf(name, sizeof name, "##toast%p", static_cast<void*>(&*it));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, it->error ? ImVec4(0.62f, 0.12f, 0.10f, 1) : ImVec4(0.13f, 0.16f, 0.18f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(420);
    ImGui::TextUnformatted(it->text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::PopStyleColor(2);
  }
  a.autosave(false);
}

bool App::wants_frames() const {
  // Dear ImGui hands queued input to frames one change at a time ("trickle"): keep drawing until
  // the queue is empty, or the last keys typed would wait for the next event.
  const ImGuiContext* ctx = ImGui::GetCurrentContext();
  const bool input_queued = ctx && ctx->InputEventsQueue.Size > 0;
  return impl_->redraw_requested || impl_->fonts_dirty || input_queued;
}

double App::next_deadline() const {
  const Impl& a = *impl_;
  double next = -1;
  auto consider = [&](double at) {
    double in = std::max(0.0, at - a.now());
    if (next < 0 || in < next) next = in;
  };
  if (a.history.revision() != a.saved_revision) consider(a.last_edit_at + kAutosaveDelay);
  if (!a.toasts.empty()) consider(a.toasts.front().until);
  if (a.storage.flush_pending()) consider(a.now() + 0.25);
  return next;
}

void App::flush() { impl_->autosave(true); }

void App::notify(const std::string& message, bool is_error) { impl_->toast(message, is_error); }

void App::open_dropped_file(const std::string& name, const std::string& bytes) { impl_->receive_import(name, bytes); }

std::string App::workspace_json() const { return impl_->workspace.to_json().dump(); }
const std::vector<std::string>& App::messages() const { return impl_->all_messages; }
bool App::quit_requested() const { return impl_->quit; }
AppSettings& App::settings() { return impl_->settings; }

}  // namespace stempush
