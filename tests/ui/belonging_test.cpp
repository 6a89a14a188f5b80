// The ecological-belonging plugin driven as program staff and students would: plan a session and
// present it, run kiosk mode for three students, import a CSV with bad rows, see the results.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "belonging/model/data.hpp"
#include "stempush/csv.hpp"
#include "harness.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {

json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["belonging"]["data"]; }

void open_plugin(Harness& h) { h.click("Ecological belonging", "Sidebar"); }

std::string read_fixture(const std::string& name) {
  std::ifstream in(std::string(STEMPUSH_FIXTURES_DIR) + "/belonging/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The native file prompt: the path field has the keyboard focus when it opens.
void open_file(Harness& h, const std::string& path) {
  REQUIRE(h.has("Open"));
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(path);
  h.click("Open");
}

// One student at the kiosk: language, code, every item answered with `answer` (a label of the
// scale in the chosen language), except items listed in `skip`.
void kiosk_student(Harness& h, bool spanish, const std::string& code, const std::string& answer, int skip_first = 0) {
  h.click(spanish ? "Español" : "English");
  const std::string code_field = spanish ? "Tu código" : "Your code";
  REQUIRE(h.has(code_field));
  // Typed without selecting first: anything left from the previous student would spoil the code.
  h.click(code_field);
  h.type(code);
  h.click(spanish ? "Siguiente" : "Next");
  const size_t items = belonging::default_item_bank().items.size();
  for (size_t i = 0; i < items; ++i) {
    if (int(i) < skip_first) h.click(spanish ? "Saltar esta pregunta" : "Skip this question");
    else h.click(answer);
  }
  REQUIRE(h.has(spanish ? "Siguiente estudiante" : "Next student"));
}

}  // namespace

TEST_CASE("plan a session: group, agenda re-timed and reordered with undo, stories, materials, presenter", "[ui][belonging]") {
  Harness h;
  open_plugin(h);
  REQUIRE(h.has("Plan the session"));
  h.fill("Date", "2026-12-03");
  h.fill("Cohort name", "Summer Engineering Academy");
  h.fill("Grade band", "9-10");
  h.fill("Expected number of students", "24");
  h.click("Add a facilitator");
  h.fill("Facilitator 1", "Ms. Rivera");
  json plan = section(h)["plan"];
  CHECK(plan["date"] == "2026-12-03");
  CHECK(plan["cohort"] == "Summer Engineering Academy");
  CHECK(plan["grade_band"] == "9-10");
  CHECK(plan["expected_students"] == 24);
  CHECK(plan["facilitators"] == json::array({"Ms. Rivera"}));

  h.click("When and who");  // fold the section to bring the agenda into view
  // Re-time: the default adds up to 60; one more minute makes 61 (the page warns).
  int total = 0;
  for (auto& step : plan["agenda"]) total += step["minutes"].get<int>();
  REQUIRE(total == 60);
  const int first_minutes = plan["agenda"][0]["minutes"];
  h.fill("Step 1 minutes", std::to_string(first_minutes + 1));
  CHECK(section(h)["plan"]["agenda"][0]["minutes"] == first_minutes + 1);

  // Reorder, then undo the move.
  const std::string first = plan["agenda"][0]["title"], second = plan["agenda"][1]["title"];
  h.click("Move step 2 up");
  CHECK(section(h)["plan"]["agenda"][0]["title"] == second);
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(section(h)["plan"]["agenda"][0]["title"] == first);

  // Removing a step asks first.
  const size_t steps = plan["agenda"].size();
  h.click("Remove step 3");
  h.click("Cancel");
  CHECK(section(h)["plan"]["agenda"].size() == steps);
  h.click("Remove step 3");
  h.click("Remove the step");
  CHECK(section(h)["plan"]["agenda"].size() == steps - 1);

  // A new story with a Spanish version, and a material ticked off (sections fold to fit a screen).
  h.click("Agenda");
  h.click("Stories shown to students");
  const size_t stories = plan["stories"].size();
  h.click("Add a story");
  const std::string n = std::to_string(stories + 1);
  h.fill("Story " + n + " (English)", "I failed my first physics quiz and asked for help.");
  h.fill("Story " + n + " (Spanish, optional)", "Reprobé mi primer examen de física y pedí ayuda.");
  h.click("Stories shown to students");
  h.click("Materials checklist");
  h.click("Material 1 ready");
  json after = section(h)["plan"];
  CHECK(after["stories"].size() == stories + 1);
  CHECK(after["stories"][stories]["es"] == "Reprobé mi primer examen de física y pedí ayuda.");
  CHECK(after["materials"][0]["ready"] == true);

  // Presenter view: full screen, the clock runs, keys step through, Esc leaves.
  const json agenda = after["agenda"];
  REQUIRE(agenda.size() >= 2);
  const int step1_minutes = agenda[0]["minutes"], step2_minutes = agenda[1]["minutes"];
  const std::string step_count = std::to_string(agenda.size());
  auto clock_shows = [&](const std::string& text) { return h.has("Time left in this step: " + text); };
  h.click("Start the presenter view");
  REQUIRE(h.has("Exit presenter view"));
  REQUIRE_FALSE(h.find("Ecological belonging", "Sidebar"));  // the shell's chrome is hidden
  REQUIRE(h.has("Step 1 of " + step_count));
  CHECK(clock_shows(std::to_string(step1_minutes) + ":00"));
  h.click("Start the clock");
  h.wait(2.0);
  REQUIRE(h.has("Pause the clock"));
  CHECK(clock_shows(std::to_string(step1_minutes - 1) + ":58"));  // two seconds gone
  h.key(ImGuiKey_Space);  // pauses
  REQUIRE(h.has("Start the clock"));
  h.wait(30.0);
  CHECK(clock_shows(std::to_string(step1_minutes - 1) + ":58"));  // paused: the clock stands still
  h.click("Show a story");
  REQUIRE(h.has("Next story"));
  REQUIRE(h.has("Story 1 of " + std::to_string(stories + 1)));
  h.key(ImGuiKey_DownArrow);  // the next story
  REQUIRE(h.has("Story 2 of " + std::to_string(stories + 1)));
  h.key(ImGuiKey_RightArrow);
  REQUIRE(h.has("Step 2 of " + step_count));
  CHECK(clock_shows(std::to_string(step2_minutes) + ":00"));  // a new step starts at its full time
  h.key(ImGuiKey_LeftArrow);
  REQUIRE(h.has("Step 1 of " + step_count));
  h.key(ImGuiKey_Escape);
  REQUIRE(h.has("Start the presenter view"));
  REQUIRE(h.find("Ecological belonging", "Sidebar"));
}

TEST_CASE("kiosk mode: three students, nothing of one visible to the next, exit only with the PIN", "[ui][belonging]") {
  Harness h;
  open_plugin(h);
  h.click("Collect the survey");
  h.click("Kiosk mode");
  // No PIN yet: the kiosk does not start.
  h.click("Start kiosk mode");
  REQUIRE_FALSE(h.has("English"));
  h.fill("Staff PIN", "2468");
  h.click("Set the PIN");
  std::string hash = section(h)["kiosk_pin_hash"];
  REQUIRE(!hash.empty());
  REQUIRE(hash.find("2468") == std::string::npos);

  h.click("Start kiosk mode");
  REQUIRE(h.has("English"));
  REQUIRE(h.has("Staff: exit"));
  REQUIRE_FALSE(h.find("Ecological belonging", "Sidebar"));

  kiosk_student(h, false, "k7-101", "Agree");
  h.click("Next student");
  // The second student starts from a clean screen: nothing of the first one's code or answers.
  REQUIRE(h.has("English"));
  REQUIRE(h.dump_labels().find("K7-101") == std::string::npos);
  kiosk_student(h, false, "K7-102", "Disagree");
  h.click("Next student");
  kiosk_student(h, true, "K7-103", "De acuerdo", /*skip_first*/ 2);
  h.click("Siguiente estudiante");

  // A code already used, or a name, is refused.
  h.click("English");
  h.click("Your code");
  h.type("K7-101");
  h.click("Next");
  REQUIRE(h.has("Your code"));  // still on the code screen
  h.click("Start over");
  REQUIRE(h.has("English"));

  json pre = section(h)["pre"];
  REQUIRE(pre.size() == 3);
  CHECK(pre[0]["code"] == "K7-101");
  CHECK(pre[1]["code"] == "K7-102");
  CHECK(pre[2]["code"] == "K7-103");
  const auto& bank = belonging::default_item_bank();
  const belonging::Item& first = bank.items[0];
  const int agree = int(first.points) - 1;  // "Agree" is one below the top in every agree scale
  CHECK(pre[0]["answers"][first.id] == agree);
  CHECK(pre[1]["answers"][first.id] == 2);
  CHECK_FALSE(pre[2]["answers"].contains(first.id));  // skipped
  CHECK(pre[2]["answers"].size() == bank.items.size() - 2);

  // Leaving needs the PIN: a wrong one keeps the kiosk locked.
  h.click("Staff: exit");
  h.fill("Staff PIN", "1111");
  h.click("Exit kiosk mode");
  REQUIRE(h.has("Exit kiosk mode"));
  REQUIRE_FALSE(h.find("Ecological belonging", "Sidebar"));
  h.fill("Staff PIN", "2468");
  h.click("Exit kiosk mode");
  REQUIRE(h.has("Start kiosk mode"));
  REQUIRE(h.find("Ecological belonging", "Sidebar"));
}

TEST_CASE("import a CSV: mapping, problems listed, nothing imported before confirming; results page", "[ui][belonging]") {
  Harness h;
  open_plugin(h);
  h.click("Collect the survey");

  // A few pre answers typed in the grid, so that the results page has pairs to compare.
  h.click("Type responses");
  for (const char* code : {"K7-101", "K7-102", "K7-103"}) {
    h.fill("Anonymous code", code);
    h.click("Add a student");
  }
  h.fill("K7-101 Q1", "2");
  h.fill("K7-102 Q1", "3");
  h.fill("K7-103 Q1", "9");  // refused: the scale is 1-5
  json pre = section(h)["pre"];
  REQUIRE(pre.size() == 3);
  CHECK(pre[0]["answers"]["struggle_normal"] == 2);
  CHECK_FALSE(pre[2]["answers"].contains("struggle_normal"));

  // The CSV: written to a temp file and opened through the shell's path prompt.
  char path[] = "/tmp/belonging-import-XXXXXX.csv";
  int fd = mkstemps(path, 4);
  REQUIRE(fd >= 0);
  const std::string csv = read_fixture("post-with-bad-rows.csv");
  REQUIRE(write(fd, csv.data(), csv.size()) == ssize_t(csv.size()));
  close(fd);

  h.click("Import a CSV file");
  h.click("After the session (post)");
  h.click("Choose a CSV file…");
  open_file(h, path);
  std::remove(path);
  REQUIRE(h.has("Cancel import"));
  // The group column is not named "group": map it by hand.
  h.click("Student group column (optional)");
  h.click("Grade");
  for (int i = 0; i < 5; ++i) h.wait(0.05);  // the checks run a slice per frame
  // Two rows are bad (a 9, and a name instead of a code): listed, and nothing imported yet.
  REQUIRE(h.has("Import only the 3 good rows"));
  CHECK(section(h)["post"].empty());
  h.click("Import only the 3 good rows");
  json post = section(h)["post"];
  REQUIRE(post.size() == 3);
  CHECK(post[0]["group"] == "9th");
  CHECK(section(h)["group_column"] == "Grade");
  // Undo takes the whole import back in one step.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(section(h)["post"].empty());
  h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
  CHECK(section(h)["post"].size() == 3);

  // Results, with the reflection beside them.
  h.click("Results and reflection");
  REQUIRE(h.has("Download responses (CSV)"));
  REQUIRE(h.has("Download the results report (HTML)"));
  h.fill("What happened", "Students shared more than we expected.");
  h.fill("What surprised you", "The quiet group wrote the most.");
  CHECK(section(h)["reflection"]["what_happened"] == "Students shared more than we expected.");
  CHECK(section(h)["reflection"]["surprises"] == "The quiet group wrote the most.");
  h.click("Download responses (CSV)");
  REQUIRE(h.has("Cancel"));  // natively a path prompt
  h.click("Cancel");
}

TEST_CASE("a long import checks its rows a slice per frame with a progress bar, then imports them all", "[ui][belonging]") {
  Harness h;
  open_plugin(h);
  h.click("Collect the survey");
  h.click("Import a CSV file");
  char path[] = "/tmp/belonging-long-XXXXXX.csv";
  int fd = mkstemps(path, 4);
  REQUIRE(fd >= 0);
  std::string csv = "code," + belonging::default_item_bank().items[0].id + "\n";
  for (int i = 0; i < 20000; ++i) csv += "S" + std::to_string(100000 + i) + "," + std::to_string(1 + i % 5) + "\n";
  REQUIRE(write(fd, csv.data(), csv.size()) == ssize_t(csv.size()));
  close(fd);
  h.click("Choose a CSV file…");
  open_file(h, path);
  std::remove(path);
  // Checking: the page keeps drawing, with the progress bar named by how far it got, and the
  // decision is not offered yet.
  REQUIRE(h.has("Cancel import"));
  REQUIRE_FALSE(h.has("Import 20000 responses"));
  std::vector<std::string> seen;  // the progress bar's names, frame by frame
  for (int frame = 0; frame < 100 && !h.has("Import 20000 responses"); ++frame) {
    for (int percent = 0; percent < 100; ++percent)
      if (h.has("3. Checking every row… " + std::to_string(percent) + "%")) seen.push_back(std::to_string(percent));
    h.frames();
  }
  CHECK(seen.size() > 5);  // 20,000 rows take several frames of 1,500, each drawn with its progress
  CHECK(std::is_sorted(seen.begin(), seen.end(), [](auto& a, auto& b) { return std::stoi(a) < std::stoi(b); }));
  REQUIRE(h.has("Import 20000 responses"));
  CHECK(section(h)["pre"].empty());  // nothing before the user confirms
  h.click("Import 20000 responses");
  CHECK(section(h)["pre"].size() == 20000);
}

TEST_CASE("a CSV too large for this device is refused before it is read, and the message says the limit", "[ui][belonging]") {
  Harness h;
  open_plugin(h);
  h.click("Collect the survey");
  h.click("Import a CSV file");
  char path[] = "/tmp/belonging-large-XXXXXX.csv";
  int fd = mkstemps(path, 4);
  REQUIRE(fd >= 0);
  const std::string csv = read_fixture("post-with-bad-rows.csv");
  REQUIRE(csv.size() > 100);
  REQUIRE(write(fd, csv.data(), csv.size()) == ssize_t(csv.size()));
  close(fd);
  struct Limit {  // a device that takes files of 100 bytes at most
    Limit() { stempush::csv::set_max_import_bytes(100); }
    ~Limit() { stempush::csv::set_max_import_bytes(0); }
  } limit;
  h.click("Choose a CSV file…");
  open_file(h, path);
  std::remove(path);
  CHECK_FALSE(h.has("Cancel import"));  // no import started
  const auto& messages = h.app->messages();
  REQUIRE_FALSE(messages.empty());
  CHECK(messages.back().find("this device opens files of at most 100 bytes") != std::string::npos);
  CHECK(section(h)["post"].empty());
}

TEST_CASE("empty states: results with no responses, grid with no students", "[ui][belonging]") {
  Harness h;
  open_plugin(h);
  h.click("Results and reflection");
  REQUIRE(h.has("Download responses (CSV)"));
  REQUIRE(h.has("What happened"));
  h.click("Collect the survey");
  h.click("Type responses");
  REQUIRE(h.has("Add a student"));
  // A name is never accepted as a code.
  h.fill("Anonymous code", "Maria");
  h.click("Add a student");
  CHECK(section(h)["pre"].empty());
}

TEST_CASE("staff add their own survey item in English and Spanish, undo and remove it", "[ui][belonging]") {
  Harness h(nullptr, 1280, 1400);  // tall enough for the plan page without scrolling
  open_plugin(h);
  h.click("Survey items");
  h.scroll("plan", 60);
  const size_t defaults = belonging::default_item_bank().items.size();
  const std::string n = std::to_string(defaults + 1);
  h.click("Add your own item");
  h.scroll("plan", 60);
  REQUIRE(h.has("Item " + n + " in English"));
  h.fill("Item " + n + " in English", "I can explain my project to a younger student.");
  h.fill("Item " + n + " in Spanish", "Puedo explicar mi proyecto a un estudiante más joven.");
  h.click("Item " + n + " is reverse-scored");
  json items = section(h)["items"];
  REQUIRE(items.size() == defaults + 1);
  json mine = items.back();
  REQUIRE(mine["custom"] == true);
  REQUIRE(mine["en"] == "I can explain my project to a younger student.");
  REQUIRE(mine["es"] == "Puedo explicar mi proyecto a un estudiante más joven.");
  REQUIRE(mine["reverse"] == true);
  // Undo takes back the last edit only.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  REQUIRE(section(h)["items"].back()["reverse"] == false);
  // Removing asks first.
  h.click("Remove item " + n);
  REQUIRE(h.has("Remove the item"));
  h.click("Remove the item");
  REQUIRE(section(h)["items"].size() == defaults);
}
