// The core's services between plugins that do not know each other: measure feeds (with the
// program's small-group threshold), change notifications and hand-offs, through the Workspace as
// every plugin's PluginHost. Test-only plugins: sample_notes (offers notes as change ideas) and
// sample_ideas (accepts them, reads feeds).
#include <algorithm>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/results.hpp"
#include "sample_ideas/model/ideas_model.hpp"
#include "self_study/model/self_study_model.hpp"
#include "stempush/history.hpp"
#include "stempush/workspace.hpp"
#include "test_support.hpp"

using namespace stempush;

namespace {

const MeasureSeries* find_series(const std::vector<MeasureSeries>& all, const std::string& id) {
  for (auto& s : all)
    if (s.id == id) return &s;
  return nullptr;
}

std::string read_fixture(const std::string& name) {
  std::ifstream in(test_support::fixture(name), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A belonging section with the 20-student pre and post fixtures imported and a session date.
void fill_belonging(belonging::BelongingModel& model) {
  auto& data = model.data();
  data.plan.date = "2026-02-10";
  for (auto [file, kind] : {std::pair{"belonging/pre-20-students.csv", belonging::SurveyKind::Pre},
                            {"belonging/post-20-students.csv", belonging::SurveyKind::Post}}) {
    belonging::ImportJob job(read_fixture(file), data, kind);
    REQUIRE(job.mapping_problems().empty());
    REQUIRE(job.apply(data, false) == 20);
  }
}

}  // namespace

TEST_CASE("the small-group threshold is one program setting: default 10, never below 5", "[feeds]") {
  Workspace ws(test_support::registry());
  REQUIRE(ws.min_group_size() == 10);
  ws.profile().min_group_size = 12;
  Workspace reloaded(test_support::registry());
  reloaded.load(ws.save());
  REQUIRE(reloaded.min_group_size() == 12);
  // Files from before the setting existed load with the default.
  auto j = nlohmann::json::parse(ws.save());
  j["profile"]["data"].erase("min_group_size");
  reloaded.load(j.dump());
  REQUIRE(reloaded.min_group_size() == 10);
  // Below 5 is refused with the field named, and nothing changes.
  j["profile"]["data"]["min_group_size"] = 3;
  try {
    reloaded.load(j.dump());
    FAIL("a threshold of 3 was accepted");
  } catch (const WorkspaceError& e) {
    REQUIRE(std::string(e.what()).find("/profile/data/min_group_size: must be a whole number of 5 or more") != std::string::npos);
  }
  REQUIRE(reloaded.min_group_size() == 10);
}

TEST_CASE("suppressed points and groups carry no value, and one hidden group hides the next smallest", "[feeds]") {
  MeasureSeries s;
  s.id = "x";
  MeasurePoint p{"2026-01-05", "pre", 30, 3.5, false, {{"A", 4, 3.0, false}, {"B", 12, 3.4, false}, {"C", 14, 3.8, false}}};
  MeasurePoint small{"2026-05-05", "post", 7, 2.0, false, {}};
  s.points = {p, small};
  suppress_small_groups(s, 10);
  REQUIRE(s.points[0].value == 3.5);
  REQUIRE(s.points[0].groups[0].suppressed);
  REQUIRE_FALSE(s.points[0].groups[0].value.has_value());
  REQUIRE(s.points[0].groups[1].suppressed);  // B (12) is the next smallest: hidden too
  REQUIRE_FALSE(s.points[0].groups[1].value.has_value());
  REQUIRE(s.points[0].groups[2].value == 3.8);
  REQUIRE(s.points[1].suppressed);
  REQUIRE_FALSE(s.points[1].value.has_value());
  auto j = series_to_json(s);
  REQUIRE_FALSE(j["points"][1].contains("value"));
  REQUIRE(j["points"][1]["suppressed"] == true);
  // A threshold below 5 is raised to 5; a series that does not count people is never touched.
  MeasureSeries team = s;
  team.points = {small};
  team.counts_people = false;
  suppress_small_groups(team, 10);
  REQUIRE(team.points[0].value == 2.0);
  MeasureSeries low = s;
  low.points = {MeasurePoint{"2026-01-05", "", 4, 1.0, false, {}}};
  suppress_small_groups(low, 1);
  REQUIRE(low.points[0].suppressed);
}

TEST_CASE("belonging's feed equals compute_results, with the program's threshold applied", "[feeds]") {
  Workspace ws(test_support::registry());
  auto* model = dynamic_cast<belonging::BelongingModel*>(ws.plugin("belonging"));
  REQUIRE(model);
  fill_belonging(*model);
  const auto results = belonging::compute_results(model->data(), ws.min_group_size());
  const auto feeds = ws.feeds();
  REQUIRE_FALSE(results.scales.empty());
  for (auto& scale : results.scales) {
    INFO(scale.subscale_id);
    const MeasureSeries* s = find_series(feeds, "belonging.subscale." + scale.subscale_id);
    REQUIRE(s);
    REQUIRE(s->plugin_id == "belonging");
    REQUIRE(s->points.size() == 2);
    REQUIRE(s->points[0].label == "pre");
    REQUIRE(s->points[0].date == "2026-02-10");
    REQUIRE(s->points[0].n == scale.pre_n);
    REQUIRE(*s->points[0].value == Catch::Approx(scale.pre_mean));
    REQUIRE(s->points[1].label == "post");
    REQUIRE(s->points[1].n == scale.post_n);
    REQUIRE(*s->points[1].value == Catch::Approx(scale.post_mean));
  }
  // Raise the threshold above the class size: every point is hidden, for every reader.
  ws.profile().min_group_size = 25;
  for (auto& s : ws.feeds())
    if (s.plugin_id == "belonging")
      for (auto& p : s.points) {
        REQUIRE(p.suppressed);
        REQUIRE_FALSE(p.value.has_value());
      }
  // No session date: nothing is published (a point must have a date).
  model->data().plan.date.clear();
  REQUIRE(find_series(ws.feeds(), "belonging.subscale." + results.scales[0].subscale_id) == nullptr);
}

TEST_CASE("self-study's feed equals its summary: each domain's mean per cycle, oldest first", "[feeds]") {
  Workspace ws(test_support::registry());
  auto* model = dynamic_cast<self_study::SelfStudyModel*>(ws.plugin("self_study"));
  REQUIRE(model);
  const std::string later = model->add_cycle("Spring", "2026-04-01");
  const std::string earlier = model->add_cycle("Fall", "2025-10-01");
  const auto& domain = model->framework().domains.front();
  const std::string indicator = domain.standards.front().indicators.front().id;
  const int top = model->framework().scale.max();
  model->set_consensus(earlier, indicator, self_study::RatingState::Rated, 1, "");
  model->set_consensus(later, indicator, self_study::RatingState::Rated, top, "");
  const auto feeds = ws.feeds();
  const MeasureSeries* s = find_series(feeds, "self_study.domain." + domain.id);
  REQUIRE(s);
  REQUIRE_FALSE(s->counts_people);
  REQUIRE(s->points.size() == 2);
  for (auto [point, cycle_id] : {std::pair{&s->points[0], earlier}, {&s->points[1], later}}) {
    const auto summary = model->summary(cycle_id);
    const auto& area = summary.domains.front().area;
    REQUIRE(point->date == model->cycle(cycle_id)->date);
    REQUIRE(point->label == model->cycle(cycle_id)->name);
    REQUIRE(point->n == area.distribution.rated());
    REQUIRE(point->n == 1);  // one rated indicator: shown, a team rating identifies no student
    REQUIRE(*point->value == Catch::Approx(area.mean));
  }
  REQUIRE(*s->points[0].value == 1.0);
  REQUIRE(*s->points[1].value == double(top));
}

TEST_CASE("another plugin reads every plugin's feeds through its host", "[feeds]") {
  Workspace ws(test_support::registry());
  auto* ideas = dynamic_cast<sample_ideas::IdeasModel*>(ws.plugin("sample_ideas"));
  REQUIRE(ideas);
  auto* model = dynamic_cast<self_study::SelfStudyModel*>(ws.plugin("self_study"));
  const auto ids = ideas->feed_ids();
  // Every publisher is there: self-study's domains, and the sample_visits test plugin's series.
  const auto from_self_study = std::count_if(ids.begin(), ids.end(), [](const std::string& id) { return id.rfind("self_study.", 0) == 0; });
  REQUIRE(size_t(from_self_study) == model->framework().domains.size());
  REQUIRE(ids.front() == "self_study.domain." + model->framework().domains.front().id);
  REQUIRE(std::find(ids.begin(), ids.end(), "sample_visits.useful") != ids.end());
}

TEST_CASE("a section change is told to subscribers with its cause", "[changes]") {
  Workspace ws(test_support::registry());
  EditHistory history(ws);
  std::vector<SectionChange> heard;
  auto subscription = ws.subscribe([&](const SectionChange& c) { heard.push_back(c); });
  auto has = [&](const std::string& id, ChangeCause cause) {
    for (auto& c : heard)
      if (c.section_id == id && c.cause == cause) return true;
    return false;
  };

  ws.set_section("sample_notes", {{"notes", {{{"title", "a"}, {"text", ""}}}}}, ChangeCause::Committed);
  heard.clear();
  history.reset();
  ws.profile().program_name = "Robotics";
  REQUIRE(history.commit("profile", "rename"));
  REQUIRE(heard.size() == 1);
  REQUIRE(has("profile", ChangeCause::Committed));
  history.undo();
  REQUIRE(has("profile", ChangeCause::Undone));
  history.redo();
  REQUIRE(has("profile", ChangeCause::Redone));
  heard.clear();
  ws.load(ws.save());
  REQUIRE(has("profile", ChangeCause::Loaded));
  REQUIRE(has("belonging", ChangeCause::Loaded));
  REQUIRE(has("sample_notes", ChangeCause::Loaded));
  heard.clear();
  ws.clear();
  REQUIRE(has("self_study", ChangeCause::Cleared));
  // A plugin model hears changes through its host too.
  auto* ideas = dynamic_cast<sample_ideas::IdeasModel*>(ws.plugin("sample_ideas"));
  const int before = ideas->changes_heard;
  ws.set_section("sample_notes", {{"notes", nlohmann::json::array()}});
  REQUIRE(ideas->changes_heard == before + 1);
  // Dropping the subscription stops it.
  heard.clear();
  subscription.reset();
  ws.clear();
  REQUIRE(heard.empty());
}

TEST_CASE("a hand-off reaches the plugin that accepts its kind, and the link survives removals", "[handoff]") {
  Workspace ws(test_support::registry());
  std::vector<SectionChange> heard;
  auto subscription = ws.subscribe([&](const SectionChange& c) { heard.push_back(c); });
  ws.set_section("sample_notes", {{"notes", {{{"title", "Family night"}, {"text", ""}}}}});

  // Every installed plugin that takes the kind, in sidebar order: the improvement engine and the
  // test acceptor.
  auto targets = ws.handoff_targets("change_idea.propose");
  REQUIRE(targets.size() == 2);
  REQUIRE(targets[0].plugin_id == "improvement");
  REQUIRE(targets[1].plugin_id == "sample_ideas");
  REQUIRE(ws.handoff_targets("guest_speaker.invite").empty());  // nobody takes it: nothing to offer

  const HandoffLink link{"sample_notes", "Family night", "Family night"};
  const std::string id = ws.hand_off("sample_ideas", {"change_idea.propose", "Invite families", link});
  REQUIRE(heard.back().section_id == "sample_ideas");
  REQUIRE(heard.back().cause == ChangeCause::HandedOff);
  auto* ideas = dynamic_cast<sample_ideas::IdeasModel*>(ws.plugin("sample_ideas"));
  REQUIRE(ideas->ideas.size() == 1);
  REQUIRE(ideas->ideas[0].id == id);
  REQUIRE(ideas->ideas[0].source == link);
  REQUIRE(ws.link_available(link));
  REQUIRE_THROWS_AS(ws.hand_off("sample_notes", {"change_idea.propose", "x", link}), std::invalid_argument);
  REQUIRE_THROWS_AS(ws.hand_off("sample_ideas", {"change_idea.propose", "", link}), std::invalid_argument);
  REQUIRE(ideas->ideas.size() == 1);

  // The source item goes away: the link shows as unavailable, the idea stays.
  ws.set_section("sample_notes", {{"notes", nlohmann::json::array()}});
  REQUIRE_FALSE(ws.link_available(link));
  REQUIRE(ideas->ideas.size() == 1);

  const std::string saved = ws.save();
  SECTION("without the source plugin, the acceptor keeps its ideas and the link is unavailable") {
    Registry only_ideas;
    register_test_plugin_models(only_ideas);
    Registry reg;
    reg.add_model("sample_ideas", only_ideas.find("sample_ideas")->make_model, "", "");
    Workspace without(reg);
    without.load(saved);
    auto* kept = dynamic_cast<sample_ideas::IdeasModel*>(without.plugin("sample_ideas"));
    REQUIRE(kept->ideas.size() == 1);
    REQUIRE(kept->ideas[0].source == link);
    REQUIRE_FALSE(without.link_available(link));
    // The source's section is kept verbatim for when it comes back.
    REQUIRE(nlohmann::json::parse(without.save())["sections"].contains("sample_notes"));
  }
  SECTION("without an accepting plugin nothing is offered and the source keeps working") {
    Registry all, reg;
    register_plugin_models(all);
    register_test_plugin_models(all);
    for (auto& entry : all.entries())
      if (entry.id != "improvement" && entry.id != "sample_ideas")
        reg.add_model(entry.id, entry.make_model, entry.catalog_en, entry.catalog_es);
    Workspace without(reg);
    without.load(saved);
    REQUIRE(without.handoff_targets("change_idea.propose").empty());
    REQUIRE_THROWS_AS(without.hand_off("sample_ideas", {"change_idea.propose", "x", link}), std::invalid_argument);
    // The acceptor's data stays in the file, untouched.
    REQUIRE(nlohmann::json::parse(without.save())["sections"]["sample_ideas"]["data"]["ideas"][0]["text"] == "Invite families");
  }
}
