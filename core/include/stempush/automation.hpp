// UI automation: every frame, Dear ImGui's test-engine hooks report each item (id, label,
// window, rectangle); this layer keeps the last complete frame's list. Tests find items by
// label and click/type through ImGui's input queue natively, or read the list through
// window.stempushTest.items() in the browser and click with real mouse events.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace stempush {
class App;
}

namespace stempush::automation {

// What an item is to a screen reader, from Dear ImGui's item status flags (ItemInfo hook) or set
// by the widget (named regions are text; the kiosk's answers are radios or checkboxes).
enum class Role {
  Button,      // anything clickable ImGui reports no more about
  Text,        // a named region (ui::name_last_region): read, not acted on
  TextBox,     // Inputable: text fields, sliders, drags
  CheckBox,    // Checkable
  Radio,       // one of a set of answers (set by the widget)
  Expandable,  // Openable: tree nodes, collapsing headers, menus
  MenuItem,    // an entry of an open menu
};
const char* role_name(Role role);  // "button", "text", "textbox", "checkbox", "radio", "expandable", "menuitem"

struct Item {
  uint32_t id = 0;
  std::string label;   // the visible label, "##id" suffix removed
  std::string window;  // name of the window it belongs to
  float x = 0, y = 0, w = 0, h = 0;  // in logical (CSS) pixels
  Role role = Role::Button;
  bool checked = false;   // CheckBox, Radio, MenuItem
  bool expanded = false;  // Expandable
  bool disabled = false;
  bool focused = false;   // ImGui's keyboard (nav) focus is on it
  // Its whole rectangle runs past the left or right side of what is visible there (the window, or
  // a table column): x..w above is only the visible part, so a label is cut off sideways.
  bool cut_off_sideways = false;
};

// Call after ImGui::NewFrame... Render of a frame, i.e. right after ImGui::Render().
void end_frame();
// Forget the items recorded since the last end_frame(): a frame laid out again before it is shown
// (App::fonts_changed() after it) must not list its items twice.
void discard_frame();
// Turn recording on for the current ImGui context (call once after CreateContext).
void enable();
const std::vector<Item>& items();  // the last complete frame
// Names the item `id` recorded last in the current frame (ui::label_last_item), replacing the
// label ImGui reported.
void set_label(uint32_t id, const std::string& label);
// Sets what the item `id` recorded last in the current frame is (a widget that knows better than
// ImGui's status flags: a big answer button that is one of a set).
void set_role(uint32_t id, Role role, bool checked = false);
uint64_t frame_count();
// Changes whenever what a screen reader would be told changes: an item's label, role, state or
// focus, the windows on screen (a dialog, a toast), or a new status message (App::messages() count, given to end_frame's caller below).
// Positions are left out, so scrolling or resizing does not rebuild the accessible mirror.
uint64_t accessible_revision();
void note_message_count(size_t count);
// The accessible mirror's items: those with a label, in drawing order:
// [{"id","label","role","checked","expanded","disabled","focused"}]
std::string accessible_json();
// Queues a left click at the centre of the last frame's item `id` through ImGui's input queue
// (what a screen reader's "activate" does); false if no such item is on screen.
bool click_item(uint32_t id);
// The same for the first item labelled `label` (the native smoke tests' "click LABEL" command).
bool click_label(const std::string& label);
// [{"id":..,"label":..,"window":..,"x":..,"y":..,"w":..,"h":..,"role":..,"checked":..,"expanded":..,
//   "disabled":..,"focused":..}]
std::string items_json();
// The names of the windows drawn in the last complete frame (dialogs, toasts "##toast...").
const std::vector<std::string>& windows();
// What tests wait on instead of sleeping: {"page": App::current_page(), "saved": App::saved(),
// "frames": frame_count(), "windows": windows(), "storage_error": the storage's last flush error}.
std::string state_json(const App& app, const std::string& storage_error);

}  // namespace stempush::automation
