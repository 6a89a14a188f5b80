// Implements Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) to record the items of
// each frame. ImGui calls ItemAdd for every item with its rectangle, then ItemInfo with the
// label for labelled widgets; we keep both, keyed by id, per frame.
#include "stempush/automation.hpp"

#include <cfloat>
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
  uint64_t revision = 0;
  size_t messages = 0;
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
// What a screen reader is told about an item; rectangles are not part of it.
bool same_for_reader(const std::vector<Item>& a, const std::vector<Item>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const Item &x = a[i], &y = b[i];
    if (x.id != y.id || x.label != y.label || x.role != y.role || x.checked != y.checked ||
        x.expanded != y.expanded || x.disabled != y.disabled || x.focused != y.focused)
      return false;
  }
  return true;
}
nlohmann::json accessible_fields(const Item& i) {
  return {{"role", role_name(i.role)}, {"checked", i.checked}, {"expanded", i.expanded},
          {"disabled", i.disabled}, {"focused", i.focused}};
}
}  // namespace

const char* role_name(Role role) {
  switch (role) {
    case Role::Button: return "button";
    case Role::Text: return "text";
    case Role::TextBox: return "textbox";
    case Role::CheckBox: return "checkbox";
    case Role::Radio: return "radio";
    case Role::Expandable: return "expandable";
    case Role::MenuItem: return "menuitem";
  }
  return "button";
}

namespace {
// Status flags of ImGui's ItemInfo hook -> role and state. Menu items are always reported
// Checkable (checked when ticked), so an item of a menu window stays a menu item.
void apply_status(Item& item, int flags) {
  const bool in_menu = item.window.rfind("##Menu_", 0) == 0;
  if (flags & ImGuiItemStatusFlags_Inputable) item.role = Role::TextBox;
  else if (flags & ImGuiItemStatusFlags_Openable) {
    item.role = Role::Expandable;
    item.expanded = (flags & ImGuiItemStatusFlags_Opened) != 0;
  } else if (flags & ImGuiItemStatusFlags_Checkable) {
    item.role = in_menu ? Role::MenuItem : Role::CheckBox;
    item.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
  } else if (in_menu) item.role = Role::MenuItem;
}
}  // namespace

void enable() { ImGui::GetCurrentContext()->TestEngineHookItems = true; }

void end_frame() {
  auto& r = recorder();
  if (!same_for_reader(r.last, r.current)) ++r.revision;
  r.last.swap(r.current);
  r.current.clear();
  std::vector<std::string> before;
  before.swap(r.windows);
  if (ImGuiContext* ctx = ImGui::GetCurrentContext())
    for (ImGuiWindow* window : ctx->Windows)
      if (window->Active && !window->Hidden) r.windows.emplace_back(window->Name);
  if (before != r.windows) ++r.revision;  // a dialog or a toast came or went
  ++r.frames;
  // ImGui clears nothing here, but a new context (tests) must be asked again.
  if (ImGuiContext* ctx = ImGui::GetCurrentContext()) ctx->TestEngineHookItems = true;
}

void discard_frame() { recorder().current.clear(); }

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
void set_role(uint32_t id, Role role, bool checked) {
  auto& items = recorder().current;
  for (auto it = items.rbegin(); it != items.rend(); ++it)
    if (it->id == id) {
      it->role = role;
      it->checked = checked;
      return;
    }
}
uint64_t frame_count() { return recorder().frames; }
uint64_t accessible_revision() { return recorder().revision; }
void note_message_count(size_t count) {
  auto& r = recorder();
  if (count != r.messages) ++r.revision;
  r.messages = count;
}

std::string accessible_json() {
  nlohmann::json out = nlohmann::json::array();
  for (auto& i : recorder().last) {
    // Scrollbars and window grips have nothing to tell; ImGui's implicit "Debug" window is
    // never shown to the user.
    if (i.label.empty() || i.window == "Debug##Default") continue;
    nlohmann::json j = accessible_fields(i);
    j["id"] = i.id;
    j["label"] = i.label;
    out.push_back(std::move(j));
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool click_item(uint32_t id) {
  for (auto& i : recorder().last)
    if (i.id == id && !i.disabled) {
      // Trickled by ImGui over the next frames (move, press, release, leave), as the native UI
      // test harness clicks; the pointer leaves again so nothing stays hovered.
      ImGuiIO& io = ImGui::GetIO();
      io.AddMousePosEvent(i.x + i.w * 0.5f, i.y + i.h * 0.5f);
      io.AddMouseButtonEvent(0, true);
      io.AddMouseButtonEvent(0, false);
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      return true;
    }
  return false;
}

bool click_label(const std::string& label) {
  for (auto& i : recorder().last)
    if (i.label == label) return click_item(i.id);
  return false;
}

std::string items_json() {
  nlohmann::json out = nlohmann::json::array();
  for (auto& i : recorder().last) {
    nlohmann::json j = accessible_fields(i);
    j.update({{"id", i.id}, {"label", i.label}, {"window", i.window},
              {"x", i.x}, {"y", i.y}, {"w", i.w}, {"h", i.h}});
    out.push_back(std::move(j));
  }
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

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
  if (id == 0) return;
  stempush::automation::Item item;
  item.id = id;
  item.window = ctx->CurrentWindow ? ctx->CurrentWindow->Name : "";
  item.disabled = ((data ? data->InFlags : ctx->CurrentItemFlags) & ImGuiItemFlags_Disabled) != 0;
  item.focused = ctx->NavId == id;
  // Until ItemInfo says more (labelled widgets call it), a window's item is a menu entry there.
  stempush::automation::apply_status(item, 0);
  // Only what the user can see and reach: clip against the window's visible area.
  ImRect visible = bb;
  if (ctx->CurrentWindow) {
    const ImRect& clip = ctx->CurrentWindow->ClipRect;
    visible.ClipWithFull(clip);
    // A selectable's rectangle reaches half the item spacing past its text on each side: only more
    // than that cuts what it shows.
    const float slack = ctx->Style.ItemSpacing.x * 0.5f + 1;
    item.cut_off_sideways = bb.Min.x < clip.Min.x - slack || bb.Max.x > clip.Max.x + slack;
  }
  item.x = visible.Min.x;
  item.y = visible.Min.y;
  item.w = visible.GetWidth();
  item.h = visible.GetHeight();
  if (item.w <= 0 || item.h <= 0) return;
  recorder().current.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  auto& items = recorder().current;
  for (auto it = items.rbegin(); it != items.rend(); ++it)
    if (it->id == id) {
      if (it->label.empty()) it->label = stempush::automation::visible_label(label);
      stempush::automation::apply_status(*it, flags);
      return;
    }
  // BeginMenu reports its Openable state under the menu's id, but the item it added is its
  // Selectable("") under PushID(label), i.e. the id of "" seeded with the menu's id. Only that
  // item takes the state (a clipped tree node's label must not land on the item before it).
  if ((flags & ImGuiItemStatusFlags_Openable) && !items.empty() && items.back().id == ImHashStr("", 0, id)) {
    if (items.back().label.empty()) items.back().label = stempush::automation::visible_label(label);
    stempush::automation::apply_status(items.back(), flags);
  }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  for (auto& i : recorder().last)
    if (i.id == id) return i.label.c_str();
  return nullptr;
}
