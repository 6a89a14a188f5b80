// The desktop app: an SDL2 window with an OpenGL 3.3 core context, the shell from core/, and a
// workspace in the user's data folder. Renders on demand: after input settles it sleeps in
// SDL_WaitEventTimeout until the next event or the shell's next deadline (autosave, toast).
#include <SDL.h>
#include <SDL_opengl.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "stempush/app.hpp"
#include "stempush/automation.hpp"
#include "stempush/facilitation.hpp"
#include "stempush/frame_pacer.hpp"
#include "stempush/i18n.hpp"
#include "stempush/registry.hpp"
#include "stempush/storage.hpp"
#include "audience_window.hpp"
#include "file_dialogs.hpp"
#ifdef _WIN32
#include "windows_file_association.hpp"
#endif
#include "paths.hpp"

namespace {

void print_help() {
  std::printf(
      "Usage: stempush [[--workspace] PATH] [--quit-after SECONDS]\n\n"
      "  --workspace PATH      use this workspace file instead of the one in %s\n"
      "  --quit-after SECONDS  save and quit after this long (smoke tests)\n"
      "  --print-frames        print when the first frame is drawn, each time the window has\n"
      "                        settled (drawn and idle), and how many frames were drawn, on exit\n"
      "  --automation-file PATH  each time the window has settled, write what is on screen\n"
      "                        (the page, the window's place, every item's label and rectangle)\n"
      "                        to PATH as JSON (smoke tests drive and check the real app with it)\n"
      "  --automation-commands PATH  read lines the smoke tests append to PATH while the app runs:\n"
      "                        \"click LABEL\" clicks the item of that label through Dear ImGui's\n"
      "                        input queue (as a screen reader activates it)\n"
#ifdef _WIN32
      "  --file-type-choice ask|yes|no  whether double-clicked workspace files open here\n"
#endif
      ,
      stempush::native::data_folder().c_str());
}

float pixel_ratio(SDL_Window* window) {
  int w, h, dw, dh;
  SDL_GetWindowSize(window, &w, &h);
  SDL_GL_GetDrawableSize(window, &dw, &dh);
  return w > 0 ? float(dw) / float(w) : 1.0f;
}

}  // namespace

