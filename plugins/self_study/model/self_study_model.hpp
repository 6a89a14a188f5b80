// The self-study plugin's model: the framework in use, the cycles with their ratings and
// consensus, and the improvement priorities. Pure C++; the view (ImGui), the CLI and the tests
// all drive it through this class.
//
// For the view author:
//   - Read with the const accessors and the query functions (progress(), consensus(), summary()).
//   - Change ONLY through the mutation methods below, then call ViewContext::commit(label): the host
//     snapshots the section (to_json) for undo and autosave. Mutations validate their input and
//     throw std::invalid_argument for an unknown id or a level off the scale (a view bug or a stale
//     id after undo), leaving the model unchanged.
//   - Ids ("c1", "p1", "pr1") are stable across renames and undo; keep ids, not pointers, between
//     frames, since any mutation or undo may reallocate.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "self_study/model/cycle.hpp"
#include "self_study/model/framework.hpp"
#include "self_study/model/priorities.hpp"
#include "self_study/model/summary.hpp"
#include "stempush/plugin.hpp"

namespace self_study {

// 2: the framework carries translations (framework format 2); a schema 1 section holding the
// default framework of its time gets today's default, with its Spanish text (migrate()).
inline constexpr int kSectionSchemaVersion = 2;

// The hand-off link id of a priority ("priority:pr1"): what its change ideas link back to.
std::string priority_item_id(std::string_view priority_id);

class SelfStudyModel : public stempush::PluginModel {
 public:
  SelfStudyModel();

  // ---- PluginModel ----
  const stempush::PluginInfo& info() const override;
  int schema_version() const override { return kSectionSchemaVersion; }
  nlohmann::json migrate(nlohmann::json data, int from_version) const override;
  void from_json(const nlohmann::json& data) override;  // all-or-nothing; SectionError names the path
  nlohmann::json to_json() const override;
  void clear() override;
  std::vector<std::string> check() const override;
  // Each domain's mean consensus rating per cycle (feeds.cpp).
  std::vector<stempush::MeasureSeries> publish_feeds() const override;
  // Dimensions and indicators other plugins may link to ("dimension:<domain id>",
  // "indicator:<id>"); has_item() also knows "priority:<id>", the link back of a priority's
  // change idea handed to another plugin (links.cpp).
  std::vector<stempush::LinkableItem> linkable_items() const override;
  bool has_item(std::string_view item_id) const override;
  // A team member's ratings from their own copy (merge.cpp): cycles matched by name and date,
  // raters by name; a new cycle or rater is added, ratings only they gave are added, and a rater
  // whose rating of an indicator differs on the two copies is one conflict. Consensus, priorities
  // and the framework stay this workspace's.
  std::optional<nlohmann::json> merge_section(const nlohmann::json& their_section, const stempush::MergeChoices& choices,
                                              stempush::MergePlan& plan) const override;

  // ---- Framework ----
  const Framework& framework() const { return framework_; }
  // The framework in the UI's language (stempush::i18n::language()): what pages, reports and
  // links show (localized(); fields with no translation are in English and flagged). Kept until
  // the framework or the language changes.
  const Framework& shown_framework() const;
  // shown_framework() with its English fallbacks tagged "(EN)" (tagged()): the texts summaries,
  // the report, the ratings CSV, links and feeds show, as the pages do.
  const Framework& labelled_framework() const;
  // Switch to another framework (e.g. one loaded with parse_framework()). Ratings are kept by
  // indicator id; ratings of indicators the new framework lacks stay stored and check() lists
  // them. Throws std::invalid_argument if the scale has fewer levels than some stored rating
  // uses, since those ratings would no longer mean anything.
  void set_framework(Framework framework);

  // ---- Cycles ----
  const std::vector<Cycle>& cycles() const { return cycles_; }
  const Cycle* cycle(std::string_view cycle_id) const;
  const Cycle* latest_cycle() const;  // by date; null if none
  // Returns the new cycle's id. `date` must be YYYY-MM-DD; `name` non-empty.
  std::string add_cycle(const std::string& name, const std::string& date);
  void rename_cycle(std::string_view cycle_id, const std::string& name);
  void set_cycle_date(std::string_view cycle_id, const std::string& date);
  void remove_cycle(std::string_view cycle_id);  // priorities chosen in it keep their indicator

  // ---- Participants ----
  std::string add_participant(std::string_view cycle_id, const std::string& name, const std::string& role = {});
  void rename_participant(std::string_view cycle_id, std::string_view participant_id, const std::string& name,
                          const std::string& role);
  void remove_participant(std::string_view cycle_id, std::string_view participant_id);

  // ---- Ratings (one participant, one indicator) ----
  // Sets state and level; keeps evidence and note. level is read only for RatingState::Rated.
  void set_rating(std::string_view cycle_id, std::string_view participant_id, std::string_view indicator_id,
                  RatingState state, int level = 0);
  void set_evidence(std::string_view cycle_id, std::string_view participant_id, std::string_view indicator_id,
                    const std::string& evidence, const std::vector<std::string>& links);
  void set_note(std::string_view cycle_id, std::string_view participant_id, std::string_view indicator_id,
                const std::string& note);
  // The participant's rating, or an unrated one if none was given.
  Rating rating(std::string_view cycle_id, std::string_view participant_id, std::string_view indicator_id) const;

  // ---- Consensus (the team's answer per indicator) ----
  void set_consensus(std::string_view cycle_id, std::string_view indicator_id, RatingState state, int level,
                     const std::string& rationale);
  void clear_consensus(std::string_view cycle_id, std::string_view indicator_id);

  // ---- Priorities ----
  const std::vector<Priority>& priorities() const { return priorities_; }
  const Priority* priority(std::string_view priority_id) const;
  // A new priority on an indicator (status planned); returns its id.
  std::string add_priority(std::string_view indicator_id, std::string_view cycle_id = {});
  // Replaces the priority with the same id (copy, edit, update). Validates the due date,
  // indicator and cycle.
  void update_priority(const Priority& priority);
  void remove_priority(std::string_view priority_id);

  // ---- Queries (see summary.hpp for the rules) ----
  std::vector<DomainProgress> progress(std::string_view cycle_id) const;
  std::vector<ConsensusRow> consensus(std::string_view cycle_id) const;
  CycleSummary summary(std::string_view cycle_id) const;  // compared with the previous cycle by date
  // The summaries of every cycle (bench, and charts of change over time).
  std::vector<CycleSummary> all_summaries() const;

 private:
  const Cycle& cycle_or_throw(std::string_view cycle_id) const;
  Cycle& cycle_or_throw(std::string_view cycle_id);
  Participant& participant_or_throw(std::string_view cycle_id, std::string_view participant_id);
  void indicator_or_throw(std::string_view indicator_id) const;
  void level_or_throw(RatingState state, int level) const;

  Framework framework_;
  mutable Framework shown_;         // localized(framework_, shown_language_)
  mutable Framework labelled_;      // tagged(shown_)
  mutable std::string shown_language_;  // "" = shown_ is stale
  std::vector<Cycle> cycles_;
  std::vector<Priority> priorities_;
};

}  // namespace self_study
