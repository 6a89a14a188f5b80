// The desktop app's audience window: a second SDL window with its own OpenGL context and its
// own Dear ImGui context (each with the SDL2 and OpenGL3 backends, which keep their data per
// ImGui context), showing the presenter's facilitation::AudienceFrame through
// ui::draw_audience. It opens on a second display, full screen, when there is one, else as a
// window beside the main one. It draws only when its frame changes (a step, the count-down's
// second) or the system asks (exposed, resized). Esc or its close button closes it; the arrow,
// Page Up/Down and Space keys pressed in it go to the main window, so a presenter's clicker
// works whichever window has the focus.
#pragma once
#include <SDL.h>

#include <string>

#include "imgui.h"
#include "stempush/facilitation.hpp"

namespace stempush::native {

class AudienceWindow {
 public:
  AudienceWindow(SDL_Window* main_window, SDL_GLContext main_gl, const char* glsl_version);
  ~AudienceWindow();
  AudienceWindow(const AudienceWindow&) = delete;
  AudienceWindow& operator=(const AudienceWindow&) = delete;

  // "" when open, else why not (SDL's error).
  std::string open(const std::string& title);
  void show(const facilitation::AudienceFrame& frame);
  void close();
  bool is_open() const { return window_ != nullptr; }

  // An event for this window (by its window id): handled here, true. `forward` is set when the
  // main window should also get it (the presenter's keys).
  bool handle(const SDL_Event& event, bool& forward);
  // Draws if its frame changed or the window needs it; leaves the main window's GL and ImGui
  // contexts current. Call once per loop turn.
  void draw_if_needed();
  // How many times it has drawn (the smoke test checks that an idle presenter draws nothing).
  unsigned long frames_drawn() const { return frames_; }

 private:
  SDL_Window* main_window_;
  SDL_GLContext main_gl_;
  std::string glsl_version_;
  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  ImGuiContext* imgui_ = nullptr;
  facilitation::AudienceFrame frame_;
  bool dirty_ = false;
  unsigned long frames_ = 0;
};

}  // namespace stempush::native
