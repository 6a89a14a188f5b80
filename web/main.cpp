// The browser app: SDL2 + WebGL2 through Emscripten, the same shell as the desktop. The canvas
// follows the window's CSS size and devicePixelRatio; frames are skipped while nothing happens.
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "idb_storage.hpp"
#include "perf_marks.hpp"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "stempush/app.hpp"
#include "stempush/automation.hpp"
#include "stempush/facilitation.hpp"
#include "stempush/frame_pacer.hpp"
#include "stempush/i18n.hpp"
#include "stempush/registry.hpp"

namespace {

struct WebApp {
  SDL_Window* window = nullptr;
  stempush::Registry registry;
  std::unique_ptr<stempush::web::IdbStorage> storage;
  std::unique_ptr<stempush::App> app;
  int css_w = 0, css_h = 0;
  double dpr = 0;
  stempush::FramePacer pacer;  // when to draw (core/include/stempush/frame_pacer.hpp)
  uint64_t rendered = 0;
  uint64_t loop_ticks = 0;  // frame() calls, drawn or not: what an idle tab must keep near zero
  uint64_t idle_looks = 0;  // stempush_idle_look() calls: the sleeping loop's timer
  uint64_t a11y_revision = ~0ull;  // the automation revision the accessible mirror last showed
  bool persistence_checked = false;
  int pick_id = 0;
  std::map<int, std::function<void(std::string, std::string)>> pickers;
  std::string scratch;  // keeps strings returned to JS alive until the next call
  // The audience window (web/audience.js): the frame it shows, as sent, and whether it was open
  // at the last look (its closing wakes the loop so the main window returns to one layout).
  std::string audience_json;
  bool audience_was_open = false;
};
WebApp* g = nullptr;

double now_seconds() { return emscripten_get_now() / 1000.0; }

bool audience_open() { return EM_ASM_INT({ return Module.stempushAudience.isOpen() ? 1 : 0; }) != 0; }

// The presenter's audience window: a second browser window that web/audience.js fills.
void add_audience_window(stempush::AppPlatform& platform) {
  platform.open_audience_window = [] {
    const bool opened =
        EM_ASM_INT({ return Module.stempushAudience.open(UTF8ToString($0)) ? 1 : 0; }, stempush::tr("facilitator.audience.title"));
    if (!opened) return std::string(stempush::tr("facilitator.audience.blocked"));
    g->audience_json.clear();  // a new window: send the next frame whatever it is
    g->audience_was_open = true;
    return std::string();
  };
  platform.show_audience = [](const stempush::facilitation::AudienceFrame& f) {
    using stempush::facilitation::Urgency;
    const nlohmann::json j = {
        {"language", f.language},
        {"step_title", f.step_title},
        {"step_of", f.step_of},
        {"clock", f.clock},
        {"urgency", f.urgency == Urgency::Over ? "over" : f.urgency == Urgency::LastMinute ? "last_minute" : "normal"},
        {"clock_caption", f.clock_caption},
        {"projected", f.projected},
        {"attribution", f.attribution},
        {"projected_language", f.projected_language}};
    std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text == g->audience_json) return;  // the DOM changes only when the frame does
    g->audience_json = std::move(text);
    EM_ASM({ Module.stempushAudience.show(UTF8ToString($0)); }, g->audience_json.c_str());
  };
  platform.close_audience_window = [] { EM_ASM({ Module.stempushAudience.close(); }); };
  platform.audience_window_open = [] { return audience_open(); };
}

// Match the canvas to the window: CSS size for layout, device pixels for sharpness.
bool follow_window_size() {
  // The window, not the canvas: the canvas's CSS size is set from this below.
  double w = EM_ASM_DOUBLE({ return window.innerWidth; });
  double h = EM_ASM_DOUBLE({ return window.innerHeight; });
  double ratio = emscripten_get_device_pixel_ratio();
  int iw = int(std::lround(w)), ih = int(std::lround(h));
  if (iw == g->css_w && ih == g->css_h && ratio == g->dpr) return false;
  bool ratio_changed = ratio != g->dpr;
  g->css_w = iw;
  g->css_h = ih;
  g->dpr = ratio;
  SDL_SetWindowSize(g->window, iw, ih);
  emscripten_set_canvas_element_size("#canvas", int(iw * ratio), int(ih * ratio));
  EM_ASM({ var c = document.getElementById('canvas'); c.style.width = $0 + 'px'; c.style.height = $1 + 'px'; }, iw, ih);
  if (ratio_changed) g->pacer.wake();
  return true;
}

