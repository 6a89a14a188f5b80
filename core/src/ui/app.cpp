// The app shell. Data flow, one way round: storage bytes -> Workspace::load -> models -> views
// draw models and commit edits -> EditHistory records them -> autosave -> WorkspaceStore::save.
// The shell's parts live in files named by feature; see app_impl.hpp.
#include "stempush/app.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "app_impl.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "stempush/automation.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"
#include "style.hpp"

namespace stempush {

App::Impl::Impl(const Registry& r, Storage& s, AppPlatform p)
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
void App::Impl::toast(std::string text, bool error) {
  all_messages.push_back(text);
  toasts.push_back({std::move(text), error, now() + kToastSeconds * (error ? 2 : 1), i18n::language()});
}
void App::Impl::autosave(bool force) {
  if (history.revision() == saved_revision) return;
  if (!force && now() - last_edit_at < kAutosaveDelay) return;
  save_now();
}
void App::Impl::save_now() {
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
void App::Impl::undo() {
  std::string label = history.undo_label();
  if (!history.undo().empty()) {
    edited();
    toast(trf("app.undone", {label}));
  }
}
void App::Impl::redo() {
  std::string label = history.redo_label();
  if (!history.redo().empty()) {
    edited();
    toast(trf("app.redone", {label}));
  }
}
// ---- App ----------------------------------------------------------------------------------------

App::App(const Registry& registry, Storage& storage, AppPlatform platform)
    : impl_(std::make_unique<Impl>(registry, storage, std::move(platform))) {
  for (auto* model : impl_->workspace.plugins())
    impl_->slots.push_back(std::make_unique<Impl::PluginSlot>(*impl_, *registry.find(model->info().id), *model));
  // Another plugin changed a section by a hand-off: record it like an edit (undo, autosave).
  Impl* a = impl_.get();
  impl_->handoffs_heard = impl_->workspace.subscribe([a](const SectionChange& change) {
    if (change.cause == ChangeCause::HandedOff && a->history.commit(change.section_id, tr("app.handed_off"))) a->edited();
  });
}

App::~App() = default;

void App::start() {
  Impl& a = *impl_;
  ui::forget_fonts();
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
  a.load_kiosk();  // a kiosk that was running reopens, before any staff page is drawn
}

void App::build_fonts(float pixel_ratio) {
  Impl& a = *impl_;
  a.pixel_ratio = pixel_ratio;
  ui::build_font_atlas(a.settings.font_size(), pixel_ratio);
  a.built_font_size = a.settings.font_size();
  a.fonts_dirty = false;
}

bool App::fonts_changed() const { return impl_->fonts_dirty || ui::font_missing(); }

int App::lay_out_frame(float pixel_ratio, const FrameSteps& steps) {
  int passes = 0;
  for (;;) {
    if (fonts_changed() || ImGui::GetIO().Fonts->Fonts.empty()) {
      build_fonts(pixel_ratio);
      if (steps.upload_fonts) steps.upload_fonts();
    }
    if (steps.begin_frame) steps.begin_frame();
    ImGui::NewFrame();
    frame();
    ImGui::Render();
    // Twice at most: the second pass has every font the first one asked for.
    if (++passes == 2 || !fonts_changed()) break;
    automation::discard_frame();
  }
  automation::end_frame();
  return passes;
}

void App::frame() {
  Impl& a = *impl_;
  a.redraw_requested = false;
  a.audience_shown = false;
  ui::keep_text_on_escape();
  ui::touch_scroll();
  if (!a.kiosk_plugin.empty()) {  // kiosk lockdown: nothing but the kiosk's page
    a.page = a.kiosk_plugin;
    a.fullscreen = a.fullscreen_locked = true;
  }
  a.shortcuts();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // The sidebar never takes more than a quarter of the window; when its entries need more (large
  // text on a small screen) it folds into the "Go to" menu rather than cut them off.
  const float sidebar_max = std::max(160.0f, vp->Size.x * 0.25f);
  const float sidebar_want = std::max(220.0f, a.sidebar_width_needed());
  a.sidebar_no_room = sidebar_want > sidebar_max;
  a.sidebar_width = (a.settings.sidebar_hidden || a.sidebar_no_room) ? 0 : sidebar_want;
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
  if (!a.fullscreen && a.sidebar_width > 0) {
    ImGui::BeginChild("Sidebar", ImVec2(a.sidebar_width, body_h), ImGuiChildFlags_Border);
    a.sidebar();
    ImGui::EndChild();
    ImGui::SameLine();
  }
  ImGui::BeginChild("Page", ImVec2(0, a.fullscreen ? 0 : body_h), a.fullscreen ? 0 : ImGuiChildFlags_Border);
  a.content();
  ImGui::EndChild();
  if (!a.fullscreen) a.status_bar();
  ImGui::End();
  // The audience window belongs to the presenter view on screen: once no view shows it (the
  // presenter was left by any way: Esc, its exit button, a plugin ending it), it closes.
  if (!a.audience_shown && a.audience_open()) a.platform.close_audience_window();
  // A kiosk screen shows no staff dialog or toast (they stay in messages(); dialogs wait).
  if (!a.fullscreen_locked) a.dialogs();

  // Toasts, bottom right, newest last; each stays at least its time (errors twice as long).
  while (!a.toasts.empty() && a.toasts.front().until < a.now()) a.toasts.pop_front();
  if (a.fullscreen_locked) a.toasts.clear();
  a.toasts.erase(std::remove_if(a.toasts.begin(), a.toasts.end(),
                                [](const Toast& t) { return t.language != i18n::language(); }),
                 a.toasts.end());
  // Each toast's height is its text wrapped at the same width as drawn, plus the window's padding:
  // a toast of several lines (the start-up warning) must not run under the next one.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float text_width = ImGui::GetFontSize() * 26;
  const float gap = style.ItemSpacing.y;
  float y = vp->Pos.y + vp->Size.y - 12;
  for (auto it = a.toasts.rbegin(); it != a.toasts.rend(); ++it) {
    const ImVec2 size = ImGui::CalcTextSize(it->text.c_str(), nullptr, false, text_width);
    y -= size.y + style.WindowPadding.y * 2 + (it == a.toasts.rbegin() ? 0 : gap);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - 12, y), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::SetNextWindowBgAlpha(0.95f);
    char name[32];
    std::snprintf(name, sizeof name, "##toast%p", static_cast<void*>(&*it));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, it->error ? ImVec4(0.62f, 0.12f, 0.10f, 1) : ImVec4(0.13f, 0.16f, 0.18f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);  // window-local: after the padding
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
  // A storage sync (web: IndexedDB) ends on its own, with no input: the status bar must still
  // show "Saved" or why not, so a change in what it would show asks for a frame.
  const Storage& storage = impl_->storage;
  const bool storage_news = storage.flush_pending() != impl_->drawn_flush_pending ||
                            storage.flush_error() != impl_->last_flush_error;
  return impl_->redraw_requested || fonts_changed() || input_queued || storage_news;
}

double App::next_deadline() const {
  const Impl& a = *impl_;
  double next = -1;
  auto consider = [&](double at) {
    double in = std::max(0.0, at - a.now());
    if (next < 0 || in < next) next = in;
  };
  if (a.history.revision() != a.saved_revision) consider(a.last_edit_at + kAutosaveDelay);
  // No deadline for a toast: once its time is up it goes with the next frame, which the user's
  // next move brings. An idle tab then draws nothing at all (issue 12: under 1 % of a core), and
  // someone who looked away still finds the message when they come back.
  if (a.storage.flush_pending()) consider(a.now() + 0.25);
  return next;
}

void App::flush() { impl_->autosave(true); }

void App::notify(const std::string& message, bool is_error) { impl_->toast(message, is_error); }

// While the merge dialog is open a dropped file is one more file to merge, not a replacement.
// A running kiosk is locked down: a dropped file opens nothing (staff see why, after the PIN).
void App::open_dropped_file(const std::string& name, const std::string& bytes) {
  if (!impl_->kiosk_plugin.empty()) impl_->toast(tr("app.drop_refused_kiosk"), true);
  else if (impl_->merge_state.active) impl_->add_merge_file(name, bytes);
  else impl_->receive_import(name, bytes);
}

std::string App::workspace_json() const { return impl_->workspace.to_json().dump(); }
const std::vector<std::string>& App::messages() const { return impl_->all_messages; }
bool App::quit_requested() const { return impl_->quit; }
const std::string& App::current_page() const { return impl_->page; }
bool App::saved() const {
  const Impl& a = *impl_;
  return a.history.revision() == a.saved_revision && a.save_error.empty() && !a.storage.flush_pending() &&
         a.storage.flush_error().empty();
}
AppSettings& App::settings() { return impl_->settings; }

}  // namespace stempush
