// The self-study plugin driven as a program team would: start a cycle with two people, rate with
// the keyboard only, talk through a disagreement to a team rating, plan a priority, read the
// summary, with undo, confirmations, a bad framework file and a restart along the way.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <tuple>

#include "harness.hpp"
#include "steps.hpp"
#include "imgui.h"
#include "stempush/automation.hpp"
#include "stempush/storage.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {

json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["self_study"]["data"]; }
json cycle0(const Harness& h) { return section(h)["cycles"][0]; }
json rating(const Harness& h, int person, const std::string& indicator) {
  json ratings = cycle0(h)["participants"][person]["ratings"];
  return ratings.contains(indicator) ? ratings[indicator] : json::object();
}

void open_plugin(Harness& h) { h.click("Self-study", "Sidebar"); }

void start_cycle(Harness& h) {
  open_plugin(h);
  REQUIRE(h.has("Start the cycle"));
  h.fill("Cycle name", "Fall 2026 self-study");
  h.fill("Date (YYYY-MM-DD)", "2026-10-15");
  h.fill("Who takes part", "Ana Núñez, Director\nBo Li, Instructor");
  h.click("Start the cycle");
  json c = cycle0(h);
  REQUIRE(c["name"] == "Fall 2026 self-study");
  REQUIRE(c["date"] == "2026-10-15");
  REQUIRE(c["participants"].size() == 2);
  REQUIRE(c["participants"][0]["name"] == "Ana Núñez");
  REQUIRE(c["participants"][0]["role"] == "Director");
  REQUIRE(c["participants"][1]["name"] == "Bo Li");
}

}  // namespace

TEST_CASE("self-study: an empty plugin explains where to start", "[ui][self_study]") {
  Harness h;
  open_plugin(h);
  REQUIRE(h.has("Start the cycle"));
  REQUIRE(h.has("Load another framework file…"));
  // Pages that need a cycle are there but cannot be used yet.
  REQUIRE(h.has("Rate"));
  h.click("Rate");
  REQUIRE(h.has("Start the cycle"));  // still home
  // A cycle needs a name: the model refuses and the page says why, nothing is stored.
  h.fill("Cycle name", "");
  h.click("Start the cycle");
  REQUIRE(section(h)["cycles"].empty());
}

