#include "harness.hpp"

#include <algorithm>
#include <cfloat>
#include <string_view>
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
    clock += 1.0 / 60.0;
    passes.push_back(app->lay_out_frame(1.0f, {nullptr, [this] { ImGui::GetIO().DisplaySize = ImVec2(width_, height_); }}));
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

namespace {
// A window the user scrolls sideways (a horizontal scrollbar: the driver diagram, the theme board,
// a wide table). ImGui's ScrollMax.x is above 0 for any window whose content is too wide, so it
// cannot tell these from a window whose content is cut off at the right.
bool scrolls_sideways_by_design(const ImGuiWindow* w) {
  return (w->Flags & ImGuiWindowFlags_HorizontalScrollbar) != 0 || w->ScrollbarX;
}
}  // namespace

std::vector<std::string> layout_problems() {
  std::vector<std::string> problems;
  const auto& items = automation::items();
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& a = items[i];
    // ImGui's implicit "Debug" window is never drawn: the harness only records it.
    if (a.label.empty() || a.window.rfind("Debug##", 0) == 0) continue;
    if (ImGuiWindow* w = ImGui::FindWindowByName(a.window.c_str())) {
      const ImRect clip = w->InnerClipRect;
      // Items inside a child that scrolls sideways (the driver diagram, the theme board) may extend past it.
      const bool scrolls_sideways = scrolls_sideways_by_design(w);
      if (!scrolls_sideways && clip.GetWidth() > 0 &&
          (a.cut_off_sideways || a.x + a.w > clip.Max.x + 1 || a.x < clip.Min.x - 1))
        problems.push_back("\"" + a.label + "\" runs off " + a.window);
    }
    // Pickers and fields keep a usable width at large text (a whole item, not one the window
    // clips at its bottom edge).
    if (a.role == automation::Role::TextBox && a.h >= ImGui::GetFontSize() && a.w < ImGui::GetFontSize() * 3)
      problems.push_back("\"" + a.label + "\" is too narrow to use (" + std::to_string(int(a.w)) + " px)");
    for (size_t j = i + 1; j < items.size(); ++j) {
      const auto& b = items[j];
      if (a.window != b.window || b.label.empty()) continue;
      const float ix = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
      const float iy = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
      if (ix > 1 && iy > 1) problems.push_back("\"" + a.label + "\" overlaps \"" + b.label + "\"");
    }
  }
  // Plain text is no item: a line wider than its window (no wrap, no sideways scrolling) shows as
  // content wider than the window. ImGui sizes the content from everything drawn, text included.
  // A multi-line text field is a child window named "<label>_<field id>" whose content ImGui makes
  // a frame padding wider than it: not cut off (it scrolls with the caret).
  std::vector<std::string> text_areas;
  for (const auto& item : items) {
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "_%08X", item.id);
    if (item.role == automation::Role::TextBox) text_areas.push_back(suffix);
  }
  auto is_text_area = [&](const std::string& name) {
    for (auto& s : text_areas)
      if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) return true;
    return false;
  };
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiWindow* w : g.Windows) {
    if (is_text_area(w->Name)) continue;
    if (!w->WasActive || w->Hidden || w->Name == std::string_view("Debug##Default")) continue;
    if ((w->Flags & ImGuiWindowFlags_AlwaysAutoResize) || scrolls_sideways_by_design(w) || w->InnerRect.GetWidth() <= 0)
      continue;
    if (w->ContentSize.x > w->InnerRect.GetWidth() + 2)
      problems.push_back(std::string("something in ") + w->Name + " is cut off at the right (" +
                         std::to_string(int(w->ContentSize.x)) + " px of content in " +
                         std::to_string(int(w->InnerRect.GetWidth())) + " px)");
  }
  // Plain text in a table cell is no item either, and its window's content size does not grow: the
  // column clips it. ImGui records how far each column's content reached this frame (what it sizes
  // auto-fit columns from) and how wide its header label wants to be (a header too narrow is
  // drawn with "…"), so a cell or header wider than its column is text cut off.
  for (int n = 0; n < g.Tables.GetMapSize(); ++n) {
    ImGuiTable* table = g.Tables.TryGetMapData(n);
    if (!table || table->LastFrameActive != g.FrameCount || (table->Flags & ImGuiTableFlags_ScrollX)) continue;
    if (!table->OuterWindow || table->OuterWindow->Hidden || scrolls_sideways_by_design(table->OuterWindow)) continue;
    for (int c = 0; c < table->ColumnsCount; ++c) {
      const ImGuiTableColumn& column = table->Columns[c];
      if (!column.IsEnabled || !column.IsVisibleX || column.WorkMaxX <= column.WorkMinX) continue;
      const float content = std::max(column.ContentMaxXUnfrozen, column.ContentMaxXFrozen);
      const char* name = ImGui::TableGetColumnName(table, c);
      const std::string where = std::string("column ") + std::to_string(c) + (name && *name ? std::string(" \"") + name + "\"" : "") +
                                " of a table in " + table->OuterWindow->Name;
      if (content > column.WorkMaxX + 2)
        problems.push_back("text in " + where + " is cut off (" + std::to_string(int(content - column.WorkMinX)) +
                           " px in " + std::to_string(int(column.WorkMaxX - column.WorkMinX)) + " px)");
      if (column.ContentMaxXHeadersIdeal > column.WorkMaxX + 2)
        problems.push_back("the header of " + where + " is cut off");
    }
  }
  return problems;
}

}  // namespace stempush::testing
