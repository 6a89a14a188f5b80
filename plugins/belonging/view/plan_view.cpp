// The plan page (date, group, facilitators, the agenda, stories, materials) and the full-screen
// presenter view that steps through the agenda with a count-down.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "view_state.hpp"

namespace belonging::view {
namespace {

float field_width() { return std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 26); }

// A text field whose edits become one undo step per field (the merge key).
void plan_text(State& s, stempush::ViewContext& ctx, const char* key, std::string* value, const char* hint_key) {
  if (ui::text_field(T(key), value, hint_key ? T(hint_key) : nullptr, field_width()))
    s.commit(ctx, T(key), std::string("plan.") + key);
}

std::string clock_text(double seconds) {
  const bool over = seconds < 0;
  long total = static_cast<long>(std::ceil(std::fabs(seconds)));
  if (over) total = static_cast<long>(std::floor(std::fabs(seconds)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%ld:%02ld", over ? "+" : "", total / 60, total % 60);
  return buf;
}

void draw_group(State& s, stempush::ViewContext& ctx) {
  SessionPlan& plan = s.data().plan;
  if (!ImGui::CollapsingHeader(T("plan.when_who"), ImGuiTreeNodeFlags_DefaultOpen)) return;
  plan_text(s, ctx, "plan.date", &plan.date, "plan.date_hint");
  if (!plan.date.empty() && !is_iso_date(plan.date)) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 60, 40, 255));
    ImGui::TextWrapped("%s", T("plan.date_invalid"));
    ImGui::PopStyleColor();
  }
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
  if (ImGui::Button(T("plan.add_facilitator"))) {
    plan.facilitators.emplace_back();
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
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(190, 90, 0, 255));
    ImGui::TextWrapped("%s", TF("plan.total_warning", {std::to_string(total), std::to_string(kSessionMinutes)}).c_str());
    ImGui::PopStyleColor();
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
    s.commit(ctx, T("plan.add_material"));
  }
  int ready = 0;
  for (auto& m : plan.materials) ready += m.ready ? 1 : 0;
  if (!plan.materials.empty())
    ui::help_text(TF("plan.materials_ready", {std::to_string(ready), std::to_string(plan.materials.size())}).c_str());
}

// How many answers (before and after) an item has: items with answers keep their scale, and are
// never deleted, so no student's answer is lost.
size_t answers_for(const BelongingData& data, const std::string& item_id) {
  size_t n = 0;
  for (const Survey* survey : {&data.pre, &data.post})
    for (auto& r : survey->responses) n += r.answers.count(item_id);
  return n;
}

// The survey items: the default bank read-only (with reverse-scored items marked), and the
// program's own items, which staff add and edit here. Pre and post surveys use the same items.
void draw_items(State& s, stempush::ViewContext& ctx) {
  ItemBank& bank = s.data().bank;
  if (!ImGui::CollapsingHeader(T("items.title"))) return;
  ui::help_text(T("items.help"));
  int remove = -1;
  int number = 0;
  for (size_t i = 0; i < bank.items.size(); ++i) {
    Item& item = bank.items[i];
    const std::string n = std::to_string(++number);
    const Subscale* sub = bank.find_subscale(item.subscale);
    const std::string where = sub ? sub->name.en : item.subscale;
    ImGui::PushID(static_cast<int>(i));
    if (!item.custom) {
      ImGui::BulletText("%s  (%s, %d %s%s)", item.text.en.c_str(), where.c_str(), item.points, T("items.points"),
                        item.reverse ? T("items.reverse_mark") : "");
      ImGui::PopID();
      continue;
    }
    ImGui::Separator();
    ui::section_heading(TF("items.own_n", {n}).c_str());
    if (ui::text_field(TF("items.text_en_n", {n}).c_str(), &item.text.en, T("items.text_hint"), field_width()))
      s.commit(ctx, T("items.edit"), "items.en." + item.id);
    if (ui::text_field(TF("items.text_es_n", {n}).c_str(), &item.text.es, T("items.text_es_hint"), field_width()))
      s.commit(ctx, T("items.edit"), "items.es." + item.id);
    ImGui::SetNextItemWidth(field_width());
    if (ImGui::BeginCombo("##subscale", where.c_str())) {
      for (auto& option : bank.subscales)
        if (ImGui::Selectable(option.name.en.c_str(), option.id == item.subscale)) {
          item.subscale = option.id;
          s.commit(ctx, T("items.edit"));
        }
      ImGui::EndCombo();
    }
    ui::label_last_item(TF("items.subscale_n", {n}).c_str());
    const size_t answered = answers_for(s.data(), item.id);
    ImGui::BeginDisabled(answered > 0);
    int points = item.points;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::SliderInt("##points", &points, 4, 7, T("items.points_format")) && points != item.points) {
      item.points = points;
      item.labels = new_custom_item(bank, item.subscale, points).labels;
      s.commit(ctx, T("items.edit"), "items.points." + item.id);
    }
    ui::label_last_item(TF("items.points_n", {n}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Checkbox(T("items.reverse"), &item.reverse)) s.commit(ctx, T("items.edit"));
    ui::label_last_item(TF("items.reverse_n", {n}).c_str());
    for (auto& problem : item_problems(item, bank)) ui::help_text(problem.c_str());
    if (answered > 0) {
      ui::help_text(TF("items.has_answers", {std::to_string(answered)}).c_str());
    } else if (named_button(T("plan.remove"), TF("items.remove_n", {n}))) {
      remove = static_cast<int>(i);
    }
    ImGui::PopID();
  }
  if (remove >= 0) {
    s.pending_remove_index = remove;
    ImGui::OpenPopup(T("items.remove_title"));
  }
  if (ui::confirm_dialog(T("items.remove_title"), T("items.remove_confirm"), T("items.remove")) &&
      s.pending_remove_index >= 0 && size_t(s.pending_remove_index) < bank.items.size() &&
      bank.items[s.pending_remove_index].custom) {
    bank.items.erase(bank.items.begin() + s.pending_remove_index);
    s.commit_responses(ctx, T("items.remove"));
  }
  ImGui::Spacing();
  if (ImGui::Button(T("items.add")) && !bank.subscales.empty()) {
    bank.items.push_back(new_custom_item(bank, bank.subscales.front().id, 5));
    s.commit_responses(ctx, T("items.add"));
  }
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
  draw_items(s, ctx);
  ImGui::EndChild();
}

