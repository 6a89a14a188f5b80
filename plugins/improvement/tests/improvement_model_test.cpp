// The improvement model: driver diagram edits, PDSA cycles and ramps, measures and their CSV
// import, the section JSON (round trip, every validation error with its path), and the CLI.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "improvement/model/improvement_model.hpp"
#include "improvement_assets.hpp"
#include "stempush/i18n.hpp"

using Catch::Matchers::ContainsSubstring;
using improvement::ImprovementModel;
using nlohmann::json;

namespace {

// Aim, one primary driver with one secondary and two ideas, a second primary, two measures.
struct Filled {
  ImprovementModel model;
  std::string primary, secondary, idea, idea2, primary2, outcome, process;
  Filled() {
    stempush::i18n::load_core_catalogs();
    stempush::i18n::add_catalog(stempush::i18n::Language::English, improvement_assets::asset("i18n/en.json"));
    stempush::i18n::add_catalog(stempush::i18n::Language::Spanish, improvement_assets::asset("i18n/es.json"));
    model.aim = {"apply to a STEM major", "70%", "2027-06-01", "our seniors"};
    primary = model.add_node("", "Students see themselves in STEM");
    secondary = model.add_node(primary, "Mentors who share students' backgrounds");
    idea = model.add_node(secondary, "Monthly mentor calls");
    idea2 = model.add_node(secondary, "Alumni panel");
    primary2 = model.add_node("", "Families know the path to college");
    outcome = model.add_measure("Seniors who applied to a STEM major", improvement::MeasureKind::Outcome);
    process = model.add_measure("Mentor calls held", improvement::MeasureKind::Process);
  }
};

std::vector<std::string> texts(const std::vector<improvement::DriverNode>& nodes) {
  std::vector<std::string> out;
  for (auto& n : nodes) out.push_back(n.text);
  return out;
}

}  // namespace

TEST_CASE("improvement: driver diagram add, rename, reorder, remove", "[improvement]") {
  Filled f;
  auto& m = f.model;
  REQUIRE(m.drivers().size() == 2);
  CHECK(m.kind_of(f.primary) == improvement::NodeKind::Primary);
  CHECK(m.kind_of(f.secondary) == improvement::NodeKind::Secondary);
  CHECK(m.kind_of(f.idea) == improvement::NodeKind::ChangeIdea);
  CHECK(m.add_node(f.idea, "below an idea").empty());  // ideas have no children
  CHECK(m.add_node("n999", "no such parent").empty());

  CHECK(m.rename_node(f.idea, "Weekly mentor calls"));
  CHECK(m.node(f.idea)->text == "Weekly mentor calls");
  const stempush::HandoffLink indicator{"self_study", "indicator:a1", "A1 Students see their work matter"};
  CHECK(m.set_addresses(f.idea, indicator));
  CHECK_FALSE(m.set_addresses(f.primary, indicator));  // only change ideas link

  CHECK_FALSE(m.move_node(f.primary, -1));  // already first
  CHECK(m.move_node(f.primary, 1));
  CHECK(texts(m.drivers()) == std::vector<std::string>{"Families know the path to college", "Students see themselves in STEM"});
  CHECK(m.move_node(f.idea2, -1));
  CHECK(texts(m.node(f.secondary)->children) == std::vector<std::string>{"Alumni panel", "Weekly mentor calls"});

  const std::string cycle = m.start_cycle(f.idea);
  REQUIRE_FALSE(cycle.empty());
  CHECK(m.remove_node(f.secondary));  // and both ideas under it
  CHECK(m.node(f.idea) == nullptr);
  CHECK(m.node(f.idea2) == nullptr);
  CHECK(m.node(f.primary)->children.empty());
  // The cycle keeps its text but no longer points at a removed idea.
  CHECK(m.cycle(cycle)->change_idea_id.empty());
  CHECK(m.cycle(cycle)->change == "Weekly mentor calls");
}

TEST_CASE("improvement: PDSA cycles start from a change idea and ramp as a chain", "[improvement]") {
  Filled f;
  auto& m = f.model;
  CHECK(m.start_cycle(f.primary).empty());  // a driver is not a change idea
  const std::string first = m.start_cycle(f.idea);
  REQUIRE_FALSE(first.empty());
  auto* c = m.cycle(first);
  CHECK(c->change == "Monthly mentor calls");
  REQUIRE(c->questions.size() == 1);
  c->who = "Grade 11 cohort";
  c->where = "Zoom";
  c->when = "First Monday";
  c->questions[0] = {"Will students join?", "8 of 12 will join", "5 of 12 joined"};
  c->questions.push_back({"Will mentors return?", "All four", "Three"});
  c->measure_ids = {f.process};
  c->decision = improvement::Decision::Adapt;

  const std::string second = m.next_cycle(first);
  auto* n = m.cycle(second);
  REQUIRE(n);
  CHECK(n->previous_id == first);
  CHECK(n->change_idea_id == f.idea);
  CHECK(n->who == "Grade 11 cohort");
  CHECK(n->when == "First Monday");
  CHECK(n->measure_ids == std::vector<std::string>{f.process});
  REQUIRE(n->questions.size() == 2);
  CHECK(n->questions[0].question == "Will students join?");
  CHECK(n->questions[0].prediction == "8 of 12 will join");
  CHECK(n->questions[0].result.empty());  // this cycle's result is still to come
  CHECK(n->decision == improvement::Decision::Undecided);

  const std::string third = m.next_cycle(second);
  auto ladder = m.ramp(third);
  REQUIRE(ladder.size() == 3);
  CHECK(ladder[0]->id == first);
  CHECK(ladder[2]->id == third);
  // Removing the middle rung keeps the ladder whole.
  CHECK(m.remove_cycle(second));
  ladder = m.ramp(third);
  REQUIRE(ladder.size() == 2);
  CHECK(ladder[0]->id == first);
  // Removing a measure drops it from the cycles that looked at it.
  CHECK(m.remove_measure(f.process));
  CHECK(m.cycle(first)->measure_ids.empty());
}

