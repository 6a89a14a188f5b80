// The core survey collector's kiosk with questions that are not scales (single choice, multiple
// choice, short text), driven through real frames: two students, one in Spanish, on a belonging
// workspace whose item bank has one question of each type.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <nlohmann/json.hpp>

#include <tuple>

#include "harness.hpp"
#include "steps.hpp"
#include "stempush/survey.hpp"
#include "stempush/survey_kiosk.hpp"
#include "stempush/workspace.hpp"

using nlohmann::json;
using stempush::testing::Harness;
namespace survey = stempush::survey;

namespace {

json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["belonging"]["data"]; }

// A workspace whose belonging survey has a scale, a single choice, a multiple choice and a short
// text, and a staff PIN, written where the app finds it at start-up.
std::shared_ptr<stempush::MemoryStorage> mixed_survey_workspace() {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  json doc;
  {
    Harness fresh;
    doc = json::parse(fresh.workspace_json());
  }
  survey::ItemBank bank;
  bank.items.push_back(survey::scale_item("welcome", {"I felt welcome.", "Me sentí bienvenido."}, 5));
  bank.items.push_back(survey::choice_item("grade", {"Your grade", "Tu grado"},
                                           {{"g9", {"9th grade", "Noveno grado"}}, {"g10", {"10th grade", "Décimo grado"}}}));
  bank.items.push_back(survey::choice_item("liked", {"What did you like?", "¿Qué te gustó?"},
                                           {{"talks", {"Talks", "Charlas"}}, {"lab", {"Lab work", "Laboratorio"}},
                                            {"food", {"Food", "Comida"}}},
                                           /*multiple*/ true));
  bank.items.push_back(survey::text_item("idea", {"One idea for next time", "Una idea para la próxima vez"}));
  json& data = doc["sections"]["belonging"]["data"];
  data["items"] = survey::items_to_json(bank.items);
  data["kiosk_pin_hash"] = survey::hash_pin("2468");
  storage->files["workspace.json"] = doc.dump();
  return storage;
}

// Staff start the kiosk on the belonging page; it opens on the language choice.
void start_kiosk_on_belonging(Harness& h) {
  h.click("Ecological belonging", "Sidebar");
  h.click("Collect the survey");
  h.click("Kiosk mode");
  h.click("Start kiosk mode");
  REQUIRE(h.has("English"));
}

}  // namespace

TEST_CASE("kiosk: single choice, multiple choice and short text questions, two students", "[ui][survey]") {
  Harness h(mixed_survey_workspace());
  h.click("Ecological belonging", "Sidebar");
  h.click("Collect the survey");
  h.click("Kiosk mode");
  h.click("Start kiosk mode");
  REQUIRE(h.has("Español"));

  // Student 1, in Spanish: every screen shows the question's own kind of answer.
  h.click("Español");
  h.click("Tu código");
  h.type("q5-201");
  h.click("Siguiente");
  h.click("De acuerdo");    // scale: a tap answers and moves on
  REQUIRE(h.has("Décimo grado"));
  h.click("Décimo grado");  // single choice: the same
  REQUIRE(h.has("Comida"));
  h.click("Charlas");       // multiple choice: taps toggle, Next moves on
  h.click("Laboratorio");
  h.click("Comida");
  h.click("Laboratorio");   // untick
  REQUIRE(h.has("Comida"));  // still on the same screen
  h.click("Siguiente");
  REQUIRE(h.has("Tu respuesta"));  // short text
  h.click("Tu respuesta");
  h.type("Más laboratorio");
  h.click("Siguiente");
  REQUIRE(h.has("Siguiente estudiante"));

  json pre = section(h)["pre"];
  REQUIRE(pre.size() == 1);
  CHECK(pre[0]["code"] == "Q5-201");
  CHECK(pre[0]["answers"]["welcome"] == 4);
  CHECK(pre[0]["answers"]["grade"] == "g10");
  CHECK(pre[0]["answers"]["liked"] == json::array({"talks", "food"}));
  CHECK(pre[0]["answers"]["idea"] == "Más laboratorio");

  // Student 2, in English: nothing of student 1 is chosen or typed; skipped questions stay absent.
  h.click("Siguiente estudiante");
  h.click("English");
  h.click("Your code");
  h.type("Q5-202");
  h.click("Next");
  h.click("Skip this question");
  h.click("9th grade");
  h.click("Lab work");
  h.click("Next");
  REQUIRE(h.has("Your answer"));
  h.click("Next");  // an empty answer is no answer
  REQUIRE(h.has("Next student"));
  pre = section(h)["pre"];
  REQUIRE(pre.size() == 2);
  CHECK(pre[1]["answers"] == json({{"grade", "g9"}, {"liked", json::array({"lab"})}}));

  // Out with the PIN; the responses are kept.
  h.click("Next student");
  h.click("Staff: exit");
  h.fill("Staff PIN", "2468");
  h.click("Exit kiosk mode");
  REQUIRE(h.has("Start kiosk mode"));
  CHECK(section(h)["pre"].size() == 2);
}