namespace {

// Text in the huge font, wrapped to `width` and centred line by line: projected across a room.
void huge_wrapped(const std::string& text, float width, ImU32 color) {
  ui::push_font(ui::Font::Huge);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const char* p = text.c_str();
  const char* end = p + text.size();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float y = pos.y;
  while (p < end) {
    const char* line_end = font->CalcWordWrapPositionA(size / font->FontSize, p, end, width);
    if (line_end == p) line_end = p + 1;
    const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(line_end - p)));
    if (nl) line_end = nl;
    float w = ImGui::CalcTextSize(p, line_end).x;
    ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(pos.x + (width - w) * 0.5f, y), color, p, line_end);
    y += ImGui::GetTextLineHeightWithSpacing();
    p = line_end;
    while (p < end && (*p == ' ' || *p == '\n')) ++p;
  }
  ImGui::Dummy(ImVec2(width, y - pos.y));
  ui::pop_font();
}

double step_left(const PresenterState& p, const AgendaStep& step, double now) {
  double elapsed = p.elapsed + (p.running ? now - p.started_at : 0);
  return step.minutes * 60.0 - elapsed;
}

void go_to_step(PresenterState& p, size_t step) {
  p.step = step;
  p.elapsed = 0;
  p.running = false;
}

}  // namespace

