// The PDSA pages driven as a program lead would: a cycle started from a change idea, its Plan
// (questions with predictions, a due date), Do, Study (a measure looked at, which marks the cycle
// on that measure's run chart) and Act (a decision, the next cycle pre-filled), the ladder, undo,
// and the list's filters.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "imgui_internal.h"
#include "steps.hpp"
#include "stempush/storage.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {

json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["improvement"]["data"]; }

// A driver diagram with one change idea and a measure whose 12 weekly points make a shift.
std::shared_ptr<stempush::MemoryStorage> workspace_with_idea_and_measure() {
  json points = json::array();
  const double values[] = {8, 9, 8, 7, 9, 8, 14, 15, 13, 16, 15, 14};
  for (int i = 0; i < 12; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2026-02-%02d", i * 2 + 1);
    points.push_back({{"date", date}, {"value", values[i]}});
  }
  json drivers = json::array({{{"id", "n1"},
                               {"text", "Students get help when they struggle"},
                               {"children", json::array({{{"id", "n2"},
                                                          {"text", "Tutoring that fits students' time"},
                                                          {"children", json::array({{{"id", "n3"}, {"text", "Peer tutoring on Tuesdays"}}})}}})}}});
  json data = {{"drivers", drivers},
               {"measures", json::array({{{"id", "m4"}, {"name", "Students at tutoring"}, {"kind", "process"}, {"points", points}}})},
               {"next_id", 5}};
  json doc = {{"format", "stempush-workspace"},
              {"format_version", 1},
              {"profile", {{"schema", 2}, {"data", json::object()}}},
              {"sections", {{"improvement", {{"schema", 1}, {"data", data}}}}}};
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] = doc.dump();
  return storage;
}

}  // namespace

TEST_CASE("improvement: a PDSA cycle from a change idea through plan, do, study, act and the next cycle", "[ui][improvement]") {
  Harness h(workspace_with_idea_and_measure(), 1280, 1500);
  h.click("Improvement", "Sidebar");
  h.click("PDSA cycles");
  INFO(h.dump_labels());
  REQUIRE(h.has("No PDSA cycles yet."));
  REQUIRE(h.has("Change idea to test"));
  h.click("Start a PDSA cycle");
  json cycles = section(h)["cycles"];
  REQUIRE(cycles.size() == 1);
  CHECK(cycles[0]["change_idea"] == "n3");
  CHECK(cycles[0]["change"] == "Peer tutoring on Tuesdays");
  REQUIRE(h.has("Cycle 1: Peer tutoring on Tuesdays"));
  REQUIRE(h.has("Ladder step 1: Cycle 1: Peer tutoring on Tuesdays, Not decided yet"));

  // Plan: who, a question with its prediction, a second question removed after a confirmation.
  h.fill("Who", "two tutors, eight ninth graders");
  h.fill("Question 1", "Will ninth graders come back a second week?");
  h.fill("Prediction for question 1", "Six of the eight come back.");
  h.click("Add a learning question");
  h.fill("Question 2", "Is Tuesday better than Thursday?");
  REQUIRE(section(h)["cycles"][0]["questions"].size() == 2);
  h.click("Remove question 2");
  h.click("Cancel");
  REQUIRE(section(h)["cycles"][0]["questions"].size() == 2);
  h.click("Remove question 2");
  h.click("Remove the question");
  REQUIRE(section(h)["cycles"][0]["questions"].size() == 1);
  h.fill("Data to collect", "sign-in sheet");
  h.fill("Due date (YYYY-MM-DD)", "next week");
  CHECK(h.has("“next week” is not a date: use YYYY-MM-DD."));
  CHECK(section(h)["cycles"][0]["due"] == "");
  h.fill("Due date (YYYY-MM-DD)", "2026-02-13");
  cycles = section(h)["cycles"];
  CHECK(cycles[0]["who"] == "two tutors, eight ninth graders");
  CHECK(cycles[0]["questions"][0] == json{{"question", "Will ninth graders come back a second week?"},
                                          {"prediction", "Six of the eight come back."},
                                          {"result", ""}});
  CHECK(cycles[0]["data_to_collect"] == "sign-in sheet");
  CHECK(cycles[0]["due"] == "2026-02-13");

  h.click("Do");
  h.fill("What happened", "Seven came back; two brought friends.");
  CHECK(section(h)["cycles"][0]["what_happened"] == "Seven came back; two brought friends.");

  // Study: the prediction is shown next to the result; the measure looked at gets its chart.
  h.click("Study");
  REQUIRE(h.has("Result for question 1"));
  h.fill("Result for question 1", "Seven of eight: better than predicted.");
  CHECK_FALSE(h.has("Students at tutoring"));
  h.click("Looked at Students at tutoring");
  CHECK(section(h)["cycles"][0]["measures"] == json::array({"m4"}));
  REQUIRE(h.has("Students at tutoring"));  // the run chart
  CHECK(h.has("PDSA on the chart: Peer tutoring on Tuesdays, 2026-02-13"));

  // Act: adapt, then the next cycle starts from this plan.
  h.click("Act");
  h.click("Adapt");
  CHECK(section(h)["cycles"][0]["decision"] == "adapt");
  h.click("Start the next cycle");
  cycles = section(h)["cycles"];
  REQUIRE(cycles.size() == 2);
  CHECK(cycles[1]["previous"] == cycles[0]["id"]);
  CHECK(cycles[1]["who"] == "two tutors, eight ninth graders");
  CHECK(cycles[1]["questions"][0]["prediction"] == "Six of the eight come back.");
  CHECK(cycles[1]["questions"][0]["result"] == "");
  CHECK(cycles[1]["decision"] == "undecided");
  REQUIRE(h.has("Cycle 2: Peer tutoring on Tuesdays"));
  CHECK(h.find("Who")); // a new cycle opens on its plan
  REQUIRE(h.has("Ladder step 1: Cycle 1: Peer tutoring on Tuesdays, Adapt"));
  REQUIRE(h.has("Ladder step 2: Cycle 2: Peer tutoring on Tuesdays, Not decided yet"));

  // The ladder's steps open their cycles.
  h.click("Ladder step 1: Cycle 1: Peer tutoring on Tuesdays, Adapt");
  CHECK(h.has("Cycle 1: Peer tutoring on Tuesdays"));
  CHECK_FALSE(h.has("Cycle 2: Peer tutoring on Tuesdays"));

  // Undo takes the next cycle back.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["cycles"].size() == 1);
  CHECK_FALSE(h.has("Ladder step 2: Cycle 2: Peer tutoring on Tuesdays, Not decided yet"));

  // The list and its filters.
  h.click("Back to all cycles");
  REQUIRE(h.has("Open Cycle 1: Peer tutoring on Tuesdays"));
  CHECK(h.has("Cycle 1: Peer tutoring on Tuesdays: Adapted"));
  h.click("Show");
  h.click("Open (not decided)");
  CHECK(h.has("No cycles match this filter."));
  h.click("Show");
  h.click("Adapted");
  CHECK(h.has("Open Cycle 1: Peer tutoring on Tuesdays"));
  h.click("Open Cycle 1: Peer tutoring on Tuesdays");
  CHECK(h.has("Cycle 1: Peer tutoring on Tuesdays"));
  h.key(ImGuiKey_Escape);  // back to the list from the keyboard
  h.frames(2);
  CHECK(h.has("Open Cycle 1: Peer tutoring on Tuesdays"));

  // Removing a cycle asks first.
  h.click("Open Cycle 1: Peer tutoring on Tuesdays");
  h.click("Remove this cycle…");
  h.click("Cancel");
  CHECK(section(h)["cycles"].size() == 1);
  h.click("Remove this cycle…");
  h.click("Remove the cycle");
  CHECK(section(h)["cycles"].empty());
  CHECK(h.has("No PDSA cycles yet."));

  h.wait(5);
  CHECK(h.saved());
}

