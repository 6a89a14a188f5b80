// Kiosk mode on screen: one shared device, student after student. The rules (codes, one item per
// screen, forgetting the previous student, the PIN) are in stempush/survey_kiosk.hpp; this file
// draws each screen large enough for a tablet held at arm's length and forwards taps. Every item
// type has its screen: scale points and single choices as large buttons (a tap answers and moves
// on), multiple choices as buttons that toggle, short text as a field; the last two move on with
// Next.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui_internal.h"  // ImRect
#include "stempush/automation.hpp"
#include "stempush/kiosk_layout.hpp"
#include "survey_ui_internal.hpp"

namespace stempush::ui {
namespace {

using namespace survey_text;


// Text centred line by line inside `box`, wrapped to its width, in the current font.
void centered_text_in(ImDrawList* dl, const ImRect& box, ImU32 color, const std::string& text) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const float line_h = ImGui::GetTextLineHeight();
  std::vector<std::pair<const char*, const char*>> lines;
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    const char* e = font->CalcWordWrapPositionA(size / font->FontSize, p, end, box.GetWidth() - 8);
    if (e == p) e = p + 1;
    lines.emplace_back(p, e);
    p = e;
    while (p < end && *p == ' ') ++p;
  }
  float y = box.GetCenter().y - line_h * float(lines.size()) * 0.5f;
  for (auto& [b, e] : lines) {
    float w = ImGui::CalcTextSize(b, e).x;
    dl->AddText(font, size, ImVec2(box.GetCenter().x - w * 0.5f, y), color, b, e);
    y += line_h;
  }
}

// A large touch target whose label wraps and is centred. The ImGui label (hidden under the drawn
// text) is the visible label so automation finds it by what the student reads.
// An answer that is one of a set is a radio or a checkbox to a screen reader (`role`), with its
// `selected` state.
bool big_button(const std::string& label, const std::string& id, ImVec2 size, bool selected = false,
                automation::Role role = automation::Role::Button) {
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  bool pressed = ImGui::Button((label + "##" + id).c_str(), size);
  if (selected) ImGui::PopStyleColor();
  ImGui::PopStyleColor();
  if (role != automation::Role::Button) automation::set_role(ImGui::GetItemID(), role, selected);
  ImRect box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  centered_text_in(ImGui::GetWindowDrawList(), box, selected ? IM_COL32(255, 255, 255, 255) : ui::text_color(), label);
  return pressed;
}

// Wrapped text, horizontally centred in the content width.
void centered_wrapped(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  const char* p = text.c_str();
  const char* end = p + text.size();
  const float x0 = ImGui::GetCursorPosX();
  while (p < end) {
    const char* e = font->CalcWordWrapPositionA(ImGui::GetFontSize() / font->FontSize, p, end, width);
    if (e == p) e = p + 1;
    float w = ImGui::CalcTextSize(p, e).x;
    ImGui::SetCursorPosX(x0 + std::max(0.0f, (width - w) * 0.5f));
    ImGui::TextUnformatted(p, e);
    p = e;
    while (p < end && *p == ' ') ++p;
  }
}

// Wrapped, centred text that automation and tests can read by what it says.
void centered_named(const std::string& text, float width, const char* id) {
  ImGui::BeginGroup();
  centered_wrapped(text, width);
  ImGui::EndGroup();
  ui::name_last_region(id, text);
}

// True once per kiosk screen (a new student, step or question) while the keyboard is in use:
// keyboard focus then goes to the screen's first control, where Tab and the arrows start and a
// screen reader speaks. After a tap (nav highlight off) nothing is focused, so no answer looks
// pre-chosen on a touch screen.
// `new_screen` is set on a screen's first frame whatever the input (a text field takes the typing).
bool keyboard_arrives(SurveyCollector::State& s, const survey::Kiosk& k, bool& new_screen) {
  const std::string screen = std::to_string(int(k.screen())) + "/" + std::to_string(k.item_index()) + "/" +
                             std::to_string(s.kiosk_student);
  new_screen = s.kiosk_focus_screen != screen;
  s.kiosk_focus_screen = screen;
  return new_screen && !ImGui::GetCurrentContext()->NavDisableHighlight;
}