void draw_presenter(State& s, stempush::ViewContext& ctx) {
  SessionPlan& plan = s.data().plan;
  PresenterState& p = s.presenter;
  auto exit = [&] {
    s.presenting = false;
    ctx.set_fullscreen(false);
  };
  if (plan.agenda.empty()) return exit();
  p.step = std::min(p.step, plan.agenda.size() - 1);
  const AgendaStep& step = plan.agenda[p.step];
  const double now = ctx.now_seconds();

  // Keyboard: a presenter clicker sends arrows / page keys; space starts and pauses the clock.
  if (!ImGui::GetIO().WantTextInput) {
    if ((ImGui::IsKeyPressed(ImGuiKey_RightArrow, false) || ImGui::IsKeyPressed(ImGuiKey_PageDown, false)) &&
        p.step + 1 < plan.agenda.size())
      go_to_step(p, p.step + 1);
    if ((ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false) || ImGui::IsKeyPressed(ImGuiKey_PageUp, false)) && p.step > 0)
      go_to_step(p, p.step - 1);
    if (ImGui::IsKeyPressed(ImGuiKey_Space, false)) {
      if (p.running) p.elapsed += now - p.started_at;
      else p.started_at = now;
      p.running = !p.running;
    }
    if (!plan.stories.empty() && ImGui::IsKeyPressed(ImGuiKey_DownArrow, false)) {
      if (p.show_story) p.story = (p.story + 1) % plan.stories.size();
      p.show_story = true;
    }
    if (!plan.stories.empty() && ImGui::IsKeyPressed(ImGuiKey_UpArrow, false) && p.show_story)
      p.story = (p.story + plan.stories.size() - 1) % plan.stories.size();
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) return exit();
  }

  const float width = ImGui::GetContentRegionAvail().x;
  const float pad = ImGui::GetFontSize();
  // Top bar: where we are and the controls.
  ImGui::Text("%s", TF("present.step_of", {std::to_string(p.step + 1), std::to_string(plan.agenda.size())}).c_str());
  ImGui::SameLine();
  ImGui::BeginDisabled(p.step == 0);
  if (ImGui::Button(T("present.previous"))) go_to_step(p, p.step - 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(p.step + 1 >= plan.agenda.size());
  if (ImGui::Button(T("present.next"))) go_to_step(p, p.step + 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(p.running ? T("present.pause") : T("present.start_clock"))) {
    if (p.running) p.elapsed += now - p.started_at;
    else p.started_at = now;
    p.running = !p.running;
  }
  ImGui::SameLine();
  if (ImGui::Button(T("present.reset_clock"))) {
    p.elapsed = 0;
    p.started_at = now;
  }
  ImGui::SameLine();
  if (!plan.stories.empty()) {
    if (ImGui::Button(p.show_story ? T("present.hide_story") : T("present.show_story"))) p.show_story = !p.show_story;
    ImGui::SameLine();
  }
  if (ui::danger_button(T("present.exit"))) return exit();
  ImGui::SameLine();
  ui::help_text(T("present.keys"));
  ImGui::Separator();

  // The step and its count-down, large.
  const double left = step_left(p, step, now);
  ui::push_font(ui::Font::Huge);
  ImGui::TextUnformatted(step.title.c_str());
  const std::string clock = clock_text(left);
  const float clock_w = ImGui::CalcTextSize(clock.c_str()).x;
  ImGui::SameLine(std::max(0.0f, width - clock_w - pad));
  ImU32 clock_color = left < 0 ? IM_COL32(200, 60, 40, 255) : left < 60 ? IM_COL32(200, 120, 0, 255) : ui::text_color();
  ImGui::PushStyleColor(ImGuiCol_Text, clock_color);
  ImGui::TextUnformatted(clock.c_str());
  ImGui::PopStyleColor();
  ui::pop_font();
  ui::label_last_item(T("present.clock"));
  if (left < 0) ImGui::TextColored(ImVec4(0.8f, 0.25f, 0.15f, 1), "%s", T("present.time_up"));
  if (p.running) ctx.request_redraw();  // keep the count-down moving

  if (p.show_story && !plan.stories.empty()) {
    p.story = std::min(p.story, plan.stories.size() - 1);
    const Story& story = plan.stories[p.story];
    ImGui::Spacing();
    if (ImGui::RadioButton("English##story", p.story_language == Language::English)) p.story_language = Language::English;
    ImGui::SameLine();
    if (ImGui::RadioButton("Español##story", p.story_language == Language::Spanish)) p.story_language = Language::Spanish;
    ImGui::SameLine();
    ImGui::Text("%s", TF("present.story_of", {std::to_string(p.story + 1), std::to_string(plan.stories.size())}).c_str());
    ImGui::SameLine();
    if (ImGui::Button(T("present.previous_story"))) p.story = (p.story + plan.stories.size() - 1) % plan.stories.size();
    ImGui::SameLine();
    if (ImGui::Button(T("present.next_story"))) p.story = (p.story + 1) % plan.stories.size();
    ImGui::Spacing();
    const std::string& text = story.text.in(p.story_language);
    huge_wrapped("“" + text + "”", width - 2 * pad, ui::text_color());
    if (!story.attribution.empty()) huge_wrapped("— " + story.attribution, width - 2 * pad, ui::muted_color());
    ImGui::Spacing();
  }

  ImGui::Separator();
  ui::section_heading(T("present.notes"));
  ImGui::TextWrapped("%s", step.notes.empty() ? T("present.no_notes") : step.notes.c_str());
  ui::section_heading(T("present.purpose"));
  ui::help_text(step.purpose.c_str());
  if (p.step + 1 < plan.agenda.size()) {
    const AgendaStep& next = plan.agenda[p.step + 1];
    ui::section_heading(T("present.up_next"));
    ImGui::TextWrapped("%s", TF("present.up_next_text", {next.title, std::to_string(next.minutes)}).c_str());
  }
}

}  // namespace belonging::view
