// The section round trip and its errors, the feeds through the core, and every exported file read
// back by a real parser: .ics by ical.js, CSV by the core reader, HTML by xmllint, JSON parsed.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "recruitment/model/checklist.hpp"
#include "recruitment/model/exports.hpp"
#include "recruitment/model/recruitment_model.hpp"
#include "recruitment_test_support.hpp"
#include "stempush/calendar.hpp"
#include "stempush/csv.hpp"
#include "unit/report_check.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"
#include "unit/ical_reader.hpp"

using namespace recruitment;
using namespace recruitment_test;
using Catch::Matchers::ContainsSubstring;

namespace {

RecruitmentData sample() {
  RecruitmentData d;
  d.year = 2026;
  d.communities = {{"c1", "Eastside", true}, {"c2", "Westside, \"old\" part", false}};
  d.spaces.push_back({"s1", "Carnegie Library, Hill branch", "library", "c1", "Ms. Ruiz; 412-555-0100", SpaceStatus::Partner,
                      "=cmd|' /C calc'!A0", true});
  d.materials.push_back({"m1", "Spring flyer", "flyer", {"languages", "plain_language"}, ""});
  OutreachEvent e;
  e.id = "e1";
  e.title = "Info table: free program, stipend, food; ask us!";
  e.space = "s1";
  e.date = "2026-03-14";
  e.start = "10:00";
  e.end = "12:30";
  e.who = "Ana (alumni), Mr. Lee";
  e.materials = {"m1"};
  e.expected_reach = 40;
  d.events.push_back(e);
  OutreachEvent deadline;
  deadline.id = "e2";
  deadline.kind = EventKind::ApplicationClose;
  deadline.title = "Applications close \xe2\x80\x94 cierre de solicitudes, un t\xc3\xadtulo largo que se pliega a 75 octetos";
  deadline.date = "2026-11-06";
  d.events.push_back(deadline);
  for (int i = 0; i < 12; ++i) d.students.push_back({"A" + std::to_string(i), 2026, i < 9 ? "c1" : "c2", i < 4 ? "s1" : "", Stage(i % 6),
                                                     "2026-0" + std::to_string(1 + i % 3) + "-15"});
  d.students.push_back({"B1", 2025, "c2", "", Stage::Enrolled, ""});
  return d;
}

}  // namespace

TEST_CASE("section: round trip through the workspace, and errors that name the field", "[recruitment]") {
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  stempush::Workspace ws(registry);
  const nlohmann::json section = to_json(sample());
  ws.set_section("recruitment", section);
  stempush::Workspace reloaded(registry);
  reloaded.load(ws.save());
  CHECK(reloaded.section("recruitment") == section);

  nlohmann::json bad = section;
  bad["students"][3][4] = "graduated";
  CHECK_THROWS_WITH(ws.set_section("recruitment", bad), ContainsSubstring("/students/3/4"));
  bad = section;
  bad["events"][0]["space"] = "s404";
  CHECK_THROWS_WITH(ws.set_section("recruitment", bad), ContainsSubstring("/events/0/space"));
  bad = section;
  bad["students"][1][0] = "A0";  // the same student twice in one year
  CHECK_THROWS_WITH(ws.set_section("recruitment", bad), ContainsSubstring("listed twice"));
  CHECK(ws.section("recruitment") == section);  // unchanged
}

TEST_CASE("checklist: the package's list from the assets, extended by the program", "[recruitment]") {
  const auto& list = default_checklist();
  REQUIRE(list.size() == 8);
  for (auto& item : list) {
    CHECK_FALSE(item.en.empty());
    CHECK_FALSE(item.es.empty());
  }
  RecruitmentData d = sample();
  auto status = material_status(d.materials[0], checklist(d));
  CHECK_FALSE(status.ready);
  CHECK(status.met == 2);
  CHECK(status.missing.size() == 6);
  d.extra_checklist.push_back({"x1", "Reviewed by a parent", "", "", ""});
  for (auto& item : list) d.materials[0].checked.insert(item.id);
  status = material_status(d.materials[0], checklist(d));
  CHECK_FALSE(status.ready);  // the program's own item is still open
  REQUIRE(status.missing.size() == 1);
  CHECK(status.missing[0].id == "x1");
  d.materials[0].checked.insert("x1");
  CHECK(material_status(d.materials[0], checklist(d)).ready);
  CHECK_THROWS_WITH(parse_checklist(R"({"items": [{"id": "a", "en": "A"}]})"), ContainsSubstring("/items/0/es"));
}

