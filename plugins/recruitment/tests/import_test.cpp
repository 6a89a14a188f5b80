// The roster import on the core's table import: the survey import's hostile cases (BOM, CRLF,
// quoted newlines, non-UTF-8, duplicate ids, unknown stage names), all-or-nothing, a mapping file,
// 50,000 rows checked in slices with progress, and the CLI as a real process.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "recruitment/model/funnel.hpp"
#include "recruitment/model/import.hpp"
#include "recruitment_test_support.hpp"

using namespace recruitment;
using namespace recruitment_test;
using Catch::Matchers::ContainsSubstring;

namespace {
const std::string kHeader = "Student ID,Neighborhood,How did you hear about the program?,Status,Application date\r\n";
}

TEST_CASE("import: BOM, CRLF and auto-matched headers", "[recruitment][import]") {
  RecruitmentData d;
  d.spaces.push_back({"s1", "Library visits", "library", "", "", SpaceStatus::Partner, "", true});
  StudentImport job("\xEF\xBB\xBF" + kHeader + "A1,Eastside,library visits,Enrolled,2026-03-02 10:15:00\r\nA2,Westside,Instagram,applied,\r\n",
                    d, 2026);
  CHECK(job.column_of("id") == 0);
  CHECK(job.column_of("community") == 1);
  CHECK(job.column_of("source") == 2);
  CHECK(job.column_of("stage") == 3);
  CHECK(job.column_of("date") == 4);
  CHECK(job.mapping_problems().empty());
  CHECK(job.apply(d, false) == 2);
  REQUIRE(d.students.size() == 2);
  CHECK(d.students[0].source == "s1");  // names the space: linked to it
  CHECK(d.students[0].stage == Stage::Enrolled);
  CHECK(d.students[0].applied_on == "2026-03-02");
  CHECK(d.students[0].year == 2026);
  CHECK(d.students[1].source == "Instagram");  // kept as text
  REQUIRE(d.communities.size() == 2);
  CHECK(d.communities[0].name == "Eastside");
}

TEST_CASE("import: a quoted newline keeps the file's line numbers right", "[recruitment][import]") {
  RecruitmentData d;
  StudentImport job(kHeader + "A1,\"East\nside\",x,applied,\nA2,West,y,maybe,\n", d, 2026);
  job.finish();
  REQUIRE(job.problems().size() == 1);
  CHECK(job.problems()[0].line == 4);  // the record after a two-line record starts on line 4
  CHECK(job.problems()[0].code == "A2");
  CHECK_THAT(job.problems()[0].message, ContainsSubstring("\"maybe\" is not a stage"));
  CHECK_THAT(job.problems()[0].message, ContainsSubstring("reached, inquired, applied"));
}

TEST_CASE("import: text that is not UTF-8 is refused before anything is read", "[recruitment][import]") {
  RecruitmentData d;
  CHECK_THROWS_AS(StudentImport(kHeader + "A1,Pe\xF1uelas,x,applied,\n", d, 2026), stempush::csv::ParseError);
  CHECK(d.students.empty());
}

TEST_CASE("import: duplicate ids in the file and in the workspace; all or nothing", "[recruitment][import]") {
  RecruitmentData d;
  d.students.push_back({"A9", 2026, "", "", Stage::Applied, ""});
  StudentImport job(kHeader + "A1,E,x,applied,\nA1,E,x,enrolled,\nA9,E,x,applied,\n,E,x,applied,\nA5,E,x,applied,20260302\n", d, 2026);
  job.finish();
  REQUIRE(job.problems().size() == 4);
  CHECK_THAT(job.problems()[0].message, ContainsSubstring("also on line 2"));
  CHECK_THAT(job.problems()[1].message, ContainsSubstring("already in the workspace for 2026"));
  CHECK_THAT(job.problems()[2].message, ContainsSubstring("id is empty"));
  CHECK_THAT(job.problems()[3].message, ContainsSubstring("not a date"));
  CHECK(job.good_rows() == 1);
  CHECK(job.apply(d, false) == 0);  // nothing: one row was rejected
  CHECK(d.students.size() == 1);
  CHECK(d.communities.empty());
  CHECK(job.apply(d, true) == 1);   // only the good one
  CHECK(d.students.size() == 2);
  // The same id in another year is another student.
  StudentImport next(kHeader + "A1,E,x,applied,\n", d, 2027);
  CHECK(next.apply(d, false) == 1);
}

TEST_CASE("import: a mapping file, and a required column missing", "[recruitment][import]") {
  RecruitmentData d;
  StudentImport job("code,where,furthest\nA1,E,applied\n", d, 2026);
  CHECK_FALSE(job.mapping_problems().empty());  // "furthest" is not a stage header
  CHECK_THROWS_WITH(job.set_mapping_json(R"({"stage": "nope"})"), ContainsSubstring("no column \"nope\""));
  CHECK_THROWS_WITH(job.set_mapping_json(R"({"grade": "where"})"), ContainsSubstring("no such field"));
  job.set_mapping_json(R"({"id": "code", "community": "where", "stage": "furthest"})");
  CHECK(job.mapping_problems().empty());
  CHECK(job.apply(d, false) == 1);
  CHECK(d.communities.at(0).name == "E");
}

