// The plan page: when and who (roles, not names), pre-reading or media, the agreements the group
// edits from the package's default set, and the timed protocol with prompts and facilitator
// notes, with its total time.
#include <algorithm>

#include "stempush/dates.hpp"
#include "view_state.hpp"

namespace staff_discussion::view {
namespace {

float field_width() { return std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 28); }

// One undo step per field while typing (the merge key names the field).
void field(State& s, stempush::ViewContext& ctx, const std::string& label, std::string* value, const std::string& key,
           const char* hint = nullptr, const char* error = nullptr, const std::string& name = {}) {
  ui::FieldOptions options;
  options.hint = hint;
  options.width = field_width();
  options.error = error;
  options.name = name.empty() ? nullptr : name.c_str();
  if (ui::labelled_field(label.c_str(), value, options)) s.commit(ctx, label, s.session_id + "." + key);
}

// A list of one-line texts (roles, agreements) with add, remove, up and down.
void text_list(State& s, stempush::ViewContext& ctx, std::vector<std::string>& list, const char* item_key,
               const char* add_key, const char* hint) {
  ImGui::PushID(item_key);  // roles and agreements share this code: keep their rows apart
  int remove = -1, move_from = -1, move_to = -1;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(int(i));
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 9));
    if (ImGui::InputTextWithHint("##text", hint, &list[i]))
      s.commit(ctx, T(item_key), s.session_id + "." + item_key + "." + n);
    ui::label_last_item(TF(item_key, {n}).c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) move_from = int(i), move_to = int(i) - 1;
    ui::label_last_item(TF("plan.move_up", {TF(item_key, {n})}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == list.size());
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) move_from = int(i), move_to = int(i) + 1;
    ui::label_last_item(TF("plan.move_down", {TF(item_key, {n})}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    // A line is quick to retype and undo brings it back: no confirmation.
    if (ui::named_button(T("plan.remove"), TF("plan.remove_n", {TF(item_key, {n})}))) remove = int(i);
    ImGui::PopID();
  }
  if (move_from >= 0 && move_item(list, size_t(move_from), size_t(move_to))) s.commit(ctx, T("plan.reorder"));
  if (remove >= 0) {
    list.erase(list.begin() + remove);
    s.commit(ctx, T("plan.remove"));
  }
  if (ImGui::Button(T(add_key))) {
    list.emplace_back();
    s.commit(ctx, T(add_key));
  }
  ImGui::PopID();
}

