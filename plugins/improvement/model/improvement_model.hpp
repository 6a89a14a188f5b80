// The improvement engine's data: the program's aim, its driver diagram, its PDSA cycles (tests of
// change) and its measures. Pure C++ (no ImGui): the view, the CLI and the unit tests share it.
// Run-chart statistics come from the core (stempush/runchart.hpp); this model only holds points.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "stempush/plugin.hpp"
#include "stempush/runchart.hpp"

namespace improvement {

// "By June 2027, 70% of our seniors apply to a STEM major": what, how much, by when, for whom.
struct Aim {
  std::string what;      // "apply to a STEM major"
  std::string how_much;  // "70%"
  std::string by_when;   // YYYY-MM-DD or empty
  std::string for_whom;  // "our seniors"
  bool empty() const { return what.empty() && how_much.empty() && by_when.empty() && for_whom.empty(); }
};
// The aim in one line for the home card, the diagram's first box and the export ("Seniors apply
// to a STEM major: 70%, by 2027-06-01, for our seniors"); missing parts are left out, "" if none.
std::string aim_sentence(const Aim& aim);

// The driver diagram is a tree under the aim: primary drivers (depth 0), secondary drivers
// (depth 1), change ideas (depth 2). One node type keeps add/rename/reorder/remove the same at
// every level.
enum class NodeKind { Primary, Secondary, ChangeIdea };
struct DriverNode {
  std::string id;  // stable, never reused ("n7")
  std::string text;
  // Change ideas: what the idea addresses in another plugin (a self-study indicator or a
  // standard's dimension, picked from PluginHost::linkable_items()).
  std::optional<stempush::HandoffLink> addresses;
  // Change ideas: where the idea was proposed (the hand-off's link back, e.g. a staff
  // discussion's practice change).
  std::optional<stempush::HandoffLink> source;
  std::vector<DriverNode> children;
};

// One learning question of a PDSA plan, with the prediction made before the test (Plan) and what
// the data said (Study).
struct LearningQuestion {
  std::string question;
  std::string prediction;
  std::string result;
};

enum class Decision { Undecided, Adopt, Adapt, Abandon };
const char* decision_id(Decision d);  // "undecided", "adopt", "adapt", "abandon"

struct Cycle {
  std::string id;               // "c3"
  std::string change_idea_id;   // the driver-diagram node it tests
  std::string previous_id;      // the cycle this one ramps up from ("" for the first)
  std::string title;
  // Plan
  std::string change, who, where, when;
  std::vector<LearningQuestion> questions;
  std::string data_to_collect;
  std::string due;  // YYYY-MM-DD or ""
  // Do
  std::string what_happened, surprises;
  // Study
  std::string study_summary;
  std::vector<std::string> measure_ids;  // the measures it looked at
  // Act
  Decision decision = Decision::Undecided;
  std::string next_steps;
};

enum class MeasureKind { Outcome, Process, Balancing };
enum class Better { Higher, Lower };
const char* measure_kind_id(MeasureKind k);  // "outcome", "process", "balancing"
const char* better_id(Better b);             // "higher", "lower"

struct MeasurePoint {
  std::string date;  // YYYY-MM-DD; a measure's points are kept in increasing date order
  double value = 0;
  std::string note;
};

struct Measure {
  std::string id;  // "m2"
  std::string name;
  MeasureKind kind = MeasureKind::Outcome;
  std::string definition;  // the operational definition: what is counted, how, from where
  std::string unit;        // "count", "%", "mean score"
  Better better = Better::Higher;
  std::optional<double> goal;
  std::vector<MeasurePoint> points;  // typed or imported
  std::string feed;                  // a published series id when a plugin feeds it, or ""
  stempush::runchart::RuleSet rules = stempush::runchart::RuleSet::Ihi;
  size_t freeze = 0;                // 0: no frozen baseline; K: the median of the first K points
  std::vector<std::string> splits;  // YYYY-MM-DD: a new part (and median) from each date on
  bool by_group = false;            // a fed measure: also draw one line per group the feed gives
};

// What an import did: every bad row by line, and how many points were added. All or nothing.
struct ImportReport {
  std::vector<stempush::runchart::RowProblem> problems;
  size_t added = 0;
  bool ok() const { return problems.empty(); }
};

// A measure as the section stores it (also what `improvement measures --json` prints).
nlohmann::json measure_json(const Measure& m);

class ImprovementModel : public stempush::PluginModel {
 public:
  const stempush::PluginInfo& info() const override;
  // 2: a change idea's link became {"plugin", "item", "label"} objects ("addresses", "source").
  int schema_version() const override { return 2; }
  nlohmann::json migrate(nlohmann::json data, int from_version) const override;
  void from_json(const nlohmann::json& data) override;
  nlohmann::json to_json() const override;
  void clear() override;
  std::vector<std::string> check() const override;