TEST_CASE("import: 50,000 rows checked in slices with progress", "[recruitment][import]") {
  RecruitmentData d;
  std::string csv = kHeader;
  const char* stages[] = {"reached", "inquired", "applied", "accepted", "enrolled", "stayed"};
  for (int i = 0; i < 50000; ++i)
    csv += "S" + std::to_string(i) + ",Zip 152" + std::to_string(i % 40) + ",src" + std::to_string(i % 7) + "," + stages[i % 6] + ",\r\n";
  StudentImport job(csv, d, 2026);
  REQUIRE(job.row_count() == 50000);
  double last = 0;
  int slices = 0;
  while (!job.step(1500)) {
    CHECK(job.progress() > last);
    CHECK(job.progress() < 1.0);
    last = job.progress();
    ++slices;
  }
  CHECK(slices == 33);  // 50,000 / 1,500 = 33.3: 34 calls, the last one finishes
  CHECK(job.progress() == 1.0);
  CHECK(job.problems().empty());
  CHECK(job.apply(d, false) == 50000);
  CHECK(d.communities.size() == 40);
  const Funnel f = compute_funnel(d, 2026, 2025);
  CHECK(f.total.now[0] == 50000);
  CHECK(f.total.now[5] == 50000 / 6);  // i % 6 == 5: 8,333 students stayed
}

TEST_CASE("cli: recruitment import, funnel --json and ics", "[recruitment][cli]") {
  const fs::path dir = temp_dir();
  const fs::path ws = dir / "workspace.json";
  spit(ws, R"({"format": "stempush-workspace", "format_version": 1, "app_version": "0.1.0",
               "profile": {"schema": 2, "data": {}}, "sections": {}})");
  const std::string original = slurp(ws);
  spit(dir / "bad.csv", kHeader + "A1,E,x,applied,\nA2,E,x,nonsense,\n");
  std::string out;
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "bad.csv").string() + " --year 2026", &out) == 1);
  CHECK_THAT(out, ContainsSubstring("bad.csv:3: A2: \"nonsense\" is not a stage"));
  CHECK_THAT(out, ContainsSubstring("1 row of 2 rejected; nothing was imported"));
  CHECK(slurp(ws) == original);  // nothing written
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "bad.csv").string() + " --year 20x6", &out) == 2);
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "bad.csv").string() + " --year 2026 --skip-bad-rows", &out) == 0);
  CHECK_THAT(out, ContainsSubstring("imported 1 student; skipped 1 row with problems"));
  spit(dir / "last.csv", kHeader + "B1,E,x,enrolled,\n");
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "last.csv").string() + " --year 2025", &out) == 0);
  CHECK(run_cli("recruitment funnel " + ws.string() + " --year 2026 --json", &out) == 0);
  const auto j = nlohmann::json::parse(out);
  CHECK(j["year"] == 2026);
  CHECK(j["baseline_year"] == 2025);
  CHECK(j["total"]["now"]["applied"] == 1);
  CHECK(j["total"]["baseline"]["enrolled"] == 1);
  CHECK(run_cli("recruitment funnel " + (dir / "missing.json").string() + " --json", &out) == 1);
  // No events: an empty calendar is still a valid file.
  CHECK(run_cli("recruitment ics " + ws.string() + " " + (dir / "out.ics").string(), &out) == 0);
  CHECK(fs::exists(dir / "out.ics"));
  CHECK(run_cli("recruitment ics " + ws.string() + " " + (dir / "one.ics").string() + " --event e404", &out) == 1);
  CHECK_FALSE(fs::exists(dir / "one.ics"));  // nothing half-written
}

TEST_CASE("cli: recruitment import --mapping names the columns of a roster with its own headers", "[recruitment][cli]") {
  const fs::path dir = temp_dir();
  const fs::path ws = dir / "workspace.json";
  spit(ws, R"({"format": "stempush-workspace", "format_version": 1, "app_version": "0.1.0",
               "profile": {"schema": 2, "data": {}}, "sections": {}})");
  const std::string original = slurp(ws);
  spit(dir / "roster.csv", "Kid,Where,Heard,Step\nK1,Eastside,library,enrolled\nK2,Westside,flyer,applied\n");
  std::string out;
  // Without a mapping no column is known as the id or the stage: the problems, nothing imported.
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "roster.csv").string() + " --year 2026", &out) == 1);
  CHECK_THAT(out, ContainsSubstring("problem: "));
  CHECK(slurp(ws) == original);
  // A mapping file that leaves out a required field: the same, and it names the field.
  spit(dir / "half.json", R"({"id": "Kid", "community": "Where", "source": "Heard"})");
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "roster.csv").string() + " --year 2026 --mapping " +
                    (dir / "half.json").string(), &out) == 1);
  CHECK_THAT(out, ContainsSubstring("problem: "));
  CHECK_THAT(out, ContainsSubstring("Stage reached"));
  CHECK(slurp(ws) == original);
  // A mapping file that is not there.
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "roster.csv").string() + " --year 2026 --mapping " +
                    (dir / "none.json").string(), &out) == 1);
  CHECK_THAT(out, ContainsSubstring("no such file"));
  // The whole mapping: both students imported.
  spit(dir / "map.json", R"({"id": "Kid", "stage": "Step", "community": "Where", "source": "Heard"})");
  CHECK(run_cli("recruitment import " + ws.string() + " " + (dir / "roster.csv").string() + " --year 2026 --mapping " +
                    (dir / "map.json").string(), &out) == 0);
  CHECK_THAT(out, ContainsSubstring("imported 2 students"));
  CHECK_THAT(out, !ContainsSubstring("skipped"));
  CHECK(run_cli("recruitment funnel " + ws.string() + " --year 2026 --json", &out) == 0);
  CHECK(nlohmann::json::parse(out)["total"]["now"]["applied"] == 2);
  fs::remove_all(dir);
}
