// What the survey collector remembers between frames, shared by its three files
// (survey_ui.cpp: the page, PIN and grid; survey_import_ui.cpp; survey_kiosk_ui.cpp).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "stempush/i18n.hpp"
#include "stempush/ui/survey_ui.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {

namespace survey_text {
// The core's survey strings: T("kiosk.next") is tr("survey.kiosk.next").
const char* T(const char* key);
std::string TF(const char* key, const std::vector<std::string>& args);
// Plural forms: trn("survey." + key, count, args); {0} is the count, {1}... the args.
std::string TN(const char* key, long long count, const std::vector<std::string>& args = {});
// In a given language (kiosk screens follow the student's choice, not the staff's).
const char* T_in(i18n::Language lang, const char* key);
std::string TF_in(i18n::Language lang, const char* key, const std::vector<std::string>& args);
}  // namespace survey_text

struct SurveyCollector::State {
  // Kiosk
  std::unique_ptr<survey::Kiosk> kiosk;
  int kiosk_saved_seen = 0;
  int kiosk_student = 0;  // bumps per student so no text field keeps the previous student's input
  std::string kiosk_code, kiosk_pin_entry, kiosk_message;
  std::string kiosk_focus_screen;  // the kiosk screen keyboard focus was last placed on
  std::string new_pin, new_pin_error;
  // The running kiosk's session, kept by the shell on the device (see ViewContext::kiosk_session).
  std::string kiosk_header;                  // shown on every kiosk screen
  std::string kiosk_pin_hash;                // the PIN the kiosk was started with
  SurveyTarget kiosk_target;                 // label and name, to find the survey again on reopen
  size_t kiosk_target_index = 0;
  std::string kiosk_persisted;               // the state last handed to the shell
  // Kiosk set-up: the label staff give this session, first filled from the survey chosen.
  std::string header_field, header_filled_from;
  // A kiosk that cannot be reopened (the plugin did not pass its targets, or the survey is gone):
  // locked until the PIN is given.
  bool paused = false;
  survey::PinGuard paused_guard;

  // Import
  std::unique_ptr<survey::ImportJob> job;
  size_t job_target = 0;         // the survey the open file goes into
  std::string job_target_label;
  std::string file_name, import_error, last_summary;
  std::vector<survey::RowProblem> left_out;  // after skipping bad rows: listed rather than lost

  // Grid
  std::string grid_new_code, grid_error, pending_remove_code;
  std::map<std::string, std::string> grid_drafts;  // "code/item" -> text typed, stored on leaving the cell
};

// Radio buttons for the surveys (none when there is only one); keeps `target` in range.
void survey_picker(const std::vector<SurveyTarget>& targets, size_t& target);

void draw_import_page(SurveyCollector::State& s, ViewContext& ctx, const std::vector<SurveyTarget>& targets,
                      size_t& target, const SurveyCommit& commit);
void draw_kiosk_screen(SurveyCollector::State& s, ViewContext& ctx);
void draw_paused_kiosk(SurveyCollector::State& s, ViewContext& ctx);

}  // namespace stempush::ui