TEST_CASE("kiosk lockdown: a restart reopens the kiosk; the exit needs the PIN, locks, and keeps a partial response",
          "[ui][survey][kiosk]") {
  auto storage = mixed_survey_workspace();
  const std::string label = "Before the session, Group A, 2026-10-01";
  {
    Harness h(storage);
    h.click("Ecological belonging", "Sidebar");
    h.click("Collect the survey");
    h.click("Kiosk mode");
    // The label starts as the chosen survey's name; staff give this session's.
    REQUIRE(h.find("Label shown on the kiosk"));
    h.fill("Label shown on the kiosk", label);
    h.click("Start kiosk mode");
    REQUIRE(h.has("Kiosk collects: " + label));
    h.click("English");
    h.click("Your code");
    h.type("Q5-301");
    h.click("Next");
    h.click("Agree");  // one answer, then the student walks away
    REQUIRE(h.has("9th grade"));
    // The app (or the browser tab) is closed here without leaving the kiosk.
  }
  Harness h(storage);
  // It reopens in the kiosk, where the student was: no staff page, menu or sidebar.
  CHECK(h.current_page() == "belonging");
  REQUIRE(h.has("Kiosk collects: " + label));
  CHECK(h.has("9th grade"));
  CHECK_FALSE(h.has("Workspace"));
  CHECK_FALSE(h.find("Ecological belonging", "Sidebar"));
  // Shortcuts do nothing: no undo of the kiosk's work, no page change.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.key(ImGuiKey_Equal, ImGuiMod_Ctrl);
  CHECK(h.current_page() == "belonging");
  CHECK(h.has("9th grade"));

  // Staff exit: wrong PINs lock the exit, on the app's clock.
  h.click("Staff: exit");
  for (const char* wrong : {"1111", "2222", "3333"}) {
    h.fill("Staff PIN", wrong);
    h.click("Exit kiosk mode");
  }
  REQUIRE(h.has("Too many wrong PINs. Try again in 0:30."));
  h.fill("Staff PIN", "2468");
  h.click("Exit kiosk mode");  // locked: not even the right PIN is looked at
  CHECK(h.has("Kiosk collects: " + label));
  CHECK_FALSE(h.has("Keep as a partial response"));
  // The lock survives a restart too.
  Harness again(storage);
  REQUIRE(again.has("Too many wrong PINs. Try again in 0:30."));
  again.wait(31);
  CHECK_FALSE(again.has("Too many wrong PINs. Try again in 0:01."));
  again.fill("Staff PIN", "2468");
  again.click("Exit kiosk mode");
  // After the PIN: the unfinished answers, and how many wrong PINs were tried, for staff.
  REQUIRE(again.has("Keep as a partial response"));
  CHECK(again.has("3 wrong PINs were tried while the kiosk ran."));
  again.click("Keep as a partial response");
  // Back on the plugin's staff page (a restarted view opens on its first tab), menus again.
  REQUIRE(again.has("Collect the survey"));
  CHECK(again.has("Workspace"));
  CHECK(again.app->messages().back().find("3 wrong PINs were tried") != std::string::npos);
  json pre = section(again)["pre"];
  REQUIRE(pre.size() == 1);
  CHECK(pre[0]["code"] == "Q5-301");
  CHECK(pre[0]["partial"] == true);
  CHECK(pre[0]["answers"] == json({{"welcome", 4}}));
  again.frames(2);
  CHECK(again.saved());
  CHECK_FALSE(again.storage->files.count("kiosk.json"));
  // A restart now opens staff pages as usual.
  Harness after(storage);
  CHECK(after.current_page() == "#home");
}

TEST_CASE("kiosk lockdown: no toast or dialog reaches a kiosk screen", "[ui][survey][kiosk]") {
  auto storage = mixed_survey_workspace();
  Harness h(storage);
  start_kiosk_on_belonging(h);
  h.app->notify("A staff message", false);
  h.frames(2);
  CHECK_FALSE(h.has("A staff message"));
  for (auto& window : stempush::automation::windows()) CHECK(window.find("##toast") == std::string::npos);
  CHECK(h.app->messages().back() == "A staff message");  // kept for the record, not shown
}

