// `stempush-cli runchart` on the CSV fixtures in tests/fixtures/runchart/, run as a user runs it;
// the JSON is read back with nlohmann. Expected figures are worked by hand in the comments.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "test_support.hpp"

using Catch::Matchers::ContainsSubstring;
using nlohmann::json;

namespace {

struct Run {
  int exit_code = -1;
  std::string out, err;  // kept apart: a failure must print nothing on stdout
};

Run runchart(const std::string& args) {
  static const std::string folder = test_support::temp_folder("runchart-cli");
  const std::string err_path = folder + "/stderr.txt";
  const std::string command = std::string(STEMPUSH_CLI_PATH) + " runchart " + args + " 2>" + err_path;
  Run run;
  FILE* pipe = ::popen(command.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) run.out.append(buf, n);
  const int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_path);
  std::stringstream text;
  text << err.rdbuf();
  run.err = text.str();
  return run;
}

std::string fixture(const std::string& name) { return test_support::fixture("runchart/" + name); }

std::vector<size_t> range(size_t first, size_t last) {
  std::vector<size_t> out;
  for (size_t i = first; i <= last; ++i) out.push_back(i);
  return out;
}

const json* find_signal(const json& part, const std::string& rule, size_t first_point) {
  for (auto& s : part["signals"])
    if (s["rule"] == rule && s["points"][0] == first_point) return &s;
  return nullptr;
}

}  // namespace

