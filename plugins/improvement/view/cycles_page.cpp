// The PDSA cycles page: start a cycle from a change idea, the list of every cycle with filters
// (open, due or overdue, by decision), and one cycle's Plan, Do, Study and Act with the ladder
// of cycles it ramps along. Every edit commits (undo, autosave); removing asks first.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "stempush/profile.hpp"
#include "improvement/model/cycle_list.hpp"
#include "improvement/model/storyboard.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/dates.hpp"
#include "view_state.hpp"

namespace improvement::view {
namespace {

// A text field (or a box of `lines` lines) bound to a cycle's field: each keystroke commits, and
// the keystrokes in one field make one undo step.
void cycle_field(stempush::ViewContext& ctx, const Cycle& c, const char* label_key, std::string* value,
                 float lines = 0, const std::string& name = {}) {
  ui::FieldOptions o;
  o.lines = lines;
  if (!name.empty()) o.name = name.c_str();
  if (ui::labelled_field(T(label_key), value, o))
    ctx.commit(name.empty() ? T(label_key) : name, "cycle." + c.id + "." + (name.empty() ? label_key : name));
}

std::string status_text(const Cycle& c, const std::string& today, ui::TextStyle* style) {
  *style = ui::TextStyle::Muted;
  switch (c.decision) {
    case Decision::Adopt: return T("status.adopted");
    case Decision::Adapt: return T("status.adapted");
    case Decision::Abandon: return T("status.abandoned");
    case Decision::Undecided: break;
  }
  const DueState due = due_state(c, today);
  if (due == DueState::NotDue) return T("status.open");
  const long days = stempush::days_from_iso(c.due) - stempush::days_from_iso(today);
  if (due == DueState::Overdue) {
    *style = ui::TextStyle::Error;
    return stempush::i18n::trn("improvement.status.overdue", -days);
  }
  *style = ui::TextStyle::Warning;
  return days == 0 ? std::string(T("status.due_today")) : stempush::i18n::trn("improvement.status.due_in", days);
}

const char* filter_text(CycleFilter f) { return T(std::string("filter.") + cycle_filter_id(f)); }

// ---- the list ----

void draw_start(State& s, stempush::ViewContext& ctx) {
  ui::section_heading(T("cycles.start_heading"));
  const auto ideas = change_ideas(s.model);
  if (ideas.empty()) {
    ui::empty_state(T("cycles.no_ideas"), T("cycles.no_ideas_hint"));
    return;
  }
  auto chosen = std::find_if(ideas.begin(), ideas.end(), [&](const IdeaRef& i) { return i.id == s.idea_choice; });
  if (chosen == ideas.end()) {
    chosen = ideas.begin();
    s.idea_choice = chosen->id;
  }
  ImGui::TextUnformatted(T("cycles.idea"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
  if (ImGui::BeginCombo("##idea", chosen->text.c_str())) {
    for (auto& idea : ideas) {
      ImGui::PushID(idea.id.c_str());
      if (ImGui::Selectable(idea.text.c_str(), idea.id == s.idea_choice)) s.idea_choice = idea.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ui::label_last_item(T("cycles.idea"));
  ui::same_line_if_fits(ui::button_width(T("cycles.start")));
  if (ui::primary_button(T("cycles.start"))) s.start_cycle(ctx, s.idea_choice);
}

void draw_list(State& s, stempush::ViewContext& ctx) {
  (void)ctx;
  ui::section_heading(T("cycles.list_heading"));
  if (s.model.cycles().empty()) {
    ui::empty_state(T("cycles.empty"), T("cycles.empty_hint"));
    return;
  }
  ImGui::TextUnformatted(T("filter.label"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  if (ImGui::BeginCombo("##filter", filter_text(s.filter))) {
    for (CycleFilter f : kCycleFilters)
      if (ImGui::Selectable(filter_text(f), f == s.filter)) s.filter = f;
    ImGui::EndCombo();
  }
  ui::label_last_item(T("filter.label"));

  const std::string today = stempush::today_iso();
  const auto shown = filter_cycles(s.model.cycles(), s.filter, today);
  if (shown.empty()) {
    ui::empty_state(T("cycles.none_match"));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##cycles", 5, flags)) return;
  ImGui::TableSetupColumn(T("cycles.col_cycle"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(T("cycles.col_idea"), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(T("cycles.col_due"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn(T("cycles.col_status"), ImGuiTableColumnFlags_WidthStretch, 1.7f);
  ImGui::TableSetupColumn("##open", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableHeadersRow();
  for (const Cycle* c : shown) {
    ImGui::PushID(c->id.c_str());
    ImGui::TableNextRow();
    const std::string name = cycle_name(s.model, *c);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", name.c_str());
    ImGui::TableNextColumn();
    const DriverNode* idea = c->change_idea_id.empty() ? nullptr : s.model.node(c->change_idea_id);
    if (idea) ImGui::TextWrapped("%s", idea->text.c_str());
    else ImGui::TextDisabled("%s", T("cycles.idea_removed"));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(c->due.empty() ? "–" : c->due.c_str());
    ImGui::TableNextColumn();
    ui::TextStyle style;
    const std::string status = status_text(*c, today, &style);
    ui::styled_text(style, status.c_str());
    ui::name_last_region("##status", TF("cycles.status_of", {name, status}));
    ImGui::TableNextColumn();
    if (ui::named_button(T("cycles.open"), TF("cycles.open_named", {name}))) s.open(c->id);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// ---- the ladder: the cycles of one ramp as rising steps, joined by arrows ----

void draw_ladder(State& s, const Cycle& current) {
  const auto steps = ladder(s.model, current.id);
  ui::section_heading(T("ladder.heading"));
  ui::help_text(T("ladder.help"));
  const float em = ImGui::GetFontSize();
  const float gap = em * 1.6f, box_w = em * 11, box_h = ImGui::GetTextLineHeightWithSpacing() * 2 + em * 0.6f;
  const float rise = box_h * 0.45f;
  const size_t n = steps.size();
  const float total_w = n * box_w + (n - 1) * gap, total_h = box_h + (n - 1) * rise;
  const float scrollbar = total_w > ImGui::GetContentRegionAvail().x ? ImGui::GetStyle().ScrollbarSize : 0;
  ImGui::BeginChild("##ladder", ImVec2(0, total_h + scrollbar + 4), false, ImGuiWindowFlags_HorizontalScrollbar);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImU32 line = ui::muted_color(), text = ui::text_color(), accent = ui::chart_color(0);
  const ImU32 fill = ImGui::GetColorU32(ImGuiCol_FrameBg), current_fill = ImGui::GetColorU32(ImGuiCol_Header);
  for (size_t i = 0; i < n; ++i) {
    const Cycle& c = *steps[i];
    const ImVec2 a(origin.x + i * (box_w + gap), origin.y + (n - 1 - i) * rise);
    const ImVec2 b(a.x + box_w, a.y + box_h);
    const bool here = c.id == current.id;
    if (i + 1 < n) {  // the arrow to the next step, from this box's right side up to the next one
      const ImVec2 from(b.x, a.y + box_h * 0.5f), to(b.x + gap - 2, a.y - rise + box_h * 0.5f);
      draw->AddLine(from, to, line, 2);
      const ImVec2 dir(to.x - from.x, to.y - from.y);
      const float len = std::max(1.0f, std::sqrt(dir.x * dir.x + dir.y * dir.y));
      const ImVec2 u(dir.x / len, dir.y / len), p(-u.y, u.x);
      const float h = em * 0.45f;
      draw->AddTriangleFilled(to, ImVec2(to.x - u.x * h + p.x * h * 0.6f, to.y - u.y * h + p.y * h * 0.6f),
                              ImVec2(to.x - u.x * h - p.x * h * 0.6f, to.y - u.y * h - p.y * h * 0.6f), line);
    }
    draw->AddRectFilled(a, b, here ? current_fill : fill, em * 0.3f);
    draw->AddRect(a, b, here ? accent : line, em * 0.3f, 0, here ? 3.0f : 1.0f);
    const std::string title = cycle_name(s.model, c);
    const std::string decision = decision_text(c.decision);
    const ImVec4 clip(a.x + 4, a.y, b.x - 4, b.y);
    const ImVec2 pad(a.x + em * 0.4f, a.y + em * 0.3f);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pad, text, title.c_str(), nullptr, 0, &clip);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pad.x, pad.y + ImGui::GetTextLineHeightWithSpacing()),
                  line, decision.c_str(), nullptr, 0, &clip);
    // Each step is a button: clicking (or Enter on it) opens that cycle.
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(c.id.c_str());
    if (ImGui::InvisibleButton("##step", ImVec2(box_w, box_h))) s.open(c.id);
    ui::label_last_item(TF("ladder.step", {std::to_string(i + 1), title, decision}).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", title.c_str());
    ImGui::PopID();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x + total_w, origin.y + total_h));
  ImGui::Dummy(ImVec2(0, 0));
  ImGui::EndChild();
}

// ---- the four steps ----

void draw_plan(State& s, stempush::ViewContext& ctx, Cycle& c) {
  const DriverNode* idea = c.change_idea_id.empty() ? nullptr : s.model.node(c.change_idea_id);
  ui::help_text(idea ? TF("plan.tests_idea", {idea->text}).c_str() : T("cycles.idea_removed"));
  cycle_field(ctx, c, "plan.title", &c.title);
  cycle_field(ctx, c, "plan.change", &c.change, 3);
  cycle_field(ctx, c, "plan.who", &c.who);
  cycle_field(ctx, c, "plan.where", &c.where);
  cycle_field(ctx, c, "plan.when", &c.when);

  ui::section_heading(T("plan.questions"));
  ui::help_text(T("plan.questions_help"));
  for (size_t i = 0; i < c.questions.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Indent();
    cycle_field(ctx, c, "plan.question", &c.questions[i].question, 0, TF("plan.question_n", {n}));
    cycle_field(ctx, c, "plan.prediction", &c.questions[i].prediction, 2, TF("plan.prediction_n", {n}));
    if (ui::named_button(T("plan.remove_question"), TF("plan.remove_question_n", {n}))) {
      s.pending_remove_question = static_cast<int>(i);
      ImGui::OpenPopup(T("plan.remove_question_title"));
    }
    if (ui::confirm_dialog(T("plan.remove_question_title"), T("plan.remove_question_confirm"), T("plan.remove_question_confirmed")) &&
        s.pending_remove_question >= 0 && size_t(s.pending_remove_question) < c.questions.size()) {
      c.questions.erase(c.questions.begin() + s.pending_remove_question);
      s.pending_remove_question = -1;
      ctx.commit(T("plan.remove_question"));
      ImGui::Unindent();
      ImGui::PopID();
      break;
    }
    ImGui::Unindent();
    ImGui::Spacing();
    ImGui::PopID();
  }
  if (ImGui::Button(T("plan.add_question"))) {
    c.questions.push_back({});
    ctx.commit(T("plan.add_question"));
  }
  ImGui::Spacing();
  cycle_field(ctx, c, "plan.data", &c.data_to_collect, 3);
  if (date_field(T("plan.due"), T("plan.due"), &c.due, &s.due_drafts[c.id])) ctx.commit(T("plan.due"), "cycle." + c.id + ".due");
}

void draw_do(stempush::ViewContext& ctx, Cycle& c) {
  ui::help_text(T("do.help"));
  cycle_field(ctx, c, "do.what_happened", &c.what_happened, 5);
  cycle_field(ctx, c, "do.surprises", &c.surprises, 3);
}

void draw_study(State& s, stempush::ViewContext& ctx, Cycle& c) {
  ui::help_text(T("study.help"));
  for (size_t i = 0; i < c.questions.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    auto& q = c.questions[i];
    ImGui::PushID(static_cast<int>(i));
    ui::push_font(ui::Font::Bold);
    ImGui::TextWrapped("%s", TF("study.question", {n, q.question.empty() ? "–" : q.question}).c_str());
    ui::pop_font();
    ImGui::TextWrapped("%s", TF("study.predicted", {q.prediction.empty() ? T("study.no_prediction") : q.prediction}).c_str());
    cycle_field(ctx, c, "study.result", &q.result, 2, TF("study.result_n", {n}));
    ImGui::Spacing();
    ImGui::PopID();
  }
  cycle_field(ctx, c, "study.summary", &c.study_summary, 3);

  ui::section_heading(T("study.measures"));
  if (s.model.measures().empty()) {
    ui::empty_state(T("study.no_measures"), T("study.no_measures_hint"));
    return;
  }
  for (auto& m : s.model.measures()) {
    ImGui::PushID(m.id.c_str());
    auto it = std::find(c.measure_ids.begin(), c.measure_ids.end(), m.id);
    bool looked = it != c.measure_ids.end();
    if (ImGui::Checkbox(m.name.c_str(), &looked)) {
      if (looked) c.measure_ids.push_back(m.id);
      else c.measure_ids.erase(it);
      ctx.commit(T("study.measures"));
    }
    ui::label_last_item(TF("study.looked_at", {m.name}).c_str());
    ImGui::PopID();
  }
  // The charts of the measures it looked at, with this cycle marked at its due date.
  for (auto& m : s.model.measures())
    if (std::find(c.measure_ids.begin(), c.measure_ids.end(), m.id) != c.measure_ids.end()) {
      ImGui::PushID(m.id.c_str());
      draw_run_chart(s, m);
      ImGui::PopID();
    }
}

void draw_act(State& s, stempush::ViewContext& ctx, Cycle& c) {
  ui::help_text(T("act.help"));
  const Decision choices[] = {Decision::Adopt, Decision::Adapt, Decision::Abandon, Decision::Undecided};
  const char* helps[] = {"act.adopt_help", "act.adapt_help", "act.abandon_help", "act.undecided_help"};
  for (size_t i = 0; i < 4; ++i) {
    if (ImGui::RadioButton(decision_text(choices[i]), c.decision == choices[i]) && c.decision != choices[i]) {
      c.decision = choices[i];
      ctx.commit(T("act.decision"));
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", T(helps[i]));
  }
  cycle_field(ctx, c, "act.next_steps", &c.next_steps, 3);
  ImGui::Spacing();
  if (ui::primary_button(T("act.next_cycle"))) {
    const std::string id = s.model.next_cycle(c.id);
    if (!id.empty()) {
      ctx.commit(T("act.next_cycle"));
      s.open(id);
      ctx.toast(T("act.next_started"));
    }
  }
  ui::help_text(T("act.next_cycle_help"));
}

void draw_cycle(State& s, stempush::ViewContext& ctx, Cycle& c) {
  if (ImGui::Button(T("cycles.back")) || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive() &&
                                          !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))) {
    s.open_cycle.clear();
    return;
  }
  ImGui::SameLine();
  if (ImGui::Button(T("cycles.storyboard")))
    ctx.offer_file(storyboard_file_name(s.model, c.id), "text/html", storyboard_html(s.model, c.id, s.feeds(), ctx.profile().program_name));
  ImGui::SameLine();
  if (ui::danger_button(T("cycles.remove"))) ImGui::OpenPopup(T("cycles.remove_title"));
  if (ui::confirm_dialog(T("cycles.remove_title"), T("cycles.remove_confirm"), T("cycles.remove_confirmed"))) {
    s.model.remove_cycle(c.id);
    s.open_cycle.clear();
    ctx.commit(T("cycles.remove_confirmed"));
    return;
  }
  const std::string name = cycle_name(s.model, c);
  ui::push_font(ui::Font::Heading);
  ImGui::TextWrapped("%s", name.c_str());
  ui::pop_font();
  ui::name_last_region("##cycle_heading", name);
  draw_ladder(s, c);
  ImGui::Spacing();

  // The four steps as a row of buttons that behave like tabs (keyboard and automation reach them).
  const char* steps[] = {"tab.plan", "tab.do", "tab.study", "tab.act"};
  for (int i = 0; i < 4; ++i) {
    if (i > 0) ImGui::SameLine();
    const bool active = s.step == i;
    if (active) {
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    if (ImGui::Button(T(steps[i]))) s.step = i;
    if (active) ImGui::PopStyleColor(2);
  }
  ImGui::Separator();
  ImGui::Spacing();
  switch (s.step) {
    case 0: draw_plan(s, ctx, c); break;
    case 1: draw_do(ctx, c); break;
    case 2: draw_study(s, ctx, c); break;
    default: draw_act(s, ctx, c); break;
  }
}

}  // namespace

void draw_cycles(State& s, stempush::ViewContext& ctx) {
  if (!s.open_cycle.empty()) {
    // The cycle may be gone (an undo removed it): then the list shows.
    if (Cycle* c = s.model.cycle(s.open_cycle)) return draw_cycle(s, ctx, *c);
    s.open_cycle.clear();
  }
  draw_start(s, ctx);
  ImGui::Spacing();
  draw_list(s, ctx);
}

}  // namespace improvement::view
