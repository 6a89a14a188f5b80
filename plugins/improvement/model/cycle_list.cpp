#include "improvement/model/cycle_list.hpp"

#include <algorithm>
#include <set>

#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"

namespace improvement {

DueState due_state(const Cycle& c, const std::string& today) {
  if (!is_open(c) || !stempush::is_iso_date(c.due) || !stempush::is_iso_date(today)) return DueState::NotDue;
  const long days_left = stempush::days_from_iso(c.due) - stempush::days_from_iso(today);
  if (days_left < 0) return DueState::Overdue;
  return days_left <= kDueSoonDays ? DueState::DueSoon : DueState::NotDue;
}

const char* cycle_filter_id(CycleFilter f) {
  switch (f) {
    case CycleFilter::All: return "all";
    case CycleFilter::Open: return "open";
    case CycleFilter::Due: return "due";
    case CycleFilter::Adopted: return "adopted";
    case CycleFilter::Adapted: return "adapted";
    case CycleFilter::Abandoned: return "abandoned";
  }
  return "all";
}

bool matches(const Cycle& c, CycleFilter filter, const std::string& today) {
  switch (filter) {
    case CycleFilter::All: return true;
    case CycleFilter::Open: return is_open(c);
    case CycleFilter::Due: return due_state(c, today) != DueState::NotDue;
    case CycleFilter::Adopted: return c.decision == Decision::Adopt;
    case CycleFilter::Adapted: return c.decision == Decision::Adapt;
    case CycleFilter::Abandoned: return c.decision == Decision::Abandon;
  }
  return true;
}

std::vector<const Cycle*> filter_cycles(const std::vector<Cycle>& cycles, CycleFilter filter, const std::string& today) {
  std::vector<const Cycle*> out;
  for (auto& c : cycles)
    if (matches(c, filter, today)) out.push_back(&c);
  return out;
}

std::vector<const Cycle*> ladder(const ImprovementModel& model, const std::string& cycle_id) {
  std::vector<const Cycle*> chain = model.ramp(cycle_id);
  if (chain.empty()) return chain;
  std::set<std::string> seen;
  for (auto* c : chain) seen.insert(c->id);
  for (;;) {
    const std::string& last = chain.back()->id;
    auto next = std::find_if(model.cycles().begin(), model.cycles().end(),
                             [&](const Cycle& c) { return c.previous_id == last && !seen.count(c.id); });
    if (next == model.cycles().end()) break;
    seen.insert(next->id);
    chain.push_back(&*next);
  }
  return chain;
}

std::string cycle_name(const ImprovementModel& model, const Cycle& c) {
  const auto& all = model.cycles();
  const auto it = std::find_if(all.begin(), all.end(), [&](const Cycle& other) { return &other == &c; });
  const std::string number = std::to_string(it - all.begin() + 1);
  return c.title.empty() ? stempush::trf("improvement.cycles.name_untitled", {number})
                         : stempush::trf("improvement.cycles.name", {number, c.title});
}

std::vector<IdeaRef> change_ideas(const ImprovementModel& model) {
  std::vector<IdeaRef> out;
  for (auto& primary : model.drivers())
    for (auto& secondary : primary.children)
      for (auto& idea : secondary.children) out.push_back({idea.id, idea.text});
  return out;
}

}  // namespace improvement
