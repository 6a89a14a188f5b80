// The full-screen presenter view that steps through the agenda with a count-down.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "view_state.hpp"

namespace belonging::view {
namespace {

std::string clock_text(double seconds) {
  const bool over = seconds < 0;
  long total = static_cast<long>(std::ceil(std::fabs(seconds)));
  if (over) total = static_cast<long>(std::floor(std::fabs(seconds)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%ld:%02ld", over ? "+" : "", total / 60, total % 60);
  return buf;
}

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
