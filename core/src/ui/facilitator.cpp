// The facilitator view (stempush/ui/facilitator.hpp): draws a facilitation::StepClock over the
// caller's steps and turns buttons and keys into clock moves.
#include "stempush/ui/facilitator.hpp"

#include <algorithm>
#include <cstring>

#include "imgui_internal.h"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {
namespace {

// A key cap: a framed box with a drawn arrow (never a font glyph, which a subset font may lack)
// or a short key name.
void key_cap(ImGuiKey key) {
  const float h = ImGui::GetTextLineHeight() + 4;
  const char* name = nullptr;
  ImGuiDir dir = ImGuiDir_None;
  switch (key) {
    case ImGuiKey_LeftArrow: dir = ImGuiDir_Left; break;
    case ImGuiKey_RightArrow: dir = ImGuiDir_Right; break;
    case ImGuiKey_UpArrow: dir = ImGuiDir_Up; break;
    case ImGuiKey_DownArrow: dir = ImGuiDir_Down; break;
    case ImGuiKey_Space: name = tr("facilitator.key_space"); break;
    case ImGuiKey_Escape: name = tr("facilitator.key_esc"); break;
    default: name = ImGui::GetKeyName(key); break;
  }
  const float w = name ? ImGui::CalcTextSize(name).x + 10 : h;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRect(p, ImVec2(p.x + w, p.y + h), muted_color(), 4, 0, 1.5f);
  if (name) {
    dl->AddText(ImVec2(p.x + 5, p.y + 2), text_color(), name);
  } else {
    ImGui::RenderArrow(dl, ImVec2(p.x + (w - h * 0.6f) * 0.5f, p.y + h * 0.2f), text_color(), dir, 0.6f);
  }
  ImGui::Dummy(ImVec2(w, h));
}

void key_hints(const std::vector<KeyHint>& hints) {
  const float spacing = ImGui::GetFontSize();
  for (size_t i = 0; i < hints.size(); ++i) {
    const float need = ImGui::GetTextLineHeight() * 3 + ImGui::CalcTextSize(hints[i].action.c_str()).x;
    if (i > 0) {
      ImGui::SameLine(0, spacing);
      if (ImGui::GetContentRegionAvail().x < need) ImGui::NewLine();
    }
    ImGui::BeginGroup();
    key_cap(ImGuiKey(hints[i].key));
    ImGui::SameLine(0, 4);
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, muted_color());
    ImGui::TextUnformatted(hints[i].action.c_str());
    ImGui::PopStyleColor();
    ImGui::EndGroup();
  }
}

}  // namespace

void projected_text(const std::string& text, float width, ImU32 color) {
  push_font(Font::Huge);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const char* p = text.c_str();
  const char* end = p + text.size();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  float y = pos.y;
  while (p < end) {
    const char* line_end = font->CalcWordWrapPositionA(size / font->FontSize, p, end, width);
    if (line_end == p) line_end = p + 1;
    const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(line_end - p)));
    if (nl) line_end = nl;
    const float w = ImGui::CalcTextSize(p, line_end).x;
    ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(pos.x + (width - w) * 0.5f, y), color, p, line_end);
    y += ImGui::GetTextLineHeightWithSpacing();
    p = line_end;
    while (p < end && (*p == ' ' || *p == '\n')) ++p;
  }
  ImGui::Dummy(ImVec2(width, y - pos.y));
  pop_font();
}