void when_and_who(State& s, stempush::ViewContext& ctx, Session& session) {
  if (!ImGui::CollapsingHeader(T("plan.when_who"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  field(s, ctx, T("plan.title"), &session.title, "title", T("plan.title_hint"));
  field(s, ctx, T("plan.date"), &session.date, "date", "YYYY-MM-DD",
        !session.date.empty() && !stempush::is_iso_date(session.date) ? T("plan.date_invalid") : nullptr);
  ui::section_heading(T("plan.roles"));
  ui::help_text(T("plan.roles_help"));
  text_list(s, ctx, session.roles, "plan.role_n", "plan.add_role", T("plan.role_hint"));
}

void readings(State& s, stempush::ViewContext& ctx, Session& session) {
  if (!ImGui::CollapsingHeader(T("plan.readings"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  if (session.readings.empty()) ui::help_text(T("plan.readings_empty"));
  int remove = -1;
  for (size_t i = 0; i < session.readings.size(); ++i) {
    Reading& r = session.readings[i];
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(int(i));
    ImGui::Separator();
    field(s, ctx, T("plan.reading_title"), &r.title, "reading.title." + n, nullptr, nullptr, TF("plan.reading_title_n", {n}));
    field(s, ctx, T("plan.reading_link"), &r.link, "reading.link." + n, T("plan.reading_link_hint"), nullptr,
          TF("plan.reading_link_n", {n}));
    field(s, ctx, T("plan.reading_why"), &r.why, "reading.why." + n, nullptr, nullptr, TF("plan.reading_why_n", {n}));
    if (ui::named_button(T("plan.remove"), TF("plan.remove_n", {TF("plan.reading_n", {n})}))) remove = int(i);
    ImGui::PopID();
  }
  if (remove >= 0) {
    session.readings.erase(session.readings.begin() + remove);
    s.commit(ctx, T("plan.remove"));
  }
  if (ImGui::Button(T("plan.add_reading"))) {
    session.readings.emplace_back();
    s.commit(ctx, T("plan.add_reading"));
  }
}

void agreements(State& s, stempush::ViewContext& ctx, Session& session) {
  if (!ImGui::CollapsingHeader(T("plan.agreements"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  ui::help_text(T("plan.agreements_help"));
  text_list(s, ctx, session.agreements, "plan.agreement_n", "plan.add_agreement", "");
  ImGui::SameLine();
  if (ImGui::Button(T("plan.restore_agreements"))) ImGui::OpenPopup("##restore_agreements");
  if (ui::confirm_dialog("##restore_agreements", T("plan.restore_agreements_confirm"), T("plan.restore"))) {
    session.agreements = default_session(stempush::i18n::language()).agreements;
    s.commit(ctx, T("plan.restore_agreements"));
  }
}

void protocol(State& s, stempush::ViewContext& ctx, Session& session) {
  if (!ImGui::CollapsingHeader(T("plan.protocol"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  const std::string total = TF("plan.total", {std::to_string(total_minutes(session)), std::to_string(session.steps.size())});
  ImGui::TextUnformatted(total.c_str());
  ui::name_last_region("##total", total);
  if (session.steps.empty()) ui::empty_state(T("plan.protocol_empty"), T("plan.protocol_empty_hint"));
  int move_from = -1, move_to = -1, remove = -1;
  for (size_t i = 0; i < session.steps.size(); ++i) {
    ProtocolStep& step = session.steps[i];
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(int(i));
    ImGui::Separator();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s.", n.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 20));
    if (ImGui::InputText("##title", &step.title)) s.commit(ctx, T("plan.step_title"), s.session_id + ".step.title." + n);
    ui::label_last_item(TF("plan.step_title_n", {n}).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3);
    int minutes = step.minutes;
    if (ImGui::InputInt("##minutes", &minutes, 0, 0)) {
      step.minutes = std::clamp(minutes, 0, 600);
      s.commit(ctx, T("plan.step_minutes"), s.session_id + ".step.minutes." + n);
    }
    ui::label_last_item(TF("plan.step_minutes_n", {n}).c_str());
    ImGui::SameLine();
    ImGui::TextUnformatted(T("plan.min"));
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) move_from = int(i), move_to = int(i) - 1;
    ui::label_last_item(TF("plan.move_up", {TF("plan.step_n", {n})}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == session.steps.size());
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) move_from = int(i), move_to = int(i) + 1;
    ui::label_last_item(TF("plan.move_down", {TF("plan.step_n", {n})}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui::named_button(T("plan.remove"), TF("plan.remove_n", {TF("plan.step_n", {n})}))) remove = int(i);
    if (ImGui::TreeNode(TF("plan.step_details", {n}).c_str())) {
      if (ui::text_area(T("plan.step_prompt"), &step.prompt, 2))
        s.commit(ctx, T("plan.step_prompt"), s.session_id + ".step.prompt." + n);
      if (ui::text_area(T("plan.step_notes"), &step.notes, 3))
        s.commit(ctx, T("plan.step_notes"), s.session_id + ".step.notes." + n);
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  if (move_from >= 0 && move_item(session.steps, size_t(move_from), size_t(move_to))) s.commit(ctx, T("plan.reorder"));
  if (remove >= 0) {
    s.pending_remove = std::to_string(remove);
    ImGui::OpenPopup("##remove_step");
  }
  // A step holds its prompt, notes and what the group captured: ask first.
  if (ui::confirm_dialog("##remove_step", T("plan.remove_step_confirm"), T("plan.remove_step"))) {
    const size_t index = size_t(std::stoul(s.pending_remove.empty() ? "0" : s.pending_remove));
    if (index < session.steps.size()) {
      session.steps.erase(session.steps.begin() + long(index));
      s.commit(ctx, T("plan.remove_step"));
    }
  }
  ImGui::Separator();
  if (ImGui::Button(T("plan.add_step"))) {
    ProtocolStep step;
    step.title = T("plan.new_step");
    session.steps.push_back(step);
    s.commit(ctx, T("plan.add_step"));
  }
}

}  // namespace

void draw_plan(State& s, stempush::ViewContext& ctx) {
  Session& session = *s.session();
  // The total time is the first thing a planner checks: at the top, and again under the steps.
  const std::string total = TF("plan.total", {std::to_string(total_minutes(session)), std::to_string(session.steps.size())});
  ui::push_font(ui::Font::Bold);
  ImGui::TextUnformatted(total.c_str());
  ui::pop_font();
  ui::name_last_region("##total_top", total);
  // Each section numbers its rows from 1: a scope per section keeps "Remove" on reading 1 and
  // on step 1 two different buttons.
  ImGui::PushID("when");
  when_and_who(s, ctx, session);
  ImGui::PopID();
  ImGui::PushID("readings");
  readings(s, ctx, session);
  ImGui::PopID();
  ImGui::PushID("agreements");
  agreements(s, ctx, session);
  ImGui::PopID();
  ImGui::PushID("steps");
  protocol(s, ctx, session);
  ImGui::PopID();
}

}  // namespace staff_discussion::view
