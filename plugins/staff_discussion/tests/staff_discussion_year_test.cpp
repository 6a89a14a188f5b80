// Program years: which program year a date falls in for each start month, the years that have
// sessions, one year's sessions in date order (the year page and `staff-discussion list
// --year`), and the start month's place in the section (schema 2, migrated from schema 1).
#include <catch2/catch_test_macros.hpp>

#include "staff_discussion/model/discussion_model.hpp"
#include "staff_discussion/model/year.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"
#include "unit/test_support.hpp"

using namespace staff_discussion;

namespace {

// Sessions planned out of date order, one without a date, one with a date that is not one.
DiscussionData year_of_sessions() {
  DiscussionData d;
  const std::pair<const char*, const char*> planned[] = {
      {"Spring", "2027-03-02"}, {"Fall", "2026-10-14"},  {"Undated", ""},         {"Summer", "2026-07-20"},
      {"Next fall", "2027-09-08"}, {"Typo", "2026-13-01"}, {"August", "2026-08-01"}};
  for (auto& [title, date] : planned) d.session(add_session(d, Language::English, title))->date = date;
  return d;
}

std::vector<std::string> titles(const std::vector<const Session*>& sessions) {
  std::vector<std::string> out;
  for (const Session* s : sessions) out.push_back(s->title);
  return out;
}

}  // namespace

TEST_CASE("a date's program year depends on the month the program year starts in", "[staff_discussion][year]") {
  // August start (the default, a school year): August to July of the next year.
  CHECK(program_year_of("2026-08-01", 8) == 2026);
  CHECK(program_year_of("2026-07-31", 8) == 2025);
  CHECK(program_year_of("2027-03-02", 8) == 2026);
  CHECK(program_year_of("2026-12-31", 8) == 2026);
  // January start: the calendar year.
  CHECK(program_year_of("2026-01-01", 1) == 2026);
  CHECK(program_year_of("2026-12-31", 1) == 2026);
  // December start: only December counts toward the next program year.
  CHECK(program_year_of("2026-12-01", 12) == 2026);
  CHECK(program_year_of("2026-11-30", 12) == 2025);
  // Not a date: no year.
  CHECK_FALSE(program_year_of("", 8));
  CHECK_FALSE(program_year_of("2026-13-01", 8));
  CHECK_FALSE(program_year_of("next week", 8));

  CHECK(program_year_label(2026, 8) == "2026\xe2\x80\x93" "27");
  CHECK(program_year_label(2099, 9) == "2099\xe2\x80\x93" "00");
  CHECK(program_year_label(2008, 8) == "2008\xe2\x80\x93" "09");
  CHECK(program_year_label(2026, 1) == "2026");
}

TEST_CASE("the year filter: the years with sessions, and one year's sessions in date order", "[staff_discussion][year]") {
  DiscussionData d = year_of_sessions();
  REQUIRE(d.year_start_month == 8);
  CHECK(program_years(d) == std::vector<int>{2027, 2026, 2025});  // newest first; the typo has none
  CHECK(titles(sessions_of_year(d, 2026)) == std::vector<std::string>{"August", "Fall", "Spring"});
  CHECK(titles(sessions_of_year(d, 2025)) == std::vector<std::string>{"Summer"});
  CHECK(titles(sessions_of_year(d, 2027)) == std::vector<std::string>{"Next fall"});
  CHECK(sessions_of_year(d, 2030).empty());
  // All years: every session, dated ones in date order, then the rest in the order planned.
  CHECK(titles(sessions_of_year(d, std::nullopt)) ==
        std::vector<std::string>{"Summer", "August", "Fall", "Spring", "Next fall", "Undated", "Typo"});
  CHECK(undated_sessions(d) == 2);

  // The same sessions with a program year that is the calendar year.
  d.year_start_month = 1;
  CHECK(program_years(d) == std::vector<int>{2027, 2026});
  CHECK(titles(sessions_of_year(d, 2026)) == std::vector<std::string>{"Summer", "August", "Fall"});
  CHECK(titles(sessions_of_year(d, 2027)) == std::vector<std::string>{"Spring", "Next fall"});

  // Two sessions on one day keep the order they were planned in.
  DiscussionData same;
  same.session(add_session(same, Language::English, "Morning"))->date = "2026-10-14";
  same.session(add_session(same, Language::English, "Afternoon"))->date = "2026-10-14";
  CHECK(titles(sessions_of_year(same, 2026)) == std::vector<std::string>{"Morning", "Afternoon"});
  CHECK(program_years(DiscussionData{}).empty());
}