TEST_CASE("improvement: typed points stay in date order; CSV import is all or nothing", "[improvement]") {
  Filled f;
  auto& m = f.model;
  CHECK(m.set_point(f.outcome, "2026-03-01", 40));
  CHECK(m.set_point(f.outcome, "2026-01-01", 20, "baseline"));
  CHECK(m.set_point(f.outcome, "2026-02-01", 30));
  CHECK(m.set_point(f.outcome, "2026-02-01", 35));  // replaces
  CHECK_FALSE(m.set_point(f.outcome, "2026-02-30", 1));
  CHECK_FALSE(m.set_point(f.outcome, "2026-04-01", std::nan("")));
  auto* outcome = m.measure(f.outcome);
  REQUIRE(outcome->points.size() == 3);
  CHECK(outcome->points[0].date == "2026-01-01");
  CHECK(outcome->points[0].note == "baseline");
  CHECK(outcome->points[1].value == 35);

  // Two bad rows: both reported, and the good row is not added either.
  auto bad = m.import_points_csv(f.outcome, "date,value,note\n2026-04-01,41\n2026-05-01,lots\n2026-13-01,3\n");
  CHECK(bad.problems.size() == 2);
  CHECK(bad.added == 0);
  CHECK(outcome->points.size() == 3);
  auto clash = m.import_points_csv(f.outcome, "2026-03-01,44\n2026-04-01,41\n");
  REQUIRE(clash.problems.size() == 1);
  CHECK_THAT(clash.problems[0].message, ContainsSubstring("already has a point on 2026-03-01"));
  CHECK(outcome->points.size() == 3);

  auto good = m.import_points_csv(f.outcome, "date,value,note\r\n2026-04-01,41,after calls\r\n2026-05-01,52\r\n");
  REQUIRE(good.ok());
  CHECK(good.added == 2);
  REQUIRE(outcome->points.size() == 5);
  CHECK(outcome->points[3].note == "after calls");
  CHECK(outcome->points[4].value == 52);
  CHECK_FALSE(m.import_points_csv("m999", "2026-01-01,1\n").ok());
}

TEST_CASE("improvement: section JSON round trip keeps everything and never reuses an id", "[improvement]") {
  Filled f;
  auto& m = f.model;
  m.set_addresses(f.idea, stempush::HandoffLink{"self_study", "indicator:a1", "A1"});
  m.set_point(f.outcome, "2026-01-01", 20, "baseline");
  m.measure(f.outcome)->goal = 70;
  m.measure(f.outcome)->better = improvement::Better::Higher;
  m.measure(f.outcome)->unit = "%";
  m.measure(f.process)->rules = stempush::runchart::RuleSet::Anhoj;
  const std::string c1 = m.start_cycle(f.idea);
  m.cycle(c1)->due = "2026-02-01";
  m.cycle(c1)->decision = improvement::Decision::Adopt;
  m.cycle(c1)->measure_ids = {f.outcome};
  m.next_cycle(c1);

  const json saved = m.to_json();
  ImprovementModel loaded;
  loaded.from_json(json::parse(saved.dump()));
  CHECK(loaded.to_json() == saved);
  CHECK(loaded.aim.by_when == "2027-06-01");
  CHECK(loaded.node(f.idea)->addresses == stempush::HandoffLink{"self_study", "indicator:a1", "A1"});
  CHECK(loaded.measure(f.outcome)->goal == 70);
  CHECK(loaded.measure(f.process)->rules == stempush::runchart::RuleSet::Anhoj);
  CHECK(loaded.ramp(loaded.cycles()[1].id).size() == 2);

  // New ids continue after the highest one in the file, even if next_id was lowered by hand.
  json edited = saved;
  edited["next_id"] = 1;
  ImprovementModel again;
  again.from_json(edited);
  const std::string fresh = again.add_node("", "New driver");
  CHECK(again.node(fresh) != nullptr);
  CHECK(fresh != f.primary);
  CHECK(again.drivers().size() == 3);
  for (auto& id : {f.primary, f.secondary, f.idea, f.idea2, f.primary2, f.outcome, f.process, c1})
    CHECK(fresh.substr(1) != id.substr(1));
}

