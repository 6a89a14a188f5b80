// The core's generic table import (stempush/table_import.hpp) and the month grid of dates.hpp.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "stempush/dates.hpp"
#include "stempush/table_import.hpp"

using namespace stempush;
using Catch::Matchers::ContainsSubstring;

namespace {

// Keeps rows whose "n" is a digit.
struct DigitsImport : table_import::Job {
  explicit DigitsImport(std::string_view text)
      : Job(text, {{"id", {"Id", "Id"}, {"code"}, true}, {"n", {"Number", "N\xc3\xbamero"}, {"count"}, false}}, "id") {}
  void check_row(const Cells& cells, Report& report) override {
    if (cells["id"].empty()) report.problem("no id");
    const auto n = cells["n"];
    if (n.size() != 1 || n[0] < '0' || n[0] > '9') report.problem("not a digit");
    if (report.messages.empty()) kept.push_back(std::string(cells["id"]));
  }
  void restart_checks() override { kept.clear(); }
  std::vector<std::string> kept;
};

}  // namespace

TEST_CASE("table import: headers matched by name in either language or alias", "[table_import]") {
  DigitsImport job("\xEF\xBB\xBF" "CODE ,  N\xc3\x9a" "MERO\r\nA,1\r\nB,x\r\n");
  CHECK(job.column_of("id") == 0);
  CHECK(job.column_of("n") == 1);  // "NÚMERO" folds to the Spanish name
  job.finish();
  CHECK(job.good_rows() == 1);
  CHECK(job.rejected_rows() == 1);
  REQUIRE(job.problems().size() == 1);
  CHECK(job.problems()[0].line == 3);
  CHECK(job.problems()[0].code == "B");
  CHECK(job.kept == std::vector<std::string>{"A"});
}

TEST_CASE("table import: a changed mapping restarts the checks; required fields", "[table_import]") {
  DigitsImport job("x,y\n1,A\n2,B\n");
  CHECK_THAT(job.mapping_problems().at(0), ContainsSubstring("Id"));
  CHECK_THROWS_AS(job.finish(), std::logic_error);
  job.set_mapping({{"id", 1}, {"n", 0}});
  CHECK(job.mapping_problems().empty());
  job.finish();
  CHECK(job.kept == std::vector<std::string>{"A", "B"});
  job.set_mapping_json(R"({"id": "x", "n": null})");  // n not in the file: every row fails
  CHECK(job.column_of("n") == -1);
  job.finish();
  CHECK(job.kept.empty());
  CHECK(job.rejected_rows() == 2);
  CHECK_THROWS_WITH(job.set_mapping_json("[1]"), ContainsSubstring("JSON object"));
}

TEST_CASE("table import: steps in slices, progress rises to 1", "[table_import]") {
  std::string text = "id,n\n";
  for (int i = 0; i < 1000; ++i) text += "r" + std::to_string(i) + "," + std::to_string(i % 10) + "\n";
  DigitsImport job(text);
  int calls = 0;
  double last = 0;
  while (!job.step(300)) {
    CHECK(job.progress() > last);
    last = job.progress();
    ++calls;
  }
  CHECK(calls == 3);
  CHECK(job.good_rows() == 1000);
}

TEST_CASE("dates: weekday and the weeks of a month", "[dates]") {
  CHECK(weekday_of("1970-01-01") == 4);  // a Thursday
  CHECK(weekday_of("2026-03-01") == 0);  // a Sunday
  CHECK(weekday_of("1969-12-28") == 0);
  const auto march = month_weeks(2026, 3);
  REQUIRE(march.size() == 5);
  CHECK(march[0][0] == "2026-03-01");
  CHECK(march[4][6] == "2026-04-04");
  const auto feb = month_weeks(2026, 2);  // 1 Feb 2026 is a Sunday, 28 days: exactly 4 weeks
  CHECK(feb.size() == 4);
  const auto may = month_weeks(2026, 5);  // starts on a Friday, 31 days: 6 weeks
  CHECK(may.size() == 6);
  CHECK(may[0][0] == "2026-04-26");
}
