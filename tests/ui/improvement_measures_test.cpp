// The measures page driven as a program lead would: a belonging survey result added as a measure
// that stays live (the post survey imported in belonging shows on the improvement chart without
// re-entry), its data downloaded as CSV and read back; a measure's chart settings (rule set,
// frozen baseline, split) and details (goal, a point removed, the measure removed) with undo.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/import.hpp"
#include "harness.hpp"
#include "stempush/csv.hpp"
#include "stempush/storage.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {

json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["improvement"]["data"]; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string fixture(const std::string& name) { return read_file(std::string(STEMPUSH_FIXTURES_DIR) + "/belonging/" + name); }

std::shared_ptr<stempush::MemoryStorage> storage_with(const json& sections) {
  json doc = {{"format", "stempush-workspace"},
              {"format_version", 1},
              {"profile", {{"schema", 2}, {"data", json::object()}}},
              {"sections", sections}};
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] = doc.dump();
  return storage;
}

// A temp file path with `text` in it (for the shell's native open prompt).
std::string temp_file(const std::string& text, const char* suffix) {
  std::string path = std::string("/tmp/improvement-ui-XXXXXX") + suffix;
  const int fd = mkstemps(path.data(), static_cast<int>(std::string(suffix).size()));
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, text.data(), text.size()) == ssize_t(text.size()));
  close(fd);
  return path;
}

// The native path prompt (open or save): the path field has the keyboard focus when it opens.
void answer_prompt(Harness& h, const std::string& path, const char* button) {
  REQUIRE(h.has(button));
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(path);
  h.click(button);
  h.frames(3);
}

}  // namespace

TEST_CASE("improvement: a belonging result added as a measure stays live, and its CSV reads back", "[ui][improvement]") {
  // Belonging with the session date and the pre survey of 20 students; no measures yet.
  belonging::BelongingModel belonging_model;
  belonging_model.data().plan.date = "2026-02-10";
  belonging::ImportJob job(fixture("pre-20-students.csv"), belonging_model.data(), belonging::SurveyKind::Pre);
  REQUIRE(job.mapping_problems().empty());
  REQUIRE(job.apply(belonging_model.data(), false) == 20);
  Harness h(storage_with({{"belonging", {{"schema", belonging_model.schema_version()}, {"data", belonging_model.to_json()}}}}),
            1280, 2400);
  h.click("Improvement", "Sidebar");
  h.click("Measures and run charts");
  INFO(h.dump_labels());
  REQUIRE(h.has("No measures yet."));
  REQUIRE(h.has("Approach to struggle (mean score (1-5)): 1 points"));
  h.click("Add as a measure: Approach to struggle");
  json measures = section(h)["measures"];
  REQUIRE(measures.size() == 1);
  CHECK(measures[0]["name"] == "Approach to struggle");
  CHECK(measures[0]["feed"] == "belonging.subscale.struggle");
  CHECK(measures[0]["unit"] == "mean score (1-5)");
  CHECK(measures[0]["points"].empty());  // fed points are read from the feed, never copied
  CHECK(h.has("Fed by Ecological belonging: Approach to struggle. New data there shows here without typing it again."));
  CHECK(h.has("Only 0 points are off the median: too few or too many runs can be judged from 10 on. Shifts and trends are still checked."));
  CHECK_FALSE(h.has("Add as a measure: Approach to struggle"));  // already charted

  // The post survey arrives in belonging, through its own import.
  const std::string post = temp_file(fixture("post-20-students.csv"), ".csv");
  h.click("Ecological belonging", "Sidebar");
  h.click("Collect the survey");
  h.click("Import a CSV file");
  h.click("After the session (post)");
  h.click("Choose a CSV file…");
  answer_prompt(h, post, "Open");
  std::remove(post.c_str());
  for (int i = 0; i < 20 && !h.has("Import 20 responses"); ++i) h.wait(0.05);  // checked a slice per frame
  h.click("Import 20 responses");
  h.click("Improvement", "Sidebar");
  CHECK(h.has("Only 2 points are off the median: too few or too many runs can be judged from 10 on. Shifts and trends are still checked."));
  CHECK(section(h)["measures"][0]["points"].empty());

  // The measure's data as CSV, read back with the CSV parser.
  char folder[] = "/tmp/improvement-ui-csv-XXXXXX";
  REQUIRE(mkdtemp(folder));
  const std::string out = std::string(folder) + "/struggle.csv";
  h.click("Download the data of Approach to struggle (CSV)");
  answer_prompt(h, out, "Save");
  const auto table = stempush::csv::parse(read_file(out));
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0] == stempush::csv::Row{"Date", "Value", "Note", "Source", "Reference id (for re-import): Source"});
  CHECK(table.rows[1][0] == "2026-02-10");
  CHECK(table.rows[1][2] == "pre");
  CHECK(table.rows[1][3] == "Approach to struggle");         // the feed's title for a person
  CHECK(table.rows[1][4] == "belonging.subscale.struggle");  // its id, labelled, for programs
  CHECK(table.rows[2][2] == "post");
  CHECK(std::stod(table.rows[2][1]) > 1.0);
}