TEST_CASE("improvement: a bad section names the field and leaves the model as it was", "[improvement]") {
  Filled f;
  const json good = f.model.to_json();
  struct Case {
    std::function<void(json&)> damage;
    std::string path;
  };
  const std::vector<Case> cases = {
      {[](json& j) { j["aim"]["by_when"] = "next June"; }, "/aim/by_when"},
      {[](json& j) { j["drivers"][0]["children"][0]["children"][0]["children"] = json::array({{{"id", "x1"}}}); },
       "/drivers/0/children/0/children/0/children"},
      {[](json& j) { j["drivers"][1]["id"] = j["drivers"][0]["id"]; }, "/drivers/1/id"},
      {[](json& j) { j["measures"][0]["kind"] = "vanity"; }, "/measures/0/kind"},
      {[](json& j) { j["measures"][0]["goal"] = "high"; }, "/measures/0/goal"},
      {[](json& j) { j["measures"][0]["points"] = json::array({{{"date", "2026-02-01"}, {"value", 1}}, {{"date", "2026-01-01"}, {"value", 2}}}); },
       "/measures/0/points/1/date"},
      {[](json& j) { j["measures"][0]["points"] = json::array({{{"date", "2026-02-01"}, {"value", "1"}}}); }, "/measures/0/points/0/value"},
      {[](json& j) { j["cycles"] = json::array({{{"id", "c90"}, {"change_idea", "n404"}}}); }, "/cycles/0/change_idea"},
      {[](json& j) { j["cycles"] = json::array({{{"id", "c90"}, {"previous", "c91"}}}); }, "/cycles/0/previous"},
      {[](json& j) { j["cycles"] = json::array({{{"id", "c90"}, {"measures", {"m404"}}}}); }, "/cycles/0/measures/0"},
      {[](json& j) { j["cycles"] = json::array({{{"id", "c90"}, {"decision", "maybe"}}}); }, "/cycles/0/decision"},
  };
  for (auto& c : cases) {
    INFO(c.path);
    json bad = good;
    c.damage(bad);
    ImprovementModel target;
    target.aim.what = "kept";
    try {
      target.from_json(bad);
      FAIL("accepted a bad section");
    } catch (const stempush::SectionError& e) {
      CHECK(e.path() == c.path);
    }
    CHECK(target.aim.what == "kept");
    CHECK(target.drivers().empty());
  }
}

namespace {

struct Run {
  int exit_code = -1;
  std::string output;
};

Run cli(const std::string& args) {
  const std::string command = std::string(STEMPUSH_CLI_PATH) + " " + args + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  Run run;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) run.output.append(buf, n);
  const int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace

TEST_CASE("cli: improvement measures --json lists every measure with its points", "[improvement]") {
  Filled f;
  f.model.set_point(f.outcome, "2026-01-01", 20, "baseline");
  f.model.set_point(f.outcome, "2026-02-01", 25.5);
  f.model.measure(f.outcome)->goal = 70;
  char folder[] = "/tmp/stempush-improvement-cli-XXXXXX";
  REQUIRE(::mkdtemp(folder));
  const std::string path = std::string(folder) + "/workspace.json";
  json doc = {{"format", "stempush-workspace"},
              {"format_version", 1},
              {"profile", {{"schema", 2}, {"data", json::object()}}},
              {"sections", {{"improvement", {{"schema", 1}, {"data", f.model.to_json()}}}}}};
  std::ofstream(path) << doc.dump(2);

  auto run = cli("improvement measures " + path + " --json");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  json out = json::parse(run.output);
  REQUIRE(out["measures"].size() == 2);
  const json& outcome = out["measures"][0];
  CHECK(outcome["id"] == f.outcome);
  CHECK(outcome["name"] == "Seniors who applied to a STEM major");
  CHECK(outcome["kind"] == "outcome");
  CHECK(outcome["goal"] == 70);
  REQUIRE(outcome["points"].size() == 2);
  CHECK(outcome["points"][0]["date"] == "2026-01-01");
  CHECK(outcome["points"][0]["note"] == "baseline");
  CHECK(outcome["points"][0]["source"] == "typed");
  CHECK(outcome["points"][1]["value"] == 25.5);
  CHECK(out["measures"][1]["kind"] == "process");
  CHECK(out["measures"][1]["goal"].is_null());

  auto text = cli("improvement measures " + path);
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.output, ContainsSubstring("Seniors who applied to a STEM major (outcome): 2 points, 2026-01-01 to 2026-02-01"));
  CHECK(cli("improvement measures").exit_code == 2);
  CHECK(cli("improvement measures " + path + " --bogus").exit_code == 2);
  CHECK(cli("improvement measures " + std::string(folder) + "/missing.json").exit_code == 1);
}
