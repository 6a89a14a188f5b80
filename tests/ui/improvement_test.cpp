// The improvement page driven as a program lead would: write the aim, add a measure, undo.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include "harness.hpp"
#include "steps.hpp"
#include "belonging/model/belonging_model.hpp"
#include "belonging/model/import.hpp"
#include "improvement/model/improvement_model.hpp"
#include "self_study/model/self_study_model.hpp"
#include "stempush/registry.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

using nlohmann::json;
using stempush::testing::Harness;
using stempush::testing::save_offered_file;
using stempush::testing::scroll_to;

namespace {
json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["improvement"]["data"]; }
}  // namespace

TEST_CASE("improvement: write the aim and add a measure, with undo", "[ui][improvement]") {
  Harness h;
  h.click("Improvement", "Sidebar");
  INFO(h.dump_labels());
  REQUIRE(h.has("What"));
  REQUIRE(section(h)["measures"].empty());
  // Two fields a row, their boxes on one line (and so their labels above them).
  CHECK(h.find("What")->y == h.find("How much")->y);
  CHECK(h.find("For whom")->y == h.find("By when (YYYY-MM-DD)")->y);
  CHECK(h.find("What")->x < h.find("How much")->x);
  h.fill("What", "apply to a STEM major");
  h.fill("How much", "70%");
  h.fill("For whom", "our seniors");
  h.fill("By when (YYYY-MM-DD)", "June");  // not a date: shown, not stored
  REQUIRE(h.has("“June” is not a date: use YYYY-MM-DD."));
  CHECK(section(h)["aim"]["by_when"] == "");
  h.fill("By when (YYYY-MM-DD)", "2027-06-01");
  json aim = section(h)["aim"];
  CHECK(aim["what"] == "apply to a STEM major");
  CHECK(aim["how_much"] == "70%");
  CHECK(aim["for_whom"] == "our seniors");
  CHECK(aim["by_when"] == "2027-06-01");

  h.click("Measures and run charts");
  REQUIRE(h.has("No measures yet."));
  CHECK_FALSE(h.has("Seniors who applied"));
  h.click("Measures and run charts");
  h.fill("New measure name", "Seniors who applied");
  h.click("Add measure");
  REQUIRE(section(h)["measures"].size() == 1);
  CHECK(section(h)["measures"][0]["name"] == "Seniors who applied");
  CHECK(h.has("Seniors who applied"));
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["measures"].empty());
  CHECK(section(h)["aim"]["by_when"] == "2027-06-01");
}

TEST_CASE("improvement: a measure's run chart shows its signals in sentences", "[ui][improvement]") {
  // Seven weeks low, seven weeks high: two shifts, and 2 runs where 14 points need at least 4.
  json points = json::array();
  const char* dates[] = {"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16",
                         "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"};
  const double values[] = {10, 12, 11, 13, 12, 11, 10, 20, 22, 21, 23, 22, 21, 20};
  for (int i = 0; i < 14; ++i) points.push_back({{"date", dates[i]}, {"value", values[i]}});
  json data = {{"measures", json::array({{{"id", "m1"}, {"name", "Mentor calls held"}, {"kind", "process"}, {"goal", 18}, {"points", points}}})},
               {"next_id", 2}};
  json doc = {{"format", "stempush-workspace"},
              {"format_version", 1},
              {"profile", {{"schema", 2}, {"data", json::object()}}},
              {"sections", {{"improvement", {{"schema", 1}, {"data", data}}}}}};
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] = doc.dump();
  Harness h(storage, 1280, 1400);
  h.click("Improvement", "Sidebar");
  h.click("Measures and run charts");
  INFO(h.dump_labels());
  const auto* chart = h.find("Mentor calls held");
  REQUIRE(chart != nullptr);
  CHECK(h.has("7 points in a row, from 2026-01-05 to 2026-02-16, are below the median: a shift (a run of 6 or more on "
              "one side rarely happens by chance)."));
  CHECK(h.has("7 points in a row, from 2026-02-23 to 2026-04-06, are above the median: a shift (a run of 6 or more on "
              "one side rarely happens by chance)."));
  CHECK(h.has("Too few runs: 2 runs among 14 points off the median, where chance alone gives at least 4. The data stay "
              "on one side too long, as when the process has changed."));

  // A typed point: a bad value is refused with a message, a good one is added in date order.
  h.fill("Date for Mentor calls held", "2026-04-13");
  h.fill("Value for Mentor calls held", "lots");
  h.click("Add point to Mentor calls held");
  CHECK(h.has("Enter a real date (YYYY-MM-DD) and a number (with a point for decimals)."));
  CHECK(section(h)["measures"][0]["points"].size() == 14);
  h.fill("Value for Mentor calls held", "24.5");
  h.fill("Note for Mentor calls held", "new mentor");
  h.click("Add point to Mentor calls held");
  json added = section(h)["measures"][0]["points"];
  REQUIRE(added.size() == 15);
  CHECK(added[14]["date"] == "2026-04-13");
  CHECK(added[14]["value"] == 24.5);
  CHECK(added[14]["note"] == "new mentor");

  // CSV import through the shell's file prompt: a bad row means nothing is imported.
  auto import = [&h](const std::string& csv) {
    char path[] = "/tmp/improvement-import-XXXXXX.csv";
    int fd = mkstemps(path, 4);
    REQUIRE(fd >= 0);
    REQUIRE(write(fd, csv.data(), csv.size()) == ssize_t(csv.size()));
    close(fd);
    h.click("Import points from CSV for Mentor calls held");
    REQUIRE(h.has("Open"));
    h.key(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type(path);
    h.click("Open");
    h.frames(3);
    std::remove(path);
  };
  import("date,value\n2026-04-20,25\n2026-04-27,many\n");
  CHECK(h.has("Nothing was imported: 1 problem. Fix the file and import it again."));
  CHECK(h.has("Line 3: “many” is not a number (use digits and a point for decimals)."));
  CHECK(section(h)["measures"][0]["points"].size() == 15);
  import("date,value\n2026-04-20,25\n2026-04-27,26\n");
  json imported = section(h)["measures"][0]["points"];
  REQUIRE(imported.size() == 17);
  CHECK(imported[16]["date"] == "2026-04-27");
  CHECK(imported[16]["value"] == 26);
  CHECK_FALSE(h.has("Line 3: “many” is not a number (use digits and a point for decimals)."));
}

