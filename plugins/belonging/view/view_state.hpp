// What the belonging view remembers between frames (which page, the presenter's clock, the survey
// collector with its running kiosk and CSV import) and the page-drawing functions that share it. The data itself
// lives in the model; this state only holds what is not saved.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/results.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "stempush/facilitation.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_host.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/workspace.hpp"
#include "stempush/ui/survey_ui.hpp"
#include "stempush/ui/ui.hpp"

namespace belonging::view {

namespace ui = stempush::ui;

// This plugin's strings: T("plan.date") is tr("belonging.plan.date").
const char* T(const char* key);
std::string TF(const char* key, const std::vector<std::string>& args);

std::string fixed(double value, int decimals);  // "0.62", or "–" for NaN
float field_width();  // a text field's width on the plan page: the available width, at most 26 ems

struct PresenterState {
  stempush::facilitation::StepClock clock;  // which agenda step, and its count-down
  bool show_story = false;
  size_t story = 0;
  Language story_language = Language::English;
};

struct State {
  explicit State(BelongingModel& m) : model(m) {
    // Undo/redo, a load or an import replace the data under the view, and the profile holds the
    // small-group threshold: recompute then. The view's own commits count response_edits
    // instead, so typing a reflection recomputes nothing.
    if (model.host())
      changes_heard = model.host()->subscribe([this](const stempush::SectionChange& change) {
        if (change.section_id == stempush::kProfileSectionId || change.cause != stempush::ChangeCause::Committed)
          results.reset();
      });
  }
  BelongingModel& model;
  BelongingData& data() { return model.data(); }

  enum class Page { Plan, Collect, Results } page = Page::Plan;

  bool presenting = false;
  PresenterState presenter;

  // Kiosk mode, CSV import and the typed grid: the core's survey collector, on the before and
  // after surveys (see collect_view.cpp).
  stempush::ui::SurveyCollector collector;

  int pending_remove_index = -1;
  int open_story = -1;  // the story just added, opened once for typing  // plan lists: which row the open confirmation is about

  // Results are recomputed only when the responses may have changed: after this view changed
  // them or when the host reloaded the model (undo, workspace import). Typing a reflection or a
  // plan does not recompute figures over thousands of responses on every keystroke.
  std::optional<Results> results;  // dropped when the host says the section changed under us
  unsigned long response_edits = 0, results_edits = ~0ul;
  stempush::ChangeSubscription changes_heard;

  // Every model change goes through one of these so that undo works.
  void commit(stempush::ViewContext& ctx, const std::string& label, const std::string& merge_key = {}) {
    ctx.commit(label, merge_key);
  }
  void commit_responses(stempush::ViewContext& ctx, const std::string& label, const std::string& merge_key = {}) {
    ++response_edits;
    ctx.commit(label, merge_key);
  }
  // The collector's commit: a change to the responses (or the kiosk PIN).
  stempush::ui::SurveyCommit survey_commit(stempush::ViewContext& ctx);
  std::vector<stempush::ui::SurveyTarget> survey_targets();  // the before and after surveys
  const Results& current_results();
};

void draw_plan(State& s, stempush::ViewContext& ctx);
void draw_item_bank(State& s, stempush::ViewContext& ctx);  // a section of the plan page
void draw_presenter(State& s, stempush::ViewContext& ctx);
void draw_collect(State& s, stempush::ViewContext& ctx);
void draw_results(State& s, stempush::ViewContext& ctx);
void draw_status_card(const BelongingModel& model, stempush::ViewContext& ctx);  // the home page card (home_card.cpp)

using stempush::ui::named_button;

}  // namespace belonging::view
