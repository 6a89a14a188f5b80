// The recruitment plugin through real frames, as a program leader uses it: import last year's
// roster, add a focus community and a new space, check a material, plan an event and export the
// season as .ics, import this year's applications, read the funnel; undo; and a restart.
#include <map>

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "steps.hpp"
#include "unit/ical_reader.hpp"

using nlohmann::json;
using namespace stempush::testing;

namespace {

json section(const Harness& h) { return plugin_section(h, "recruitment"); }

void import_csv(Harness& h, const std::string& year, const std::string& text, const std::string& confirm) {
  h.fill("Year of rows without a year", year);
  h.click("Import students from a CSV file…");
  open_text_as_file(h, text);
  for (int i = 0; i < 5; ++i) h.wait(0.05);  // rows are checked a slice per frame
  INFO(h.dump_labels());
  h.click(confirm);
}

const char* kBaseline =
    "Student ID,Neighborhood,How did you hear about the program?,Status\r\n"
    "B1,Westside,Teacher,enrolled\r\nB2,Westside,Teacher,applied\r\nB3,Eastside,Flyer,applied\r\n"
    "B4,Westside,,stayed\r\nB5,Westside,Teacher,reached\r\n";

const char* kThisYear =
    "Student ID,Neighborhood,How did you hear about the program?,Status,Application date\r\n"
    "A1,Hill District,Hill library,enrolled,2026-03-20\r\nA2,Hill District,Hill library,applied,2026-03-21\r\n"
    "A3,Hill District,Hill library,stayed,2026-04-02\r\nA4,Westside,Teacher,applied,2026-03-02\r\n"
    "A5,Eastside,\"Flyer, \"\"spring\"\"\",inquired,\r\nA6,Westside,Teacher,nonsense,\r\n";

}  // namespace

