#include "audience_window.hpp"

#include <SDL_opengl.h>

#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "stempush/ui/audience.hpp"

namespace stempush::native {
namespace {

float pixel_ratio(SDL_Window* window) {
  int w, h, dw, dh;
  SDL_GetWindowSize(window, &w, &h);
  SDL_GL_GetDrawableSize(window, &dw, &dh);
  return w > 0 ? float(dw) / float(w) : 1.0f;
}

// Whether an event belongs to `id`'s window (events without a window, like SDL_QUIT, do not).
bool for_window(const SDL_Event& e, Uint32 id) {
  switch (e.type) {
    case SDL_WINDOWEVENT: return e.window.windowID == id;
    case SDL_KEYDOWN:
    case SDL_KEYUP: return e.key.windowID == id;
    case SDL_TEXTEDITING: return e.edit.windowID == id;
    case SDL_TEXTINPUT: return e.text.windowID == id;
    case SDL_MOUSEMOTION: return e.motion.windowID == id;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: return e.button.windowID == id;
    case SDL_MOUSEWHEEL: return e.wheel.windowID == id;
    case SDL_DROPFILE:
    case SDL_DROPTEXT:
    case SDL_DROPBEGIN:
    case SDL_DROPCOMPLETE: return e.drop.windowID == id;
    default: return false;
  }
}

}  // namespace

AudienceWindow::AudienceWindow(SDL_Window* main_window, SDL_GLContext main_gl, const char* glsl_version)
    : main_window_(main_window), main_gl_(main_gl), glsl_version_(glsl_version) {}

AudienceWindow::~AudienceWindow() { close(); }

std::string AudienceWindow::open(const std::string& title) {
  if (window_) {
    SDL_RaiseWindow(window_);
    return "";
  }
  // A second display (a projector): full screen there. Otherwise a window beside the main one.
  const int displays = SDL_GetNumVideoDisplays();
  const int main_display = SDL_GetWindowDisplayIndex(main_window_);
  int target = -1;
  for (int d = 0; d < displays && target < 0; ++d)
    if (d != main_display) target = d;
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  if (target >= 0) {
    window_ = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED_DISPLAY(target),
                               SDL_WINDOWPOS_CENTERED_DISPLAY(target), 1280, 720, flags | SDL_WINDOW_FULLSCREEN_DESKTOP);
  } else {
    window_ = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 960, 600, flags);
  }
  if (!window_) return SDL_GetError();
  gl_ = SDL_GL_CreateContext(window_);  // makes it current
  if (!gl_) {
    std::string error = SDL_GetError();
    SDL_DestroyWindow(window_);
    window_ = nullptr;
    SDL_GL_MakeCurrent(main_window_, main_gl_);
    return error;
  }
  SDL_GL_SetSwapInterval(0);  // it draws rarely; never wait for its display's refresh
  ImGuiContext* main_imgui = ImGui::GetCurrentContext();
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // the cursor belongs to the main window
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init(glsl_version_.c_str());
  ImGui::SetCurrentContext(main_imgui);
  SDL_GL_MakeCurrent(main_window_, main_gl_);
  // On a projector the facilitator keeps working in the main window.
  if (target >= 0) SDL_RaiseWindow(main_window_);
  dirty_ = true;
  return "";
}

void AudienceWindow::show(const facilitation::AudienceFrame& frame) {
  if (frame == frame_) return;
  frame_ = frame;
  dirty_ = true;
}

void AudienceWindow::close() {
  if (!window_) return;
  ImGuiContext* main_imgui = ImGui::GetCurrentContext();
  SDL_GL_MakeCurrent(window_, gl_);
  ImGui::SetCurrentContext(imgui_);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext(imgui_);
  imgui_ = nullptr;
  ImGui::SetCurrentContext(main_imgui);
  SDL_GL_MakeCurrent(main_window_, main_gl_);
  SDL_GL_DeleteContext(gl_);
  gl_ = nullptr;
  SDL_DestroyWindow(window_);
  window_ = nullptr;
  frame_ = {};
}

bool AudienceWindow::handle(const SDL_Event& event, bool& forward) {
  forward = false;
  if (!window_ || !for_window(event, SDL_GetWindowID(window_))) return false;
  if (event.type == SDL_WINDOWEVENT) {
    switch (event.window.event) {
      case SDL_WINDOWEVENT_CLOSE: close(); break;
      case SDL_WINDOWEVENT_EXPOSED:
      case SDL_WINDOWEVENT_SIZE_CHANGED:
      case SDL_WINDOWEVENT_SHOWN:
      case SDL_WINDOWEVENT_DISPLAY_CHANGED: dirty_ = true; break;
      default: break;
    }
    return true;
  }
  if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
    const SDL_Keycode key = event.key.keysym.sym;
    if (key == SDLK_ESCAPE) {
      if (event.type == SDL_KEYDOWN) close();
      return true;
    }
    forward = key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_UP || key == SDLK_DOWN || key == SDLK_PAGEUP ||
              key == SDLK_PAGEDOWN || key == SDLK_SPACE;
  }
  return true;
}

void AudienceWindow::draw_if_needed() {
  if (!window_ || !dirty_) return;
  ImGuiContext* main_imgui = ImGui::GetCurrentContext();
  SDL_GL_MakeCurrent(window_, gl_);
  ImGui::SetCurrentContext(imgui_);
  int w = 0, h = 0;
  SDL_GetWindowSize(window_, &w, &h);
  if (ui::audience_fonts_stale(float(h)) || ImGui::GetIO().Fonts->Fonts.empty()) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ui::build_audience_fonts(float(h), pixel_ratio(window_));
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ui::draw_audience(frame_);
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, int(io.DisplaySize.x * io.DisplayFramebufferScale.x), int(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(float((ui::kAudienceBackground >> 16) & 0xFF) / 255, float((ui::kAudienceBackground >> 8) & 0xFF) / 255,
               float(ui::kAudienceBackground & 0xFF) / 255, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window_);
  ++frames_;
  dirty_ = false;
  ImGui::SetCurrentContext(main_imgui);
  SDL_GL_MakeCurrent(main_window_, main_gl_);
}

}  // namespace stempush::native
