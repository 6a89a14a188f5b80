// Touch screens (a tablet running the kiosk, a touch Chromebook): SDL turns a finger into mouse
// events marked as touch (ImGuiMouseSource_TouchScreen), and Dear ImGui has no drag-to-scroll. A
// finger that travels past kSwipeThreshold scrolls the nearest scrollable window under where it
// went down, and the press it began is cancelled so that lifting it clicks nothing. A lifted
// finger leaves nothing hovered.
#include "imgui.h"
#include "imgui_internal.h"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {
namespace {

constexpr float kSwipeThreshold = 12.0f;  // px: a tap wobbles less than this

struct Swipe {
  ImGuiContext* context = nullptr;  // the state belongs to one ImGui context (tests make several)
  ImGuiID window = 0;                // the window being scrolled (by id: windows outlive frames)
  bool scrolling = false;
};
Swipe swipe;

// The window a swipe starting over `w` scrolls: it, or the nearest parent that can scroll.
ImGuiWindow* scrollable(ImGuiWindow* w) {
  for (; w; w = w->ParentWindow) {
    if (w->ScrollMax.y > 0 || w->ScrollMax.x > 0) return w;
    if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
  }
  return nullptr;
}

}  // namespace

void touch_scroll() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiIO& io = g.IO;
  if (swipe.context != &g) swipe = Swipe{&g};
  // A lifted finger is gone, but no event says so: the pointer would stay where it lifted and keep
  // what was under it highlighted (hovered) until the next touch. The release is handled this
  // frame; from the next one the pointer is nowhere.
  if (io.MouseSource == ImGuiMouseSource_TouchScreen && io.MouseReleased[0]) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  if (io.MouseSource != ImGuiMouseSource_TouchScreen || !io.MouseDown[0]) {
    swipe = Swipe{&g};
    return;
  }
  if (io.MouseClicked[0]) {  // a finger went down: where it may scroll, decided now
    ImGuiWindow* w = scrollable(g.HoveredWindow);
    swipe.window = w ? w->ID : 0;
    swipe.scrolling = false;
    return;
  }
  ImGuiWindow* target = swipe.window ? ImGui::FindWindowByID(swipe.window) : nullptr;
  if (!target) return;
  if (!swipe.scrolling) {
    // Dragging inside a text field selects text; a slider (edited as soon as it is touched) keeps
    // the finger too.
    if (g.ActiveId != 0 && (g.InputTextState.ID == g.ActiveId || g.ActiveIdHasBeenEditedBefore)) return;
    if (io.MouseDragMaxDistanceSqr[0] < kSwipeThreshold * kSwipeThreshold) return;
    swipe.scrolling = true;
    ImGui::ClearActiveID();  // the finger that scrolls is not a tap on what it started on
    // Scroll by the whole way travelled so far, so the page stays under the finger.
    const ImVec2 moved(io.MousePos.x - io.MouseClickedPos[0].x, io.MousePos.y - io.MouseClickedPos[0].y);
    if (target->ScrollMax.y > 0) ImGui::SetScrollY(target, target->Scroll.y - moved.y);
    if (target->ScrollMax.x > 0) ImGui::SetScrollX(target, target->Scroll.x - moved.x);
    return;
  }
  if (target->ScrollMax.y > 0) ImGui::SetScrollY(target, target->Scroll.y - io.MouseDelta.y);
  if (target->ScrollMax.x > 0) ImGui::SetScrollX(target, target->Scroll.x - io.MouseDelta.x);
}

}  // namespace stempush::ui