TEST_CASE("recruitment: baseline, focus community, space, material, event, applications, funnel", "[ui][recruitment]") {
  std::map<std::string, std::string> files;
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage, 1280, 1000, false, [&](stempush::AppPlatform& p) {
      p.download = [&](const std::string& name, const std::string&, const std::string& bytes) { files[name] = bytes; };
    });
    h.click("Recruitment", "Sidebar");
    REQUIRE(h.current_page() == "recruitment");
    h.fill("This year", "2026");
    h.fill("Baseline year", "2025");

    // 1. Baseline: last year's roster.
    import_csv(h, "2025", kBaseline, "Import 5 students");
    json d = section(h);
    REQUIRE(d["students"].size() == 5);
    CHECK(d["students"][0] == json::array({"B1", 2025, d["communities"][0]["id"], "Teacher", "enrolled", ""}));

    // 2. A focus community the program has not reached.
    h.fill("New focus community", "Hill District");
    h.click("Add community");
    d = section(h);
    REQUIRE(d["communities"].size() == 3);
    CHECK(d["communities"][2]["name"] == "Hill District");
    CHECK(d["communities"][2]["focus"] == true);

    // 3. A new space; undo and redo it.
    h.click("Spaces");
    h.fill("New space", "Hill library");
    h.click("Add space");
    REQUIRE(section(h)["spaces"].size() == 1);
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(section(h)["spaces"].empty());
    h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
    REQUIRE(section(h)["spaces"].size() == 1);
    CHECK(section(h)["spaces"][0]["new"] == true);
    h.click("Hill library: Partner");
    CHECK(section(h)["spaces"][0]["status"] == "partner");

    // 4. A material checked against the redesign checklist.
    h.click("Materials");
    h.fill("New material", "Spring flyer");
    h.click("Add material");
    h.click("In the languages families speak (Spring flyer)");
    h.click("Free, and the stipend, stated up front (Spring flyer)");
    d = section(h);
    CHECK(d["materials"][0]["checked"] == json::array({"free_stipend", "languages"}));
    h.frames(2);
    CHECK(h.has("Material Spring flyer"));

    // 5. An outreach event on the calendar, exported as .ics.
    h.click("Calendar");
    h.fill("Event title", "Info table at Hill library");
    h.fill("Date", "2026-03-14");
    h.fill("Start time", "10:00");
    h.fill("End time", "12:00");
    // "End time" has its box under it, beside the start's (not on the next line under the start).
    const auto* start = h.find("Start time");
    const auto* end = h.find("End time");
    REQUIRE(start);
    REQUIRE(end);
    CHECK(end->y == start->y);
    CHECK(end->x >= start->x + start->w);
    h.click("Space");
    h.click("Hill library");
    h.click("Add event");
    d = section(h);
    REQUIRE(d["events"].size() == 1);
    CHECK(d["events"][0]["space"] == d["spaces"][0]["id"]);
    h.frames(2);
    CHECK(h.has("Info table at Hill library"));  // the mark on the month view (March 2026 shown)
    // A long title is cut with "…" inside its day (Wednesday the 11th): the mark, ellipsis and
    // button padding included, ends inside the day's cell; its full title stays its name.
    h.fill("Event title", "Family science night with the Hill District community council and alumni");
    h.fill("Date", "2026-03-11");
    h.click("Add event");
    h.frames(2);
    const auto* long_mark = h.find("Family science night with the Hill District community council and alumni");
    const auto* thursday = h.find("Day 2026-03-12");
    REQUIRE(long_mark);
    REQUIRE(thursday);
    // The day's cell ends a cell padding before the border, and the next cell's content one more
    // cell padding after it: the mark must end before both paddings.
    CHECK(long_mark->x + long_mark->w <= thursday->x - 2 * ImGui::GetStyle().CellPadding.x);
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);  // the rest of the test plans one event
    REQUIRE(section(h)["events"].size() == 1);
    h.click("Export the season (.ics)");
    REQUIRE(files.count("outreach-calendar.ics"));
    CHECK(files["outreach-calendar.ics"].find("SUMMARY:Info table at Hill library") != std::string::npos);
    CHECK(files["outreach-calendar.ics"].find("DTSTART;TZID=America/New_York:20260314T100000") != std::string::npos);
    const json cal = test_support::read_ics_text_with_icaljs(files["outreach-calendar.ics"]);  // ical.js
    REQUIRE(cal["events"].size() == 1);
    CHECK(cal["events"][0]["summary"] == "Info table at Hill library");
    CHECK(cal["events"][0]["start"]["text"] == "2026-03-14T10:00:00");
    CHECK(cal["events"][0]["start"]["zone"] == "America/New_York");
    CHECK(cal["events"][0]["end"]["text"] == "2026-03-14T12:00:00");

    // 6. This year's applications, skipping one bad row.
    h.click("Baseline");
    import_csv(h, "2026", kThisYear, "Import only the good rows: 5 students");
    CHECK(h.dump_labels().find(". 1 row was left out.") != std::string::npos);  // never "1 rows"
    d = section(h);
    REQUIRE(d["students"].size() == 10);
    CHECK(d["students"][5][3] == d["spaces"][0]["id"]);  // "Hill library" linked to the space

    // 7. The funnel and its sentences.
    h.click("Funnel");
    h.frames(2);
    INFO(h.dump_labels());
    CHECK(h.has("Funnel of all students in 2026"));
    CHECK(h.has("3 of the 4 students who applied in 2026 came from focus communities (75%)."));
    CHECK(scroll_to(h, "recruitment_page", "Hill District: 3 applicants in 2026, 0 in 2025."));
    CHECK(scroll_to(h, "recruitment_page", "2 of the 3 students from Hill library who applied enrolled in 2026 (67%)."));
    CHECK(h.has("Funnel of students from Hill library"));
    h.scroll("recruitment_page", -200);
    h.click("Export funnel (CSV)");
    REQUIRE(files.count("recruitment-funnel.csv"));
    CHECK(files["recruitment-funnel.csv"].find("fewer than 10") != std::string::npos);  // 3 students < 10
    h.wait(2);
    CHECK(h.saved());
    // The home page's card counts in words: one of each, in the singular.
    h.click("Home", "Sidebar");
    CHECK(scroll_to(h, "Page", "1 focus community \xc2\xb7 1 space \xc2\xb7 1 event planned"));
  }
  // A restart reads it all back.
  Harness again(storage);
  again.click("Recruitment", "Sidebar");
  json d = section(again);
  CHECK(d["students"].size() == 10);
  CHECK(d["events"].size() == 1);
}

TEST_CASE("recruitment: a 50000-row roster is checked a slice per frame under a progress bar", "[ui][recruitment][import]") {
  Harness h(nullptr, 1280, 1000);
  h.click("Recruitment", "Sidebar");
  std::string csv = "Student ID,Neighborhood,How did you hear about the program?,Status\r\n";
  const char* stages[] = {"reached", "inquired", "applied", "accepted", "enrolled", "stayed"};
  for (int i = 0; i < 50000; ++i)
    csv += "S" + std::to_string(i) + ",Zip 152" + std::to_string(i % 40) + ",src" + std::to_string(i % 7) + "," + stages[i % 6] + "\r\n";
  h.fill("Year of rows without a year", "2026");
  h.click("Import students from a CSV file…");
  open_text_as_file(h, csv);
  // The first frames show the bar, and the app keeps drawing frames (it stays responsive).
  INFO(h.dump_labels());
  REQUIRE(h.dump_labels().find("[Rows checked: ") != std::string::npos);
  int frames = 0;
  while (!h.has("Import 50000 students") && frames < 200) {
    h.frames(1);
    ++frames;
  }
  CHECK(frames > 10);  // 1,500 rows a frame: the check took many frames, not one long freeze
  REQUIRE(h.has("Import 50000 students"));
  CHECK(h.dump_labels().find("[Rows checked: ") == std::string::npos);
  h.click("Import 50000 students");
  CHECK(plugin_section(h, "recruitment")["students"].size() == 50000);
  CHECK(h.dump_labels().find("Imported 50000 students from ") != std::string::npos);
}