// attendance.csv: 24 weekly points with a header and a note column. Weeks 0-11 lie between 57
// and 64, weeks 12-23 between 69 and 76, so the median is (64 + 69) / 2 = 66.5, every point is
// off it, and there are two runs of 12 (one crossing).
TEST_CASE("cli runchart --json: IHI on a series with a shift", "[runchart][cli]") {
  auto run = runchart(fixture("attendance.csv") + " --json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  auto doc = json::parse(run.out);
  CHECK(doc["rules"] == "ihi");
  REQUIRE(doc["parts"].size() == 1);
  const json& part = doc["parts"][0];
  CHECK(part["from"] == "2026-01-05");
  CHECK(part["to"] == "2026-06-15");
  CHECK(part["median"] == 66.5);
  CHECK(part["useful_n"] == 24);
  CHECK(part["runs"] == 2);
  CHECK(part["longest_run"] == 12);
  CHECK(part["crossings"] == 1);
  // Two shifts, and 2 runs is below the table's 8 for 24 useful points. No trend: the longest
  // climb is 58 61 70 74 (weeks 10-13), four values.
  REQUIRE(part["signals"].size() == 3);
  const json* below = find_signal(part, "shift", 0);
  const json* above = find_signal(part, "shift", 12);
  const json* runs = find_signal(part, "too_few_runs", 0);
  REQUIRE(below);
  REQUIRE(above);
  REQUIRE(runs);
  CHECK((*below)["points"].get<std::vector<size_t>>() == range(0, 11));
  CHECK((*above)["points"].get<std::vector<size_t>>() == range(12, 23));
  CHECK((*runs)["points"].size() == 24);
  CHECK_THAT((*above)["sentence"].get<std::string>(), ContainsSubstring("12 points in a row, from 2026-03-30 to 2026-06-15, are above the median"));
  CHECK_THAT((*runs)["sentence"].get<std::string>(), ContainsSubstring("at least 8"));
  for (auto& s : part["signals"]) CHECK(s.size() == 3);  // rule, points, sentence
}

TEST_CASE("cli runchart --rules anhoj: long runs and too few crossings", "[runchart][cli]") {
  auto run = runchart(fixture("attendance.csv") + " --rules anhoj --json");
  REQUIRE(run.exit_code == 0);
  auto doc = json::parse(run.out);
  CHECK(doc["rules"] == "anhoj");
  const json& part = doc["parts"][0];
  // Limits for 24: longest run round(log2(24) + 3) = 8, crossings 8. Runs of 12 and 1 crossing.
  REQUIRE(part["signals"].size() == 3);
  REQUIRE(find_signal(part, "long_run", 0));
  REQUIRE(find_signal(part, "long_run", 12));
  const json* crossings = find_signal(part, "few_crossings", 0);
  REQUIRE(crossings);
  CHECK_THAT((*crossings)["sentence"].get<std::string>(), ContainsSubstring("fewer than 8"));
}

TEST_CASE("cli runchart --split: each part has its own median and analysis", "[runchart][cli]") {
  auto run = runchart(fixture("attendance.csv") + " --split 2026-03-29 --json");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  auto doc = json::parse(run.out);
  REQUIRE(doc["parts"].size() == 2);
  // Part 1 (weeks 0-11): sorted 57 58 58 59 60 60 61 61 62 62 63 64, median 60.5; sides
  // - + - - + + - + - + - + give 10 runs, inside the table's 4..10 for 12 points.
  const json& first = doc["parts"][0];
  CHECK(first["from"] == "2026-01-05");
  CHECK(first["to"] == "2026-03-23");
  CHECK(first["median"] == 60.5);
  CHECK(first["useful_n"] == 12);
  CHECK(first["runs"] == 10);
  CHECK(first["longest_run"] == 2);
  CHECK(first["signals"].empty());
  // Part 2 (weeks 12-23, from the first point on or after 2026-03-29): sorted 69 70 70 71 71 72
  // 73 73 74 74 75 76, median 72.5; sides - + - - + + - - + + - + give 8 runs.
  const json& second = doc["parts"][1];
  CHECK(second["from"] == "2026-03-30");
  CHECK(second["to"] == "2026-06-15");
  CHECK(second["median"] == 72.5);
  CHECK(second["useful_n"] == 12);
  CHECK(second["runs"] == 8);
  CHECK(second["crossings"] == 7);
  CHECK(second["signals"].empty());
}

TEST_CASE("cli runchart --freeze: later points judged against the baseline", "[runchart][cli]") {
  // Median of the first 12 = 60.5; week 11 (61) and all of weeks 12-23 are above it: one run of
  // 13 after 9 shorter ones (10 runs, 9 crossings).
  auto ihi = runchart(fixture("attendance.csv") + " --freeze 12 --json");
  REQUIRE(ihi.exit_code == 0);
  const json part = json::parse(ihi.out)["parts"][0];
  CHECK(part["median"] == 60.5);
  CHECK(part["useful_n"] == 24);
  CHECK(part["runs"] == 10);
  CHECK(part["longest_run"] == 13);
  CHECK(part["crossings"] == 9);
  REQUIRE(part["signals"].size() == 1);  // 10 runs is inside 8..18
  CHECK(part["signals"][0]["rule"] == "shift");
  CHECK(part["signals"][0]["points"].get<std::vector<size_t>>() == range(11, 23));
  CHECK_THAT(part["notes"][0].get<std::string>(), ContainsSubstring("frozen at the first 12 points"));

  auto anhoj = runchart(fixture("attendance.csv") + " --freeze 12 --rules anhoj --json");
  REQUIRE(anhoj.exit_code == 0);
  const json a = json::parse(anhoj.out)["parts"][0];
  REQUIRE(a["signals"].size() == 1);  // 9 crossings is not below 8
  CHECK(a["signals"][0]["rule"] == "long_run");
}

TEST_CASE("cli runchart: few points still get shift and trend, with a note; readable text report", "[runchart][cli]") {
  // 5 6 7 8 9 4 3: median 6 (on it: one point), 6 useful; a trend over the first five.
  auto run = runchart(fixture("few_points.csv") + " --json");
  REQUIRE(run.exit_code == 0);
  const json part = json::parse(run.out)["parts"][0];
  CHECK(part["median"] == 6);
  CHECK(part["useful_n"] == 6);
  REQUIRE(part["signals"].size() == 1);
  CHECK(part["signals"][0]["rule"] == "trend");
  CHECK(part["signals"][0]["points"].get<std::vector<size_t>>() == range(0, 4));
  REQUIRE(part["notes"].size() == 1);
  CHECK_THAT(part["notes"][0].get<std::string>(), ContainsSubstring("Only 6 points"));

  auto text = runchart(fixture("few_points.csv"));
  REQUIRE(text.exit_code == 0);
  CHECK_THAT(text.out, ContainsSubstring("7 points, IHI rules"));
  CHECK_THAT(text.out, ContainsSubstring("Part 1: 2026-01-05 to 2026-01-11"));
  CHECK_THAT(text.out, ContainsSubstring("signal (trend): 5 points in a row"));
  CHECK_THAT(text.out, ContainsSubstring("note: Only 6 points"));
  auto split = runchart(fixture("attendance.csv") + " --split 2026-03-30");
  CHECK_THAT(split.out, ContainsSubstring("Part 2: 2026-03-30 to 2026-06-15, 12 points"));
  CHECK_THAT(split.out, ContainsSubstring("runs table: 4 to 10 runs"));
}

TEST_CASE("cli runchart: bad rows are all reported on stderr and nothing is printed", "[runchart][cli]") {
  auto run = runchart(fixture("bad_rows.csv") + " --json");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  // Line 4 bad date, 5 bad value, 6 repeats line 5's date, 7 is before it, 8 has no value.
  for (const char* expected : {"line 4: “2026-1-19” is not a date", "line 5: “twelve” is not a number",
                               "line 6: 2026-01-26 is already on line 5",
                               "line 7: 2026-01-19 comes before 2026-01-26 on line 5", "line 8: There is no value",
                               "5 problems"})
    CHECK_THAT(run.err, ContainsSubstring(expected));
  CHECK_THAT(run.err, !ContainsSubstring("line 9"));
}

TEST_CASE("cli runchart: usage errors exit 2, problems with the data exit 1, stdout stays empty", "[runchart][cli]") {
  const std::string csv = fixture("attendance.csv");
  for (const std::string& args : {std::string(""), std::string("--json"), csv + " --rules shewhart", csv + " --freeze 0",
                                  csv + " --freeze twelve", csv + " --split 2026-13-01", csv + " --split",
                                  csv + " --bogus", csv + " " + csv}) {
    INFO(args);
    auto run = runchart(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, ContainsSubstring("usage: stempush-cli runchart"));
  }
  for (const std::string& args : {csv + " --freeze 25", csv + " --split 2026-07-01", csv + " --split 2026-01-01",
                                  fixture("missing.csv")}) {
    INFO(args);
    auto run = runchart(args + " --json");
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK_THAT(run.err, ContainsSubstring("error: "));
  }
  CHECK_THAT(runchart(csv + " --freeze 25").err, ContainsSubstring("the first part has only 24"));
  CHECK_THAT(runchart(csv + " --split 2026-07-01").err, ContainsSubstring("the last point is on 2026-06-15"));
}
