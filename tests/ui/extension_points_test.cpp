// A plugin's extension points in the real shell: its menu item, keyboard shortcut, settings
// section and home card (the test-only sample_ideas plugin), hand-offs between two plugins that
// do not know each other, the program's small-group setting, and the real plugins' home cards.
#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

#include "harness.hpp"

using stempush::testing::Harness;
using json = nlohmann::json;

namespace {

json section(const Harness& h, const std::string& id) { return json::parse(h.workspace_json())["sections"][id]["data"]; }
json profile(const Harness& h) { return json::parse(h.workspace_json())["profile"]["data"]; }

}  // namespace

TEST_CASE("a plugin's menu item runs its action and opens its page", "[ui][extensions]") {
  Harness h(nullptr, 1280, 800, true);
  REQUIRE(section(h, "sample_ideas")["ideas"].empty());
  h.click_menu("Change ideas", "Add a change idea");
  REQUIRE(section(h, "sample_ideas")["ideas"].size() == 1);
  REQUIRE(section(h, "sample_ideas")["ideas"][0]["text"] == "New idea");
  REQUIRE(h.app->current_page() == "sample_ideas");
}

TEST_CASE("a plugin's keyboard shortcut runs its action, and undo takes it back", "[ui][extensions]") {
  Harness h(nullptr, 1280, 800, true);
  h.key(ImGuiKey_I, ImGuiMod_Ctrl | ImGuiMod_Shift);
  REQUIRE(section(h, "sample_ideas")["ideas"].size() == 1);
  REQUIRE(h.app->current_page() == "sample_ideas");
  h.key(ImGuiKey_I, ImGuiMod_Ctrl | ImGuiMod_Shift);
  REQUIRE(section(h, "sample_ideas")["ideas"].size() == 2);
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  REQUIRE(section(h, "sample_ideas")["ideas"].size() == 1);
}

TEST_CASE("a plugin's settings section appears on the Settings page and saves", "[ui][extensions]") {
  Harness h(nullptr, 1280, 800, true);
  h.click("Settings", "Sidebar");
  REQUIRE(h.app->current_page() == "#settings");
  REQUIRE(section(h, "sample_ideas")["show_sources"] == true);
  h.click("Show where each idea came from");
  REQUIRE(section(h, "sample_ideas")["show_sources"] == false);
}

TEST_CASE("the small-group threshold is edited on the Settings page and never goes below 5", "[ui][extensions]") {
  Harness h;
  h.click("Settings", "Sidebar");
  REQUIRE(profile(h)["min_group_size"] == 10);
  h.click("+", "Page");
  REQUIRE(profile(h)["min_group_size"] == 11);
  for (int i = 0; i < 8; ++i) h.click("-", "Page");
  REQUIRE(profile(h)["min_group_size"] == 5);
}

TEST_CASE("a plugin's home card shows its status and opens its page", "[ui][extensions]") {
  Harness h(nullptr, 1280, 1600, true);  // tall enough for every card without scrolling
  REQUIRE(h.has("0 ideas so far"));
  h.key(ImGuiKey_I, ImGuiMod_Ctrl | ImGuiMod_Shift);
  h.click("Home", "Sidebar");
  REQUIRE(h.has("1 idea so far"));
  REQUIRE_FALSE(h.has("0 ideas so far"));
  h.click("1 idea so far");
  REQUIRE(h.app->current_page() == "sample_ideas");
}

TEST_CASE("self-study and belonging show their status on the home page", "[ui][extensions]") {
  Harness h;
  REQUIRE(h.has("No self-study cycle yet."));
  REQUIRE(h.has("Session: no date yet. Pre survey: 0 responses; post survey: 0 responses."));
  h.click("Session: no date yet. Pre survey: 0 responses; post survey: 0 responses.");
  REQUIRE(h.app->current_page() == "belonging");
  h.click("Home", "Sidebar");
  h.click("No self-study cycle yet.");
  REQUIRE(h.app->current_page() == "self_study");
}

TEST_CASE("a note handed to the ideas plugin arrives with its link, and undo takes it back", "[ui][handoff]") {
  Harness h(nullptr, 1280, 800, true);
  h.click("Notes", "Sidebar");
  h.click("Add a note");
  h.fill("Note title", "Family night");
  h.click("Send to Change ideas");
  json ideas = section(h, "sample_ideas")["ideas"];
  REQUIRE(ideas.size() == 1);
  REQUIRE(ideas[0]["text"] == "Family night");
  REQUIRE(ideas[0]["source"] == json{{"plugin", "sample_notes"}, {"item", "Family night"}, {"label", "Family night"}});
  REQUIRE(h.app->messages().back() == "Sent to Change ideas.");
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);  // the hand-off is one undo step of the receiving section
  REQUIRE(section(h, "sample_ideas")["ideas"].empty());
}
