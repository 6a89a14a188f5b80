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

struct Item {
  uint32_t id = 0;
  std::string label;   // the visible label, "##id" suffix removed
  std::string window;  // name of the window it belongs to
  float x = 0, y = 0, w = 0, h = 0;  // in logical (CSS) pixels
};

// Call after ImGui::NewFrame... Render of a frame, i.e. right after ImGui::Render().
void end_frame();
// Turn recording on for the current ImGui context (call once after CreateContext).
void enable();
const std::vector<Item>& items();  // the last complete frame
// Names the item `id` recorded last in the current frame (ui::label_last_item), replacing the
// label ImGui reported.
void set_label(uint32_t id, const std::string& label);
uint64_t frame_count();
std::string items_json();  // [{"id":..,"label":..,"window":..,"x":..,"y":..,"w":..,"h":..}]
// The names of the windows drawn in the last complete frame (dialogs, toasts "##toast...").
const std::vector<std::string>& windows();
// What tests wait on instead of sleeping: {"page": App::current_page(), "saved": App::saved(),
// "frames": frame_count(), "windows": windows(), "storage_error": the storage's last flush error}.
std::string state_json(const App& app, const std::string& storage_error);

}  // namespace stempush::automation