TEST_CASE("improvement: build the driver diagram by clicking its boxes, with keys and undo", "[ui][improvement]") {
  Harness h(nullptr, 1280, 1400);
  h.click("Improvement", "Sidebar");
  h.fill("What", "Seniors apply to a STEM major");
  h.fill("How much", "70%");
  h.fill("By when (YYYY-MM-DD)", "2027-06-01");
  h.fill("For whom", "our seniors");
  INFO(h.dump_labels());
  const std::string aim_box = "Aim: Seniors apply to a STEM major: 70%, by 2027-06-01, for our seniors";
  REQUIRE(h.has(aim_box));
  REQUIRE(h.has("No drivers yet: with the aim selected, add the first primary driver below."));

  // The aim is selected: its child is a primary driver, added with the button or with Enter.
  h.click(aim_box);
  REQUIRE(h.has("Selected: the aim"));
  h.fill("New box (Add primary driver)", "Students feel they belong");
  h.click("Add primary driver");
  h.click("New box (Add primary driver)");
  h.type("Families know the path");
  h.key(ImGuiKey_Enter);
  json drivers = section(h)["drivers"];
  REQUIRE(drivers.size() == 2);
  CHECK(drivers[0]["text"] == "Students feel they belong");
  CHECK(drivers[1]["text"] == "Families know the path");
  REQUIRE(h.has("Primary driver: Students feel they belong"));
  const float y_first = h.find("Primary driver: Students feel they belong")->y;
  CHECK(h.find("Primary driver: Families know the path")->y > y_first);
  // Columns left to right: the aim, then its drivers.
  CHECK(h.find("Primary driver: Families know the path")->x > (h.find(aim_box)->x + h.find(aim_box)->w));

  // A click selects a box; what can be added follows its column.
  h.click("Primary driver: Students feel they belong");
  REQUIRE(h.has("Selected: a primary driver"));
  h.fill("New box (Add secondary driver)", "Peers share their struggles");
  h.click("Add secondary driver");
  h.click("Secondary driver: Peers share their struggles");
  h.fill("New box (Add change idea)", "Run the belonging session");
  h.click("Add change idea");
  h.click("Change idea: Run the belonging session");
  REQUIRE(h.has("Selected: a change idea"));
  CHECK_FALSE(h.has("Add change idea"));  // change ideas have no children
  drivers = section(h)["drivers"];
  REQUIRE(drivers[0]["children"].size() == 1);
  CHECK(drivers[0]["children"][0]["children"][0]["text"] == "Run the belonging session");
  CHECK(h.find("Change idea: Run the belonging session")->x >
        (h.find("Secondary driver: Peers share their struggles")->x + h.find("Secondary driver: Peers share their struggles")->w));

  // Rename the selected box.
  h.fill("Text of the selected box", "Run the 60-minute belonging session");
  CHECK(section(h)["drivers"][0]["children"][0]["children"][0]["text"] == "Run the 60-minute belonging session");
  REQUIRE(h.has("Change idea: Run the 60-minute belonging session"));

  // Move: a button, then undo.
  h.click("Primary driver: Families know the path");
  h.click("Move up");
  CHECK(section(h)["drivers"][0]["text"] == "Families know the path");
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["drivers"][0]["text"] == "Students feel they belong");

  // The same with keys on the focused box: Ctrl+Up moves it (the focus does not wander off),
  // F2 renames, Insert adds under it.
  h.click("Primary driver: Families know the path");
  h.key(ImGuiKey_UpArrow, ImGuiMod_Ctrl);
  CHECK(section(h)["drivers"][0]["text"] == "Families know the path");
  h.key(ImGuiKey_DownArrow, ImGuiMod_Ctrl);
  CHECK(section(h)["drivers"][1]["text"] == "Families know the path");
  h.key(ImGuiKey_F2);
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("Families know the way");
  h.key(ImGuiKey_Enter);
  CHECK(section(h)["drivers"][1]["text"] == "Families know the way");
  h.click("Primary driver: Families know the way");
  h.key(ImGuiKey_Insert);
  h.type("Family nights");
  h.key(ImGuiKey_Enter);
  REQUIRE(section(h)["drivers"][1]["children"].size() == 1);
  CHECK(section(h)["drivers"][1]["children"][0]["text"] == "Family nights");

  // Removing a box with boxes under it asks first; Cancel keeps it, the confirmation removes it
  // and undo brings it back.
  h.click("Primary driver: Students feel they belong");
  h.click("Remove box");
  REQUIRE(h.has("Remove this box?"));
  h.click("Cancel");
  CHECK(section(h)["drivers"].size() == 2);
  h.click("Primary driver: Students feel they belong");
  h.key(ImGuiKey_Delete);
  REQUIRE(h.has("Remove this box?"));
  h.click("Remove box", "Remove this box?");
  REQUIRE(section(h)["drivers"].size() == 1);
  CHECK_FALSE(h.has("Change idea: Run the 60-minute belonging session"));
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  REQUIRE(section(h)["drivers"].size() == 2);
  CHECK(h.has("Change idea: Run the 60-minute belonging session"));
  // A box with nothing under it goes at once (undo is enough).
  h.click("Secondary driver: Family nights");
  h.click("Remove box");
  CHECK_FALSE(h.has("Remove this box?"));
  CHECK(section(h)["drivers"][1]["children"].empty());

  // The home card shows the aim and what the diagram holds.
  h.click("Home", "Sidebar");
  CHECK(h.has("Aim: Seniors apply to a STEM major: 70%, by 2027-06-01, for our seniors"));
  CHECK(h.has("3 drivers, 1 change idea, 0 PDSA cycles, 0 measures"));
}