TEST_CASE("self-study: a cycle with two people, keyboard rating, consensus, a priority, undo, summary",
          "[ui][self_study]") {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage);
    start_cycle(h);

    // ---- Ana rates with the keyboard only: a click gives the first row focus, keys do the rest.
    REQUIRE(h.has("Indicator goals.1.a"));
    REQUIRE(h.has("Not yet (1)"));  // the scale with its descriptions is on the page
    h.click("Indicator goals.1.a");
    h.key(ImGuiKey_4);
    REQUIRE(rating(h, 0, "goals.1.a") == json({{"state", "rated"}, {"level", 4}}));
    h.key(ImGuiKey_DownArrow);
    h.key(ImGuiKey_N);
    REQUIRE(rating(h, 0, "goals.1.b")["state"] == "not_applicable");
    h.key(ImGuiKey_DownArrow);
    h.key(ImGuiKey_D);
    REQUIRE(rating(h, 0, "goals.1.c")["state"] == "dont_know");
    h.key(ImGuiKey_DownArrow);  // into the next standard
    h.key(ImGuiKey_2);
    h.key(ImGuiKey_RightArrow);
    REQUIRE(rating(h, 0, "goals.2.a") == json({{"state", "rated"}, {"level", 3}}));
    h.key(ImGuiKey_LeftArrow);
    h.key(ImGuiKey_LeftArrow);
    REQUIRE(rating(h, 0, "goals.2.a")["level"] == 1);
    h.key(ImGuiKey_Delete);
    REQUIRE(rating(h, 0, "goals.2.a").empty());
    // Undo brings the last rating back, one key press per step.
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(rating(h, 0, "goals.2.a")["level"] == 1);

    // Enter on a row jumps to its evidence; Tab leaves the box.
    h.click("Indicator goals.1.a");
    h.key(ImGuiKey_Enter);
    h.type("Our mission statement names the students we serve");
    h.key(ImGuiKey_Tab);
    h.type("https://example.org/mission");
    h.key(ImGuiKey_Tab);
    REQUIRE(rating(h, 0, "goals.1.a")["evidence"] == "Our mission statement names the students we serve");
    REQUIRE(rating(h, 0, "goals.1.a")["links"] == json({"https://example.org/mission"}));
    REQUIRE(rating(h, 0, "goals.1.a")["level"] == 4);  // the text did not touch the rating

    // ---- Bo rates goals.1.a three levels lower (a disagreement) and goals.1.b the same.
    h.click("Bo Li");
    h.click("Indicator goals.1.a");
    h.key(ImGuiKey_1);
    h.click("Indicator goals.1.b");
    h.key(ImGuiKey_N);
    h.click("Don't know (D)");  // the mouse works too
    REQUIRE(rating(h, 1, "goals.1.a")["level"] == 1);
    REQUIRE(rating(h, 1, "goals.1.b")["state"] == "dont_know");

    // ---- Consensus: the disagreement comes first; the team settles and says why.
    h.click("Consensus");
    const auto* first = h.find("Discuss goals.1.a");
    const auto* other = h.find("Discuss goals.1.b");
    REQUIRE(first);
    REQUIRE(other);
    REQUIRE(first->y < other->y);
    REQUIRE(h.find("Discuss goals.1.c")->y > first->y);
    h.click("Discuss goals.1.a");
    h.click("In place (3)");
    h.fill("Why the team settled there", "Written goals exist; not all staff use them");
    json consensus = cycle0(h)["consensus"]["goals.1.a"];
    REQUIRE(consensus["state"] == "rated");
    REQUIRE(consensus["level"] == 3);
    REQUIRE(consensus["rationale"] == "Written goals exist; not all staff use them");
    // Typing the rationale is one undo step; the team rating is another.
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE_FALSE(cycle0(h)["consensus"]["goals.1.a"].contains("rationale"));  // empty: not stored
    REQUIRE(cycle0(h)["consensus"]["goals.1.a"]["level"] == 3);
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE_FALSE(cycle0(h)["consensus"].contains("goals.1.a"));
    h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
    h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
    REQUIRE(cycle0(h)["consensus"]["goals.1.a"]["rationale"] == "Written goals exist; not all staff use them");
    h.click("Next indicator");
    h.click("Not applicable");

    // ---- Plan: the discussed indicator becomes a priority with an aim, owner and due date.
    h.click("Discuss goals.1.a");
    h.click("Make this a priority");
    h.click("Add priority");
    REQUIRE(section(h)["priorities"].size() == 1);
    REQUIRE(section(h)["priorities"][0]["indicator"] == "goals.1.a");
    h.fill("Aim 1", "By May, every staff member can name our three goals");
    h.fill("Owner 1", "Ana Núñez");
    h.fill("Due date 1", "2027-05-01");
    // Owner, due date and status share a line (each label above its box, at the row's top).
    CHECK(h.find("Owner 1")->y == h.find("Due date 1")->y);
    CHECK(h.find("Due date 1")->y == h.find("Status 1")->y);
    h.fill("Change ideas 1", "Goals poster in every room\nGoals review at each staff meeting");
    json p = section(h)["priorities"][0];
    REQUIRE(p["aim"] == "By May, every staff member can name our three goals");
    REQUIRE(p["owner"] == "Ana Núñez");
    REQUIRE(p["due"] == "2027-05-01");
    REQUIRE(p["change_ideas"].size() == 2);
    // A half-typed date is not stored (the model would refuse it) and the last good one stays.
    h.fill("Due date 1", "2027-13");
    REQUIRE(section(h)["priorities"][0]["due"] == "2027-05-01");
    h.click("Status 1");
    h.click("In progress");
    REQUIRE(section(h)["priorities"][0]["status"] == "in_progress");

    // The priority is listed on the plugin's home and links back to its indicator.
    h.click("Self-study home");
    // Below the exports, which now wrap onto a second row rather than run off the page.
    REQUIRE(stempush::testing::scroll_to(h, "Page", "Show indicator goals.1.a"));
    h.click("Show indicator goals.1.a");
    REQUIRE(h.has("Clear the answer"));  // the rating page, on that indicator

    // ---- Summary: the chart and the lists are there.
    h.click("Summary");
    REQUIRE(h.has("Mean rating by domain"));
    REQUIRE(h.has("Program Goals"));
    REQUIRE(h.has("Download the report (HTML)"));

    // ---- Removing a priority asks first; cancel keeps it, confirm removes it, undo restores it.
    h.click("Plan");
    h.click("Remove priority 1");
    REQUIRE(h.has("Remove the priority"));
    h.click("Cancel");
    REQUIRE(section(h)["priorities"].size() == 1);
    h.click("Remove priority 1");
    h.click("Remove the priority");
    REQUIRE(section(h)["priorities"].empty());
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(section(h)["priorities"].size() == 1);

    h.wait(2.0);  // autosave
  }
  // ---- Everything survives a restart.
  Harness restarted(storage);
  json c = cycle0(restarted);
  REQUIRE(c["participants"].size() == 2);
  REQUIRE(c["participants"][0]["ratings"]["goals.1.a"]["level"] == 4);
  REQUIRE(c["consensus"]["goals.1.a"]["level"] == 3);
  REQUIRE(section(restarted)["priorities"][0]["owner"] == "Ana Núñez");
}