TEST_CASE("kiosk lockdown: a file dropped on a kiosk screen opens nothing", "[ui][survey][kiosk]") {
  auto storage = mixed_survey_workspace();
  Harness h(storage);
  start_kiosk_on_belonging(h);
  const std::string before = h.workspace_json();
  stempush::Workspace other(h.registry);
  other.profile().program_name = "Dropped Program";
  h.app->open_dropped_file("other.json", other.save());
  h.frames(3);
  CHECK(h.has("English"));  // still the kiosk
  CHECK_FALSE(h.has("Replace with the imported file"));
  CHECK(h.workspace_json() == before);
  CHECK_THAT(h.app->messages().back(), Catch::Matchers::ContainsSubstring("kiosk"));
  // Without the kiosk the same drop is offered for opening (the lockdown made the difference).
  Harness staff(mixed_survey_workspace());
  staff.app->open_dropped_file("other.json", other.save());
  staff.frames(3);
  CHECK(staff.has("Replace with the imported file"));
}

TEST_CASE("kiosk: every answer of a 7-point question is on screen without scrolling, on a laptop, a tablet and at 200% text",
          "[ui][survey][kiosk][layout]") {
  const std::vector<survey::LocalText> points = {
      {"Strongly disagree", "Totalmente en desacuerdo"}, {"Disagree", "En desacuerdo"},
      {"Somewhat disagree", "Algo en desacuerdo"},      {"Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo"},
      {"Somewhat agree", "Algo de acuerdo"},            {"Agree", "De acuerdo"},
      {"Strongly agree", "Totalmente de acuerdo"}};
  for (auto [width, height, percent] : {std::tuple{1024.0f, 768.0f, 100}, std::tuple{1366.0f, 768.0f, 100},
                                        std::tuple{768.0f, 1024.0f, 100}, std::tuple{1024.0f, 768.0f, 200},
                                        std::tuple{768.0f, 1024.0f, 200}}) {
    auto storage = mixed_survey_workspace();
    json doc = json::parse(storage->files["workspace.json"]);
    survey::Item seven = survey::scale_item("seven", {"Adults in this program believe I can do science.",
                                                      "Los adultos de este programa creen que puedo hacer ciencia."}, 7);
    seven.labels = points;
    doc["sections"]["belonging"]["data"]["items"] = survey::items_to_json({seven});
    storage->files["workspace.json"] = doc.dump();
    storage->files["settings.json"] = "{\"text_percent\": " + std::to_string(percent) + "}";
    Harness h(storage, width, height);
    stempush::testing::go_to(h, "Ecological belonging");
    for (const char* step : {"Collect the survey", "Kiosk mode", "Start kiosk mode"})
      stempush::testing::reveal_and_click(h, step);
    h.click("English");
    h.click("Your code");
    h.type("Q5-301");
    h.click("Next");
    INFO(width << "x" << height << " at " << percent << "%\n" << h.dump_labels());
    // Items are clipped to what is visible: a button cut by the window's edge would be shorter.
    std::vector<const stempush::automation::Item*> answers;
    for (auto& p : points) answers.push_back(h.find(p.en));
    for (size_t i = 0; i < answers.size(); ++i) {
      INFO(points[i].en);
      REQUIRE(answers[i]);
      CHECK(answers[i]->h == Catch::Approx(answers[0]->h).margin(1));
      CHECK(answers[i]->h >= 44);
    }
    CHECK(h.has("Skip this question"));
    h.click(points[6].en);  // and the last one answers
    CHECK(h.has("Next student"));
    CHECK(section(h)["pre"][0]["answers"]["seven"] == 7);
  }
}

TEST_CASE("a kiosk reopened at start is laid out in the huge font before its first frame is shown",
          "[ui][survey][kiosk][fonts]") {
  auto storage = mixed_survey_workspace();
  {
    Harness h(storage);
    h.click("Ecological belonging", "Sidebar");
    h.click("Collect the survey");
    h.click("Kiosk mode");
    h.click("Start kiosk mode");
    h.click("English");
    h.click("Your code");
    h.type("Q5-302");
    h.click("Next");
    REQUIRE(h.has("Agree"));  // a question on screen when the app closes
  }
  Harness h(storage);
  REQUIRE(h.has("Agree"));
  // The atlas at start has no huge font (staff pages do not use it); the kiosk's first frame asks
  // for it, so that frame is laid out a second time with the font built, before it is shown.
  REQUIRE_FALSE(h.passes.empty());
  CHECK(h.passes.front() == 2);
  CHECK(ImGui::GetIO().Fonts->Fonts.Size == 4);
  // Every later frame needs one pass, in the same font.
  for (size_t i = 1; i < h.passes.size(); ++i) CHECK(h.passes[i] == 1);
  const stempush::automation::Item* question = h.find("I felt welcome.");
  REQUIRE(question);
  CHECK(question->h >= 40.0f);  // the question's line in the huge font (the heading font's is 23 px)
}