int main(int argc, char** argv) {
  std::string workspace_path;
  double quit_after = -1;
  bool print_frames = false;
  std::string automation_file;
  std::string automation_commands;
  std::string file_type_choice;  // Windows: "", "ask", "yes" or "no" (windows_file_association.hpp)
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--workspace") && i + 1 < argc) workspace_path = argv[++i];
    else if (!std::strcmp(argv[i], "--quit-after") && i + 1 < argc) quit_after = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--print-frames")) print_frames = true;
    else if (!std::strcmp(argv[i], "--automation-file") && i + 1 < argc) automation_file = argv[++i];
    else if (!std::strcmp(argv[i], "--automation-commands") && i + 1 < argc) automation_commands = argv[++i];
#ifdef _WIN32
    else if (!std::strcmp(argv[i], "--file-type-choice") && i + 1 < argc) file_type_choice = argv[++i];
#endif
    else if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) return print_help(), 0;
    // A bare path: how the desktop hands over a double-clicked workspace file (stempush.desktop's
    // %f, the Windows file association's "%1").
    else if (argv[i][0] != '-' && workspace_path.empty()) workspace_path = argv[i];
    else {
      std::fprintf(stderr, "stempush: unknown option %s\n", argv[i]);
      print_help();
      return 2;
    }
  }

  std::string folder = stempush::native::data_folder(), file = stempush::WorkspaceStore::kDefaultFileName;
  if (!workspace_path.empty()) {
    folder = stempush::native::folder_of(workspace_path);
    file = stempush::native::file_name_of(workspace_path);
  }
  std::unique_ptr<stempush::DirectoryStorage> storage;
  try {
    storage = std::make_unique<stempush::DirectoryStorage>(folder);
  } catch (const stempush::StorageError& e) {
    std::fprintf(stderr, "stempush: %s\n", e.what());
    return 1;
  }

  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "stempush: cannot start SDL: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_EventState(SDL_DROPFILE, SDL_ENABLE);
  SDL_Window* window = SDL_CreateWindow(
      "STEM PUSH Toolkit", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
      SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!window) {
    std::fprintf(stderr, "stempush: cannot open a window: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  if (!gl) {
    std::fprintf(stderr, "stempush: OpenGL 3.3 is not available: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 330");

  stempush::Registry registry;
  try {
    stempush::register_plugin_models(registry);
    stempush::register_plugin_views(registry);
  } catch (const std::logic_error& e) {
    // A plugin built wrongly (its model names another id): say which, instead of crashing.
    std::fprintf(stderr, "stempush: %s\n", e.what());
    SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "STEM PUSH Toolkit", e.what(), window);
    return 1;
  }
  stempush::i18n::load_core_catalogs();
  registry.load_catalogs();

  stempush::AppPlatform platform;
  platform.default_export_folder = stempush::native::documents_folder();
  platform.platform_name = "desktop (SDL2 + OpenGL 3.3)";
  platform.workspace_file = file;
  // The system's file dialogs when it has them (else the shell asks for a path itself).
  stempush::native::FileDialogs dialogs(
      stempush::native::path_join(stempush::native::data_folder(), "last-folder.txt"), platform.default_export_folder);
  if (stempush::native::system_file_dialog_available()) {
    platform.choose_file = [&dialogs](bool save, const std::string& what) {
      auto path = save ? dialogs.save(what) : dialogs.open(what);
      return path ? std::optional(stempush::AppPlatform::ChosenFile{*path, stempush::native::file_name_of(*path)})
                  : std::nullopt;
    };
  }
  // The presenter's audience window: a second window with its own GL and ImGui contexts.
  stempush::native::AudienceWindow audience(window, gl, "#version 330");
  platform.open_audience_window = [&audience] {
    const std::string error = audience.open(stempush::tr("facilitator.audience.title"));
    return error.empty() ? error : stempush::trf("facilitator.audience.failed", {error});
  };
  platform.show_audience = [&audience](const stempush::facilitation::AudienceFrame& f) { audience.show(f); };
  platform.close_audience_window = [&audience] { audience.close(); };
  platform.audience_window_open = [&audience] { return audience.is_open(); };
  stempush::App app(registry, *storage, platform);
  app.start();
#ifdef _WIN32
  // After start(): the question is asked in the language the user chose.
  stempush::native::offer_file_association(
      file_type_choice, stempush::native::path_join(stempush::native::data_folder(), "file-type-choice.txt"));
#endif

  const Uint64 started = SDL_GetTicks64();
  stempush::FramePacer pacer;  // when to draw (core/include/stempush/frame_pacer.hpp)
  const stempush::App::FrameSteps frame_steps{
      [] {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
      },
      [] {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
      }};
  bool running = true, first_frame = true;
  unsigned long frames_drawn = 0;
  bool settled_reported = false;
  // The window has drawn and the pacer lets it idle: what is on screen is final (auto-sized
  // panels took their size, fonts are built). Tests wait for this instead of a clock.
  auto report_settled = [&] {
    if (!automation_file.empty()) {
      int x = 0, y = 0, w = 0, h = 0;
      SDL_GetWindowPosition(window, &x, &y);  // the client area's top left, on the screen
      SDL_GetWindowSize(window, &w, &h);
      const std::string json = "{\"state\":" + stempush::automation::state_json(app, "") +
                               ",\"window\":{\"x\":" + std::to_string(x) + ",\"y\":" + std::to_string(y) +
                               ",\"w\":" + std::to_string(w) + ",\"h\":" + std::to_string(h) +
                               "},\"items\":" + stempush::automation::items_json() + "}";
      try {
        stempush::write_file_atomic(automation_file, json);
      } catch (const stempush::StorageError& e) {
        std::fprintf(stderr, "stempush: %s\n", e.what());
      }
    }
    if (print_frames) {
      std::printf("stempush: settled at frame %lu\n", frames_drawn);
      std::fflush(stdout);
    }
  };
  // The smoke tests' commands: whole lines appended since the last look. Clicks go through
  // ImGui's input queue, not the X server: under Xvfb with no window manager, xdotool's clicks on
  // this SDL window now and then landed on another sidebar entry (tests/native/audience_smoke.sh).
  size_t commands_done = 0;
  auto run_automation_commands = [&] {
    if (automation_commands.empty()) return false;
    std::optional<std::string> text;
    try {
      text = stempush::read_file(automation_commands);
    } catch (const stempush::StorageError&) {
      return false;  // being written: read it at the next look
    }
    const size_t end = text ? text->rfind('\n') : std::string::npos;
    if (end == std::string::npos || end + 1 <= commands_done) return false;
    for (size_t at = commands_done; at <= end;) {
      const size_t eol = text->find('\n', at);
      const std::string line = text->substr(at, eol - at);
      at = eol + 1;
      if (line.rfind("click ", 0) == 0 && !stempush::automation::click_label(line.substr(6)))
        std::fprintf(stderr, "stempush: automation: no item \"%s\" on screen\n", line.substr(6).c_str());
      else if (line.rfind("click ", 0) != 0)
        std::fprintf(stderr, "stempush: automation: unknown command \"%s\"\n", line.c_str());
    }
    commands_done = end + 1;
    return true;
  };
  while (running) {
    SDL_Event event;
    bool got_event;
    const double wait = pacer.wait_seconds(app.wants_frames(), app.next_deadline());
    if (wait != 0 && frames_drawn > 0 && !settled_reported) {
      report_settled();
      settled_reported = true;
    }
    if (wait == 0) {
      got_event = SDL_PollEvent(&event);
    } else {
      // Idle: sleep until input arrives or the shell's next deadline (autosave, a toast to
      // hide). A wake-up with neither draws nothing.
      int timeout_ms = wait < 0 ? 500 : int(wait * 1000) + 1;
      if (quit_after >= 0 || !automation_commands.empty()) timeout_ms = std::min(timeout_ms, 100);
      got_event = SDL_WaitEventTimeout(&event, timeout_ms);
    }
    while (got_event) {
      // Events of the audience window stay there, except the presenter's keys.
      bool forward = false;
      if (!audience.handle(event, forward) || forward) ImGui_ImplSDL2_ProcessEvent(&event);
      if (event.type == SDL_QUIT) running = false;
      // With a second window open SDL sends no SDL_QUIT when the main one is closed.
      if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
          event.window.windowID == SDL_GetWindowID(window))
        running = false;
      if (event.type == SDL_DROPFILE) {
        std::string path = event.drop.file;
        SDL_free(event.drop.file);
        try {
          auto bytes = stempush::read_file(path);
          if (bytes) app.open_dropped_file(stempush::native::file_name_of(path), *bytes);
        } catch (const stempush::StorageError& e) {
          std::fprintf(stderr, "stempush: %s\n", e.what());
        }
      }
      pacer.wake();
      got_event = SDL_PollEvent(&event);
    }
    if (run_automation_commands()) pacer.wake();
    if (quit_after >= 0 && double(SDL_GetTicks64() - started) / 1000.0 > quit_after) running = false;
    if (app.quit_requested()) running = false;
    audience.draw_if_needed();  // exposed or resized while the main window idles
    if (!pacer.should_draw(app.wants_frames(), app.next_deadline()) && !first_frame) continue;

    app.lay_out_frame(pixel_ratio(window), frame_steps);
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, int(io.DisplaySize.x * io.DisplayFramebufferScale.x), int(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(window);
    audience.draw_if_needed();  // the frame the presenter just showed, if it changed
    ++frames_drawn;
    if (first_frame) {
      std::printf("stempush: first frame drawn\n");
      std::fflush(stdout);
      first_frame = false;
    }
    pacer.drew();
    settled_reported = false;
  }

  app.flush();
  audience.close();
  if (print_frames) std::printf("stempush: frames drawn: %lu\n", frames_drawn);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