TEST_CASE("improvement: at 200% text a cycle opened from the bottom of another starts at its top", "[ui][improvement][layout]") {
  // On 1024x768 at 200% a cycle's Act step is several screens long and "Start the next cycle" is
  // at its end: the next cycle must open at its heading and its plan, not scrolled halfway down.
  auto storage = workspace_with_idea_and_measure();
  storage->files["settings.json"] = R"({"text_percent": 200})";
  Harness h(storage, 1024, 768);
  stempush::testing::go_to(h, "Improvement");
  h.click("PDSA cycles");
  stempush::testing::reveal_and_click(h, "Start a PDSA cycle");
  REQUIRE(section(h)["cycles"].size() == 1);
  stempush::testing::reveal_and_click(h, "Act");
  stempush::testing::reveal_and_click(h, "Adapt");
  REQUIRE(section(h)["cycles"][0]["decision"] == "adapt");
  stempush::testing::reveal_and_click(h, "Start the next cycle");
  REQUIRE(section(h)["cycles"].size() == 2);
  ImGuiWindow* page = nullptr;  // the shell's page (a child window: "<parent>/Page_<id>")
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    const std::string name = w->Name;
    const size_t at = name.find("/Page_");
    if (w->Active && at != std::string::npos && name.find('/', at + 1) == std::string::npos) page = w;
  }
  REQUIRE(page);
  CHECK(page->Scroll.y == 0);
  CHECK(h.has("Cycle 2: Peer tutoring on Tuesdays"));  // its heading, on screen
}

TEST_CASE("improvement: the cycles page without change ideas says where they come from", "[ui][improvement]") {
  Harness h;
  h.click("Improvement", "Sidebar");
  h.click("PDSA cycles");
  CHECK(h.has("No change ideas yet."));
  CHECK(h.has("No PDSA cycles yet."));
  CHECK_FALSE(h.has("Start a PDSA cycle"));
}
