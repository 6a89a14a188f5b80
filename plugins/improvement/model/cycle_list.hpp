// The list of PDSA cycles as a program lead scans it: which are still open, which are due or
// overdue, what was decided, and the ladder (ramp) each cycle belongs to. Pure functions over the
// model so that the view, the CLI and the storyboard agree, and unit tests can check them.
#pragma once
#include <string>
#include <vector>

#include "improvement/model/improvement_model.hpp"

namespace improvement {

// A cycle is open until the Act step records adopt, adapt or abandon.
inline bool is_open(const Cycle& c) { return c.decision == Decision::Undecided; }

// Where an open cycle stands against its due date ("today" is YYYY-MM-DD). Decided cycles and
// cycles without a due date are NotDue.
enum class DueState { NotDue, DueSoon, Overdue };
constexpr long kDueSoonDays = 7;  // due within a week counts as due: time to gather the data
DueState due_state(const Cycle& c, const std::string& today);

// The filters of the cycle list, one at a time (a short list needs no filter builder).
enum class CycleFilter { All, Open, Due, Adopted, Adapted, Abandoned };
constexpr CycleFilter kCycleFilters[] = {CycleFilter::All,     CycleFilter::Open,    CycleFilter::Due,
                                         CycleFilter::Adopted, CycleFilter::Adapted, CycleFilter::Abandoned};
const char* cycle_filter_id(CycleFilter f);  // "all", "open", "due", "adopted", "adapted", "abandoned"
bool matches(const Cycle& c, CycleFilter filter, const std::string& today);
std::vector<const Cycle*> filter_cycles(const std::vector<Cycle>& cycles, CycleFilter filter, const std::string& today);

// The whole ladder a cycle stands on: its ramp back to the first cycle, then forward through the
// cycles that ramped from it (the first one each time, so a ladder stays one chain even if a cycle
// was ramped twice). First to last; empty if there is no such cycle.
std::vector<const Cycle*> ladder(const ImprovementModel& model, const std::string& cycle_id);

// "Cycle 3: Peer tutoring": the name a cycle goes by in lists, buttons, the ladder and the
// storyboard (its place in the list, which stays put while cycles are added).
std::string cycle_name(const ImprovementModel& model, const Cycle& c);

// The change ideas of the driver diagram, in diagram order (what a cycle can test).
struct IdeaRef {
  std::string id, text;
};
std::vector<IdeaRef> change_ideas(const ImprovementModel& model);

}  // namespace improvement