// A text field keeps the keyboard while nothing else has it: after Enter it takes the typing
// again, but Tab moves on to the buttons (keyboard focus elsewhere) and stays there.
bool keep_typing_here(const char* id, bool arrived) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiID me = ImGui::GetID(id);
  return arrived || ImGui::IsWindowAppearing() || (!ImGui::IsAnyItemActive() && (g.NavId == 0 || g.NavId == me));
}

void gap(float lines) { ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * lines)); }


// "0:45": a lock's time left, rounded up.
std::string minutes_seconds(double seconds) {
  const int total = static_cast<int>(seconds + 0.999);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d:%02d", total / 60, total % 60);
  return buf;
}

// The label staff gave this session, top left on every kiosk screen: whoever holds the tablet
// (and the staff walking by) sees which survey it collects.
void kiosk_header(const std::string& header) {
  if (header.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(header.c_str());
  ImGui::PopStyleColor();
  ui::name_last_region("##kiosk_header", survey_text::TF("kiosk.header_named", {header}));
}

// The PIN field and its lock, shared by the exit screen and a kiosk that could not be reopened.
// Returns true when a PIN was submitted (Enter or the exit button) while the exit is not locked.
bool pin_entry(SurveyCollector::State& s, ViewContext& ctx, double locked_for, float width, float pad) {
  ImGui::SetNextItemWidth(width);
  if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
  bool enter = ImGui::InputText("##exitpin", &s.kiosk_pin_entry,
                                ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                    ImGuiInputTextFlags_EnterReturnsTrue);
  ui::label_last_item(T("kiosk.pin"));
  if (locked_for > 0) {
    // Count down on screen: keep drawing while locked.
    ctx.request_redraw();
    ImGui::PushStyleColor(ImGuiCol_Text, ui::text_style_color(ui::TextStyle::Error));
    centered_named(TF("kiosk.pin_locked", {minutes_seconds(locked_for)}), width, "##pin_locked");
    ImGui::PopStyleColor();
  } else if (!s.kiosk_message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui::text_style_color(ui::TextStyle::Error));
    centered_named(s.kiosk_message, width, "##pin_message");
    ImGui::PopStyleColor();
  }
  (void)pad;
  return enter && locked_for <= 0;
}

}  // namespace

void draw_paused_kiosk(SurveyCollector::State& s, ViewContext& ctx) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float pad = ImGui::GetFontSize();
  const float width = std::min(avail.x - 2 * pad, ImGui::GetFontSize() * 60);
  const float left = std::max(pad, (avail.x - width) * 0.5f);
  kiosk_header(s.kiosk_header);
  ImGui::SetCursorPosX(left);
  ImGui::BeginGroup();
  gap(2);
  ui::push_font(ui::Font::Heading);
  centered_named(T("kiosk.paused_title"), width, "##paused");
  ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
  centered_wrapped(T("kiosk.paused_help"), width);
  ImGui::PopStyleColor();
  gap(0.5f);
  const double locked = s.paused_guard.locked_for(ctx.now_seconds());
  bool submit = pin_entry(s, ctx, locked, width, pad);
  ImGui::BeginDisabled(locked > 0);
  submit = big_button(T("kiosk.exit"), "exit", ImVec2(width, ImGui::GetTextLineHeight() * 2.2f)) || submit;
  ImGui::EndDisabled();
  if (submit && locked <= 0) {
    if (s.paused_guard.try_pin(s.kiosk_pin_entry, s.kiosk_pin_hash, ctx.now_seconds())) {
      s.paused = false;
      ctx.toast(TN("kiosk.closed", 0) +
                (s.paused_guard.failed() > 0 ? " " + TN("kiosk.wrong_pins_tried", s.paused_guard.failed()) : ""));
      s.paused_guard = survey::PinGuard();
      s.kiosk_message.clear();
    } else {
      s.kiosk_message = TN("kiosk.pin_wrong", s.paused_guard.failed());
    }
    s.kiosk_pin_entry.clear();
  }
  ui::pop_font();
  ImGui::EndGroup();
}

