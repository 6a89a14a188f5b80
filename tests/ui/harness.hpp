// Drives real frames of the app with no window and no renderer: an ImGui context, the shell with
// every installed plugin, storage in memory, a fake clock. Finds items through the automation
// layer by their visible label and clicks/types through ImGui's input queue, as a user would.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "imgui.h"
#include "stempush/app.hpp"
#include "stempush/automation.hpp"
#include "stempush/registry.hpp"
#include "stempush/storage.hpp"

namespace stempush::testing {

class Harness {
 public:
  // `storage` may be shared between harnesses to simulate a restart; null: a fresh one.
  // `test_plugins`: also install the TEST_ONLY plugins (tests/sample_plugin).
  // `configure` may change the platform the app gets (e.g. a fake system file dialog).
  explicit Harness(std::shared_ptr<MemoryStorage> storage = nullptr, float width = 1280, float height = 800,
                   bool test_plugins = false, const std::function<void(AppPlatform&)>& configure = nullptr);
  ~Harness();

  void frames(int n = 1);
  // Advances the fake clock (autosave waits for a quiet moment) and draws a frame.
  void wait(double seconds);

  // The last frame's item with this exact label (optionally in a window whose name contains
  // `window`); nullptr if none.
  const automation::Item* find(const std::string& label, const std::string& window = "") const;
  bool has(const std::string& label) const { return find(label) != nullptr; }
  // Clicks the item's centre. Fails the test (throws) if there is no such item.
  void click(const std::string& label, const std::string& window = "");
  void click_menu(const std::string& menu, const std::string& item);
  // A finger on a touch screen: put down on the item's centre, moved by (dx, dy) pixels over ten
  // frames, lifted. tap() is a finger's click.
  void swipe(const std::string& label, float dx, float dy);
  void tap(const std::string& label);
  void type(const std::string& utf8);
  // Turns the mouse wheel over the first window whose name contains `window` (dy > 0 scrolls
  // down by that many lines).
  void scroll(const std::string& window, float lines);
  void key(ImGuiKey key, int mods = 0);  // mods: ImGuiMod_Ctrl etc.
  // Click a field, select all, type the text, press Enter-free (stays in the field), click away.
  void fill(const std::string& field_label, const std::string& text);

  std::string workspace_json() const { return app->workspace_json(); }
  // The state tests assert on instead of what is drawn: the page on screen ("#home", "#profile"
  // or a plugin id) and whether every edit has reached storage.
  const std::string& current_page() const { return app->current_page(); }
  bool saved() const { return app->saved(); }
  std::string dump_labels() const;  // for failure messages

  std::shared_ptr<MemoryStorage> storage;
  // How many times each frame drawn so far was laid out (App::lay_out_frame: 2 when it asked for
  // a font the atlas did not have yet).
  std::vector<int> passes;
  Registry registry;
  std::unique_ptr<App> app;
  double clock = 1000.0;

 private:
  ImGuiContext* context_ = nullptr;
  float width_, height_;
};

// What is wrong with the last frame's layout, one sentence each (empty: nothing): named items
// that overlap another in the same window or run past their window's left or right edge (cut off:
// scrolling down is fine, sideways text is lost), text fields too narrow to use (< 3em), and
// windows whose content is wider than they are (a line of text or a row of buttons cut off at
// the right). Items inside a window that scrolls sideways may extend past it.
std::vector<std::string> layout_problems();

}  // namespace stempush::testing
