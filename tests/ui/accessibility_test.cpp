// What the accessible mirror (web/pre.js) is told: each item's role and state from Dear ImGui's
// item status flags, keyboard focus, and a kiosk survey finished with the keyboard alone.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "stempush/automation.hpp"

using nlohmann::json;
using stempush::automation::Item;
using stempush::automation::Role;
using stempush::testing::Harness;

namespace {

const Item* focused() {
  for (auto& i : stempush::automation::items())
    if (i.focused && !i.label.empty()) return &i;
  return nullptr;
}
std::string focused_label() { return focused() ? focused()->label : std::string("(nothing)"); }

// Tab until keyboard focus is on `label` (at most 20 presses), as a keyboard user would.
void tab_to(Harness& h, const std::string& label) {
  for (int i = 0; i < 20 && focused_label() != label; ++i) h.key(ImGuiKey_Tab);
  REQUIRE(focused_label() == label);
}

}  // namespace

TEST_CASE("accessibility: roles and states come from ImGui's item status flags", "[ui][a11y]") {
  Harness h;
  // The sidebar's entries are buttons; a menu of the menu bar opens and closes.
  const Item* belonging = h.find("Ecological belonging", "Sidebar");
  REQUIRE(belonging);
  CHECK(belonging->role == Role::Button);
  const Item* menu = h.find("Workspace");
  REQUIRE(menu);
  CHECK(menu->role == Role::Expandable);
  CHECK_FALSE(menu->expanded);
  h.click("Workspace");
  REQUIRE(h.find("Workspace"));
  CHECK(h.find("Workspace")->expanded);
  bool menu_items = false;
  for (auto& i : stempush::automation::items())
    if (i.window.rfind("##Menu_", 0) == 0 && !i.label.empty()) {
      CHECK(i.role == Role::MenuItem);
      menu_items = true;
    }
  CHECK(menu_items);
  h.key(ImGuiKey_Escape);

  // A text field is a textbox; the JSON the browser reads carries role and state.
  h.click("Ecological belonging", "Sidebar");
  h.click("Collect the survey");
  h.click("Kiosk mode");
  const Item* pin = h.find("Staff PIN");
  REQUIRE(pin);
  CHECK(pin->role == Role::TextBox);
  json all = json::parse(stempush::automation::accessible_json());
  bool seen = false;
  for (auto& i : all)
    if (i["label"] == "Staff PIN") {
      CHECK(i["role"] == "textbox");
      CHECK(i["checked"] == false);
      seen = true;
    }
  CHECK(seen);

  // Nothing changes, nothing for the mirror to redo; a new status message is news.
  h.frames(2);
  const auto revision = stempush::automation::accessible_revision();
  h.frames(3);
  CHECK(stempush::automation::accessible_revision() == revision);
  h.app->notify("Something happened", false);
  h.frames(2);
  CHECK(stempush::automation::accessible_revision() != revision);
}

TEST_CASE("accessibility: a kiosk survey with the keyboard alone, answers as radios, focus on each question",
          "[ui][a11y][survey]") {
  Harness h;
  h.click("Ecological belonging", "Sidebar");
  h.click("Collect the survey");
  h.click("Kiosk mode");
  h.fill("Staff PIN", "2468");
  h.click("Set the PIN");
  h.click("Start kiosk mode");
  REQUIRE(h.has("English"));

  // From here on, keys only.
  tab_to(h, "English");
  h.key(ImGuiKey_Enter);
  REQUIRE(h.find("Your code"));
  REQUIRE(h.find("Type your anonymous code (not your name)."));
  CHECK(h.find("Type your anonymous code (not your name).")->role == Role::Text);
  CHECK(focused_label() == "Your code");  // the field has the keyboard
  h.type("K9-501");
  h.key(ImGuiKey_Enter);

  const size_t questions = json::parse(h.workspace_json())["sections"]["belonging"]["data"]["items"].size();
  REQUIRE(questions > 1);
  for (size_t q = 0; q < questions; ++q) {
    INFO("question " << q + 1 << ", items: " << h.dump_labels());
    // The question is readable text, the answers are radios, and focus is on the first one.
    const Item* first = focused();
    REQUIRE(first);
    CHECK(first->role == Role::Radio);
    CHECK_FALSE(first->checked);
    bool question_text = false;
    for (auto& i : stempush::automation::items())
      if (i.role == Role::Text && i.label.find("Question ") == 0) question_text = true;
    CHECK(question_text);
    if (q == 1) {
      // Back returns to the answered question with focus on the chosen answer, which is checked.
      tab_to(h, "Back");
      h.key(ImGuiKey_Enter);
      REQUIRE(focused());
      CHECK(focused()->role == Role::Radio);
      CHECK(focused()->checked);
      CHECK(focused()->label == "Agree");
      h.key(ImGuiKey_Enter);  // the same answer again moves on
      REQUIRE(focused());
    }
    // Arrow keys move between the answers (side by side, or stacked when there are many); Space
    // chooses.
    for (int i = 0; i < 8 && focused_label() != "Agree"; ++i) {
      const std::string was = focused_label();
      h.key(ImGuiKey_RightArrow);
      if (focused_label() == was) h.key(ImGuiKey_DownArrow);
    }
    REQUIRE(focused_label() == "Agree");
    h.key(ImGuiKey_Space);
  }
  REQUIRE(h.has("Next student"));
  CHECK(focused_label() == "Next student");
  REQUIRE(h.find("Thank you! Please hand the device to the next student."));
  CHECK(h.find("Thank you! Please hand the device to the next student.")->role == Role::Text);

  json pre = json::parse(h.workspace_json())["sections"]["belonging"]["data"]["pre"];
  REQUIRE(pre.size() == 1);
  CHECK(pre[0]["code"] == "K9-501");
  CHECK(pre[0]["answers"].size() == questions);
}