// What happened since the last look, without drawing: the window's size, SDL's queued input, the
// audience window closing, the storage's persistence answer. True if any of it needs a frame.
bool take_changes() {
  bool active = follow_window_size();
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    // Plain key presses arrive as SDL_TEXTINPUT (SDL cancels the keypress, so the hidden
    // textarea of pre.js never sees them); composed text (dead keys, input methods, on-screen
    // keyboards) arrives through that textarea instead. Each character comes one way only.
    ImGui_ImplSDL2_ProcessEvent(&event);
    active = true;
  }
  // The audience window was closed (by the user, or the browser): draw the single layout again.
  if (g->audience_was_open && !audience_open()) {
    g->audience_was_open = false;
    active = true;
  }
  if (!g->persistence_checked && EM_ASM_INT({ return Module.stempushPersistent === undefined ? 0 : 1; })) {
    g->persistence_checked = true;
    if (!EM_ASM_INT({ return Module.stempushPersistent ? 1 : 0; }))
      g->app->notify(stempush::tr("web.not_persistent"), false);
    active = true;
  }
  return active;
}

// While nothing can change on screen the frame loop sleeps: requestAnimationFrame would otherwise
// call frame() 60 times a second in an idle tab, and even one animation frame a second makes the
// browser run its whole rendering step. pre.js wakes it on any input, on the end of an IndexedDB
// sync, a picked file or composed text. Its timer (the shell's next deadline, at most a second:
// a safety net for a change no browser event reports, such as a device-pixel-ratio change) calls
// stempush_idle_look(), which looks without an animation frame and resumes the loop only when
// something is due.
constexpr double kLongestSleepSeconds = 1.0;
// 0: draw now (resume the loop); else how long the loop may sleep.
double sleep_seconds() {
  const double wait = g->pacer.wait_seconds(g->app->wants_frames(), g->app->next_deadline());
  if (wait >= 0 && wait <= stempush::FramePacer::kDeadlineSlack) return 0;
  return wait < 0 ? kLongestSleepSeconds : std::min(wait, kLongestSleepSeconds);
}

void sleep_if_idle() {
  const double seconds = sleep_seconds();
  if (seconds == 0) return;
  emscripten_pause_main_loop();
  EM_ASM({ Module.stempushLoop.sleep($0); }, seconds);
}

void draw_if_due() {
  const bool active = take_changes();
  if (active) g->pacer.wake();
  // Idle: nothing changed, keep the last frame on screen.
  if (!g->pacer.should_draw(g->app->wants_frames(), g->app->next_deadline())) return;

  const bool first = g->rendered == 0;
  if (first) stempush::web::perf_mark("frame-start");
  bool fonts_marked = false;  // a first frame laid out twice (it asked for the huge font) is marked once
  g->app->lay_out_frame(float(g->dpr), {[] {
                           ImGui_ImplOpenGL3_DestroyFontsTexture();
                           ImGui_ImplOpenGL3_CreateFontsTexture();
                         },
                         [first, &fonts_marked] {
                           ImGui_ImplOpenGL3_NewFrame();  // the first call also compiles the shaders
                           if (first && !fonts_marked) stempush::web::perf_mark("fonts");
                           fonts_marked = true;
                           ImGui_ImplSDL2_NewFrame();
                           // The canvas backing store is in device pixels; ImGui works in CSS pixels.
                           ImGui::GetIO().DisplaySize = ImVec2(float(g->css_w), float(g->css_h));
                           ImGui::GetIO().DisplayFramebufferScale = ImVec2(float(g->dpr), float(g->dpr));
                         }});
  if (first) stempush::web::perf_mark("layout");
  // The accessible mirror (pre.js) is patched only when what a screen reader hears changed, and
  // before the text field takes the focus, so that the field carries its name when it does.
  stempush::automation::note_message_count(g->app->messages().size());
  if (stempush::automation::accessible_revision() != g->a11y_revision) {
    g->a11y_revision = stempush::automation::accessible_revision();
    EM_ASM({ Module.stempushA11y.update(); });
  }
  EM_ASM({ Module.stempushTextInput.want($0 != 0); }, ImGui::GetIO().WantTextInput ? 1 : 0);
  if (first) stempush::web::perf_mark("a11y");
  glViewport(0, 0, int(g->css_w * g->dpr), int(g->css_h * g->dpr));
  ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g->pacer.drew();
  if (++g->rendered == 1) {
    stempush::web::perf_mark("first-frame");
    EM_ASM({ if (Module.stempushFirstFrame) Module.stempushFirstFrame(); });
  }
}

