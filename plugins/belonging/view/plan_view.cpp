// The plan page: date, group, facilitators, the agenda, stories and materials (the survey items
// are drawn by item_bank_view.cpp, the full-screen presenter by presenter_view.cpp).
#include <algorithm>

#include "view_state.hpp"
#include "stempush/ui/staff_picker.hpp"

namespace belonging::view {

float field_width() { return std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 26); }

namespace {

// A text field whose edits become one undo step per field (the merge key).
void plan_text(State& s, stempush::ViewContext& ctx, const char* key, std::string* value, const char* hint_key,
               const char* error = nullptr) {
  ui::FieldOptions options;
  options.hint = hint_key ? T(hint_key) : nullptr;
  options.width = field_width();
  options.error = error;
  if (ui::labelled_field(T(key), value, options)) s.commit(ctx, T(key), std::string("plan.") + key);
}

void draw_group(State& s, stempush::ViewContext& ctx) {
  SessionPlan& plan = s.data().plan;
  if (!ImGui::CollapsingHeader(T("plan.when_who"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  plan_text(s, ctx, "plan.date", &plan.date, "plan.date_hint",
            !plan.date.empty() && !is_iso_date(plan.date) ? T("plan.date_invalid") : nullptr);
  plan_text(s, ctx, "plan.cohort", &plan.cohort, "plan.cohort_hint");
  plan_text(s, ctx, "plan.grade_band", &plan.grade_band, "plan.grade_band_hint");
  ImGui::TextUnformatted(T("plan.expected"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  int expected = plan.expected_students;
  if (ImGui::InputInt("##expected", &expected, 0, 0)) {
    plan.expected_students = std::clamp(expected, 0, 10000);
    s.commit(ctx, T("plan.expected"), "plan.expected");
  }
  ui::label_last_item(T("plan.expected"));

  ui::section_heading(T("plan.facilitators"));
  if (plan.facilitators.empty()) ui::help_text(T("plan.facilitators_empty"));
  int remove = -1;
  for (size_t i = 0; i < plan.facilitators.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::SetNextItemWidth(field_width());
    ui::take_focus("belonging.facilitator." + std::to_string(i));
    if (ImGui::InputTextWithHint("##facilitator", T("plan.facilitator_hint"), &plan.facilitators[i]))
      s.commit(ctx, T("plan.facilitators"), "plan.facilitator." + std::to_string(i));
    ui::label_last_item(TF("plan.facilitator_n", {std::to_string(i + 1)}).c_str());
    ImGui::SameLine();
    if (named_button(T("plan.remove"), TF("plan.remove_facilitator_n", {std::to_string(i + 1)}))) remove = static_cast<int>(i);
    ImGui::PopID();
  }
  if (remove >= 0) {  // a name is quick to retype and undo brings it back: no confirmation
    plan.facilitators.erase(plan.facilitators.begin() + remove);
    s.commit(ctx, T("plan.remove_facilitator"));
  }
  if (auto picked = ui::staff_picker("facilitators", ctx.profile(), plan.facilitators)) {
    // An empty row left by "Add a facilitator" is filled first.
    auto empty = std::find_if(plan.facilitators.begin(), plan.facilitators.end(),
                              [](const std::string& f) { return f.find_first_not_of(" \t") == std::string::npos; });
    if (empty != plan.facilitators.end()) *empty = picked->name;
    else plan.facilitators.push_back(picked->name);
    s.commit(ctx, T("plan.add_facilitator"));
  }
  if (ImGui::Button(T("plan.add_facilitator"))) {
    plan.facilitators.emplace_back();
    ui::focus_new_field("belonging.facilitator." + std::to_string(plan.facilitators.size() - 1));
    s.commit(ctx, T("plan.add_facilitator"));
  }
}

void draw_agenda(State& s, stempush::ViewContext& ctx) {
  SessionPlan& plan = s.data().plan;
  if (!ImGui::CollapsingHeader(T("plan.agenda"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  ui::help_text(T("plan.agenda_help"));
  const int total = total_minutes(plan);
  ImGui::Text("%s", TF("plan.total", {std::to_string(total), std::to_string(kSessionMinutes)}).c_str());
  if (std::string warning = agenda_warning(plan); !warning.empty()) {
    ui::styled_text(ui::TextStyle::Warning,
                    TF("plan.total_warning", {std::to_string(total), std::to_string(kSessionMinutes)}).c_str());
  }
  if (plan.agenda.empty()) ui::empty_state(T("plan.agenda_empty"), T("plan.agenda_empty_hint"));

  int move_from = -1, move_to = -1, remove = -1;
  for (size_t i = 0; i < plan.agenda.size(); ++i) {
    AgendaStep& step = plan.agenda[i];
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s.", n.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 24));
    ui::take_focus("belonging.step." + n);
    if (ImGui::InputText("##title", &step.title)) s.commit(ctx, T("plan.step_title"), "plan.step.title." + n);
    ui::label_last_item(TF("plan.step_title_n", {n}).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3);
    int minutes = step.minutes;
    if (ImGui::InputInt("##minutes", &minutes, 0, 0)) {
      step.minutes = std::clamp(minutes, 0, 240);
      s.commit(ctx, T("plan.step_minutes"), "plan.step.minutes." + n);
    }
    ui::label_last_item(TF("plan.step_minutes_n", {n}).c_str());
    ImGui::SameLine();
    ImGui::TextUnformatted(T("plan.min"));
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) move_from = static_cast<int>(i), move_to = static_cast<int>(i) - 1;
    ui::label_last_item(TF("plan.move_up_n", {n}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == plan.agenda.size());
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) move_from = static_cast<int>(i), move_to = static_cast<int>(i) + 1;
    ui::label_last_item(TF("plan.move_down_n", {n}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (named_button(T("plan.remove"), TF("plan.remove_step_n", {n}))) remove = static_cast<int>(i);
    if (ImGui::TreeNode(T("plan.step_details"))) {
      if (ui::text_area(T("plan.step_purpose"), &step.purpose, 2))
        s.commit(ctx, T("plan.step_purpose"), "plan.step.purpose." + n);
      if (ui::text_area(T("plan.step_notes"), &step.notes, 3))
        s.commit(ctx, T("plan.step_notes"), "plan.step.notes." + n);
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  if (move_from >= 0 && move_step(plan, size_t(move_from), size_t(move_to))) s.commit(ctx, T("plan.move_step"));
  if (remove >= 0) {
    s.pending_remove_index = remove;
    ImGui::OpenPopup(T("plan.remove_step_title"));
  }
  if (ui::confirm_dialog(T("plan.remove_step_title"), T("plan.remove_step_confirm"), T("plan.remove_step")) &&
      s.pending_remove_index >= 0 && size_t(s.pending_remove_index) < plan.agenda.size()) {
    plan.agenda.erase(plan.agenda.begin() + s.pending_remove_index);
    s.commit(ctx, T("plan.remove_step"));
  }
  ImGui::Separator();
  if (ImGui::Button(T("plan.add_step"))) {
    AgendaStep step;
    step.title = T("plan.new_step");
    plan.agenda.push_back(step);
    ui::focus_new_field("belonging.step." + std::to_string(plan.agenda.size()));
    s.commit(ctx, T("plan.add_step"));
  }
  ImGui::SameLine();
  if (ImGui::Button(T("plan.restore_agenda"))) ImGui::OpenPopup(T("plan.restore_agenda"));
  if (ui::confirm_dialog(T("plan.restore_agenda"), T("plan.restore_agenda_confirm"), T("plan.restore"))) {
    plan.agenda = default_plan().agenda;
    s.commit(ctx, T("plan.restore_agenda"));
  }
}

void draw_stories(State& s, stempush::ViewContext& ctx) {
  SessionPlan& plan = s.data().plan;
  if (!ImGui::CollapsingHeader(T("plan.stories"))) return;
  ui::help_text(T("plan.stories_help"));
  if (plan.stories.empty()) ui::empty_state(T("plan.stories_empty"), T("plan.stories_empty_hint"));
  int remove = -1;
  for (size_t i = 0; i < plan.stories.size(); ++i) {
    Story& story = plan.stories[i];
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(static_cast<int>(i));
    // Folded to one line each so the list stays short; a new story opens for typing.
    if (s.open_story == int(i)) {
      ImGui::SetNextItemOpen(true);
      s.open_story = -1;
    }
    std::string preview = story.text.en.empty() ? T("plan.story_blank") : story.text.en.substr(0, 60);
    if (story.text.en.size() > 60) preview += "…";
    const bool open = ImGui::TreeNode("##story", "%s", (TF("plan.story_n", {n}) + ": " + preview).c_str());
    ui::label_last_item(TF("plan.story_n", {n}).c_str());
    if (!open) {
      ImGui::PopID();
      continue;
    }
    if (ui::text_area(TF("plan.story_en_n", {n}).c_str(), &story.text.en, 3))
      s.commit(ctx, T("plan.story_text"), "plan.story.en." + n);
    if (ui::text_area(TF("plan.story_es_n", {n}).c_str(), &story.text.es, 3))
      s.commit(ctx, T("plan.story_text"), "plan.story.es." + n);
    if (ui::text_field(TF("plan.story_by_n", {n}).c_str(), &story.attribution, T("plan.story_by_hint"), field_width()))
      s.commit(ctx, T("plan.story_by"), "plan.story.by." + n);
    if (named_button(T("plan.remove"), TF("plan.remove_story_n", {n}))) remove = static_cast<int>(i);
    ImGui::TreePop();
    ImGui::PopID();
  }
  if (remove >= 0) {
    s.pending_remove_index = remove;
    ImGui::OpenPopup(T("plan.remove_story_title"));
  }
  if (ui::confirm_dialog(T("plan.remove_story_title"), T("plan.remove_story_confirm"), T("plan.remove_story")) &&
      s.pending_remove_index >= 0 && size_t(s.pending_remove_index) < plan.stories.size()) {
    plan.stories.erase(plan.stories.begin() + s.pending_remove_index);
    s.commit(ctx, T("plan.remove_story"));
  }
  if (ImGui::Button(T("plan.add_story"))) {
    plan.stories.emplace_back();
    s.open_story = int(plan.stories.size()) - 1;
    s.commit(ctx, T("plan.add_story"));
  }
}

void draw_materials(State& s, stempush::ViewContext& ctx) {
  SessionPlan& plan = s.data().plan;
  if (!ImGui::CollapsingHeader(T("plan.materials"))) return;
  if (plan.materials.empty()) ui::help_text(T("plan.materials_empty"));
  int remove = -1;
  for (size_t i = 0; i < plan.materials.size(); ++i) {
    Material& m = plan.materials[i];
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Checkbox("##ready", &m.ready)) s.commit(ctx, m.ready ? T("plan.material_ready") : T("plan.material_not_ready"));
    ui::label_last_item(TF("plan.material_ready_n", {n}).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field_width());
    ui::take_focus("belonging.material." + std::to_string(i));
    if (ImGui::InputTextWithHint("##name", T("plan.material_hint"), &m.name))
      s.commit(ctx, T("plan.material_name"), "plan.material." + n);
    ui::label_last_item(TF("plan.material_n", {n}).c_str());
    ImGui::SameLine();
    if (named_button(T("plan.remove"), TF("plan.remove_material_n", {n}))) remove = static_cast<int>(i);
    ImGui::PopID();
  }
  if (remove >= 0) {
    plan.materials.erase(plan.materials.begin() + remove);
    s.commit(ctx, T("plan.remove_material"));
  }
  if (ImGui::Button(T("plan.add_material"))) {
    plan.materials.emplace_back();
    ui::focus_new_field("belonging.material." + std::to_string(plan.materials.size() - 1));
    s.commit(ctx, T("plan.add_material"));
  }
  int ready = 0;
  for (auto& m : plan.materials) ready += m.ready ? 1 : 0;
  if (!plan.materials.empty())
    ui::help_text(TF("plan.materials_ready", {std::to_string(ready), std::to_string(plan.materials.size())}).c_str());
}

}  // namespace

void draw_plan(State& s, stempush::ViewContext& ctx) {
  ImGui::BeginDisabled(s.data().plan.agenda.empty());
  if (ui::primary_button(T("present.start"))) {
    s.presenting = true;
    s.presenter = PresenterState{};
    ctx.set_fullscreen(true);
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ui::help_text(T("present.start_help"));
  ImGui::BeginChild("plan", ImVec2(0, 0), ImGuiChildFlags_None);
  draw_group(s, ctx);
  draw_agenda(s, ctx);
  draw_stories(s, ctx);
  draw_materials(s, ctx);
  draw_item_bank(s, ctx);
  ImGui::EndChild();
}

}  // namespace belonging::view
