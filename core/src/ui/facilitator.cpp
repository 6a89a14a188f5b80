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

// A key cap: a framed box with the key's arrow or short name (key_cap_text), drawn from the UI
// font, which carries the arrows (ui.cpp merges them in; tests/ui/facilitator_test.cpp checks
// every glyph of every hint is in the font, so none falls back to "?").
void key_cap(ImGuiKey key) {
  const float h = ImGui::GetTextLineHeight() + 4;
  const char* text = key_cap_text(key);
  const float w = std::max(h, ImGui::CalcTextSize(text).x + 10);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRect(p, ImVec2(p.x + w, p.y + h), muted_color(), 4, 0, 1.5f);
  dl->AddText(ImVec2(p.x + (w - ImGui::CalcTextSize(text).x) * 0.5f, p.y + 2), text_color(), text);
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
    // What the hint shows, for automation and screen readers: "→ next step".
    ImGui::PushID(int(i));
    name_last_region("##key_hint", std::string(key_cap_text(ImGuiKey(hints[i].key))) + " " + hints[i].action);
    ImGui::PopID();
  }
}

// The first `max_chars` characters of UTF-8 `text`, cut at a character boundary, with "…".
std::string preview(const std::string& text, size_t max_chars) {
  size_t chars = 0, i = 0;
  while (i < text.size()) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == max_chars) return text.substr(0, i) + "…";
    ++i;
  }
  return text;
}

// The next button goes on this row if its label fits, else on the next one.
void same_line_if_fits(const char* label) { ui::same_line_if_fits(button_width(label)); }

// Opens or closes the audience window; a refusal (a blocked pop-up) is said to the user.
void toggle_audience(ViewContext& ctx) {
  if (ctx.audience_window_open()) return ctx.close_audience_window();
  const std::string error = ctx.open_audience_window();
  if (!error.empty()) ctx.toast(error, true);
}

}  // namespace

const char* key_cap_text(ImGuiKey key) {
  switch (key) {
    case ImGuiKey_LeftArrow: return "\xe2\x86\x90";   // ←
    case ImGuiKey_UpArrow: return "\xe2\x86\x91";     // ↑
    case ImGuiKey_RightArrow: return "\xe2\x86\x92";  // →
    case ImGuiKey_DownArrow: return "\xe2\x86\x93";   // ↓
    case ImGuiKey_Space: return tr("facilitator.key_space");
    case ImGuiKey_Escape: return tr("facilitator.key_esc");
    default: return ImGui::GetKeyName(key);
  }
}

std::vector<KeyHint> facilitator_key_hints(const ViewContext& ctx, const FacilitatorOptions& options) {
  std::vector<KeyHint> hints = {{ImGuiKey_RightArrow, tr("facilitator.key_next")},
                                {ImGuiKey_LeftArrow, tr("facilitator.key_previous")},
                                {ImGuiKey_Space, tr("facilitator.key_clock")},
                                {ImGuiKey_Escape, tr("facilitator.key_exit")}};
  if (ctx.audience_window_supported()) hints.push_back({kAudienceKey, tr("facilitator.audience.key")});
  hints.insert(hints.end(), options.extra_keys.begin(), options.extra_keys.end());
  return hints;
}

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
    if (ctx.audience_window_supported() && ImGui::IsKeyPressed(kAudienceKey, false) && !ImGui::GetIO().KeyCtrl &&
        !ImGui::GetIO().KeyAlt && !ImGui::GetIO().KeySuper)
      toggle_audience(ctx);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
      ctx.close_audience_window();
      return FacilitatorAction::Exit;
    }
  }
  const facilitation::Step& step = steps[clock.step()];
  const float width = ImGui::GetContentRegionAvail().x;
  const float pad = ImGui::GetFontSize();

  // Top bar: where we are and the controls.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(trf("facilitator.step_of", {std::to_string(clock.step() + 1), std::to_string(steps.size())}).c_str());
  name_last_region("##step_of", trf("facilitator.step_of", {std::to_string(clock.step() + 1), std::to_string(steps.size())}));
  // The buttons wrap onto a second row rather than run off a narrow window or large text.
  const char* toggle_label = clock.running() ? tr("facilitator.pause") : tr("facilitator.start_clock");
  same_line_if_fits(tr("facilitator.previous"));
  ImGui::BeginDisabled(clock.step() == 0);
  if (ImGui::Button(tr("facilitator.previous"))) clock.previous();
  ImGui::EndDisabled();
  same_line_if_fits(tr("facilitator.next"));
  ImGui::BeginDisabled(clock.step() + 1 >= steps.size());
  if (ImGui::Button(tr("facilitator.next"))) clock.next(steps.size());
  ImGui::EndDisabled();
  same_line_if_fits(toggle_label);
  if (ImGui::Button(toggle_label)) clock.toggle(now);
  same_line_if_fits(tr("facilitator.restart_clock"));
  if (ImGui::Button(tr("facilitator.restart_clock"))) clock.restart(now);
  if (options.toolbar) {
    ImGui::SameLine();
    options.toolbar();
  }
  if (ctx.audience_window_supported()) {
    const char* label = ctx.audience_window_open() ? tr("facilitator.audience.close") : tr("facilitator.audience.open");
    same_line_if_fits(label);
    if (ImGui::Button(label)) toggle_audience(ctx);
  }
  same_line_if_fits(tr("facilitator.exit"));
  if (danger_button(tr("facilitator.exit"))) {
    ctx.close_audience_window();
    return FacilitatorAction::Exit;
  }
  key_hints(facilitator_key_hints(ctx, options));
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

  // With the audience window open, the room reads the projected text there; here a line says
  // what it shows, and the page keeps the facilitator's notes, purpose and what comes next.
  const bool audience = ctx.audience_window_open();
  if (audience) ctx.show_audience(facilitation::audience_frame(clock, steps, now));
  if (audience) {
    ImGui::Spacing();
    if (options.above_projected) options.above_projected();
    help_text(tr("facilitator.audience.showing"));
    if (!step.projected.empty()) {
      const std::string line = trf("facilitator.audience.preview", {preview(step.projected, 90)});
      ImGui::PushStyleColor(ImGuiCol_Text, muted_color());
      ImGui::TextWrapped("%s", line.c_str());
      ImGui::PopStyleColor();
      name_last_region("##audience_preview", line);
    }
  } else if (!step.projected.empty() || options.above_projected) {
    ImGui::Spacing();
    if (options.above_projected) options.above_projected();
    if (!step.projected.empty()) {
      ImGui::Spacing();
      ImGui::BeginGroup();
      projected_text(step.projected, width - 2 * pad, text_color());
      if (!step.attribution.empty()) projected_text(step.attribution, width - 2 * pad, muted_color());
      ImGui::EndGroup();
      name_last_region("##projected", step.projected);
      ImGui::Spacing();
    }
  }

  ImGui::Separator();
  section_heading(tr("facilitator.notes"));
  ImGui::TextWrapped("%s", step.notes.empty() ? tr("facilitator.no_notes") : step.notes.c_str());
  name_last_region("##notes", step.notes.empty() ? tr("facilitator.no_notes") : step.notes);
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