FacilitatorAction facilitator_view(facilitation::StepClock& clock, const std::vector<facilitation::Step>& steps,
                                   ViewContext& ctx, const FacilitatorOptions& options) {
  if (steps.empty()) return FacilitatorAction::Exit;
  clock.clamp(steps.size());
  const double now = ctx.now_seconds();

  // Keys: a presenter clicker sends arrows or Page Up / Page Down.
  if (!ImGui::GetIO().WantTextInput) {
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false) || ImGui::IsKeyPressed(ImGuiKey_PageDown, false))
      clock.next(steps.size());
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false) || ImGui::IsKeyPressed(ImGuiKey_PageUp, false)) clock.previous();
    if (ImGui::IsKeyPressed(ImGuiKey_Space, false)) clock.toggle(now);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) return FacilitatorAction::Exit;
  }
  const facilitation::Step& step = steps[clock.step()];
  const float width = ImGui::GetContentRegionAvail().x;
  const float pad = ImGui::GetFontSize();

  // Top bar: where we are and the controls.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(trf("facilitator.step_of", {std::to_string(clock.step() + 1), std::to_string(steps.size())}).c_str());
  name_last_region("##step_of", trf("facilitator.step_of", {std::to_string(clock.step() + 1), std::to_string(steps.size())}));
  ImGui::SameLine();
  ImGui::BeginDisabled(clock.step() == 0);
  if (ImGui::Button(tr("facilitator.previous"))) clock.previous();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(clock.step() + 1 >= steps.size());
  if (ImGui::Button(tr("facilitator.next"))) clock.next(steps.size());
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(clock.running() ? tr("facilitator.pause") : tr("facilitator.start_clock"))) clock.toggle(now);
  ImGui::SameLine();
  if (ImGui::Button(tr("facilitator.restart_clock"))) clock.restart(now);
  ImGui::SameLine();
  if (options.toolbar) {
    options.toolbar();
    ImGui::SameLine();
  }
  if (danger_button(tr("facilitator.exit"))) return FacilitatorAction::Exit;
  std::vector<KeyHint> hints = {{ImGuiKey_RightArrow, tr("facilitator.key_next")},
                                {ImGuiKey_LeftArrow, tr("facilitator.key_previous")},
                                {ImGuiKey_Space, tr("facilitator.key_clock")},
                                {ImGuiKey_Escape, tr("facilitator.key_exit")}};
  hints.insert(hints.end(), options.extra_keys.begin(), options.extra_keys.end());
  key_hints(hints);
  ImGui::Separator();

  // The step and its count-down, large; the clock turns amber in the last minute and red after.
  const double left = clock.remaining(now, step.minutes);
  const std::string clock_text = facilitation::clock_text(left);
  push_font(Font::Huge);
  ImGui::PushTextWrapPos(std::max(pad, width - ImGui::CalcTextSize(clock_text.c_str()).x - 2 * pad));
  ImGui::TextWrapped("%s", step.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SameLine(std::max(0.0f, width - ImGui::CalcTextSize(clock_text.c_str()).x - pad));
  const facilitation::Urgency urgency = facilitation::urgency(left);
  ImGui::PushStyleColor(ImGuiCol_Text, urgency == facilitation::Urgency::Over         ? text_style_color(TextStyle::Error)
                                       : urgency == facilitation::Urgency::LastMinute ? text_style_color(TextStyle::Warning)
                                                                                      : text_color());
  ImGui::TextUnformatted(clock_text.c_str());
  ImGui::PopStyleColor();
  pop_font();
  name_last_region("##clock", std::string(tr("facilitator.clock")) + ": " + clock_text);
  if (urgency == facilitation::Urgency::Over) styled_text(TextStyle::Error, tr("facilitator.time_up"));
  if (clock.running()) ctx.request_redraw();  // keep the count-down moving

  if (!step.projected.empty() || options.above_projected) {
    ImGui::Spacing();
    if (options.above_projected) options.above_projected();
    if (!step.projected.empty()) {
      ImGui::Spacing();
      projected_text(step.projected, width - 2 * pad, text_color());
      if (!step.attribution.empty()) projected_text(step.attribution, width - 2 * pad, muted_color());
      ImGui::Spacing();
    }
  }

  ImGui::Separator();
  section_heading(tr("facilitator.notes"));
  ImGui::TextWrapped("%s", step.notes.empty() ? tr("facilitator.no_notes") : step.notes.c_str());
  if (!step.purpose.empty()) {
    section_heading(tr("facilitator.purpose"));
    help_text(step.purpose.c_str());
  }
  if (clock.step() + 1 < steps.size()) {
    const facilitation::Step& next = steps[clock.step() + 1];
    section_heading(tr("facilitator.up_next"));
    ImGui::TextWrapped("%s", trf("facilitator.up_next_text", {next.title, std::to_string(next.minutes)}).c_str());
  }
  return FacilitatorAction::None;
}

}  // namespace stempush::ui
