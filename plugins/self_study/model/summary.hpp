// Figures computed from a cycle: progress of rating, the consensus table, and the summary of
// consensus ratings per domain and standard. Pure functions of (framework, cycle), so the view,
// the CLI, the report and the tests all show the same numbers.
//
// Rules, written once here:
//   - Summaries use the team's CONSENSUS ratings only. Individual ratings feed the consensus view.
//   - "Not applicable" and "don't know" are counted, never averaged. Indicators with no consensus
//     yet are counted as unrated. A mean over zero rated indicators is NaN (shown as "no data").
//   - A domain's mean is the mean over all of its rated indicators (not a mean of standard means),
//     so every indicator weighs the same.
//   - Change since the previous cycle = this mean - previous mean, NaN when either is NaN. The
//     previous cycle is the one with the latest date before this one's (ties: earlier in the list).
#pragma once
#include <string>
#include <vector>

#include "self_study/model/cycle.hpp"
#include "self_study/model/framework.hpp"

namespace self_study {

// ---- Progress: how much of the rating has been done -------------------------------------------
struct DomainProgress {
  std::string domain_id;
  int indicators = 0;
  std::vector<int> answered_by_participant;  // same order as cycle.participants; any state but unrated
  int answered = 0;                          // sum over participants
  int possible = 0;                          // indicators x participants
  int with_consensus = 0;                    // indicators with a consensus answer (not unrated)
};
std::vector<DomainProgress> rating_progress(const Framework& framework, const Cycle& cycle);

// ---- Consensus view ---------------------------------------------------------------------------
struct ParticipantAnswer {
  std::string participant_id;
  RatingState state = RatingState::Unrated;
  int level = 0;
};
struct ConsensusRow {
  std::string indicator_id, standard_id, domain_id;
  std::vector<ParticipantAnswer> answers;  // one per participant, in cycle order
  int rated = 0, not_applicable = 0, dont_know = 0, unrated = 0;
  int lowest = 0, highest = 0;  // among rated answers (0 if none)
  int spread = 0;               // highest - lowest
  bool disagreement = false;    // spread >= kDisagreementSpread: talk about it first
  int suggested_level = 0;      // lower median of the rated answers: a starting point, 0 if none
  Consensus consensus;          // what the team recorded (unrated if nothing yet)
  // The team recorded an answer (a level, N/A or don't know): a disagreement it has settled.
  bool settled() const { return consensus.state != RatingState::Unrated; }
  // Still to talk about: a disagreement the team has not settled (the page highlights these and
  // counts them down as the team agrees; rows keep their place so nothing jumps while they talk).
  bool to_discuss() const { return disagreement && !settled(); }
};
inline constexpr int kDisagreementSpread = 2;
// Every indicator of the framework; disagreements first (largest spread first), then framework order.
std::vector<ConsensusRow> consensus_rows(const Framework& framework, const Cycle& cycle);
int disagreements_to_discuss(const std::vector<ConsensusRow>& rows);

// ---- Summary of consensus ratings -------------------------------------------------------------
struct Distribution {
  std::vector<int> level_counts;  // index 0 = scale level 1
  int not_applicable = 0, dont_know = 0, unrated = 0;
  int rated() const;
  int total() const { return rated() + not_applicable + dont_know + unrated; }
};

struct AreaSummary {  // a standard, a domain, or the whole framework
  std::string id, title;
  int indicators = 0;
  Distribution distribution;
  double mean = 0;                      // NaN if nothing rated
  double previous_mean = 0;             // NaN if no previous cycle or nothing rated then
  double change = 0;                    // mean - previous_mean, NaN if either is NaN
};

struct DomainSummary {
  AreaSummary area;
  std::vector<AreaSummary> standards;
};

struct RankedStandard {
  std::string standard_id, domain_id, title;
  double mean = 0;
};

struct CycleSummary {
  std::string cycle_id, previous_cycle_id;  // previous empty if none
  AreaSummary overall;
  std::vector<DomainSummary> domains;
  // Standards whose mean reaches the scale's meets_level, best first (at most kListLength), and
  // those below it, lowest first: where to look for priorities.
  std::vector<RankedStandard> strengths, lowest;
  static constexpr size_t kListLength = 5;
};

// `previous` may be null (no earlier cycle).
CycleSummary summarize(const Framework& framework, const Cycle& cycle, const Cycle* previous);

// The cycle before `cycle_id` by date (see the rules above); null if none.
const Cycle* previous_cycle(const std::vector<Cycle>& cycles, const std::string& cycle_id);
// The most recent cycle by date (ties: later in the list); null if there are none.
const Cycle* latest_cycle(const std::vector<Cycle>& cycles);

// Every figure of a summary as JSON (the CLI's `summary --json`); NaN is written as null.
nlohmann::json summary_to_json(const Framework& framework, const Cycle& cycle, const CycleSummary& summary,
                               const std::vector<DomainProgress>& progress);

}  // namespace self_study
