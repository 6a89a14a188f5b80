// The cycle list (open, due, decided; the ladder of a ramp) and a measure's data as charts and
// exports see it: typed and fed points together, groups with small ones hidden, the run chart
// with its freeze and splits, cycles marked at their dates, and the CSV read back by the core's
// own CSV parser and the measure's import.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "improvement/model/cycle_list.hpp"
#include "improvement/model/measure_data.hpp"
#include "improvement_assets.hpp"
#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"
#include "unit/report_check.hpp"

using improvement::Cycle;
using improvement::Decision;
using improvement::ImprovementModel;
using nlohmann::json;

namespace {

void load_catalogs() {
  stempush::i18n::load_core_catalogs();
  stempush::i18n::add_catalog(stempush::i18n::Language::English, improvement_assets::asset("i18n/en.json"));
}

// Primary > secondary > two change ideas.
struct Diagram {
  ImprovementModel model;
  std::string idea, idea2;
  Diagram() {
    load_catalogs();
    const std::string primary = model.add_node("", "Students see themselves in STEM");
    const std::string secondary = model.add_node(primary, "Mentors");
    idea = model.add_node(secondary, "Monthly mentor calls");
    idea2 = model.add_node(secondary, "Alumni panel");
  }
};

std::vector<std::string> ids(const std::vector<const Cycle*>& cycles) {
  std::vector<std::string> out;
  for (auto* c : cycles) out.push_back(c->id);
  return out;
}

stempush::MeasureSeries series(const std::string& id, std::vector<stempush::MeasurePoint> points) {
  stempush::MeasureSeries s;
  s.id = id;
  s.title.text = "Belonging";
  s.points = std::move(points);
  return s;
}

stempush::MeasurePoint fed(const std::string& date, const std::string& label, int n, std::optional<double> value,
                           bool suppressed = false, std::vector<stempush::MeasureGroup> groups = {}) {
  return {date, label, n, value, suppressed, std::move(groups)};
}

}  // namespace

TEST_CASE("improvement: the cycle list filters open, due, overdue and decided cycles", "[improvement]") {
  Diagram d;
  auto& m = d.model;
  const std::string later = m.start_cycle(d.idea), soon = m.start_cycle(d.idea), late = m.start_cycle(d.idea2),
                    undated = m.start_cycle(d.idea2), adopted = m.start_cycle(d.idea);
  m.cycle(later)->due = "2026-03-20";
  m.cycle(soon)->due = "2026-03-08";
  m.cycle(late)->due = "2026-02-27";
  m.cycle(adopted)->due = "2026-02-01";  // past, but decided: not overdue
  m.cycle(adopted)->decision = Decision::Adopt;
  const std::string today = "2026-03-01";

  using improvement::DueState;
  CHECK(improvement::due_state(*m.cycle(later), today) == DueState::NotDue);
  CHECK(improvement::due_state(*m.cycle(soon), today) == DueState::DueSoon);  // 7 days ahead: due
  CHECK(improvement::due_state(*m.cycle(late), today) == DueState::Overdue);
  CHECK(improvement::due_state(*m.cycle(undated), today) == DueState::NotDue);
  CHECK(improvement::due_state(*m.cycle(adopted), today) == DueState::NotDue);
  m.cycle(soon)->due = "2026-03-09";  // 8 days ahead: not yet
  CHECK(improvement::due_state(*m.cycle(soon), today) == DueState::NotDue);
  m.cycle(soon)->due = "2026-03-01";  // today
  CHECK(improvement::due_state(*m.cycle(soon), today) == DueState::DueSoon);

  using F = improvement::CycleFilter;
  CHECK(ids(improvement::filter_cycles(m.cycles(), F::All, today)).size() == 5);
  CHECK(ids(improvement::filter_cycles(m.cycles(), F::Open, today)) == std::vector<std::string>{later, soon, late, undated});
  CHECK(ids(improvement::filter_cycles(m.cycles(), F::Due, today)) == std::vector<std::string>{soon, late});
  CHECK(ids(improvement::filter_cycles(m.cycles(), F::Adopted, today)) == std::vector<std::string>{adopted});
  CHECK(improvement::filter_cycles(m.cycles(), F::Adapted, today).empty());
  m.cycle(late)->decision = Decision::Abandon;
  CHECK(ids(improvement::filter_cycles(m.cycles(), F::Abandoned, today)) == std::vector<std::string>{late});
  CHECK(ids(improvement::filter_cycles(m.cycles(), F::Due, today)) == std::vector<std::string>{soon});
  for (F f : improvement::kCycleFilters) CHECK(std::string(improvement::cycle_filter_id(f)).size() > 2);
}