namespace {
// The consensus page's count and highlight, as read from the items a screen reader gets.
std::string consensus_counts() {
  for (auto& item : stempush::automation::items())
    if (item.label.rfind("Disagreements to talk about:", 0) == 0) return item.label;
  return "(no count on screen)";
}
bool highlighted(const Harness& h, const std::string& indicator) {
  return h.has(indicator + ": ratings differ, talk about it first");
}
}  // namespace

TEST_CASE("self-study: consensus that moves: a settled row loses its highlight and the count goes down",
          "[ui][self_study]") {
  Harness h;
  start_cycle(h);
  // Ana and Bo disagree on two indicators (spread 3 and 2) and agree on a third.
  auto rate = [&](const char* indicator, ImGuiKey key) {
    h.click(std::string("Indicator ") + indicator);
    h.key(key);
  };
  rate("goals.1.a", ImGuiKey_4);
  rate("goals.1.b", ImGuiKey_1);
  rate("goals.1.c", ImGuiKey_3);
  h.click("Bo Li");
  rate("goals.1.a", ImGuiKey_1);
  rate("goals.1.b", ImGuiKey_3);
  rate("goals.1.c", ImGuiKey_3);

  h.click("Consensus");
  CHECK_THAT(consensus_counts(), Catch::Matchers::StartsWith("Disagreements to talk about: 2."));
  CHECK(highlighted(h, "goals.1.a"));
  CHECK(highlighted(h, "goals.1.b"));
  CHECK_FALSE(highlighted(h, "goals.1.c"));  // they agree: nothing to talk about first

  const float row_y = h.find("Discuss goals.1.a")->y;
  h.click("Discuss goals.1.a");
  h.click("In place (3)");
  CHECK_THAT(consensus_counts(), Catch::Matchers::StartsWith("Disagreements to talk about: 1."));
  CHECK_THAT(consensus_counts(), Catch::Matchers::ContainsSubstring("agreed on 1 of"));
  CHECK_FALSE(highlighted(h, "goals.1.a"));
  CHECK(highlighted(h, "goals.1.b"));
  CHECK(h.find("Discuss goals.1.a")->y == row_y);  // the row keeps its place while the team talks

  h.click("Discuss goals.1.b");
  h.click("Beginning (2)");
  CHECK_THAT(consensus_counts(), Catch::Matchers::StartsWith("Disagreements to talk about: 0."));
  CHECK_FALSE(highlighted(h, "goals.1.b"));

  // Undo brings the disagreement back to the list.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK_THAT(consensus_counts(), Catch::Matchers::StartsWith("Disagreements to talk about: 1."));
  CHECK(highlighted(h, "goals.1.b"));
}

