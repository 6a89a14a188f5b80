// Rating states, progress, the consensus table and the summary figures, checked against values
// worked out by hand from the fixture in self_study_test_support.hpp.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <stdexcept>

#include "self_study/model/self_study_model.hpp"
#include "self_study_test_support.hpp"

using Catch::Approx;
using self_study::RatingState;
using self_study::SelfStudyModel;

namespace {
const self_study::AreaSummary& standard_of(const self_study::CycleSummary& s, size_t domain, size_t standard) {
  return s.domains.at(domain).standards.at(standard);
}
}  // namespace

TEST_CASE("rating states are distinct, and a level is kept only for a rated answer", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  CHECK(model.rating("c2", "p3", "a2").state == RatingState::NotApplicable);
  CHECK(model.rating("c2", "p3", "a3").state == RatingState::DontKnow);
  CHECK(model.rating("c2", "p1", "a1").state == RatingState::Rated);
  CHECK(model.rating("c2", "p1", "a1").level == 4);
  CHECK(model.rating("c2", "p3", "a5").state == RatingState::Unrated);
  // Evidence and note survive a change of state; the level does not outlive "rated".
  model.set_rating("c2", "p1", "a1", RatingState::DontKnow, 2);
  auto r = model.rating("c2", "p1", "a1");
  CHECK(r.state == RatingState::DontKnow);
  CHECK(r.level == 0);
  CHECK(r.evidence.find("Attendance logs") == 0);
  CHECK(r.links.size() == 2);
  // A note alone is kept but is not an answer.
  auto note_only = model.rating("c2", "p2", "b1");
  CHECK(note_only.state == RatingState::Unrated);
  CHECK(!note_only.note.empty());
  // Bad input from a view is refused and changes nothing.
  CHECK_THROWS_AS(model.set_rating("c2", "p1", "a2", RatingState::Rated, 5), std::invalid_argument);
  CHECK_THROWS_AS(model.set_rating("c2", "p1", "a2", RatingState::Rated, 0), std::invalid_argument);
  CHECK_THROWS_AS(model.set_rating("c2", "p9", "a2", RatingState::Rated, 2), std::invalid_argument);
  CHECK_THROWS_AS(model.set_rating("c2", "p1", "zz", RatingState::Rated, 2), std::invalid_argument);
  CHECK(model.rating("c2", "p1", "a2").level == 3);
}

TEST_CASE("progress counts every answer but unrated, per domain and participant", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  auto progress = model.progress("c2");
  REQUIRE(progress.size() == 2);
  // Domain A (5 indicators): Ana answered a1 a2 a3 a4 = 4; Ben a1 a2 a3 a4 = 4; Caro a1 a2(N/A) a3(DK) = 3.
  CHECK(progress[0].indicators == 5);
  CHECK(progress[0].answered_by_participant == std::vector<int>{4, 4, 3});
  CHECK(progress[0].answered == 11);
  CHECK(progress[0].possible == 15);  // 5 indicators x 3 participants
  CHECK(progress[0].with_consensus == 5);  // a1..a5 all have a consensus answer (N/A and DK count)
  // Domain B: only Ben's note on b1, which is not an answer; consensus only on b1.
  CHECK(progress[1].answered == 0);
  CHECK(progress[1].possible == 6);
  CHECK(progress[1].with_consensus == 1);
}

TEST_CASE("consensus rows put disagreements (spread of 2+) first, widest first", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  auto rows = model.consensus("c2");
  REQUIRE(rows.size() == 7);
  // a3: Ana 1, Ben 4 (Caro DK) -> spread 3; a1: 4, 2, 3 -> spread 2; then the rest in framework order.
  CHECK(rows[0].indicator_id == "a3");
  CHECK(rows[0].spread == 3);
  CHECK(rows[0].disagreement);
  CHECK(rows[0].dont_know == 1);
  CHECK(rows[0].suggested_level == 1);  // sorted {1, 4}: lower median is 1
  CHECK(rows[1].indicator_id == "a1");
  CHECK(rows[1].spread == 2);
  CHECK(rows[1].disagreement);
  CHECK(rows[1].lowest == 2);
  CHECK(rows[1].highest == 4);
  CHECK(rows[1].suggested_level == 3);  // sorted {2, 3, 4}: median 3
  CHECK(rows[1].consensus.level == 4);
  CHECK(rows[1].consensus.rationale == "Logs show every student, every week.");
  std::vector<std::string> rest;
  for (size_t i = 2; i < rows.size(); ++i) {
    CHECK_FALSE(rows[i].disagreement);
    rest.push_back(rows[i].indicator_id);
  }
  CHECK(rest == std::vector<std::string>{"a2", "a4", "a5", "b1", "b2"});
  // a2: 3, 3 and one N/A -> spread 0; a4: 1, 2 -> spread 1 (not a disagreement).
  CHECK(rows[2].spread == 0);
  CHECK(rows[2].not_applicable == 1);
  CHECK(rows[3].spread == 1);
  CHECK(rows[3].unrated == 1);  // Caro did not rate a4
  REQUIRE(rows[1].answers.size() == 3);
  CHECK(rows[1].answers[1].participant_id == "p2");
  CHECK(rows[1].answers[1].level == 2);
}

