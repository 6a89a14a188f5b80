// The plugin's workspace section: round trip, and every kind of bad section refused with the
// path at fault and the model left as it was.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <functional>

#include "self_study/model/self_study_model.hpp"
#include "self_study_test_support.hpp"
#include "stempush/plugin.hpp"

using Catch::Matchers::ContainsSubstring;
using self_study::SelfStudyModel;

TEST_CASE("the section survives to_json and from_json unchanged", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  auto json = model.to_json();
  SelfStudyModel again;
  again.from_json(json);
  CHECK(again.to_json() == json);
  CHECK(again.framework().id == "tiny");
  CHECK(again.cycles().size() == 3);
  CHECK(again.rating("c2", "p1", "a1").links.size() == 2);
  CHECK(again.priorities().at(0).change_ideas.size() == 2);
  CHECK(again.summary("c2").domains[0].area.mean == model.summary("c2").domains[0].area.mean);
  CHECK(again.schema_version() == 2);
}

TEST_CASE("a new model uses the default framework, and clear() returns to it", "[self_study]") {
  SelfStudyModel model;
  CHECK(model.framework().domains.size() == 6);
  self_study_test::fill_tiny_model(model);
  model.clear();
  CHECK(model.framework().domains.size() == 6);
  CHECK(model.cycles().empty());
  CHECK(model.priorities().empty());
}

TEST_CASE("bad sections are rejected with the path, leaving the model unchanged", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  const auto before = model.to_json();
  auto expect_rejected = [&](const std::function<void(nlohmann::json&)>& edit, const std::string& path,
                             const std::string& words) {
    auto bad = before;
    edit(bad);
    try {
      model.from_json(bad);
      FAIL("accepted a bad section at " << path);
    } catch (const stempush::SectionError& e) {
      CHECK(e.path() == path);
      CHECK_THAT(std::string(e.what()), ContainsSubstring(words));
    }
    CHECK(model.to_json() == before);
  };
  expect_rejected([](auto& d) { d = nlohmann::json::array(); }, "", "must be an object");
  expect_rejected([](auto& d) { d.erase("framework"); }, "/framework", "missing");
  expect_rejected([](auto& d) { d["framework"]["domains"][0]["title"] = 3; }, "/framework/domains/0/title", "text");
  expect_rejected([](auto& d) { d["cycles"] = "none"; }, "/cycles", "list");
  expect_rejected([](auto& d) { d["cycles"][1]["date"] = "2026-13-01"; }, "/cycles/1/date", "not a date");
  expect_rejected([](auto& d) { d["cycles"][1]["id"] = "c1"; }, "/cycles/1/id", "used by another cycle");
  expect_rejected([](auto& d) { d["cycles"][1]["participants"][1]["id"] = "p1"; }, "/cycles/1/participants/1/id",
                  "used twice");
  expect_rejected([](auto& d) { d["cycles"][1]["participants"][0]["ratings"]["a1"]["level"] = 7; },
                  "/cycles/1/participants/0/ratings/a1/level", "not on the scale");
  expect_rejected([](auto& d) { d["cycles"][1]["participants"][0]["ratings"]["a1"]["state"] = "maybe"; },
                  "/cycles/1/participants/0/ratings/a1/state", "not one of");
  expect_rejected([](auto& d) { d["cycles"][1]["participants"][2]["ratings"]["a2"]["level"] = 2; },
                  "/cycles/1/participants/2/ratings/a2/level", "only allowed when state is \"rated\"");
  expect_rejected([](auto& d) { d["cycles"][1]["participants"][0]["ratings"]["a1"]["links"] = {1}; },
                  "/cycles/1/participants/0/ratings/a1/links/0", "text");
  expect_rejected([](auto& d) { d["cycles"][1]["consensus"]["a1"]["rationale"] = nlohmann::json::object(); },
                  "/cycles/1/consensus/a1/rationale", "text");
  expect_rejected([](auto& d) { d["priorities"][0]["status"] = "finished"; }, "/priorities/0/status", "not one of");
  expect_rejected([](auto& d) { d["priorities"][0]["due"] = "May"; }, "/priorities/0/due", "not a date");
  expect_rejected([](auto& d) { d["extra"] = 1; }, "/extra", "not a known field");
}

TEST_CASE("check() reports ratings and priorities that point to indicators the framework lacks", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  CHECK(model.check().empty());
  // Switch to the default framework: the tiny framework's ids (a1, b1...) are not in it.
  model.set_framework(self_study::default_framework());
  auto problems = model.check();
  CHECK(!problems.empty());
  bool names_a1 = false, names_priority = false;
  for (auto& p : problems) {
    names_a1 = names_a1 || p.find("\"a1\"") != std::string::npos;
    names_priority = names_priority || p.find("priority") != std::string::npos;
  }
  CHECK(names_a1);
  CHECK(names_priority);
}

TEST_CASE("a framework whose scale cannot hold the stored ratings is refused", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  auto three_levels = self_study::parse_framework(self_study_test::kTinyFramework);
  three_levels.scale.levels.pop_back();  // ratings of 4 exist
  CHECK_THROWS_AS(model.set_framework(three_levels), std::invalid_argument);
  CHECK(model.framework().scale.levels.size() == 4);
}

TEST_CASE("mutations keep ids stable and refuse bad input", "[self_study]") {
  SelfStudyModel model;
  auto c = model.add_cycle("Spring", "2026-04-01");
  CHECK(c == "c1");
  CHECK_THROWS_AS(model.add_cycle("  ", "2026-04-01"), std::invalid_argument);
  CHECK_THROWS_AS(model.add_cycle("Later", "2026-02-30"), std::invalid_argument);
  auto p1 = model.add_participant(c, "Ana");
  auto p2 = model.add_participant(c, "Ben");
  model.remove_participant(c, p1);
  CHECK(model.add_participant(c, "Caro") == "p1");  // the smallest free id is reused
  CHECK(model.cycle(c)->participant(p2)->name == "Ben");
  auto indicator = model.framework().domains[0].standards[0].indicators[0].id;
  auto pr = model.add_priority(indicator, c);
  auto priority = *model.priority(pr);
  priority.due_date = "soon";
  CHECK_THROWS_AS(model.update_priority(priority), std::invalid_argument);
  model.remove_cycle(c);
  CHECK(model.priority(pr)->cycle_id.empty());  // the priority stays, without its cycle
  model.remove_priority(pr);
  CHECK(model.priorities().empty());
}