TEST_CASE("improvement: a self-study priority's change idea goes to the driver diagram, is placed and linked", "[ui][improvement][handoff]") {
  // A workspace with a self-study priority holding a change idea, and one driver to place it under.
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  std::string saved;
  {
    stempush::Workspace ws(registry);
    auto* self_study = dynamic_cast<self_study::SelfStudyModel*>(ws.plugin("self_study"));
    auto* improvement = dynamic_cast<improvement::ImprovementModel*>(ws.plugin("improvement"));
    REQUIRE(self_study);
    REQUIRE(improvement);
    self_study::Priority priority = *self_study->priority(self_study->add_priority("recruitment.1.a"));
    priority.change_ideas = {"Table at the church fair", "Flyers in Spanish"};
    self_study->update_priority(priority);
    improvement->add_node(improvement->add_node("", "Families know the program"), "Family nights");
    saved = ws.save();
  }
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] = saved;
  Harness h(storage, 1280, 1000);
  h.click("Self-study", "Sidebar");
  h.click("Plan");
  INFO(h.dump_labels());
  REQUIRE(h.has("Send “Flyers in Spanish” to Improvement"));
  h.click("Send “Table at the church fair” to Improvement");
  REQUIRE(h.app->messages().back() == "Sent to Improvement.");

  h.click("Improvement", "Sidebar");
  REQUIRE(h.has("Change idea: Table at the church fair"));
  json drivers = section(h)["drivers"];
  REQUIRE(drivers.size() == 2);
  CHECK(drivers[1]["text"] == "Ideas from other packages");
  json idea = drivers[1]["children"][0]["children"][0];
  CHECK(idea["text"] == "Table at the church fair");
  CHECK(idea["source"]["plugin"] == "self_study");
  CHECK(idea["source"]["item"] == "priority:pr1");
  CHECK(h.has("Ideas sent here from other packages wait in “To place under a driver”. Select one and use “Move under” to "
              "put it under the driver it belongs to."));

  // Selected, it says where it came from; "Move under" puts it under its driver.
  h.click("Change idea: Table at the church fair");
  REQUIRE(h.has("Proposed in: Table at the church fair"));
  h.click("Move under");
  h.click("Families know the program  ›  Family nights");
  drivers = section(h)["drivers"];
  REQUIRE(drivers[0]["children"][0]["children"].size() == 1);
  CHECK(drivers[0]["children"][0]["children"][0]["text"] == "Table at the church fair");
  CHECK(drivers[1]["children"][0]["children"].empty());
  CHECK_FALSE(h.has("Ideas sent here from other packages wait in “To place under a driver”. Select one and use “Move "
                    "under” to put it under the driver it belongs to."));

  // What it addresses: picked from what the self-study offers; undo takes it back.
  h.click("Change idea: Table at the church fair");
  h.click("What it addresses in the self-study");
  h.click("The whole dimension: Student Recruitment");
  json addresses = section(h)["drivers"][0]["children"][0]["children"][0]["addresses"];
  CHECK(addresses["plugin"] == "self_study");
  CHECK(addresses["item"] == "dimension:recruitment");
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK_FALSE(section(h)["drivers"][0]["children"][0]["children"][0].contains("addresses"));
  h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["drivers"][0]["children"][0]["children"][0]["addresses"]["item"] == "dimension:recruitment");

  // A PDSA cycle can test it, like any change idea.
  h.click("Change idea: Table at the church fair");
  h.click("PDSA cycles");
  REQUIRE(h.has("Start a PDSA cycle"));

  // The printable page of the diagram, saved through the save prompt.
  h.click("Aim and driver diagram");
  h.click("Save as a printable page");
  const std::string page = save_offered_file(h);
  CHECK(page.find("Addresses: The whole dimension: Student Recruitment") != std::string::npos);
  CHECK(page.find("Proposed in: Table at the church fair") != std::string::npos);
  CHECK(page.find("size: landscape") != std::string::npos);  // on A4 or Letter, whichever the printer has
}