TEST_CASE("ics: one event and the season, read back by ical.js", "[recruitment][ics]") {
  load_english();
  const RecruitmentData d = sample();
  const std::string season = events_ics(d, "", 1790000000);
  CHECK(test_support::ics_line_problem(season).empty());
  const auto parsed = test_support::read_ics_text_with_icaljs(season);
  REQUIRE(parsed["events"].size() == 2);
  const auto& e = parsed["events"][0];
  CHECK(e["uid"] == "recruitment/e1@stempush-toolkit");
  CHECK(e["summary"] == "Info table: free program, stipend, food; ask us!");
  CHECK(e["location"] == "Carnegie Library, Hill branch");
  CHECK(e["description"] == "Who goes: Ana (alumni), Mr. Lee\nBring: Spring flyer\nExpected reach: 40 students");
  CHECK(e["start"]["zone"] == "America/New_York");
  // 10:00 in New York on 14 March 2026 (daylight time since 8 March, UTC-4) is 14:00 UTC.
  CHECK(e["start"]["unix"] == 1773496800);
  CHECK(e["end"]["unix"] == 1773505800);
  const auto& deadline = parsed["events"][1];
  CHECK(deadline["start"]["all_day"] == true);
  CHECK(deadline["summary"].get<std::string>().find("75 octetos") != std::string::npos);

  const auto one = test_support::read_ics_text_with_icaljs(events_ics(d, "e2"));
  REQUIRE(one["events"].size() == 1);
  CHECK(one["events"][0]["uid"] == "recruitment/e2@stempush-toolkit");
  CHECK_THROWS_AS(events_ics(d, "e404"), std::invalid_argument);
  RecruitmentData broken = d;
  broken.events[0].end = "09:00";  // before the start
  CHECK_THROWS_AS(events_ics(broken), stempush::calendar::CalendarError);
}

TEST_CASE("csv: spaces, events and the funnel, read back by the core reader", "[recruitment][csv][report]") {
  load_english();
  const RecruitmentData d = sample();
  auto spaces = report_check::check_csv("recruitment-spaces", spaces_csv(d)).rows;
  REQUIRE(spaces.size() == 2);
  CHECK(spaces[0][0] == "Name");
  CHECK(spaces[0].back() == "Reference id (for re-import)");
  CHECK(spaces[1][0] == "Carnegie Library, Hill branch");
  CHECK(spaces[1][2] == "Eastside");
  CHECK(spaces[1][6] == "'=cmd|' /C calc'!A0");  // a formula is neutralised
  CHECK(spaces[1][7] == d.spaces[0].id);          // the id, for programs, last
  auto events = report_check::check_csv("recruitment-events", events_csv(d)).rows;
  REQUIRE(events.size() == 3);
  CHECK(events[1][7] == "Spring flyer");
  CHECK(events[1].back() == d.events[0].id);
  const Funnel f = compute_funnel(d, 2026, 2025);
  auto funnel = report_check::check_csv("recruitment-funnel", funnel_csv(f, 10)).rows;
  REQUIRE(funnel[0][3] == "Reached");
  CHECK(funnel[0][9] == "Reached to Inquired");
  CHECK(funnel[1][0] == "All students");
  CHECK(funnel[1][3] == "12");              // 12 reached: shown
  CHECK(funnel[1][4] == "10");              // i % 6 >= 1: 10 inquired, at the threshold
  CHECK(funnel[1][5] == "fewer than 10");   // i % 6 >= 2: 8 applied
  CHECK(funnel[1][9] == "83%");             // 10 of 12 went on to inquire
  CHECK(funnel[2][2] == "2025");
  CHECK(funnel[2][3] == "fewer than 10");   // 1 student in the baseline year
  for (auto& row : funnel)
    for (auto& cell : row) CHECK(cell.find("nan") == std::string::npos);
}