void frame() {
  ++g->loop_ticks;
  draw_if_due();
  sleep_if_idle();
}

}  // namespace

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* stempush_test_items() {
  g->scratch = stempush::automation::items_json();
  return g->scratch.c_str();
}
// The accessible mirror: the items with their roles and states, and a screen reader's click.
EMSCRIPTEN_KEEPALIVE const char* stempush_a11y_items() {
  g->scratch = stempush::automation::accessible_json();
  return g->scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE int stempush_a11y_click(double id) {
  const bool queued = stempush::automation::click_item(uint32_t(id));
  g->pacer.wake();
  return queued ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* stempush_test_workspace() {
  g->scratch = g->app->workspace_json();
  return g->scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* stempush_test_messages() {
  g->scratch = nlohmann::json(g->app->messages()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return g->scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* stempush_test_storage_error() {
  g->scratch = g->storage->flush_error();
  return g->scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE double stempush_test_frame_count() { return double(g ? g->rendered : 0); }
EMSCRIPTEN_KEEPALIVE double stempush_test_loop_ticks() { return double(g ? g->loop_ticks : 0); }
EMSCRIPTEN_KEEPALIVE double stempush_test_idle_looks() { return double(g ? g->idle_looks : 0); }
// pre.js, when the sleeping loop must run again (input, a finished sync, a look that found work).
EMSCRIPTEN_KEEPALIVE void stempush_resume_loop() { emscripten_resume_main_loop(); }
// pre.js, when the sleeping loop's timer fires: 0 if a frame is due (pre.js then resumes the
// loop), else the seconds to sleep on.
EMSCRIPTEN_KEEPALIVE double stempush_idle_look() {
  ++g->idle_looks;
  if (take_changes()) g->pacer.wake();
  return sleep_seconds();
}
EMSCRIPTEN_KEEPALIVE const char* stempush_test_state() {
  g->scratch = stempush::automation::state_json(*g->app, g->storage->flush_error());
  return g->scratch.c_str();
}
EMSCRIPTEN_KEEPALIVE void stempush_page_hidden() {
  if (g && g->app) g->app->flush();
}
EMSCRIPTEN_KEEPALIVE void stempush_text_input(const char* text) {
  // Queued as SDL text events, not handed to ImGui directly: key presses still waiting in SDL's
  // queue came first and must stay first ("Ana Núñez", not "úAna Nñez"). An SDL text event holds
  // under 32 bytes, so the text is cut at UTF-8 character boundaries.
  const std::string all = text ? text : "";
  size_t start = 0;
  while (start < all.size()) {
    size_t end = std::min(all.size(), start + SDL_TEXTINPUTEVENT_TEXT_SIZE - 1);
    while (end > start && end < all.size() && (static_cast<unsigned char>(all[end]) & 0xC0) == 0x80) --end;
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    event.text.windowID = SDL_GetWindowID(g->window);
    std::memcpy(event.text.text, all.data() + start, end - start);
    SDL_PushEvent(&event);
    start = end;
  }
  g->pacer.wake();
}
EMSCRIPTEN_KEEPALIVE void stempush_file_dropped(const char* name, const char* bytes, int length) {
  if (!g || !g->app) return;  // main() stopped early (no WebGL2)
  g->app->open_dropped_file(name, std::string(bytes, size_t(length)));
  g->pacer.wake();
}
// A key pressed in the audience window (web/audience.js): the presenter's clicker works whichever
// window has the focus.
EMSCRIPTEN_KEEPALIVE void stempush_audience_key(const char* name) {
  const std::string key = name ? name : "";
  const ImGuiKey k = key == "ArrowLeft"    ? ImGuiKey_LeftArrow
                     : key == "ArrowRight" ? ImGuiKey_RightArrow
                     : key == "ArrowUp"    ? ImGuiKey_UpArrow
                     : key == "ArrowDown"  ? ImGuiKey_DownArrow
                     : key == "PageUp"     ? ImGuiKey_PageUp
                     : key == "PageDown"   ? ImGuiKey_PageDown
                     : key == "Space"      ? ImGuiKey_Space
                                           : ImGuiKey_None;
  if (k == ImGuiKey_None) return;
  ImGui::GetIO().AddKeyEvent(k, true);
  ImGui::GetIO().AddKeyEvent(k, false);
  g->pacer.wake();
}
EMSCRIPTEN_KEEPALIVE void stempush_file_picked(int id, const char* name, const char* bytes, int length) {
  auto it = g->pickers.find(id);
  if (it == g->pickers.end()) return;
  auto callback = std::move(it->second);
  g->pickers.erase(it);
  callback(name, std::string(bytes, size_t(length)));
  g->pacer.wake();
}
}

int main() {
  stempush::web::perf_mark("main");
  g = new WebApp();
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    EM_ASM({ Module.stempushFatal('SDL could not start: ' + UTF8ToString($0)); }, SDL_GetError());
    return 1;
  }
  // SDL's window is the canvas and its input; the WebGL2 context is made here rather than by SDL
  // (SDL_WINDOW_OPENGL and EGL), with the attributes SDL asked for (no alpha, a depth buffer, no
  // stencil, no multisampling) but without enabling every WebGL extension the browser offers,
  // one call each: Dear ImGui's renderer uses none, and on software WebGL that halved the time
  // to a drawable context (bench/web: SDL+WebGL2+ImGui).
  g->window = SDL_CreateWindow("STEM PUSH Toolkit", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                               SDL_WINDOW_RESIZABLE);
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = false;
  attributes.depth = true;
  attributes.stencil = false;
  attributes.antialias = false;
  attributes.enableExtensionsByDefault = false;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = g->window ? emscripten_webgl_create_context("#canvas", &attributes) : 0;
  if (gl <= 0) {
    // The browser has WebGL2 off or lacks it: asked here rather than up front by the loader,
    // whose extra context cost every start about as much as the app's own.
    EM_ASM({ Module.stempushNoWebGL2('emscripten_webgl_create_context: ' + $0); }, int(gl));
    return 1;
  }
  emscripten_webgl_make_context_current(gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplSDL2_InitForOpenGL(g->window, reinterpret_cast<SDL_GLContext>(gl));
  ImGui_ImplOpenGL3_Init("#version 300 es");
  stempush::web::perf_mark("gl-ready");

  try {
    stempush::register_plugin_models(g->registry);
    stempush::register_plugin_views(g->registry);
  } catch (const std::logic_error& e) {
    // A plugin built wrongly (its model names another id): the page says which, never a crash.
    EM_ASM({ Module.stempushFatal('A plugin is installed wrongly: ' + UTF8ToString($0)); }, e.what());
    return 1;
  }
  stempush::web::perf_mark("plugins");
  // Registered only: each language's catalogs are parsed on its first look-up (below, the UI's).
  stempush::i18n::load_core_catalogs();
  g->registry.load_catalogs();
  g->storage = std::make_unique<stempush::web::IdbStorage>();

  stempush::AppPlatform platform;
  platform.platform_name = "web (WebAssembly + WebGL2)";
  platform.clock = now_seconds;
  platform.download = [](const std::string& name, const std::string& mime, const std::string& bytes) {
    EM_ASM({ Module.stempushDownload(UTF8ToString($0), UTF8ToString($1), $2, $3); }, name.c_str(), mime.c_str(),
           bytes.data(), int(bytes.size()));
  };
  platform.pick_file = [](const std::string& accept, std::function<void(std::string, std::string)> on_file) {
    int id = ++g->pick_id;
    g->pickers[id] = std::move(on_file);
    EM_ASM({ Module.stempushPickFile($0, UTF8ToString($1)); }, id, accept.c_str());
  };
  add_audience_window(platform);
  g->app = std::make_unique<stempush::App>(g->registry, *g->storage, platform);
  g->app->start();
  follow_window_size();
  stempush::web::perf_mark("app-ready");
  // The language the settings chose; the other one is parsed when the user switches to it (or
  // a kiosk shows a student that language).
  stempush::i18n::load_language(stempush::i18n::language());
  stempush::web::perf_mark("catalogs");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
