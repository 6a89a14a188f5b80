// Undo and redo of self-study edits through the core's history (issue 12, point 4): each step
// holds what changed, not the whole section, and undo/redo still give back exactly the section as
// it was before and after each edit.
#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

#include "self_study/model/self_study_model.hpp"
#include "stempush/history.hpp"
#include "stempush/i18n.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"

using self_study::RatingState;
using self_study::SelfStudyModel;

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

std::vector<std::string> indicators(const SelfStudyModel& m) {
  std::vector<std::string> ids;
  for (auto& d : m.framework().domains)
    for (auto& s : d.standards)
      for (auto& i : s.indicators) ids.push_back(i.id);
  return ids;
}

// `cycles` cycles of 6 raters who rated every indicator; returns the cycle ids.
std::vector<std::string> fill(SelfStudyModel& m, int cycles) {
  std::vector<std::string> ids;
  const auto inds = indicators(m);
  for (int c = 0; c < cycles; ++c) {
    std::string cycle = m.add_cycle("Cycle " + std::to_string(c + 1), "2026-0" + std::to_string(1 + c % 9) + "-01");
    for (int p = 0; p < 6; ++p) {
      std::string person = m.add_participant(cycle, "Person " + std::to_string(p));
      for (size_t i = 0; i < inds.size(); ++i)
        m.set_rating(cycle, person, inds[i], RatingState::Rated, 1 + int((i + size_t(p) + size_t(c)) % 4));
    }
    ids.push_back(cycle);
  }
  return ids;
}

// The bytes the history holds for one rating changed in the first cycle, in a section of `cycles` cycles.
size_t one_edit_bytes(int cycles) {
  stempush::Workspace ws(registry());
  SelfStudyModel& m = model_of(ws);
  const auto cycle_ids = fill(m, cycles);
  stempush::EditHistory history(ws);  // the filled section is where it starts
  const std::string person = m.cycles().front().participants.front().id;
  m.set_rating(cycle_ids.front(), person, indicators(m)[3], RatingState::DontKnow);
  REQUIRE(history.commit("self_study", "Rating"));
  return history.steps_bytes();
}

}  // namespace

TEST_CASE("self-study: undo and redo restore the section exactly, step by step", "[self_study][history]") {
  stempush::Workspace ws(registry());
  SelfStudyModel& m = model_of(ws);
  const auto cycles = fill(m, 3);
  stempush::EditHistory history(ws);
  const auto inds = indicators(m);
  const std::string ana = m.cycles()[1].participants[0].id;

  std::vector<nlohmann::json> states{ws.section("self_study")};
  m.set_rating(cycles[1], ana, inds[0], RatingState::NotApplicable);
  REQUIRE(history.commit("self_study", "Rating"));
  states.push_back(ws.section("self_study"));
  m.set_evidence(cycles[2], ana, inds[5], "Seen in the session notes", {"https://example.org/n"});
  REQUIRE(history.commit("self_study", "Evidence"));
  states.push_back(ws.section("self_study"));
  m.add_cycle("Spring", "2027-03-01");
  REQUIRE(history.commit("self_study", "Add cycle"));
  states.push_back(ws.section("self_study"));
  m.remove_cycle(cycles[0]);  // an array shrinks and every later cycle moves up
  REQUIRE(history.commit("self_study", "Remove cycle"));
  states.push_back(ws.section("self_study"));
  // Typing in one field: several commits with one merge key are one step.
  for (const char* note : {"A", "Ag", "Agreed"}) {
    m.set_consensus(cycles[1], inds[2], RatingState::Rated, 3, note);
    history.commit("self_study", "Consensus note", "consensus-note");
  }
  states.push_back(ws.section("self_study"));

  for (size_t k = states.size() - 1; k > 0; --k) {
    REQUIRE(history.undo() == "self_study");
    CHECK(ws.section("self_study") == states[k - 1]);
  }
  CHECK_FALSE(history.can_undo());
  for (size_t k = 1; k < states.size(); ++k) {
    REQUIRE(history.redo() == "self_study");
    CHECK(ws.section("self_study") == states[k]);
  }
  CHECK_FALSE(history.can_redo());
  // Undo twice, then a new edit: redo is gone, and undo goes back past it correctly.
  history.undo();
  history.undo();
  CHECK(ws.section("self_study") == states[states.size() - 3]);
  REQUIRE(m.cycles()[2].id == cycles[2]);
  m.set_rating(cycles[2], m.cycles()[2].participants[1].id, inds[1], RatingState::DontKnow);
  REQUIRE(history.commit("self_study", "Rating"));
  CHECK_FALSE(history.can_redo());
  history.undo();
  CHECK(ws.section("self_study") == states[states.size() - 3]);
}

TEST_CASE("self-study: an undo step's size does not grow with the number of cycles", "[self_study][history]") {
  const size_t with_one = one_edit_bytes(1);
  const size_t with_ten = one_edit_bytes(10);
  CHECK(with_one > 0);
  CHECK(with_one < 400);          // a patch of one rating both ways, not a copy of the section
  CHECK(with_ten == with_one);    // the same change costs the same, however many cycles there are
}