TEST_CASE("improvement: a ramp's ladder runs from the first cycle to the last, from any step", "[improvement]") {
  Diagram d;
  auto& m = d.model;
  const std::string c1 = m.start_cycle(d.idea);
  m.cycle(c1)->who = "one mentor, two students";
  m.cycle(c1)->questions[0] = {"Will students join?", "Most of them", "All did"};
  m.cycle(c1)->decision = Decision::Adapt;
  const std::string other = m.start_cycle(d.idea2);  // a separate ladder
  const std::string c2 = m.next_cycle(c1);
  const std::string c3 = m.next_cycle(c2);
  // The next cycle starts from this one's plan, questions and predictions without their results.
  const Cycle& second = *m.cycle(c2);
  CHECK(second.previous_id == c1);
  CHECK(second.who == "one mentor, two students");
  REQUIRE(second.questions.size() == 1);
  CHECK(second.questions[0].prediction == "Most of them");
  CHECK(second.questions[0].result.empty());
  CHECK(second.decision == Decision::Undecided);

  const std::vector<std::string> whole = {c1, c2, c3};
  CHECK(ids(improvement::ladder(m, c1)) == whole);
  CHECK(ids(improvement::ladder(m, c2)) == whole);
  CHECK(ids(improvement::ladder(m, c3)) == whole);
  CHECK(ids(improvement::ladder(m, other)) == std::vector<std::string>{other});
  CHECK(improvement::ladder(m, "c999").empty());
  // A removed middle step keeps the ladder whole.
  m.remove_cycle(c2);
  CHECK(ids(improvement::ladder(m, c3)) == std::vector<std::string>{c1, c3});

  auto ideas = improvement::change_ideas(m);
  REQUIRE(ideas.size() == 2);
  CHECK(ideas[0].id == d.idea);
  CHECK(ideas[1].text == "Alumni panel");
}

TEST_CASE("improvement: a fed measure reads the feed afresh, typed points join it, suppressed points never show", "[improvement]") {
  load_catalogs();
  ImprovementModel model;
  const std::string id = model.add_measure("Belonging (struggle)", improvement::MeasureKind::Outcome);
  improvement::Measure& m = *model.measure(id);
  m.feed = "belonging.subscale.struggle";
  REQUIRE(model.set_point(id, "2026-01-15", 2.5, "baseline from last year"));

  std::vector<stempush::MeasureSeries> feeds = {
      series("belonging.subscale.struggle",
             {fed("2026-02-10", "pre", 20, 2.8), fed("2026-02-10", "post", 19, 3.1), fed("2026-04-01", "pre", 4, {}, true)}),
      series("self_study.domain.goals", {fed("2026-02-10", "Fall", 12, 2.0)})};
  auto points = improvement::measure_points(m, feeds);
  REQUIRE(points.size() == 3);
  CHECK(points[0].date == "2026-01-15");
  CHECK_FALSE(points[0].fed);
  CHECK(points[0].note == "baseline from last year");
  CHECK(points[1].fed);
  CHECK(points[1].note == "pre");  // one date: the publisher's order stays (pre, then post)
  CHECK(points[1].value == 2.8);
  CHECK(points[1].n == 20);
  CHECK(points[2].note == "post");
  CHECK(improvement::suppressed_points(m, feeds) == 1);

  // Live: the next read of the feeds shows new data without re-entry.
  feeds[0].points.push_back(fed("2026-05-01", "pre", 22, 3.4));
  CHECK(improvement::measure_points(m, feeds).size() == 4);
  // The feed is gone (plugin removed): the typed points remain.
  CHECK(improvement::measure_points(m, {}).size() == 1);
  json j = improvement::measure_with_points_json(m, {});
  CHECK(j["feed_found"] == false);

  j = improvement::measure_with_points_json(m, feeds);
  REQUIRE(j["points"].size() == 4);
  CHECK(j["points"][0] == json{{"date", "2026-01-15"}, {"value", 2.5}, {"source", "typed"}, {"note", "baseline from last year"}});
  CHECK(j["points"][1] == json{{"date", "2026-02-10"}, {"value", 2.8}, {"source", "feed"}, {"label", "pre"}, {"n", 20}});
  CHECK(j["feed_found"] == true);
  CHECK(j["suppressed_points"] == 1);
  CHECK(j["feed"] == "belonging.subscale.struggle");
}

