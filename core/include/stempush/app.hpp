// The app shell: menu bar (Workspace, View, Help), sidebar of installed plugins, home page,
// program profile, About box, settings, toasts, autosave and undo. It runs the same on both
// targets; native/ and web/ own the window, the GL context and the event loop, and hand the
// shell what only they can do through AppPlatform.
#pragma once
#include <functional>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "stempush/storage.hpp"

namespace stempush {

class Registry;
namespace facilitation {
struct AudienceFrame;
}

struct AppPlatform {
  // Web: a browser download. Null natively: the shell then asks for a path and writes the file.
  std::function<void(const std::string& name, const std::string& mime, const std::string& bytes)> download;
  // Web: open the browser's file picker; the callback runs on a later frame. Null natively: the
  // shell asks for a path (and natively files can also be dropped on the window).
  std::function<void(const std::string& accept,
                     std::function<void(std::string name, std::string bytes)> on_file)> pick_file;
  // Natively, when the system has file dialogs (Windows' common dialog; zenity or kdialog on
  // Linux): ask the user for a file to open (`save` false; `accept` like ".csv,text/csv") or a
  // path to save `suggested_name` to. Returns the path and the file's name, nullopt if the user
  // cancelled. Null: the shell asks for a path itself.
  struct ChosenFile {
    std::string path, name;
  };
  std::function<std::optional<ChosenFile>(bool save, const std::string& accept_or_name)> choose_file;
  // Where exports go by default natively (a folder); empty on the web.
  std::string default_export_folder;
  // Monotonic seconds.
  std::function<double()> clock;
  // The workspace file's name inside the storage folder (default workspace.json).
  std::string workspace_file;
  // Shown in About ("native (SDL2 + OpenGL 3.3)", "web (WebAssembly + WebGL2)").
  std::string platform_name;

  // The audience window: a second window that shows the room only what it should see of a
  // facilitated session (facilitation::AudienceFrame: the step, its count-down, the projected
  // text), while the facilitator's notes stay in the main window. Natively a second SDL window
  // (on a second display when there is one); on the web a second browser window. All four are
  // set or all are null (then the presenter offers no second window).
  // Opens it (or brings it forward); called while handling the user's click or key, which a
  // browser needs to allow a pop-up. Returns "" when it is open, else a message for the user
  // (the browser blocked the pop-up).
  std::function<std::string()> open_audience_window;
  // What it shows now; called on every frame the presenter draws while it is open. The platform
  // redraws only when the frame differs from the one on screen.
  std::function<void(const facilitation::AudienceFrame&)> show_audience;
  std::function<void()> close_audience_window;
  // False once it is closed, by the app or by the user (its close button); the platform wakes
  // the frame loop when the user closes it, so the main window returns to its single layout.
  std::function<bool()> audience_window_open;
};

struct AppSettings {
  // Text size as a percentage of the default 17 logical pixels, 75% to 200% in 10% steps (View
  // menu, Ctrl +/-/0), for readers who need large text and for small screens.
  int text_percent = 100;
  bool dark = false;
  bool spanish = false;
  bool sidebar_hidden = false;  // the page takes the whole width (small screens, large text)
  static constexpr int kMinPercent = 75, kMaxPercent = 200, kPercentStep = 10;
  static constexpr float kDefaultFont = 17.0f;
  float font_size() const { return kDefaultFont * float(text_percent) / 100.0f; }  // logical pixels
  // One step larger (+1) or smaller (-1) from `percent`, or the default (0): 75, 80, 90, ... 200.
  static int step_percent(int percent, int direction);
  // A percentage as stored: within 75..200 and on a 10% step (or 75). Settings written by older
  // versions kept a font size in pixels; load_settings converts it to the nearest percentage.
  static int clamp_percent(int percent);
};

class App {
 public:
  // `settings_storage` and `workspace_storage` may be the same folder.
  App(const Registry& registry, Storage& storage, AppPlatform platform);
  ~App();

  // Open the saved workspace (recovering from a damaged file) and settings. Call once, after the
  // ImGui context exists.
  void start();
  // Build the font atlas for the current settings at `pixel_ratio` (device pixels per logical
  // pixel). lay_out_frame() calls it at start and whenever fonts_changed() says so. That is also
  // true after a frame that asked for a font the atlas does not have yet.
  void build_fonts(float pixel_ratio);
  bool fonts_changed() const;

  // Draw one frame (between ImGui::NewFrame() and ImGui::Render()).
  void frame();
  // What a platform does around frame() in lay_out_frame(): upload the font atlas as its texture
  // once it was built (empty where nothing is drawn, as in the UI tests), and start its backends'
  // frame and set the display size (before ImGui::NewFrame()).
  struct FrameSteps {
    std::function<void()> upload_fonts;
    std::function<void()> begin_frame;
  };
  // One frame, from ImGui::NewFrame() to ImGui::Render(), as every platform lays it out: the
  // font atlas built first when none is or fonts_changed() says so, and the frame laid out again
  // with the atlas rebuilt when it asked for a font the atlas lacks (the huge one is built on
  // first use), so that no frame is shown in a stand-in font. Ends the automation layer's frame.
  // Returns how many times the frame was laid out (1 or 2).
  int lay_out_frame(float pixel_ratio, const FrameSteps& steps);
  // True while something animates or a save is pending: the platform keeps drawing frames;
  // otherwise it may sleep until the next input event.
  bool wants_frames() const;
  // Seconds until the shell needs a frame without input (autosave, a storage sync); < 0: none.
  // A toast whose time is up does not count: it goes with the next frame input brings.
  double next_deadline() const;

  // Save now if anything changed (on exit, page hide).
  void flush();
  // A file dropped on the window (native) or handed in by the browser.
  void open_dropped_file(const std::string& name, const std::string& bytes);

  // A message from the platform for the user (a toast).
  void notify(const std::string& message, bool is_error);

  // Test and automation access.
  std::string workspace_json() const;
  const std::vector<std::string>& messages() const;  // every toast shown, oldest first
  bool quit_requested() const;
  // The page on screen: "#home", "#profile" or a plugin id.
  const std::string& current_page() const;
  // True when every edit has reached durable storage: nothing unsaved, no flush pending, no error.
  bool saved() const;

  AppSettings& settings();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stempush
