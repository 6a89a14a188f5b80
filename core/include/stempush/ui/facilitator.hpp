// The facilitator view: a full-screen page that runs a session as timed steps. It shows the
// step and its count-down large (coloured in the last minute and once over time), the projected
// text in the huge font for the room, the facilitator's notes and purpose, what comes next, and
// buttons with keyboard stepping (→ / Page Down next, ← / Page Up previous, space starts or
// pauses the clock, A opens or closes the audience window, Esc leaves), with the keys drawn as
// key caps. The model and its clock are stempush/facilitation.hpp; the plugin keeps a
// facilitation::StepClock in its view state and builds the steps from its own data each frame.
//
// The audience window: when the platform has one (ViewContext::audience_window_supported), a
// button and the A key open a second window (natively a second SDL window, on a second display
// when there is one; on the web a second browser window) that shows the room only the
// facilitation::AudienceFrame (step, count-down, projected text), large. While it is open this
// page shows, instead of the projected text, a line saying what the room sees, and keeps the
// facilitator's notes, purpose and what comes next. Leaving the presenter closes it; when the
// user closes it, this page returns to its single-window layout.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "imgui.h"

#include "stempush/facilitation.hpp"
#include "stempush/plugin_view.hpp"

namespace stempush::ui {

struct KeyHint {
  int key = 0;              // an ImGuiKey
  std::string action;       // "next story"
};

struct FacilitatorOptions {
  // Drawn in the top bar before the exit button (a plugin's own controls: "Show a story").
  std::function<void()> toolbar;
  // Drawn above the projected text when a step has some (the story picker).
  std::function<void()> above_projected;
  // The plugin's own keys, shown after the standard ones (the plugin reads the keys itself).
  std::vector<KeyHint> extra_keys;
};

enum class FacilitatorAction { None, Exit };

// The key that opens or closes the audience window.
inline constexpr ImGuiKey kAudienceKey = ImGuiKey_A;

// What a key cap shows: an arrow (← ↑ → ↓, glyphs the UI font carries), "Space"/"Esc" in the UI
// language, or ImGui's key name.
const char* key_cap_text(ImGuiKey key);
// The key hints the facilitator view shows: its own keys, then the plugin's.
std::vector<KeyHint> facilitator_key_hints(const ViewContext& ctx, const FacilitatorOptions& options);

// One call per frame while presenting. Returns Exit when the facilitator leaves (Esc or the
// exit button); the caller then ends full screen. Asks for redraws while the clock runs.
FacilitatorAction facilitator_view(facilitation::StepClock& clock, const std::vector<facilitation::Step>& steps,
                                   ViewContext& ctx, const FacilitatorOptions& options = {});

// Text in the huge font, wrapped to `width` and centred line by line: projected across a room.
void projected_text(const std::string& text, float width, ImU32 color);

}  // namespace stempush::ui