TEST_CASE("improvement: a measure's chart settings and details, with undo", "[ui][improvement]") {
  json points = json::array();
  const char* dates[] = {"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16",
                         "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"};
  const double values[] = {10, 12, 11, 13, 12, 11, 10, 20, 22, 21, 23, 22, 21, 20};
  for (int i = 0; i < 14; ++i) points.push_back({{"date", dates[i]}, {"value", values[i]}});
  json data = {{"measures", json::array({{{"id", "m1"}, {"name", "Mentor calls held"}, {"kind", "process"}, {"points", points}}})},
               {"next_id", 2}};
  Harness h(storage_with({{"improvement", {{"schema", 1}, {"data", data}}}}), 1280, 2400);
  h.click("Improvement", "Sidebar");
  h.click("Measures and run charts");
  INFO(h.dump_labels());
  const std::string too_few_runs =
      "Too few runs: 2 runs among 14 points off the median, where chance alone gives at least 4. The data stay on one "
      "side too long, as when the process has changed.";
  REQUIRE(h.has(too_few_runs));

  h.click("Chart settings for Mentor calls held");
  h.click("Anhøj rules for Mentor calls held");
  CHECK(section(h)["measures"][0]["rules"] == "anhoj");
  CHECK_FALSE(h.has(too_few_runs));  // an IHI rule
  h.click("IHI rules for Mentor calls held");
  CHECK(section(h)["measures"][0]["rules"] == "ihi");
  CHECK(h.has(too_few_runs));

  // Freeze the baseline at the first 7 weeks: refused text stays in the field with a message.
  h.fill("Freeze the median of Mentor calls held at the first K points", "seven");
  CHECK(h.has("Enter a whole number of points, or leave it empty."));
  CHECK(section(h)["measures"][0]["freeze"] == 0);
  h.fill("Freeze the median of Mentor calls held at the first K points", "7");
  CHECK(section(h)["measures"][0]["freeze"] == 7);
  CHECK(h.has("The median is frozen at the first 7 points (up to 2026-02-16); every point is judged against it."));
  h.click("Freeze the median of Mentor calls held at the first K points");  // emptied: no freeze
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.key(ImGuiKey_Backspace);
  h.frames(2);
  CHECK(section(h)["measures"][0]["freeze"] == 0);

  // Split the chart where the change began: a new median from that date, and undo.
  // The freeze and split boxes share a line (labels above them at the row's top).
  CHECK(h.find("Freeze the median of Mentor calls held at the first K points")->y == h.find("Split date for Mentor calls held")->y);
  // So do the boxes of a new point.
  CHECK(h.find("Date for Mentor calls held")->y == h.find("Value for Mentor calls held")->y);
  CHECK(h.find("Value for Mentor calls held")->y == h.find("Note for Mentor calls held")->y);
  h.fill("Split date for Mentor calls held", "2026-02-23");
  h.click("Split Mentor calls held at this date");
  CHECK(section(h)["measures"][0]["splits"] == json::array({"2026-02-23"}));
  CHECK(h.has("Remove the split at 2026-02-23 from Mentor calls held"));
  CHECK_FALSE(h.has(too_few_runs));  // each part on its own median
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["measures"][0]["splits"].empty());
  // A split after the last point: the chart stays, unsplit, and says why.
  h.fill("Split date for Mentor calls held", "2026-09-01");
  h.click("Split Mentor calls held at this date");
  CHECK(h.has("The split 2026-09-01 starts no new part: the last point is on 2026-04-06."));
  h.click("Remove the split at 2026-09-01 from Mentor calls held");
  CHECK(section(h)["measures"][0]["splits"].empty());
  h.click("Chart settings for Mentor calls held");  // fold it again

  // Details: a goal, a point removed (undo brings it back), the measure removed after asking.
  h.click("About Mentor calls held");
  h.fill("Goal (empty: none)", "lots");
  CHECK(h.has("Enter a number (with a point for decimals), or leave it empty."));
  CHECK(section(h)["measures"][0]["goal"].is_null());
  h.fill("Goal (empty: none)", "18.5");
  CHECK(section(h)["measures"][0]["goal"] == 18.5);
  h.click("Remove the point of 2026-04-06 from Mentor calls held");
  CHECK(section(h)["measures"][0]["points"].size() == 13);
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["measures"][0]["points"].size() == 14);
  h.click("Remove the measure Mentor calls held…");
  h.click("Cancel");
  CHECK(section(h)["measures"].size() == 1);
  h.click("Remove the measure Mentor calls held…");
  h.click("Remove the measure");
  CHECK(section(h)["measures"].empty());
  CHECK(h.has("No measures yet."));
  h.wait(5);
  CHECK(h.saved());
}
