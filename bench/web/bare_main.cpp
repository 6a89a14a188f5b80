// Bare Dear ImGui + SDL2 + WebGL2: the demo window and nothing else. Marks its first frame in
// window.bareFirstFrameAt (ms since navigation) for scripts/bench.sh, and the start-up phases it
// shares with the app as the same User Timing marks (web/perf_marks.hpp).
#include <SDL.h>
#include <emscripten.h>
#include <GLES3/gl3.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"
#include "imgui_impl_sdl2.h"
#include "perf_marks.hpp"

static SDL_Window* window;
static bool first = true;

static void frame() {
  using stempush::web::perf_mark;
  if (first) perf_mark("frame-start");
  SDL_Event e;
  while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
  ImGui_ImplOpenGL3_NewFrame();  // the first call builds the font atlas and compiles the shaders
  if (first) perf_mark("fonts");
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::ShowDemoWindow();
  ImGui::Render();
  if (first) perf_mark("layout");
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (first) {
    first = false;
    perf_mark("first-frame");
    EM_ASM({ window.bareFirstFrameAt = performance.now(); });
  }
}

// The test-engine hooks are compiled into the shared imgui library; the bare page records nothing.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

int main() {
  stempush::web::perf_mark("main");
  SDL_Init(SDL_INIT_VIDEO);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  window = SDL_CreateWindow("bare", 0, 0, 1280, 800, SDL_WINDOW_OPENGL);
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  ImGui::CreateContext();
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  stempush::web::perf_mark("gl-ready");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
