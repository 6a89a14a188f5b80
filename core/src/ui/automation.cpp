// Implements Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) to record the items of
// each frame. ImGui calls ItemAdd for every item with its rectangle, then ItemInfo with the
// label for labelled widgets; we keep both, keyed by id, per frame.
#include "stempush/automation.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"
#include "stempush/app.hpp"

namespace stempush::automation {
namespace {
struct Recorder {
  std::vector<Item> current, last;
  std::vector<std::string> windows;
  uint64_t frames = 0;
};
Recorder& recorder() {
  static Recorder r;
  return r;
}
std::string visible_label(const char* label) {
  std::string s = label ? label : "";
  auto hash = s.find("##");
  if (hash != std::string::npos) s.erase(hash);
  return s;
}
}  // namespace

void enable() { ImGui::GetCurrentContext()->TestEngineHookItems = true; }

void end_frame() {
  auto& r = recorder();
  r.last.swap(r.current);
  r.current.clear();
  r.windows.clear();
  if (ImGuiContext* ctx = ImGui::GetCurrentContext())
    for (ImGuiWindow* window : ctx->Windows)
      if (window->Active && !window->Hidden) r.windows.emplace_back(window->Name);
  ++r.frames;
  // ImGui clears nothing here, but a new context (tests) must be asked again.
  if (ImGuiContext* ctx = ImGui::GetCurrentContext()) ctx->TestEngineHookItems = true;
}

const std::vector<Item>& items() { return recorder().last; }
const std::vector<std::string>& windows() { return recorder().windows; }

void set_label(uint32_t id, const std::string& label) {
  auto& items = recorder().current;
  for (auto it = items.rbegin(); it != items.rend(); ++it)
    if (it->id == id) {
      it->label = visible_label(label.c_str());
      return;
    }
}
uint64_t frame_count() { return recorder().frames; }

std::string items_json() {
  nlohmann::json out = nlohmann::json::array();
  for (auto& i : recorder().last)
    out.push_back({{"id", i.id}, {"label", i.label}, {"window", i.window},
                   {"x", i.x}, {"y", i.y}, {"w", i.w}, {"h", i.h}});
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string state_json(const App& app, const std::string& storage_error) {
  return nlohmann::json{{"page", app.current_page()},
                        {"saved", app.saved()},
                        {"frames", recorder().frames},
                        {"windows", recorder().windows},
                        {"storage_error", storage_error}}
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace stempush::automation

using stempush::automation::recorder;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  if (id == 0) return;
  stempush::automation::Item item;
  item.id = id;
  item.window = ctx->CurrentWindow ? ctx->CurrentWindow->Name : "";
  // Only what the user can see and reach: clip against the window's visible area.
  ImRect visible = bb;
  if (ctx->CurrentWindow) visible.ClipWithFull(ctx->CurrentWindow->ClipRect);
  item.x = visible.Min.x;
  item.y = visible.Min.y;
  item.w = visible.GetWidth();
  item.h = visible.GetHeight();
  if (item.w <= 0 || item.h <= 0) return;
  recorder().current.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  auto& items = recorder().current;
  for (auto it = items.rbegin(); it != items.rend(); ++it)
    if (it->id == id) {
      if (it->label.empty()) it->label = stempush::automation::visible_label(label);
      return;
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  for (auto& i : recorder().last)
    if (i.id == id) return i.label.c_str();
  return nullptr;
}