TEST_CASE("improvement: stratified lines leave out suppressed groups and groups with nothing left", "[improvement]") {
  using G = stempush::MeasureGroup;
  auto s = series("visits.useful", {fed("2026-01-05", "", 40, 70.0, false, {G{"9th", 22, 60.0, false}, G{"10th", 14, 80.0, false}, G{"11th", 4, {}, true}}),
                                    fed("2026-02-05", "", 38, 72.0, false, {G{"9th", 20, 65.0, false}, G{"10th", 3, {}, true}, G{"11th", 15, 75.0, false}}),
                                    fed("2026-03-05", "", 8, {}, true, {G{"9th", 5, {}, true}, G{"10th", 3, {}, true}})});
  auto lines = improvement::group_lines(s);
  REQUIRE(lines.lines.size() == 3);
  CHECK(lines.hidden == 0);
  CHECK(lines.lines[0].name == "9th");
  CHECK(lines.lines[0].points.size() == 2);
  CHECK(lines.lines[1].points.size() == 1);  // 10th: February was suppressed
  CHECK(lines.lines[1].points[0].value == 80.0);
  CHECK(lines.lines[2].name == "11th");
  REQUIRE(lines.lines[2].points.size() == 1);
  CHECK(lines.lines[2].points[0].date == "2026-02-05");

  auto only_small = series("x.y", {fed("2026-01-05", "", 30, 1.0, false, {G{"big", 26, 1.0, false}, G{"small", 4, {}, true}})});
  auto few = improvement::group_lines(only_small);
  REQUIRE(few.lines.size() == 1);
  CHECK(few.hidden == 1);
}

TEST_CASE("improvement: a measure's run chart uses its rules, freeze and splits, and survives a bad split", "[improvement]") {
  Diagram d;
  auto& model = d.model;
  const std::string id = model.add_measure("Mentor calls held", improvement::MeasureKind::Process);
  const double values[] = {10, 12, 11, 13, 12, 11, 10, 20, 22, 21, 23, 22, 21, 20};
  for (int i = 0; i < 14; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2026-01-%02d", i + 1);
    REQUIRE(model.set_point(id, date, values[i]));
  }
  improvement::Measure& m = *model.measure(id);
  auto chart = improvement::measure_chart(m, {});
  REQUIRE(chart.analysis.parts.size() == 1);
  CHECK(chart.problem.empty());
  CHECK(chart.analysis.parts[0].signals.size() == 3);  // two shifts and too few runs

  m.rules = stempush::runchart::RuleSet::Anhoj;
  chart = improvement::measure_chart(m, {});
  CHECK(chart.analysis.rules == stempush::runchart::RuleSet::Anhoj);

  m.rules = stempush::runchart::RuleSet::Ihi;
  m.freeze = 7;
  chart = improvement::measure_chart(m, {});
  CHECK(chart.analysis.parts[0].frozen_points == 7);
  CHECK(chart.analysis.parts[0].median == 11);

  m.freeze = 0;
  m.splits = {"2026-01-08"};
  chart = improvement::measure_chart(m, {});
  REQUIRE(chart.analysis.parts.size() == 2);
  CHECK(chart.analysis.parts[1].from == "2026-01-08");
  CHECK(chart.analysis.parts[1].median == 21);

  // A split after the last point: the chart is still drawn, unsplit, and says why.
  m.splits = {"2026-05-01"};
  chart = improvement::measure_chart(m, {});
  CHECK(chart.analysis.parts.size() == 1);
  CHECK(chart.problem == "The split 2026-05-01 starts no new part: the last point is on 2026-01-14.");

  // The section keeps the chart's settings.
  m.splits = {"2026-01-08"};
  m.freeze = 3;
  m.by_group = true;
  ImprovementModel copy;
  copy.from_json(model.to_json());
  const improvement::Measure& back = copy.measures()[0];
  CHECK(back.splits == std::vector<std::string>{"2026-01-08"});
  CHECK(back.freeze == 3);
  CHECK(back.by_group);
  json bad = model.to_json();
  bad["measures"][0]["splits"] = json::array({"soon"});
  CHECK_THROWS_WITH(copy.from_json(bad), "/measures/0/splits/0: must be a date YYYY-MM-DD");
  bad = model.to_json();
  bad["measures"][0]["freeze"] = -2;
  CHECK_THROWS_WITH(copy.from_json(bad), "/measures/0/freeze: must be a whole number from 0");

  // Cycles that looked at the measure are marked at their due dates, in date order.
  const std::string c1 = model.start_cycle(d.idea), c2 = model.start_cycle(d.idea2), c3 = model.start_cycle(d.idea);
  model.cycle(c1)->due = "2026-01-09";
  model.cycle(c1)->measure_ids = {id};
  model.cycle(c2)->due = "2026-01-04";
  model.cycle(c2)->measure_ids = {id};
  model.cycle(c2)->title = "Alumni panel, one class";
  model.cycle(c3)->measure_ids = {id};  // no due date: no place on the chart
  auto marks = improvement::cycle_marks(model, id);
  REQUIRE(marks.size() == 2);
  CHECK(marks[0].cycle_id == c2);
  CHECK(marks[0].label == "Alumni panel, one class");
  CHECK(marks[1].date == "2026-01-09");
}