TEST_CASE("html: the printable funnel report is well-formed for xmllint --html and hides small counts", "[recruitment][html][report]") {
  load_english();
  const RecruitmentData d = sample();
  const Funnel f = compute_funnel(d, 2026, 2025);
  const std::string html = funnel_html(d, f, 10);
  const fs::path dir = temp_dir();
  spit(dir / "report.html", html);
  std::string out;
  CHECK(run("xmllint --html --noout " + (dir / "report.html").string(), &out) == 0);
  CHECK(out.empty());
  CHECK(run("xmllint --noout " + (dir / "report.html").string(), &out) == 0);  // XHTML: an XML parser reads it too
  CHECK_THAT(html, ContainsSubstring("fewer than 10"));
  CHECK(html.find("Westside") != std::string::npos);
  CHECK(html.find("NaN") == std::string::npos);
  report_check::check_html("recruitment-funnel", funnel_html(d, f, 10, "Robotics Club"));
  // The summary: the focus share and each step of the whole funnel in sentences.
  const std::string path = report_check::save("recruitment-funnel-summary", funnel_html(d, f, 10, "Robotics Club"), "html");
  CHECK(test_support::html_xpath(path, "count(//div[@id='summary']//li)") != "0");
  CHECK_THAT(test_support::html_xpath(path, "string(//p[@class='report-context'])"), ContainsSubstring("Robotics Club"));
  // In Spanish.
  stempush::i18n::set_language(stempush::i18n::Language::Spanish);
  // (The funnel's row labels are computed in the UI's language, as the funnel page does.)
  const std::string es = funnel_html(d, compute_funnel(d, f.year, f.baseline_year), 10, "Robotics Club");
  const std::string es_csv = spaces_csv(d);
  stempush::i18n::set_language(stempush::i18n::Language::English);
  report_check::check_html("recruitment-funnel-es", es);
  CHECK_THAT(es, ContainsSubstring("Resumen"));
  CHECK(report_check::check_csv("recruitment-spaces-es", es_csv).rows[0][0] == "Nombre");
}

TEST_CASE("feeds: applications from new spaces, focus share, events held, through the core", "[recruitment][feeds]") {
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  stempush::Workspace ws(registry);
  RecruitmentData d = sample();
  for (int i = 0; i < 30; ++i) d.students.push_back({"N" + std::to_string(i), 2026, "c1", "s1", Stage::Applied, "2026-02-10"});
  d.events[0].held = true;
  ws.set_section("recruitment", to_json(d));
  std::map<std::string, stempush::MeasureSeries> feeds;
  for (auto& s : ws.feeds()) feeds[s.id] = s;
  REQUIRE(feeds.count("recruitment.applications_new_spaces"));
  const auto& apps = feeds["recruitment.applications_new_spaces"];
  // Applicants (stage >= applied) from s1 with a date: A2 A3 (2026-03, 2026-01), and the 30 in February.
  bool february = false;
  for (auto& p : apps.points)
    if (p.date == "2026-02-01") {
      february = true;
      CHECK(p.n == 30);
      REQUIRE(p.value);
      CHECK(*p.value == 30);
    } else {
      CHECK(p.suppressed);  // 0 or 1: under the threshold
    }
  CHECK(february);
  const auto& share = feeds["recruitment.focus_applicants"];
  REQUIRE(share.points.size() == 2);
  CHECK(share.points[1].date == "2026-01-01");
  // 2026 applicants: A2..A5 (c1), A8 (c1), A9 A10 A11 (c2) with stage >= applied... computed: i%6>=2.
  int whole = 30, part = 30;
  for (int i = 0; i < 12; ++i)
    if (i % 6 >= 2) ++whole, part += i < 9;
  CHECK(share.points[1].n == whole);
  REQUIRE(share.points[1].value);
  CHECK_THAT(*share.points[1].value, Catch::Matchers::WithinAbs(100.0 * part / whole, 1e-9));
  const auto& held = feeds["recruitment.events_held"];
  REQUIRE(held.points.size() == 1);
  CHECK(held.points[0].date == "2026-03-01");
  CHECK(held.points[0].value);  // counts events, not people: never hidden
}