TEST_CASE("the start month is saved in the section; schema 1 files get August; a bad month names the field",
          "[staff_discussion][year]") {
  DiscussionData d = year_of_sessions();
  d.year_start_month = 1;
  DiscussionModel model;
  model.from_json(data_to_json(d));
  CHECK(model.data().year_start_month == 1);

  auto bad = data_to_json(d);
  bad["year_start_month"] = 13;
  try {
    model.from_json(bad);
    FAIL("month 13 loaded");
  } catch (const stempush::SectionError& e) {
    CHECK(e.path() == "/year_start_month");
  }
  CHECK(model.data().year_start_month == 1);  // unchanged

  // A workspace written with schema 1 (no start month) opens as a school year.
  auto v1 = data_to_json(d);
  v1.erase("year_start_month");
  const nlohmann::json doc{{"format", "stempush-workspace"},
                           {"format_version", 1},
                           {"profile", {{"schema", 2}, {"data", nlohmann::json::object()}}},
                           {"sections", {{"staff_discussion", {{"schema", 1}, {"data", v1}}}}}};
  stempush::Workspace ws(test_support::registry());
  ws.load(doc.dump());
  auto& loaded = dynamic_cast<DiscussionModel&>(*ws.plugin("staff_discussion"));
  CHECK(loaded.data().year_start_month == 8);
  CHECK(loaded.data().sessions.size() == 7);
  const auto saved = nlohmann::json::parse(ws.save());
  CHECK(saved["sections"]["staff_discussion"]["schema"] == 2);
  CHECK(saved["sections"]["staff_discussion"]["data"]["year_start_month"] == 8);
}

TEST_CASE("cli: staff-discussion list --year lists one program year's sessions in date order", "[staff_discussion][cli][year]") {
  const std::string folder = test_support::temp_folder("discussion-cli-year");
  stempush::Workspace ws(test_support::registry());
  dynamic_cast<DiscussionModel&>(*ws.plugin("staff_discussion")).data() = year_of_sessions();
  const std::string path = folder + "/workspace.json";
  stempush::write_file_atomic(path, ws.save());

  auto year = test_support::run_cli("staff-discussion list '" + path + "' --year 2026");
  REQUIRE(year.exit_code == 0);
  CHECK(year.output ==
        "s7\t2026-08-01\tAugust\t0 themes\t0 changes\n"
        "s2\t2026-10-14\tFall\t0 themes\t0 changes\n"
        "s1\t2027-03-02\tSpring\t0 themes\t0 changes\n");
  auto all = test_support::run_cli("staff-discussion list '" + path + "'");
  REQUIRE(all.exit_code == 0);
  CHECK(all.output.find("s4\t2026-07-20\tSummer") == 0);  // date order, earliest first
  CHECK(all.output.find("s3\t-\tUndated") != std::string::npos);
  auto none = test_support::run_cli("staff-discussion list '" + path + "' --year 2031");
  CHECK(none.exit_code == 0);
  CHECK(none.output.empty());
  CHECK(test_support::run_cli("staff-discussion list '" + path + "' --year 26").exit_code == 2);
  CHECK(test_support::run_cli("staff-discussion list '" + path + "' --year").exit_code == 2);
  CHECK(test_support::run_cli("staff-discussion list '" + path + "' --yaer 2026").exit_code == 2);
}
