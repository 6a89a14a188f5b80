// What the guest-speaker view remembers between frames (the page, the chosen visit, the two
// survey collectors, the facilitator clock) and the page functions that share it. The data lives
// in the model; nothing here is saved.
#pragma once
#include <string>
#include <vector>

#include "guest_speaker/model/exports.hpp"
#include "guest_speaker/model/guest_speaker_model.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "stempush/facilitation.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/ui/survey_ui.hpp"
#include "stempush/ui/ui.hpp"

namespace guest_speaker::view {

namespace ui = stempush::ui;

// This plugin's strings: T("nav.match") is tr("guest_speaker.nav.match").
const char* T(const char* key);
std::string TF(const char* key, const std::vector<std::string>& args);
// A count in words: TN("card.visits", 2) is trn("guest_speaker.card.visits", 2), "2 visits".
std::string TN(const char* key, long long count, const std::vector<std::string>& args = {});
Language staff_language();

struct State {
  explicit State(GuestSpeakerModel& m) : model(m) {}
  GuestSpeakerModel& model;
  GuestSpeakerData& data() { return model.data(); }

  enum class Page { Interests, Speakers, Match, Visits } page = Page::Interests;
  enum class VisitPart { Plan, Brief, Ticket, Results } part = VisitPart::Plan;
  std::string visit_id;  // the visit open on the Visits page ("" = the first)

  ui::SurveyCollector interests_collector, ticket_collector;
  bool presenting = false;
  stempush::facilitation::StepClock clock;
  std::string pending_remove;  // the speaker, visit or step the open confirmation is about
  std::string roster_problems; // the last refused roster import, shown until the next one

  Visit* visit();  // the open visit, or null when there is none
  ui::SurveyCommit survey_commit(stempush::ViewContext& ctx) {
    return [&ctx](const ui::SurveyEdit& e) { ctx.commit(e.undo_label, e.merge_key); };
  }
};

void draw_interests(State& s, stempush::ViewContext& ctx);
void draw_speakers(State& s, stempush::ViewContext& ctx);
void draw_match(State& s, stempush::ViewContext& ctx);
void draw_visits(State& s, stempush::ViewContext& ctx);
void draw_visit_plan(State& s, stempush::ViewContext& ctx, Visit& v);
void draw_brief(State& s, stempush::ViewContext& ctx, Visit& v);
void draw_ticket(State& s, stempush::ViewContext& ctx, Visit& v);
void draw_results(State& s, stempush::ViewContext& ctx, Visit& v);
void draw_presenter(State& s, stempush::ViewContext& ctx);

// A text field bound to the model: one undo step per field (its merge key).
bool edit_text(stempush::ViewContext& ctx, const std::string& label, std::string* value, const std::string& merge_key,
               float lines = 0, const char* name = nullptr);

}  // namespace guest_speaker::view