TEST_CASE("a settled disagreement stops counting and is no longer to discuss", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  // The fixture's two disagreements (a3 spread 3, a1 spread 2) both have a team answer already.
  auto rows = model.consensus("c2");
  CHECK(self_study::disagreements_to_discuss(rows) == 0);
  CHECK(rows[0].settled());
  CHECK_FALSE(rows[0].to_discuss());
  // Unsettled, both are to discuss: 2.
  model.clear_consensus("c2", "a3");
  model.clear_consensus("c2", "a1");
  rows = model.consensus("c2");
  CHECK(self_study::disagreements_to_discuss(rows) == 2);
  CHECK(rows[0].to_discuss());
  CHECK(rows[1].to_discuss());
  // The team agrees on a1 (level 3): the count goes down to 1; a1 keeps its place (nothing jumps).
  model.set_consensus("c2", "a1", RatingState::Rated, 3, "Most sessions.");
  rows = model.consensus("c2");
  CHECK(self_study::disagreements_to_discuss(rows) == 1);
  CHECK(rows[1].indicator_id == "a1");
  CHECK(rows[1].disagreement);  // the spread is still there, only no longer to talk about
  CHECK_FALSE(rows[1].to_discuss());
  // "Don't know" is an answer the team settled on too.
  model.set_consensus("c2", "a3", RatingState::DontKnow, 0, "");
  CHECK(self_study::disagreements_to_discuss(model.consensus("c2")) == 0);
  // A row that never disagreed is never to discuss.
  model.clear_consensus("c2", "a2");
  CHECK_FALSE(model.consensus("c2")[2].to_discuss());
}

TEST_CASE("summary figures match the hand-computed values", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  auto s = model.summary("c2");
  // c2 consensus: a1=4 a2=3 a3=N/A | a4=1 a5=DK | b1=2 b2=(none)
  // A1: rated {4,3} -> mean 7/2 = 3.5, N/A 1.
  CHECK(standard_of(s, 0, 0).mean == Approx(3.5));
  CHECK(standard_of(s, 0, 0).distribution.level_counts == std::vector<int>{0, 0, 1, 1});
  CHECK(standard_of(s, 0, 0).distribution.not_applicable == 1);
  // A2: rated {1} -> 1.0, don't know 1.
  CHECK(standard_of(s, 0, 1).mean == Approx(1.0));
  CHECK(standard_of(s, 0, 1).distribution.dont_know == 1);
  // Domain A: rated {4,3,1} -> (4+3+1)/3 = 8/3 = 2.6667 (not the mean of standard means, 2.25).
  CHECK(s.domains[0].area.mean == Approx(8.0 / 3.0));
  CHECK(s.domains[0].area.distribution.level_counts == std::vector<int>{1, 0, 1, 1});
  CHECK(s.domains[0].area.distribution.rated() == 3);
  CHECK(s.domains[0].area.distribution.not_applicable == 1);
  CHECK(s.domains[0].area.distribution.dont_know == 1);
  CHECK(s.domains[0].area.distribution.unrated == 0);
  // Domain B: rated {2} -> 2.0, b2 has no consensus -> unrated 1.
  CHECK(s.domains[1].area.mean == Approx(2.0));
  CHECK(s.domains[1].area.distribution.unrated == 1);
  // Overall: {4,3,1,2} -> 10/4 = 2.5 over 7 indicators: 4 rated + 1 N/A + 1 DK + 1 unrated.
  CHECK(s.overall.mean == Approx(2.5));
  CHECK(s.overall.indicators == 7);
  CHECK(s.overall.distribution.total() == 7);
  // Strengths: standards with mean >= 3 (meets_level): A1 (3.5). Lowest, ascending: A2 (1.0), B1 (2.0).
  REQUIRE(s.strengths.size() == 1);
  CHECK(s.strengths[0].standard_id == "A1");
  REQUIRE(s.lowest.size() == 2);
  CHECK(s.lowest[0].standard_id == "A2");
  CHECK(s.lowest[1].standard_id == "B1");
}

TEST_CASE("change since the previous cycle is taken per domain against the cycle before by date", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  // Dates: c3 2025-11-01 < c1 2026-03-01 < c2 2026-10-01, although c3 was added last.
  CHECK(model.latest_cycle()->id == "c2");
  auto s2 = model.summary("c2");
  CHECK(s2.previous_cycle_id == "c1");
  // c1 domain A: {3,2,1} -> 6/3 = 2.0; c2 domain A 8/3 -> change 8/3 - 2 = 2/3 = 0.6667.
  CHECK(s2.domains[0].area.previous_mean == Approx(2.0));
  CHECK(s2.domains[0].area.change == Approx(2.0 / 3.0));
  // c1 standard A1: {3,2} -> 2.5; c2 A1 3.5 -> +1.0. A2: 1 -> 1, change 0.
  CHECK(standard_of(s2, 0, 0).change == Approx(1.0));
  CHECK(standard_of(s2, 0, 1).change == Approx(0.0));
  // c1 domain B had only N/A and don't know: no mean, so no change either.
  CHECK(std::isnan(s2.domains[1].area.previous_mean));
  CHECK(std::isnan(s2.domains[1].area.change));
  // Overall: c1 {3,2,1} = 2.0, c2 2.5 -> +0.5.
  CHECK(s2.overall.change == Approx(0.5));

  auto s1 = model.summary("c1");
  CHECK(s1.previous_cycle_id == "c3");
  CHECK(std::isnan(s1.domains[0].area.change));  // c3 has no consensus at all
  auto s3 = model.summary("c3");
  CHECK(s3.previous_cycle_id.empty());
  CHECK(std::isnan(s3.overall.mean));
  CHECK(s3.overall.distribution.unrated == 7);
  CHECK(s3.strengths.empty());
  CHECK(s3.lowest.empty());

  // Moving c3 after c2 makes it the latest and c2 its previous cycle.
  model.set_cycle_date("c3", "2027-01-15");
  CHECK(model.latest_cycle()->id == "c3");
  CHECK(model.summary("c3").previous_cycle_id == "c2");
}
