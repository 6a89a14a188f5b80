// A team member rates on their own laptop and sends their copy; the lead merges it (issue 13,
// point 2): raters by name within a cycle matched by name and date, a rater rated differently on
// the two copies is a conflict, and merging the same file twice adds nothing.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "self_study/model/self_study_model.hpp"
#include "stempush/i18n.hpp"
#include "stempush/merge.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"

using Catch::Matchers::ContainsSubstring;
using self_study::RatingState;
using self_study::SelfStudyModel;
namespace merge = stempush::merge;

namespace {

const stempush::Registry& registry() {
  static stempush::Registry r = [] {
    stempush::Registry reg;
    stempush::register_plugin_models(reg);
    stempush::i18n::load_core_catalogs();
    reg.load_catalogs();
    return reg;
  }();
  return r;
}

SelfStudyModel& model_of(stempush::Workspace& ws) { return dynamic_cast<SelfStudyModel&>(*ws.plugin("self_study")); }

std::string indicator(size_t n) {
  std::vector<std::string> ids;
  SelfStudyModel m;
  for (auto& d : m.framework().domains)
    for (auto& s : d.standards)
      for (auto& i : s.indicators) ids.push_back(i.id);
  return ids.at(n);
}

// The lead's cycle: Ana rated two indicators, Ben is listed and has not rated.
void lead_cycle(SelfStudyModel& m) {
  std::string c = m.add_cycle("Fall 2026 self-study", "2026-10-01");
  std::string ana = m.add_participant(c, "Ana Ruiz", "Director");
  m.add_participant(c, "Ben Ode", "Instructor");
  m.set_rating(c, ana, indicator(0), RatingState::Rated, 3);
  m.set_rating(c, ana, indicator(1), RatingState::Rated, 2);
}

}  // namespace

TEST_CASE("self-study merge: a colleague's ratings file, then the same file again adds nothing", "[merge][self_study]") {
  stempush::Workspace lead(registry());
  lead_cycle(model_of(lead));

  // Ben's laptop: a copy of the lead's workspace where Ben rated, plus a rater only he added.
  stempush::Workspace ben(registry());
  ben.load(lead.save());
  SelfStudyModel& b = model_of(ben);
  const std::string c = b.cycles()[0].id;
  const std::string ben_id = b.cycles()[0].participants[1].id;
  b.set_rating(c, ben_id, indicator(0), RatingState::Rated, 4);
  b.set_rating(c, ben_id, indicator(1), RatingState::DontKnow);
  const std::string cara = b.add_participant(c, "Cara Lin", "Student alum");
  b.set_rating(c, cara, indicator(0), RatingState::Rated, 1);
  const std::vector<merge::SourceFile> files{{"ben.json", ben.save()}};

  merge::Preview preview = merge::preview(lead, registry(), files, {});
  REQUIRE(preview.files[0].sections.size() == 1);
  const stempush::MergePlan& plan = preview.files[0].sections[0].plan;
  CHECK(plan.conflicts.empty());
  REQUIRE(plan.additions.size() == 2);
  CHECK(plan.additions[0].text() == "Ben Ode: 2 new ratings in Fall 2026 self-study");
  CHECK(plan.additions[1].text() == "New rater Cara Lin in Fall 2026 self-study, with 1 rating");
  merge::apply(lead, preview);
  const self_study::Cycle& cycle = model_of(lead).cycles()[0];
  REQUIRE(cycle.participants.size() == 3);
  CHECK(model_of(lead).rating(c, cycle.participants[1].id, indicator(0)).level == 4);
  CHECK(cycle.participants[2].name == "Cara Lin");

  merge::Preview again = merge::preview(lead, registry(), files, {});
  CHECK(again.nothing_to_do());
  CHECK(again.additions() == 0);
  CHECK(again.conflicts() == 0);
}

TEST_CASE("self-study merge: the same rater with different ratings is a conflict; a new cycle is added", "[merge][self_study]") {
  stempush::Workspace lead(registry());
  lead_cycle(model_of(lead));
  stempush::Workspace other(registry());
  other.load(lead.save());
  SelfStudyModel& o = model_of(other);
  const std::string c = o.cycles()[0].id;
  const std::string ana = o.cycles()[0].participants[0].id;
  o.set_rating(c, ana, indicator(0), RatingState::Rated, 1);  // lead's copy says 3
  o.add_cycle("Spring 2027 self-study", "2027-03-01");
  const std::vector<merge::SourceFile> files{{"ana.json", other.save()}};

  merge::Preview preview = merge::preview(lead, registry(), files, {});
  const stempush::MergePlan& plan = preview.files[0].sections[0].plan;
  REQUIRE(plan.conflicts.size() == 1);
  CHECK(plan.conflicts[0].id == "1/self_study/" + c + "/" + ana);
  CHECK(plan.conflicts[0].what.text() == "Fall 2026 self-study: Ana Ruiz rated 1 indicator differently on the two copies");
  CHECK_THAT(plan.conflicts[0].mine.text(), ContainsSubstring(": 3"));
  CHECK_THAT(plan.conflicts[0].theirs.text(), ContainsSubstring(": 1"));
  CHECK_FALSE(plan.conflicts[0].can_keep_both);
  REQUIRE(plan.additions.size() == 1);
  CHECK(plan.additions[0].text() == "New cycle Spring 2027 self-study (2027-03-01) with 0 raters");
  CHECK_THROWS_WITH(merge::apply(lead, preview), ContainsSubstring("needs a choice"));
  CHECK(model_of(lead).cycles().size() == 1);  // all or nothing

  SECTION("take theirs: the same file again adds nothing") {
    merge::apply(lead, merge::preview(lead, registry(), files, {{plan.conflicts[0].id, stempush::MergeChoice::TakeTheirs}}));
    CHECK(model_of(lead).rating(c, ana, indicator(0)).level == 1);
    CHECK(model_of(lead).cycles().size() == 2);
    CHECK(merge::preview(lead, registry(), files, {}).nothing_to_do());
  }
  SECTION("keep mine: the same file again neither adds nor asks about Ana again") {
    merge::apply(lead, merge::preview(lead, registry(), files, {{plan.conflicts[0].id, stempush::MergeChoice::KeepMine}}));
    CHECK(model_of(lead).rating(c, ana, indicator(0)).level == 3);
    CHECK(model_of(lead).cycles().size() == 2);
    const merge::Preview again = merge::preview(lead, registry(), files, {});
    CHECK(again.conflicts() == 0);
    CHECK(again.nothing_to_do());
    // Ana rates the same indicator again on her laptop: that is new, and asked.
    o.set_rating(c, ana, indicator(0), RatingState::Rated, 2);
    CHECK(merge::preview(lead, registry(), {{"ana.json", other.save()}}, {}).conflicts() == 1);
  }
}
