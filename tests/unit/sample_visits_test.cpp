// The minimal plugin of docs/PLUGINS.md (tests/sample_plugin/sample_visits): its section round
// trip, the feed the core hands other plugins (with the small-group rule applied by the core), and
// its .ics read back by ical.js.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "sample_visits/model/visits_model.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"
#include "unit/ical_reader.hpp"

using nlohmann::json;

namespace {

// n answers to "useful", the first `agree` of them 3 or 4 (agree), the rest 1 or 2.
json answers(int n, int agree) {
  json list = json::array();
  for (int i = 0; i < n; ++i)
    list.push_back({{"code", "V1-" + std::to_string(100 + i)}, {"answers", {{"useful", i < agree ? 3 + i % 2 : 1 + i % 2}}}});
  return list;
}

json section(int n, int agree) {
  return {{"date", "2026-10-01"}, {"start", "15:30"}, {"end", "16:30"}, {"pin_hash", ""}, {"answers", answers(n, agree)}};
}

}  // namespace

TEST_CASE("sample plugin: section round trip and errors that name the field", "[plugins][sample]") {
  stempush::Registry registry;
  stempush::register_test_plugin_models(registry);
  stempush::Workspace ws(registry);
  ws.set_section("sample_visits", section(3, 2));
  stempush::Workspace reloaded(registry);
  reloaded.load(ws.save());
  CHECK(reloaded.section("sample_visits") == ws.section("sample_visits"));

  json bad = section(1, 1);
  bad["answers"][0]["answers"]["useful"] = 9;  // a 4-point scale
  REQUIRE_THROWS_WITH(ws.set_section("sample_visits", bad), Catch::Matchers::ContainsSubstring("/answers/0"));
  CHECK(ws.section("sample_visits")["answers"].size() == 3);  // unchanged
}

TEST_CASE("sample plugin: its feed reaches other plugins, hidden under the small-group threshold", "[plugins][sample]") {
  stempush::Registry registry;
  stempush::register_test_plugin_models(registry);
  stempush::Workspace ws(registry);
  auto useful = [&] {
    for (const auto& s : ws.feeds())
      if (s.id == "sample_visits.useful") return s;
    FAIL("no sample_visits.useful series");
    return stempush::MeasureSeries{};
  };

  ws.set_section("sample_visits", section(12, 9));  // 9 of 12 agreed
  auto series = useful();
  REQUIRE(series.points.size() == 1);
  CHECK(series.points[0].date == "2026-10-01");
  CHECK(series.points[0].n == 12);
  REQUIRE(series.points[0].value);
  CHECK_THAT(*series.points[0].value, Catch::Matchers::WithinAbs(75.0, 1e-9));

  ws.set_section("sample_visits", section(6, 3));  // under the default threshold of 10
  series = useful();
  CHECK(series.points[0].suppressed);
  CHECK_FALSE(series.points[0].value);
}

TEST_CASE("sample plugin: the visit as .ics, read back by ical.js", "[plugins][sample][ics]") {
  sample_visits::VisitsModel model;
  model.date = "2026-10-01", model.start = "15:30", model.end = "16:30";
  const json parsed = test_support::read_ics_text_with_icaljs(model.ics());
  REQUIRE(parsed["events"].size() == 1);
  const json& event = parsed["events"][0];
  CHECK(event["summary"] == "Guest visit");
  CHECK(event["start"]["zone"] == "America/New_York");
  // 15:30 in New York on 1 October 2026 (daylight time, UTC-4) is 19:30 UTC.
  CHECK(event["start"]["unix"] == 1790883000);
  CHECK(event["end"]["unix"] == 1790886600);
  CHECK(test_support::ics_line_problem(model.ics()).empty());

  model.end = "15:00";  // before the start
  CHECK_THROWS_AS(model.ics(), stempush::calendar::CalendarError);
}