TEST_CASE("improvement: a measure's CSV reads back with the CSV parser and the measure's own import", "[improvement][report]") {
  load_catalogs();
  ImprovementModel model;
  const std::string id = model.add_measure("Calls", improvement::MeasureKind::Process);
  improvement::Measure& m = *model.measure(id);
  REQUIRE(model.set_point(id, "2026-01-05", 12, "a note, with \"quotes\""));
  REQUIRE(model.set_point(id, "2026-01-12", 0.1 + 0.2, "=HYPERLINK(\"x\")"));
  m.feed = "x.calls";
  std::vector<stempush::MeasureSeries> feeds = {series("x.calls", {fed("2026-01-19", "week 3", 12, 14.25)})};
  const std::string text = improvement::measure_csv(m, feeds);

  const auto table = report_check::check_csv("improvement-measure", text);
  REQUIRE(table.rows.size() == 4);
  CHECK(table.rows[0] == stempush::csv::Row{"Date", "Value", "Note", "Source", "Reference id (for re-import): Source"});
  CHECK(table.rows[1] == stempush::csv::Row{"2026-01-05", "12.0", "a note, with \"quotes\"", "Typed in", ""});
  CHECK(std::stod(table.rows[2][1]) == 0.1 + 0.2);  // every digit kept
  CHECK(table.rows[2][2] == "'=HYPERLINK(\"x\")");  // a spreadsheet will not run it
  CHECK(table.rows[3][0] == "2026-01-19");
  CHECK(table.rows[3][3] != "x.calls");  // the feed's title for a person...
  CHECK(table.rows[3][4] == "x.calls");  // ...its id for programs

  // The whole file imports back into an empty measure (the source and reference columns skipped).
  const std::string copy = model.add_measure("Copy", improvement::MeasureKind::Process);
  auto report = model.import_points_csv(copy, text);
  INFO((report.problems.empty() ? std::string() : report.problems[0].message));
  REQUIRE(report.ok());
  REQUIRE(model.measure(copy)->points.size() == 3);
  CHECK(model.measure(copy)->points[0].note == "a note, with \"quotes\"");
  // So does a file of the older header (date,value,note,source).
  const std::string older = model.add_measure("Older", improvement::MeasureKind::Process);
  CHECK(model.import_points_csv(older, "date,value,note,source\r\n2026-01-05,12,,typed\r\n2026-01-12,13,,x.calls\r\n").ok());
  // A fifth column that no header names is still refused (a file of another shape).
  const std::string other = model.add_measure("Other", improvement::MeasureKind::Process);
  CHECK_FALSE(model.import_points_csv(other, "date,value,note,whatever\r\n2026-01-05,12,,x\r\n").ok());
  CHECK(model.measure(copy)->points[1].value == 0.1 + 0.2);
  CHECK(model.measure(copy)->points[1].value == 0.1 + 0.2);
}
