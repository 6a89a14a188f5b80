// Steps that UI tests of plugins repeat, done the one way a user does them: a file chosen through
// the shell's path prompt, an offered file saved through the save prompt, the kiosk started and
// left with the staff PIN, a page scrolled until an item shows, and a plugin's saved section.
#pragma once
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "stempush/storage.hpp"

namespace stempush::testing {

// The plugin's data as the workspace file has it (what autosave writes).
inline nlohmann::json plugin_section(const Harness& h, const std::string& plugin_id) {
  return nlohmann::json::parse(h.workspace_json())["sections"][plugin_id]["data"];
}

// Opens `text` as a file through the shell's path prompt (natively the shell asks for a path);
// the prompt must be open (the test has clicked the plugin's import button).
inline void open_text_as_file(Harness& h, const std::string& text) {
  char path[] = "/tmp/stempush-ui-XXXXXX.csv";
  const int fd = ::mkstemps(path, 4);
  REQUIRE(fd >= 0);
  REQUIRE(::write(fd, text.data(), text.size()) == ssize_t(text.size()));
  ::close(fd);
  REQUIRE(h.has("Open"));
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(path);
  h.click("Open");
  std::remove(path);
}

// Saves the file a plugin offered through the native save prompt, and returns its bytes.
inline std::string save_offered_file(Harness& h) {
  REQUIRE(h.has("Save"));
  char folder[] = "/tmp/stempush-ui-out-XXXXXX";
  REQUIRE(::mkdtemp(folder));
  const std::string path = std::string(folder) + "/file";
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(path);
  h.click("Save");
  auto bytes = stempush::read_file(path);
  REQUIRE(bytes);
  std::remove(path.c_str());
  ::rmdir(folder);
  return *bytes;
}

// Sets the staff PIN and starts the kiosk of the survey shown on the page.
inline void start_kiosk(Harness& h, const std::string& pin) {
  h.fill("Staff PIN", pin);
  h.click("Set the PIN");
  h.click("Start kiosk mode");
}

// Leaves the kiosk as staff do: "Staff: exit", then the PIN.
inline void exit_kiosk(Harness& h, const std::string& pin) {
  h.click("Staff: exit");
  h.fill("Staff PIN", pin);
  h.click("Exit kiosk mode");
}

// Scrolls the window whose name contains `window` down until `label` is drawn (items outside the
// view are not drawn); false if it never shows.
// One wheel step at a time: ImGui scrolls up to two thirds of the view per step, so bigger turns
// at large text jump over a short item.
// `lines` < 0 scrolls up.
inline bool scroll_to(Harness& h, const std::string& window, const std::string& label, float lines = 1) {
  for (int i = 0; i < 120 && !h.has(label); ++i) {
    h.scroll(window, lines);
    h.frames(1);
  }
  return h.has(label);
}

// Scrolls the page down, then up, until `label` is on screen, and clicks it.
inline void reveal_and_click(Harness& h, const std::string& label) {
  if (!scroll_to(h, "Page", label, 1)) scroll_to(h, "Page", label, -1);
  h.click(label);
}

// Opens a page by its sidebar entry, or through the Go to menu when the sidebar has folded into
// it (large text on a small screen).
inline void go_to(Harness& h, const std::string& page) {
  if (h.find(page, "Sidebar")) h.click(page, "Sidebar");
  else h.click_menu("Go to", page);
}

}  // namespace stempush::testing
