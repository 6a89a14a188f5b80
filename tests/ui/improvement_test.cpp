// The improvement page driven as a program lead would: write the aim, add a measure, undo.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include "harness.hpp"
#include "stempush/storage.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {
json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["improvement"]["data"]; }
}  // namespace

TEST_CASE("improvement: write the aim and add a measure, with undo", "[ui][improvement]") {
  Harness h;
  h.click("Improvement", "Sidebar");
  INFO(h.dump_labels());
  REQUIRE(h.has("What"));
  REQUIRE(section(h)["measures"].empty());
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
  CHECK(h.has("Nothing was imported: 1 problem(s). Fix the file and import it again."));
  CHECK(h.has("Line 3: “many” is not a number (use digits and a point for decimals)."));
  CHECK(section(h)["measures"][0]["points"].size() == 15);
  import("date,value\n2026-04-20,25\n2026-04-27,26\n");
  json imported = section(h)["measures"][0]["points"];
  REQUIRE(imported.size() == 17);
  CHECK(imported[16]["date"] == "2026-04-27");
  CHECK(imported[16]["value"] == 26);
  CHECK_FALSE(h.has("Line 3: “many” is not a number (use digits and a point for decimals)."));
}