TEST_CASE("self-study: the consensus table shows every rater at 1366 px and stays usable at 1024 px and 200% text",
          "[ui][self_study][layout]") {
  const std::vector<std::string> team = {"Ana Núñez", "Bo Li", "Carmen Ruiz", "Dmitri Okafor", "Esperanza Villanueva"};
  for (auto [width, height, percent] : {std::tuple{1366.0f, 768.0f, 100}, std::tuple{1024.0f, 768.0f, 100},
                                        std::tuple{1024.0f, 768.0f, 200}}) {
    auto storage = std::make_shared<stempush::MemoryStorage>();
    storage->files["settings.json"] = "{\"text_percent\": " + std::to_string(percent) + "}";
    Harness h(storage, width, height);
    stempush::testing::go_to(h, "Self-study");  // at 200% on 1024 px the sidebar folds into a menu
    auto reach = [&](const char* label) { REQUIRE(stempush::testing::scroll_to(h, "Page", label)); };
    reach("Cycle name");
    h.fill("Cycle name", "Fall 2026 self-study");
    reach("Date (YYYY-MM-DD)");
    h.fill("Date (YYYY-MM-DD)", "2026-10-15");
    std::string people;
    for (auto& name : team) people += name + "\n";
    reach("Who takes part");
    h.fill("Who takes part", people);
    reach("Start the cycle");
    h.click("Start the cycle");
    h.click("Consensus");  // the rating page it opened starts at its top, page buttons and all
    INFO(width << "x" << height << " at " << percent << "%: " << h.dump_labels());
    // Every rater's column header is on screen, whole (items are clipped to what is visible).
    if (percent == 100) {
      for (auto& name : team) {
        const auto* header = h.find(name);
        INFO(name);
        REQUIRE(header);
        CHECK(header->w >= ImGui::CalcTextSize(name.c_str()).x);
      }
    }
    // Usable: a row can be chosen and the team's answer given, without scrolling sideways.
    h.click("Discuss goals.1.a");
    // Stacked (200%): the page scrolls (the wheel over its heading) to bring the editor up, then
    // the editor scrolls to the team's answer.
    if (percent == 200) h.scroll("Page", 3);
    REQUIRE(stempush::testing::scroll_to(h, "consensus_editor", "In place (3)"));
    h.click("In place (3)");
    CHECK(cycle0(h)["consensus"]["goals.1.a"]["level"] == 3);
  }
}

TEST_CASE("self-study: participants, cycle removal behind a confirmation", "[ui][self_study]") {
  Harness h;
  start_cycle(h);
  h.click("Cycle and team");
  h.fill("New participant's name", "Carmen Ruiz");
  h.click("Add participant");
  REQUIRE(cycle0(h)["participants"].size() == 3);
  h.fill("Participant role 3", "Student alum");
  REQUIRE(cycle0(h)["participants"][2]["role"] == "Student alum");
  h.click("Remove Carmen Ruiz");
  h.click("Remove the participant");
  REQUIRE(cycle0(h)["participants"].size() == 2);

  h.click("Self-study home");
  h.click("Remove cycle Fall 2026 self-study");
  REQUIRE(h.has("Remove the cycle"));
  h.click("Remove the cycle");
  REQUIRE(section(h)["cycles"].empty());
  REQUIRE(h.has("Start the cycle"));
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  REQUIRE(section(h)["cycles"].size() == 1);
}

TEST_CASE("self-study: a malformed framework file is refused with the line and field at fault",
          "[ui][self_study]") {
  const std::string path = "/tmp/stempush-bad-framework-ui-test.json";
  {
    std::ofstream out(path);
    out << "{\n  \"format\": \"stempush-self-study-framework\",\n  \"format_version\": 1,\n"
           "  \"id\": \"x\",\n  \"version\": \"1\",\n  \"title\": 42\n}\n";
  }
  Harness h;
  open_plugin(h);
  json before = section(h)["framework"];
  h.click("Load another framework file…");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(path);
  h.key(ImGuiKey_Enter);
  h.frames(3);
  REQUIRE(section(h)["framework"] == before);
  bool named = false;
  for (auto& m : h.app->messages())
    if (m.find("stempush-bad-framework-ui-test.json") != std::string::npos && m.find("line") != std::string::npos)
      named = true;
  const std::string last = h.app->messages().empty() ? std::string("no message") : h.app->messages().back();
  INFO(last);
  REQUIRE(named);
  REQUIRE(h.has("Dismiss"));
  std::remove(path.c_str());
}
