#include "harness.hpp"

#include <cfloat>
#include <stdexcept>

#include "imgui_internal.h"
#include "stempush/i18n.hpp"

namespace stempush::testing {

Harness::Harness(std::shared_ptr<MemoryStorage> shared, float width, float height, bool test_plugins,
                 const std::function<void(AppPlatform&)>& configure)
    : storage(shared ? std::move(shared) : std::make_shared<MemoryStorage>()), width_(width), height_(height) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width_, height_);
  io.DeltaTime = 1.0f / 60.0f;
  i18n::reset();
  register_plugin_models(registry);
  register_plugin_views(registry);
  if (test_plugins) {
    register_test_plugin_models(registry);
    register_test_plugin_views(registry);
  }
  i18n::load_core_catalogs();
  registry.load_catalogs();
  AppPlatform platform;
  platform.clock = [this] { return clock; };
  platform.default_export_folder = "/tmp";
  platform.platform_name = "test harness";
  if (configure) configure(platform);
  app = std::make_unique<App>(registry, *storage, platform);
  app->start();
  app->build_fonts(1.0f);
  frames(2);
}

Harness::~Harness() {
  if (app) app->flush();
  app.reset();
  ImGui::DestroyContext(context_);
}

void Harness::frames(int n) {
  ImGui::SetCurrentContext(context_);
  for (int i = 0; i < n; ++i) {
    if (app->fonts_changed()) app->build_fonts(1.0f);
    clock += 1.0 / 60.0;
    ImGui::GetIO().DisplaySize = ImVec2(width_, height_);
    ImGui::NewFrame();
    app->frame();
    ImGui::Render();
    automation::end_frame();
  }
}

void Harness::wait(double seconds) {
  clock += seconds;
  frames(2);
}

const automation::Item* Harness::find(const std::string& label, const std::string& window) const {
  for (auto& item : automation::items())
    if (item.label == label && (window.empty() || item.window.find(window) != std::string::npos)) return &item;
  return nullptr;
}

std::string Harness::dump_labels() const {
  std::string out;
  for (auto& item : automation::items())
    if (!item.label.empty()) out += "[" + item.label + " @ " + item.window + "] ";
  return out;
}

void Harness::click(const std::string& label, const std::string& window) {
  const automation::Item* item = find(label, window);
  if (!item) throw std::runtime_error("no item labelled \"" + label + "\" on screen. Items: " + dump_labels());
  ImVec2 centre(item->x + item->w * 0.5f, item->y + item->h * 0.5f);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(centre.x, centre.y);
  frames(1);
  io.AddMouseButtonEvent(0, true);
  frames(1);
  io.AddMouseButtonEvent(0, false);
  // A window that appears (a dialog) is measured on its first frame and drawn on the next.
  frames(3);
}

void Harness::swipe(const std::string& label, float dx, float dy) {
  const automation::Item* item = find(label);
  if (!item) throw std::runtime_error("no item labelled \"" + label + "\" on screen. Items: " + dump_labels());
  const ImVec2 start(item->x + item->w * 0.5f, item->y + item->h * 0.5f);
  ImGuiIO& io = ImGui::GetIO();
  // The finger, as SDL reports a touch screen: mouse events marked as touch.
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(start.x, start.y);
  frames(1);
  io.AddMouseButtonEvent(0, true);
  frames(1);
  const int steps = 10;  // a finger moves over several frames
  for (int i = 1; i <= steps; ++i) {
    io.AddMousePosEvent(start.x + dx * float(i) / steps, start.y + dy * float(i) / steps);
    frames(1);
  }
  io.AddMouseButtonEvent(0, false);
  frames(1);
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // the finger is gone: nothing stays hovered
  frames(3);
}

void Harness::tap(const std::string& label) {
  ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  click(label);
  ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
}

void Harness::click_menu(const std::string& menu, const std::string& item) {
  click(menu);
  click(item);
}

void Harness::scroll(const std::string& window, float lines) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiWindow* w : g.Windows) {
    if (!w->Active || std::string(w->Name).find(window) == std::string::npos) continue;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(w->Pos.x + w->Size.x * 0.5f, w->Pos.y + w->Size.y * 0.5f);
    frames(1);
    io.AddMouseWheelEvent(0, -lines);
    frames(3);
    return;
  }
  throw std::runtime_error("no window named like \"" + window + "\"");
}

void Harness::type(const std::string& utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
  frames(2);
}

void Harness::key(ImGuiKey k, int mods) {
  ImGuiIO& io = ImGui::GetIO();
  if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
  if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
  io.AddKeyEvent(k, true);
  frames(1);
  io.AddKeyEvent(k, false);
  if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
  if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
  frames(2);
}

void Harness::fill(const std::string& field_label, const std::string& text) {
  click(field_label);
  key(ImGuiKey_A, ImGuiMod_Ctrl);
  type(text);
  key(ImGuiKey_Tab);  // leave the field so the next edit starts a new undo step
}

}  // namespace stempush::testing