TEST_CASE("improvement: a measure fed by belonging drawn one line per grade, small grades left out", "[ui][improvement][feeds]") {
  // Belonging's pre survey of 20 students (9 in 9th grade, 8 in 10th, 3 in 11th) feeds a measure.
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  std::string saved;
  {
    stempush::Workspace ws(registry);
    auto* belonging_model = dynamic_cast<belonging::BelongingModel*>(ws.plugin("belonging"));
    auto* improvement = dynamic_cast<improvement::ImprovementModel*>(ws.plugin("improvement"));
    REQUIRE(belonging_model);
    REQUIRE(improvement);
    belonging_model->data().plan.date = "2026-02-10";
    auto csv = stempush::read_file(std::string(STEMPUSH_FIXTURES_DIR) + "/belonging/pre-20-students.csv");
    REQUIRE(csv);
    belonging::ImportJob job(*csv, belonging_model->data(), belonging::SurveyKind::Pre);
    REQUIRE(job.apply(belonging_model->data(), false) == 20);
    const auto feeds = ws.feeds();
    REQUIRE_FALSE(feeds.empty());
    const std::string id = improvement->add_measure("Belonging (by grade)", improvement::MeasureKind::Outcome);
    for (auto& series : feeds)
      if (series.plugin_id == "belonging") {
        improvement->measure(id)->feed = series.id;
        break;
      }
    ws.profile().min_group_size = 5;
    saved = ws.save();
  }
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] = saved;
  Harness h(storage, 1280, 1400);
  h.click("Improvement", "Sidebar");
  h.click("Measures and run charts");
  REQUIRE(scroll_to(h, "Page", "Chart settings for Belonging (by grade)"));
  h.click("Chart settings for Belonging (by grade)");
  INFO(h.dump_labels());
  REQUIRE(scroll_to(h, "Page", "One line per group for Belonging (by grade)"));
  const std::string hidden = "2 groups are not drawn: too few people in every point.";
  CHECK_FALSE(h.has(hidden));
  h.click("One line per group for Belonging (by grade)");
  CHECK(section(h)["measures"][0]["by_group"] == true);
  // 11th grade (3 students) is under the threshold, and 10th goes with it so 11th cannot be worked out.
  CHECK(h.has(hidden));
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["measures"][0]["by_group"] == false);
  CHECK_FALSE(h.has(hidden));
}
