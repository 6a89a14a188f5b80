// Text fields everywhere behave the same (core ui helpers, stempush/ui/ui.hpp): Esc leaves a
// field and keeps what was typed, a newly added row's field takes the keyboard focus, and a
// multi-line field grows with its text.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {
json profile_of(const Harness& h) { return json::parse(h.workspace_json())["profile"]["data"]; }
json belonging_of(const Harness& h) { return json::parse(h.workspace_json())["sections"]["belonging"]["data"]; }
}  // namespace

TEST_CASE("text fields: a new row takes the focus and Esc keeps what was typed", "[ui][text]") {
  Harness h;
  h.click("Program profile");
  h.click("Add a staff member");
  // No click into the new row: typing goes straight into its name.
  h.type("Ana Núñez");
  REQUIRE(profile_of(h)["staff"].size() == 1);
  CHECK(profile_of(h)["staff"][0]["name"] == "Ana Núñez");
  // Esc leaves the field; what was typed stays (Dear ImGui alone would put the field back).
  h.key(ImGuiKey_Escape);
  CHECK(profile_of(h)["staff"][0]["name"] == "Ana Núñez");
  h.type("x");  // the field is no longer being typed in
  CHECK(profile_of(h)["staff"][0]["name"] == "Ana Núñez");

  h.click("Program name");
  h.type("Academia");
  h.key(ImGuiKey_Escape);
  CHECK(profile_of(h)["program_name"] == "Academia");
  // Undo still takes it back as one step.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(profile_of(h)["program_name"] == "");

  // A plugin's own rows: a new facilitator and a new material take the focus too.
  h.click("Ecological belonging", "Sidebar");
  h.click("Add a facilitator");
  h.type("Marta");
  h.key(ImGuiKey_Escape);
  const json plan = belonging_of(h)["plan"];
  REQUIRE(plan["facilitators"].size() == 1);
  CHECK(plan["facilitators"][0] == "Marta");
}

TEST_CASE("text fields: a multi-line field grows with its text and keeps it on Esc", "[ui][text]") {
  Harness h;
  h.click("Ecological belonging", "Sidebar");
  h.click("Results and reflection");
  const auto* area = h.find("What happened");
  REQUIRE(area);
  const float before = area->h;
  h.click("What happened");
  for (int line = 1; line <= 8; ++line) {
    h.type("Line " + std::to_string(line));
    h.key(ImGuiKey_Enter);
  }
  h.key(ImGuiKey_Escape);
  const auto* grown = h.find("What happened");
  REQUIRE(grown);
  CHECK(grown->h > before * 1.5f);
  const std::string text = belonging_of(h)["reflection"]["what_happened"];
  CHECK(text.find("Line 8") != std::string::npos);
}
