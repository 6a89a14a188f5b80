// What the belonging view remembers between frames (which page, the presenter's clock, the running
// kiosk, the CSV import in progress) and the page-drawing functions that share it. The data itself
// lives in the model; this state only holds what is not saved.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/kiosk.hpp"
#include "belonging/model/results.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "stempush/facilitation.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_host.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/workspace.hpp"
#include "stempush/ui/ui.hpp"

namespace belonging::view {

namespace ui = stempush::ui;

// This plugin's strings: T("plan.date") is tr("belonging.plan.date").
const char* T(const char* key);
std::string TF(const char* key, const std::vector<std::string>& args);
// The same, in a given language (kiosk screens follow the student's choice, not the staff's).
const char* T_in(Language lang, const char* key);
std::string TF_in(Language lang, const char* key, const std::vector<std::string>& args);

std::string fixed(double value, int decimals);  // "0.62", or "–" for NaN
float field_width();  // a text field's width on the plan page: the available width, at most 26 ems

struct PresenterState {
  stempush::facilitation::StepClock clock;  // which agenda step, and its count-down
  bool show_story = false;
  size_t story = 0;
  Language story_language = Language::English;
};

struct ImportState {
  std::unique_ptr<ImportJob> job;
  std::string file_name;
  std::string error;                  // the file could not be read at all
  // After an import that skipped bad rows: what was left out, so it is listed rather than lost.
  std::vector<RowProblem> left_out;
  std::string last_summary;
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
  enum class Collect { Kiosk, Import, Grid } collect = Collect::Kiosk;
  SurveyKind kind = SurveyKind::Pre;

  bool presenting = false;
  PresenterState presenter;

  std::unique_ptr<Kiosk> kiosk;
  int kiosk_saved_seen = 0;
  int kiosk_student = 0;  // bumps per student so no text field keeps the previous student's input
  std::string kiosk_code, kiosk_pin_entry, kiosk_message;
  std::string new_pin, new_pin_error;

  ImportState import;

  std::string grid_new_code, grid_error;
  std::string pending_remove_code;
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
  const Results& current_results();
};

void draw_plan(State& s, stempush::ViewContext& ctx);
void draw_item_bank(State& s, stempush::ViewContext& ctx);  // a section of the plan page
void draw_presenter(State& s, stempush::ViewContext& ctx);
void draw_collect(State& s, stempush::ViewContext& ctx);
void draw_kiosk(State& s, stempush::ViewContext& ctx);
void draw_results(State& s, stempush::ViewContext& ctx);
void draw_status_card(const BelongingModel& model, stempush::ViewContext& ctx);  // the home page card (home_card.cpp)

using stempush::ui::named_button;

// Survey picker (before / after the session) shared by the collect pages.
void survey_picker(State& s);

}  // namespace belonging::view