void draw_kiosk_screen(SurveyCollector::State& s, ViewContext& ctx) {
  using Kiosk = survey::Kiosk;
  Kiosk& k = *s.kiosk;

  const i18n::Language lang = k.language();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float pad = ImGui::GetFontSize();
  const float width = std::min(avail.x - 2 * pad, ImGui::GetFontSize() * 60);
  const float left = std::max(pad, (avail.x - width) * 0.5f);

  kiosk_header(s.kiosk_header);
  // Staff way out, small in a corner: students need not see it, staff know where it is.
  if (k.screen() != Kiosk::Screen::ExitPin && k.screen() != Kiosk::Screen::ExitChoice) {
    ImGui::SameLine(avail.x - ImGui::CalcTextSize(T("kiosk.staff_exit")).x - pad * 2);
    if (ImGui::SmallButton(T("kiosk.staff_exit"))) {
      k.request_exit();  // the student's answers stay until staff decide, after the PIN
      s.kiosk_pin_entry.clear();
      s.kiosk_message.clear();
    }
  }

  ImGui::SetCursorPosX(left);
  ImGui::BeginGroup();
  ImGui::PushID(s.kiosk_student);
  bool new_screen = false;
  const bool arrived = keyboard_arrives(s, k, new_screen);
  switch (k.screen()) {
    case Kiosk::Screen::Language: {
      gap(2);
      ui::push_font(ui::Font::Huge);
      // Both languages at once: the student has not chosen yet.
      centered_named(std::string(T_in(i18n::Language::English, "kiosk.choose_language")) + " · " +
                         T_in(i18n::Language::Spanish, "kiosk.choose_language"),
                     width, "##choose_language");
      gap(1);
      const float bw = (width - pad) * 0.5f;
      const ImVec2 size(bw, ImGui::GetTextLineHeight() * 2.5f);
      if (arrived) ImGui::SetKeyboardFocusHere();
      if (big_button("English", "lang_en", size)) k.choose_language(i18n::Language::English);
      ImGui::SameLine(0, pad);
      if (big_button("Español", "lang_es", size)) k.choose_language(i18n::Language::Spanish);
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::EnterCode: {
      gap(2);
      ui::push_font(ui::Font::Huge);
      centered_named(T_in(lang, "kiosk.enter_code"), width, "##enter_code");
      gap(0.5f);
      ImGui::SetNextItemWidth(width);
      if (keep_typing_here("##code", new_screen)) ImGui::SetKeyboardFocusHere();
      bool enter = ImGui::InputText("##code", &s.kiosk_code,
                                    ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank |
                                        ImGuiInputTextFlags_EnterReturnsTrue);
      ui::label_last_item(T_in(lang, "kiosk.code_label"));
      ui::pop_font();
      ui::push_font(ui::Font::Heading);
      if (!k.code_error().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::text_style_color(ui::TextStyle::Error));
        centered_named(k.code_error(), width, "##code_error");
        ImGui::PopStyleColor();
      }
      ui::help_text(T_in(lang, "kiosk.code_help"));
      gap(0.5f);
      const ImVec2 size((width - pad) * 0.5f, ImGui::GetTextLineHeight() * 3);
      if (big_button(T_in(lang, "kiosk.start_over"), "restart", size)) {
        k.start_over();  // discards nothing saved: only this student's typed code
        s.kiosk_code.clear();
      }
      ImGui::SameLine(0, pad);
      if (big_button(T_in(lang, "kiosk.next"), "code_next", size) || enter) {
        if (k.enter_code(s.kiosk_code)) s.kiosk_code.clear();
      }
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::Item: {
      const survey::Item& item = k.current_item();
      // Large text on a short screen (200% on a laptop): one size smaller throughout, so that the
      // question and every answer still fit without scrolling (kiosk_layout.hpp).
      const bool compact = avail.y < ImGui::GetTextLineHeight() * 30;
      const ui::Font heading = compact ? ui::Font::Regular : ui::Font::Heading;
      const ui::Font huge = compact ? ui::Font::Heading : ui::Font::Huge;
      ui::push_font(heading);
      ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
      centered_named(TF_in(lang, "kiosk.progress", {std::to_string(k.item_index() + 1), std::to_string(k.item_count())}), width, "##progress");
      ImGui::PopStyleColor();
      // Progress as a thin bar too, for readers who skip numbers.
      ImGui::SetCursorPosX(left);
      ImGui::ProgressBar(float(k.item_index()) / float(std::max<size_t>(1, k.item_count())), ImVec2(width, 6), "");
      ui::pop_font();
      gap(compact ? 0.5f : 1);
      ui::push_font(huge);
      centered_named(item.text.in(lang), width, "##question");
      ui::pop_font();
      gap(compact ? 0.5f : 1);
      ui::push_font(heading);
      ImGui::PushID(static_cast<int>(k.item_index()));
      const auto current = k.current_answer();
      bool moves_on_its_own = true;  // scale and single choice: a tap answers and moves on
      if (item.type == survey::ItemType::ShortText) {
        moves_on_its_own = false;
        // The text lives in the kiosk (this student's only); while the field is active ImGui keeps
        // what is being typed, so nothing is held here that a next student could see.
        std::string text = current ? current->text() : std::string();
        ImGui::SetNextItemWidth(width);
        if (keep_typing_here("##text", new_screen)) ImGui::SetKeyboardFocusHere();
        if (ImGui::InputTextWithHint("##text", T_in(lang, "kiosk.answer_hint"), &text)) k.set_text(text);
        ui::label_last_item(T_in(lang, "kiosk.answer_label"));
      } else {
        // Answer buttons: side by side when each is wide enough for a finger and its label,
        // stacked full-width otherwise (a phone or a tablet held upright, or many options).
        std::vector<std::pair<std::string, bool>> buttons;  // label, selected
        if (item.type == survey::ItemType::Scale) {
          for (int p = 1; p <= item.points; ++p)
            buttons.push_back({size_t(p - 1) < item.labels.size() ? item.labels[size_t(p - 1)].in(lang) : std::to_string(p),
                               current && current->point() == p});
        } else {
          if (item.type == survey::ItemType::MultipleChoice) {
            moves_on_its_own = false;
            ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
            centered_named(T_in(lang, "kiosk.choose_any"), width, "##choose_any");
            ImGui::PopStyleColor();
          }
          for (auto& o : item.options) {
            const bool on = current && std::find(current->chosen().begin(), current->chosen().end(), o.id) != current->chosen().end();
            buttons.push_back({o.text.in(lang), on});
          }
        }
        const int n = static_cast<int>(buttons.size());
        // Every answer on screen at once (kiosk_layout.hpp): the height left once the Back/Skip
        // row below has its room.
        const ImGuiStyle& style = ImGui::GetStyle();
        kiosk::AnswerSpace space;
        space.answers = n;
        space.width = width;
        space.height = ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeight() * (compact ? 2.5f : 3) -
                       style.ItemSpacing.y * 3;
        space.gap_x = pad;
        space.gap_y = style.ItemSpacing.y;
        space.line_height = ImGui::GetTextLineHeight();
        space.font_size = ImGui::GetFontSize();
        const kiosk::AnswerGrid grid = kiosk::answer_grid(space);
        const ImVec2 size(grid.button_w, grid.button_h);
        int chosen = -1;
        // Keyboard focus arrives on the chosen answer (Back to a question), else the first.
        int focus = 0;
        for (int b = 0; b < n; ++b)
          if (buttons[size_t(b)].second) focus = b;
        const auto role = item.type == survey::ItemType::MultipleChoice ? automation::Role::CheckBox : automation::Role::Radio;
        for (int b = 0; b < n; ++b) {
          if (arrived && b == focus) ImGui::SetKeyboardFocusHere();
          if (big_button(buttons[size_t(b)].first, "answer" + std::to_string(b + 1), size, buttons[size_t(b)].second, role)) chosen = b;
          if ((b + 1) % grid.columns != 0 && b < n - 1) ImGui::SameLine(0, pad);
        }
        if (chosen >= 0) {
          if (item.type == survey::ItemType::Scale) k.answer(survey::Answer(chosen + 1));
          else if (item.type == survey::ItemType::SingleChoice) k.answer(survey::Answer::choices({item.options[size_t(chosen)].id}));
          else k.toggle_option(item.options[size_t(chosen)].id);
        }
      }
      ImGui::PopID();
      gap(compact ? 0.5f : 1);
      const bool three = !moves_on_its_own;
      const ImVec2 small((width - pad * (three ? 2 : 1)) / (three ? 3.0f : 2.0f), ImGui::GetTextLineHeight() * 2);
      ImGui::BeginDisabled(k.item_index() == 0);
      if (big_button(T_in(lang, "kiosk.back"), "back", small)) k.back();
      ImGui::EndDisabled();
      ImGui::SameLine(0, pad);
      if (big_button(T_in(lang, "kiosk.skip"), "skip", small)) k.skip();
      if (three) {
        ImGui::SameLine(0, pad);
        if (big_button(T_in(lang, "kiosk.next"), "item_next", small)) k.next();
      }
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::ThankYou: {
      gap(3);
      ui::push_font(ui::Font::Huge);
      centered_named(T_in(lang, "kiosk.thank_you"), width, "##thank_you");
      gap(1);
      if (arrived) ImGui::SetKeyboardFocusHere();
      if (big_button(T_in(lang, "kiosk.next_student"), "next_student", ImVec2(width, ImGui::GetTextLineHeight() * 2.2f))) {
        k.next_student();
        ++s.kiosk_student;  // fresh ids: no widget keeps anything typed by the previous student
      }
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::ExitPin: {
      gap(2);
      ui::push_font(ui::Font::Heading);
      centered_wrapped(T("kiosk.exit_title"), width);
      ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
      centered_wrapped(T("kiosk.exit_help"), width);
      ImGui::PopStyleColor();
      gap(0.5f);
      const double locked = k.exit_locked_for(ctx.now_seconds());
      const bool enter = pin_entry(s, ctx, locked, width, pad);
      const ImVec2 size((width - pad) * 0.5f, ImGui::GetTextLineHeight() * 2.2f);
      if (big_button(T("kiosk.back_to_survey"), "cancel_exit", size)) {
        k.cancel_exit();  // back to where the student was, answers intact
        s.kiosk_pin_entry.clear();
        s.kiosk_message.clear();
      }
      ImGui::SameLine(0, pad);
      ImGui::BeginDisabled(locked > 0);
      const bool exit = big_button(T("kiosk.exit"), "exit", size);
      ImGui::EndDisabled();
      if ((exit || enter) && locked <= 0) {
        if (!k.submit_pin(s.kiosk_pin_entry, ctx.now_seconds()))
          s.kiosk_message = TN("kiosk.pin_wrong", k.failed_pin_attempts());
        else
          s.kiosk_message.clear();
        s.kiosk_pin_entry.clear();
      }
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::ExitChoice: {
      // Staff only (the PIN was given): a student left answers unfinished.
      gap(2);
      ui::push_font(ui::Font::Heading);
      centered_named(TF("kiosk.unfinished_title", {std::to_string(k.unfinished_answers()), std::to_string(k.item_count())}), width, "##unfinished");
      ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
      centered_wrapped(T("kiosk.unfinished_help"), width);
      ImGui::PopStyleColor();
      if (k.failed_pin_attempts() > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::text_style_color(ui::TextStyle::Warning));
        centered_named(TN("kiosk.wrong_pins_tried", k.failed_pin_attempts()), width, "##wrong_pins");
        ImGui::PopStyleColor();
      }
      gap(0.5f);
      const ImVec2 size((width - pad) * 0.5f, ImGui::GetTextLineHeight() * 2.2f);
      if (big_button(T("kiosk.keep_partial"), "keep_partial", size)) k.keep_partial();
      ImGui::SameLine(0, pad);
      if (big_button(T("kiosk.discard_partial"), "discard_partial", size)) k.discard_partial();
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::Closed: break;
  }
  ImGui::PopID();
  ImGui::EndGroup();
}

}  // namespace stempush::ui
