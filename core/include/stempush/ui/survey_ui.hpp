// Collecting a survey on screen: kiosk mode, CSV import and the typed grid, for any plugin's
// survey (stempush/survey.hpp). A plugin view keeps one SurveyCollector between frames and hands
// it, each frame, the surveys it collects into and a commit callback:
//
//   ui::SurveyCollector collector_;  // a member of the view
//
//   void draw(ViewContext& ctx) override {
//     auto commit = [&](const ui::SurveyEdit& e) { ctx.commit(e.undo_label, e.merge_key); };
//     std::vector<ui::SurveyTarget> surveys = {{"After the session", &model.bank, &model.responses}};
//     if (collector_.draw_running_kiosk(ctx, surveys, commit)) return;  // the kiosk owns the screen
//     collector_.draw(ctx, surveys, model.pin_hash, commit);
//   }
//
// Kiosk lockdown: while a kiosk runs, the shell shows only it (no menus, sidebar, shortcuts,
// toasts or dialogs) and keeps its state on the device, so that a reload or a restart reopens it.
// Passing the targets to draw_running_kiosk (call it first, on every frame the page is drawn) lets
// the collector reopen the kiosk where it was, the unfinished student included. The older form
// without targets still locks: after a restart it shows a locked screen that asks for the PIN.
// Staff start a kiosk with a label shown on every kiosk screen ("Before the session, Group A,
// 2026-10-01"), leave it with the PIN (wrong PINs lock the exit for a growing delay and are
// reported afterwards) and choose whether a student's unfinished answers are kept as a partial
// response or discarded.
//
// draw() shows a row of ways (kiosk / import / grid), a survey picker when there are several
// targets, and the chosen way. Plugins that lay out their page themselves call draw_kiosk_setup(),
// draw_import() and draw_grid() instead. Every change to the responses (and the PIN hash) is
// made by the collector and then reported through `commit`, once per user action, so that undo
// and autosave see it.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "stempush/plugin_view.hpp"
#include "stempush/survey.hpp"
#include "stempush/survey_import.hpp"
#include "stempush/survey_kiosk.hpp"

namespace stempush::ui {

// One survey administration the collector may write to. The pointers must stay valid while the
// collector uses them (members of the plugin's model are: their address survives undo and load).
struct SurveyTarget {
  std::string label;                     // shown to staff: "Before the session (pre)"
  const survey::ItemBank* bank = nullptr;
  survey::ResponseSet* responses = nullptr;
  std::string name;                      // short name in import messages ("pre"); may be empty
};

// What changed, for the plugin's commit (undo label; a merge key so typing in one grid cell is
// one undo step; after an import, the header of the column mapped as the students' group).
struct SurveyEdit {
  std::string undo_label;
  std::string merge_key;
  std::string group_header;
};
using SurveyCommit = std::function<void(const SurveyEdit&)>;

class SurveyCollector {
 public:
  enum class Way { Kiosk, Import, Grid };

  SurveyCollector();
  ~SurveyCollector();

  // While a kiosk runs, draws it (full screen, locked) and returns true; otherwise returns false
  // and draws nothing. Call first in the view's draw(). With `targets` (the same list the page
  // hands draw()), a kiosk that was running when the app stopped is reopened where it was.
  bool draw_running_kiosk(ViewContext& ctx, const std::vector<SurveyTarget>& targets, const SurveyCommit& commit);
  bool draw_running_kiosk(ViewContext& ctx, const SurveyCommit& commit);
  bool kiosk_running() const;

  // The whole collect page: ways, survey picker, the chosen way.
  void draw(ViewContext& ctx, const std::vector<SurveyTarget>& targets, std::string& pin_hash,
            const SurveyCommit& commit);

  // The parts, for plugins that arrange the page themselves. Each draws a survey picker when
  // `targets` has more than one entry.
  void draw_kiosk_setup(ViewContext& ctx, const std::vector<SurveyTarget>& targets, std::string& pin_hash,
                        const SurveyCommit& commit);
  void draw_import(ViewContext& ctx, const std::vector<SurveyTarget>& targets, const SurveyCommit& commit);
  void draw_grid(ViewContext& ctx, const std::vector<SurveyTarget>& targets, const SurveyCommit& commit);

  Way way = Way::Kiosk;  // which part draw() shows
  size_t target = 0;     // which survey the parts work on (index into `targets`)

  struct State;  // what the collector remembers between frames (defined in core/src/ui)

 private:
  std::unique_ptr<State> state_;
};

}  // namespace stempush::ui
