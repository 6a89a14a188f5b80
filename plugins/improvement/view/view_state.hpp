// What the improvement view remembers between frames (which page, which cycle is open, fields
// part-way typed, the feeds read from the core) and the page-drawing functions that share it.
// The data itself lives in the model; this state holds only what is not saved. One file per page
// (cycles_page.cpp, measures_page.cpp, ...), as Tracy splits its view by feature.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "improvement/model/improvement_model.hpp"
#include "improvement/model/cycle_list.hpp"
#include "stempush/feeds.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/ui/ui.hpp"

namespace improvement::view {

namespace ui = stempush::ui;

// This plugin's strings: T("cycles.start") is tr("improvement.cycles.start").
const char* T(const std::string& key);
std::string TF(const std::string& key, const std::vector<std::string>& args);

enum class Page { Aim, Cycles, Measures };

// Typing a measure's point: date, value, optional note; kept until the model takes it.
struct PointDraft {
  std::string date, value, note, error;
  std::vector<std::string> report;  // the last import's problems, one line each
  // Chart settings and the goal as typed; *_synced is the model value they were last set from,
  // so that an undo or a load shows up in the field while a half-typed entry stays put.
  std::string freeze, split, split_error, goal;
  std::optional<size_t> freeze_synced;
  bool goal_known = false;
  std::optional<double> goal_synced;
};

struct State {
  explicit State(ImprovementModel& m);
  ImprovementModel& model;
  Page page = Page::Aim;

  // ---- cycles (cycles_page.cpp) ----
  std::string open_cycle;  // the cycle being edited; "" shows the list
  CycleFilter filter = CycleFilter::All;
  std::string idea_choice;  // the change idea the "start a cycle" picker shows
  std::map<std::string, std::string> due_drafts;  // cycle id -> the due date as typed
  int pending_remove_question = -1;
  int step = 0;  // Plan, Do, Study, Act: the step of the open cycle on screen

  // ---- measures (measures_page.cpp) ----
  std::map<std::string, PointDraft> point_drafts;  // measure id -> draft
  std::vector<std::pair<std::string, std::string>> pending_imports;  // measure id, file bytes
  std::string new_measure;

  // The series every plugin publishes, read from the core once and again after any change to
  // another section (new survey data), an undo or a load: attached measures stay live without
  // asking every plugin to recompute on every frame.
  const std::vector<stempush::MeasureSeries>& feeds();
  std::string feeds_error;  // a plugin published a bad series (a plugin bug): shown, not thrown

  // Opens a new cycle testing a change idea on the cycles page (the driver diagram calls it too).
  void start_cycle(stempush::ViewContext& ctx, const std::string& idea_id);
  void open(const std::string& cycle_id) {
    page = Page::Cycles;
    open_cycle = cycle_id;
    step = 0;  // a cycle opens on its plan
  }

 private:
  std::optional<std::vector<stempush::MeasureSeries>> feeds_;
  stempush::ChangeSubscription changes_heard_;
};

// A date field that keeps a half-typed date to itself and writes only a real date (or nothing)
// to *value; shows why a typed text is not a date. Returns true when *value changed.
bool date_field(const char* label, const std::string& name, std::string* value, std::string* draft);
const char* decision_text(Decision d);  // "Adopt", "Not decided yet"...

void draw_cycles(State& s, stempush::ViewContext& ctx);
void draw_measures(State& s, stempush::ViewContext& ctx);
// The chart of one measure (run chart, medians, goal, cycles, signals and their sentences).
void draw_run_chart(State& s, const Measure& m);

}  // namespace improvement::view
