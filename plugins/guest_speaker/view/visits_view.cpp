// The Visits page: the list of visits and, for the open one, four parts: the plan (when, where,
// who, the structure to edit and re-time, the facilitator view, the calendar), the speaker's
// brief, the exit ticket and the results.
#include <algorithm>

#include "stempush/calendar.hpp"
#include "stempush/dates.hpp"
#include "stempush/ui/facilitator.hpp"
#include "view_state.hpp"

namespace guest_speaker::view {
namespace {

void visit_list(State& s, stempush::ViewContext& ctx) {
  GuestSpeakerData& d = s.data();
  if (ImGui::Button(T("visits.add"))) {
    Visit& v = add_visit(d, staff_language());
    s.visit_id = v.id;
    s.part = State::VisitPart::Plan;
    ctx.commit(T("visits.add"));
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(d.visits.empty());
  if (ImGui::Button(T("visits.ics_all"))) {
    std::vector<const Visit*> dated;
    for (const auto& v : d.visits)
      if (!v.date.empty()) dated.push_back(&v);
    try {
      if (dated.empty()) throw std::runtime_error(T("visits.no_dates"));
      ctx.offer_file("guest-speaker-visits.ics", "text/calendar", visits_ics(d, dated, staff_language()));
    } catch (const std::exception& e) {
      ctx.toast(e.what(), true);
    }
  }
  ImGui::EndDisabled();
  const Visit* open = s.visit();
  for (const auto& v : d.visits) {
    const Speaker* sp = d.find_speaker(v.speaker_id);
    const std::string label = (v.date.empty() ? std::string(T("visits.no_date")) : v.date) + "  " +
                              (sp ? sp->name : T("visits.no_speaker")) + (v.title.empty() ? "" : "  " + v.title) + "###" + v.id;
    if (ImGui::Selectable(label.c_str(), open == &v)) s.visit_id = v.id;
    ui::label_last_item(TF("visits.visit_named", {v.id, sp ? sp->name : T("visits.no_speaker")}).c_str());
  }
}

}  // namespace

void draw_visits(State& s, stempush::ViewContext& ctx) {
  visit_list(s, ctx);
  Visit* v = s.visit();
  if (!v) return ui::empty_state(T("visits.empty"), T("visits.empty_hint"));
  ImGui::Separator();
  using Part = State::VisitPart;
  const std::pair<Part, const char*> parts[] = {
      {Part::Plan, "visit.nav.plan"}, {Part::Brief, "visit.nav.brief"}, {Part::Ticket, "visit.nav.ticket"}, {Part::Results, "visit.nav.results"}};
  for (const auto& [part, key] : parts) {
    if (part != Part::Plan) ui::same_line_if_fits(ui::button_width(T(key)));
    if (stempush::ui::page_button(T(key), s.part == part)) s.part = part;
  }
  ImGui::Spacing();
  switch (s.part) {
    case Part::Plan: draw_visit_plan(s, ctx, *v); break;
    case Part::Brief: draw_brief(s, ctx, *v); break;
    case Part::Ticket: draw_ticket(s, ctx, *v); break;
    case Part::Results: draw_results(s, ctx, *v); break;
  }
}

namespace {

void when_and_where(State& s, stempush::ViewContext& ctx, Visit& v) {
  GuestSpeakerData& d = s.data();
  const std::string k = "visit." + v.id + ".";
  edit_text(ctx, T("visit.title"), &v.title, k + "title");
  // The speaker, from the roster.
  ImGui::TextUnformatted(T("visit.speaker"));
  const Speaker* chosen = d.find_speaker(v.speaker_id);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  if (ImGui::BeginCombo("##speaker", chosen ? chosen->name.c_str() : T("visits.no_speaker"))) {
    for (const auto& sp : d.speakers)
      if (ImGui::Selectable(sp.name.c_str(), sp.id == v.speaker_id)) {
        v.speaker_id = sp.id;
        ctx.commit(T("visit.speaker"));
      }
    ImGui::EndCombo();
  }
  ui::label_last_item(T("visit.speaker"));

  // Date, time, place: a change raises the calendar sequence so calendars update the event.
  auto timed = [&](const char* key, std::string* value, const char* error) {
    ui::FieldOptions o;
    o.width = ImGui::GetFontSize() * 12;
    o.hint = T((std::string(key) + "_hint").c_str());
    o.error = error;
    if (ui::labelled_field(T(key), value, o)) {
      ++v.sequence;
      ctx.commit(T(key), k + key);
    }
  };
  timed("visit.date", &v.date, !v.date.empty() && !stempush::is_iso_date(v.date) ? T("visit.date_invalid") : nullptr);
  timed("visit.start", &v.start, nullptr);
  ImGui::TextUnformatted(T("visit.duration"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  int duration = v.duration;
  if (ImGui::InputInt("##duration", &duration, 0, 0)) {
    v.duration = std::clamp(duration, 1, kMaxDuration);
    ++v.sequence;
    ctx.commit(T("visit.duration"), k + "duration");
  }
  ui::label_last_item(T("visit.duration"));
  timed("visit.location", &v.location, nullptr);
  edit_text(ctx, T("visit.grade_band"), &v.grade_band, k + "grade_band");
  ImGui::TextUnformatted(T("visit.expected"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
  int expected = v.expected_students;
  if (ImGui::InputInt("##expected", &expected, 0, 0)) {
    v.expected_students = std::clamp(expected, 0, 10000);
    ctx.commit(T("visit.expected"), k + "expected");
  }
  ui::label_last_item(T("visit.expected"));

  ImGui::TextUnformatted(T("visit.time_zone"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  // The core's labels for its zones: "calendar.zone.<id>".
  auto zone_name = [](const std::string& zone) {
    const std::string key = "calendar.zone." + zone;
    return std::string(stempush::tr(key));
  };
  const std::string zone_label = zone_name(d.time_zone);
  if (ImGui::BeginCombo("##zone", zone_label.c_str())) {
    std::vector<std::string> zones = {"UTC"};
    for (const auto& z : stempush::calendar::supported_time_zones()) zones.push_back(z);
    for (const auto& z : zones)
      if (ImGui::Selectable(zone_name(z).c_str(), z == d.time_zone)) {
        d.time_zone = z;
        ctx.commit(T("visit.time_zone"));
      }
    ImGui::EndCombo();
  }
  ui::label_last_item(T("visit.time_zone"));
}

void structure(State& s, stempush::ViewContext& ctx, Visit& v) {
  ui::section_heading(T("visit.structure"));
  const int total = total_minutes(v);
  ImGui::TextUnformatted(TN("visit.total", v.duration, {std::to_string(total)}).c_str());
  if (total != v.duration) {
    ui::styled_text(ui::TextStyle::Warning, TN("visit.total_off", total, {std::to_string(v.duration)}).c_str());
    if (ImGui::Button(T("visit.retime"))) {
      retime(v, v.duration);
      ctx.commit(T("visit.retime"));
    }
  }
  if (v.structure.empty()) ui::empty_state(T("visit.structure_empty"), T("visit.structure_empty_hint"));
  int move_from = -1, move_to = -1, remove = -1;
  for (size_t i = 0; i < v.structure.size(); ++i) {
    Step& step = v.structure[i];
    const std::string n = std::to_string(i + 1), k = "visit." + v.id + ".step." + n;
    ImGui::PushID(int(i));
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s.", n.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 22));
    if (ImGui::InputText("##title", &step.title)) ctx.commit(T("visit.step_title"), k + ".title");
    ui::label_last_item(TF("visit.step_title_n", {n}).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3);
    int minutes = step.minutes;
    if (ImGui::InputInt("##minutes", &minutes, 0, 0)) {
      step.minutes = std::clamp(minutes, 0, kMaxDuration);
      ctx.commit(T("visit.step_minutes"), k + ".minutes");
    }
    ui::label_last_item(TF("visit.step_minutes_n", {n}).c_str());
    ImGui::SameLine();
    ImGui::TextUnformatted(T("visit.min"));
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) move_from = int(i), move_to = int(i) - 1;
    ui::label_last_item(TF("visit.move_up_n", {n}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == v.structure.size());
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) move_from = int(i), move_to = int(i) + 1;
    ui::label_last_item(TF("visit.move_down_n", {n}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::named_button(T("visit.remove"), TF("visit.remove_step_n", {n}))) remove = int(i);
    if (ImGui::TreeNode(T("visit.step_notes"))) {
      edit_text(ctx, T("visit.step_notes"), &step.notes, k + ".notes", 3, TF("visit.step_notes_n", {n}).c_str());
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  if (move_from >= 0 && move_step(v, size_t(move_from), size_t(move_to))) ctx.commit(T("visit.move_step"));
  if (remove >= 0) {
    s.pending_remove = std::to_string(remove);
    ImGui::OpenPopup(T("visit.remove_step_title"));
  }
  if (ui::confirm_dialog(T("visit.remove_step_title"), T("visit.remove_step_confirm"), T("visit.remove_step"))) {
    const size_t i = size_t(std::atoi(s.pending_remove.c_str()));
    if (i < v.structure.size()) {
      v.structure.erase(v.structure.begin() + long(i));
      ctx.commit(T("visit.remove_step"));
    }
  }
  if (ImGui::Button(T("visit.add_step"))) {
    v.structure.push_back({T("visit.new_step"), 5, ""});
    ctx.commit(T("visit.add_step"));
  }
  ImGui::SameLine();
  if (ImGui::Button(T("visit.restore"))) ImGui::OpenPopup(T("visit.restore"));
  if (ui::confirm_dialog(T("visit.restore"), T("visit.restore_confirm"), T("visit.restore_do"))) {
    v.structure = default_structure(staff_language());
    v.duration = total_minutes(v);
    ctx.commit(T("visit.restore"));
  }
}

}  // namespace

void draw_visit_plan(State& s, stempush::ViewContext& ctx, Visit& v) {
  ImGui::BeginDisabled(v.structure.empty());
  if (ui::primary_button(T("visit.run"))) {
    s.presenting = true;
    s.clock = stempush::facilitation::StepClock{};
    ctx.set_fullscreen(true);
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(T("visit.ics"))) try {
      ctx.offer_file("guest-speaker-" + v.id + ".ics", "text/calendar", visits_ics(s.data(), {&v}, staff_language()));
    } catch (const std::exception& e) {
      ctx.toast(e.what(), true);
    }
  ImGui::SameLine();
  if (ui::danger_button(T("visit.delete"))) {
    s.pending_remove = v.id;
    ImGui::OpenPopup(T("visit.delete_title"));
  }
  if (ui::confirm_dialog(T("visit.delete_title"), T("visit.delete_confirm"), T("visit.delete")) &&
      remove_visit(s.data(), s.pending_remove)) {
    ctx.commit(T("visit.delete"));
    return;
  }
  when_and_where(s, ctx, v);
  structure(s, ctx, v);
}

void draw_presenter(State& s, stempush::ViewContext& ctx) {
  Visit* v = s.visit();
  auto exit = [&] {
    s.presenting = false;
    ctx.set_fullscreen(false);
  };
  if (!v || v->structure.empty()) return exit();
  std::vector<stempush::facilitation::Step> steps;
  for (const auto& step : v->structure) {
    stempush::facilitation::Step f;
    f.title = step.title;
    f.minutes = step.minutes;
    f.notes = step.notes;
    steps.push_back(std::move(f));
  }
  if (ui::facilitator_view(s.clock, steps, ctx) == ui::FacilitatorAction::Exit) exit();
}

}  // namespace guest_speaker::view
