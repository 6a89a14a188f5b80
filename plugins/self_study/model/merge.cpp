// Merging a team member's ratings from their own copy of the workspace (issue 13: several
// devices, one data set).
#include <cctype>
#include <set>

#include "self_study/model/self_study_model.hpp"
#include "stempush/i18n.hpp"

namespace self_study {
namespace {

using stempush::MergeChoice;
using stempush::MergeConflict;
using stempush::MergePlan;
using stempush::MergeText;

// Names match whatever the case and spacing ("maria lopez " is "Maria Lopez").
std::string name_key(const std::string& name) {
  std::string out;
  bool space = false;
  for (unsigned char c : name) {
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

template <typename Items, typename IdOf>
std::string unused_id(const std::string& prefix, const Items& items, IdOf id_of) {
  std::set<std::string> used;
  for (auto& item : items) used.insert(id_of(item));
  for (size_t n = 1;; ++n)
    if (!used.count(prefix + std::to_string(n))) return prefix + std::to_string(n);
}

long long rated_count(const Participant& p) {
  long long n = 0;
  for (auto& [id, r] : p.ratings) n += r.answered();
  return n;
}

// "Families are partners in planning: In place; ..." for the indicators the two sides rate differently.
std::string rating_words(const Framework& framework, const Rating& r) {
  switch (r.state) {
    case RatingState::Rated: {
      const ScaleLevel* level = framework.scale.level(r.level);
      return level ? std::to_string(r.level) + " (" + level->label + ")" : std::to_string(r.level);
    }
    case RatingState::NotApplicable: return stempush::tr("self_study.merge.not_applicable");
    case RatingState::DontKnow: return stempush::tr("self_study.merge.dont_know");
    case RatingState::Unrated: break;
  }
  return stempush::tr("self_study.merge.unrated");
}

std::string side_words(const Framework& framework, const std::vector<std::string>& ids, const Participant& side) {
  std::string out;
  for (size_t i = 0; i < ids.size() && i < 3; ++i) {
    const Indicator* indicator = framework.find_indicator(ids[i]).indicator;
    std::string name = indicator ? indicator->text : ids[i];
    if (name.size() > 60) name = name.substr(0, 57) + "...";
    const Rating* r = side.rating(ids[i]);
    out += (out.empty() ? "" : "; ") + name + ": " + rating_words(framework, r ? *r : Rating{});
  }
  if (ids.size() > 3) out += "; …";
  return out;
}

// Their rater into mine: ratings only they gave are added; differing ones are one conflict.
void merge_rater(const Framework& framework, const Cycle& cycle, Participant& mine, const Participant& theirs,
                 const stempush::MergeChoices& choices, MergePlan& plan) {
  const Participant before = mine;
  std::vector<std::string> differing;
  long long added = 0;
  for (auto& [indicator, rating] : theirs.ratings) {
    auto it = before.ratings.find(indicator);
    if (it == before.ratings.end() || it->second.empty()) {
      mine.ratings[indicator] = rating;
      added += rating.answered();
    } else if (!(it->second == rating)) {
      differing.push_back(indicator);
    }
  }
  if (added > 0) plan.additions.push_back({"self_study.merge.ratings_added", {mine.name, cycle.name}, added});
  if (differing.empty()) return;
  MergeConflict conflict{cycle.id + "/" + before.id,
                         {"self_study.merge.conflict", {cycle.name, mine.name}, static_cast<long long>(differing.size())},
                         {"self_study.merge.side", {side_words(framework, differing, before)}, {}},
                         {"self_study.merge.side", {side_words(framework, differing, theirs)}, {}},
                         false};
  nlohmann::json mine_data = nlohmann::json::object(), theirs_data = nlohmann::json::object();  // where they differ
  for (auto& id : differing) {
    mine_data[id] = rating_to_json(*before.rating(id));
    theirs_data[id] = rating_to_json(theirs.ratings.at(id));
  }
  conflict.mine_data = mine_data.dump();
  conflict.theirs_data = theirs_data.dump();
  if (stempush::choice_for(choices, conflict) == MergeChoice::TakeTheirs)
    for (auto& id : differing) mine.ratings[id] = theirs.ratings.at(id);
  plan.conflicts.push_back(std::move(conflict));
}

}  // namespace

std::optional<nlohmann::json> SelfStudyModel::merge_section(const nlohmann::json& their_section,
                                                            const stempush::MergeChoices& choices,
                                                            MergePlan& plan) const {
  SelfStudyModel theirs;
  theirs.from_json(their_section);
  SelfStudyModel merged;
  merged.from_json(to_json());
  for (const Cycle& their_cycle : theirs.cycles_) {
    Cycle* mine = nullptr;
    for (Cycle& c : merged.cycles_)
      if (name_key(c.name) == name_key(their_cycle.name) && c.date == their_cycle.date) mine = &c;
    if (!mine) {
      Cycle added = their_cycle;
      added.id = unused_id("c", merged.cycles_, [](const Cycle& c) { return c.id; });
      added.consensus.clear();  // the team agrees in its own workspace
      plan.additions.push_back({"self_study.merge.cycle_added", {added.name, added.date},
                                static_cast<long long>(added.participants.size())});
      merged.cycles_.push_back(std::move(added));
      continue;
    }
    for (const Participant& their_rater : their_cycle.participants) {
      Participant* rater = nullptr;
      for (Participant& p : mine->participants)
        if (name_key(p.name) == name_key(their_rater.name)) rater = &p;
      if (rater) {
        merge_rater(merged.framework_, *mine, *rater, their_rater, choices, plan);
        continue;
      }
      Participant added = their_rater;
      added.id = unused_id("p", mine->participants, [](const Participant& p) { return p.id; });
      plan.additions.push_back({"self_study.merge.rater_added", {added.name, mine->name}, rated_count(added)});
      mine->participants.push_back(std::move(added));
    }
  }
  return merged.to_json();
}

}  // namespace self_study