  // ---- other plugins ----
  // Takes stempush::kProposeChangeIdea: the text becomes a change idea, with the hand-off's link
  // back, in the "ideas from other packages" group (created on first use; the user then moves
  // each idea under its driver). Its id is the new idea's node id.
  std::vector<std::string> accepted_handoffs() const override;
  std::string accept_handoff(const stempush::Handoff& handoff) override;
  bool has_item(std::string_view item_id) const override;  // any driver-diagram node

  Aim aim;

  // ---- driver diagram ----
  const std::vector<DriverNode>& drivers() const { return drivers_; }
  // Adds under `parent_id` ("" for a primary driver) and returns the new id; "" when the parent
  // does not exist or is a change idea (ideas have no children).
  std::string add_node(const std::string& parent_id, const std::string& text);
  const DriverNode* node(const std::string& id) const;
  NodeKind kind_of(const std::string& id) const;  // depth of the node; Primary if unknown
  bool rename_node(const std::string& id, const std::string& text);
  // What a change idea addresses in another plugin; nullopt removes the link. False if `id` is
  // not a change idea.
  bool set_addresses(const std::string& id, const std::optional<stempush::HandoffLink>& link);
  // Moves a node among its siblings by `delta` (-1 up, +1 down); false at an edge.
  bool move_node(const std::string& id, int delta);
  // Moves a node under another parent one level up (a change idea under any secondary driver,
  // a secondary under any primary), last among its new siblings. False when the kinds do not fit.
  bool move_under(const std::string& id, const std::string& new_parent_id);
  // The secondary driver that holds ideas handed over by other plugins, or "" if none now.
  const std::string& inbox_id() const { return inbox_id_; }
  // Removes the node and everything under it. Cycles that tested a removed idea keep their text
  // but lose the link (their change_idea_id is cleared).
  bool remove_node(const std::string& id);

  // ---- PDSA cycles ----
  const std::vector<Cycle>& cycles() const { return cycles_; }
  Cycle* cycle(const std::string& id);
  // A new cycle testing a change idea: the change is the idea's text. "" if not a change idea.
  std::string start_cycle(const std::string& change_idea_id);
  // The next cycle of a ramp: same idea, the plan copied (questions without their results),
  // previous_id set. "" if the cycle does not exist.
  std::string next_cycle(const std::string& cycle_id);
  // The chain of cycles that ends at `cycle_id`, first to last (a ramp's ladder).
  std::vector<const Cycle*> ramp(const std::string& cycle_id) const;
  bool remove_cycle(const std::string& id);

  // ---- measures ----
  const std::vector<Measure>& measures() const { return measures_; }
  Measure* measure(const std::string& id);
  std::string add_measure(const std::string& name, MeasureKind kind);
  bool remove_measure(const std::string& id);
  // Adds or replaces the point on `date`; keeps the points in date order. False for a bad date
  // or a value that is not finite.
  bool set_point(const std::string& measure_id, const std::string& date, double value, const std::string& note = {});
  bool remove_point(const std::string& measure_id, const std::string& date);
  // `date,value[,note]` CSV: every bad row reported by line, a date the measure already has is a
  // problem too, and nothing is added unless every row is good.
  ImportReport import_points_csv(const std::string& measure_id, std::string_view text);

 private:
  std::string new_id(char prefix);
  std::vector<DriverNode> drivers_;
  std::vector<Cycle> cycles_;
  std::vector<Measure> measures_;
  std::string inbox_id_;  // see inbox_id()
  int next_id_ = 1;
};

}  // namespace improvement
