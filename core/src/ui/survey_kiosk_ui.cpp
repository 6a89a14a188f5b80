// Kiosk mode on screen: one shared device, student after student. The rules (codes, one item per
// screen, forgetting the previous student, the PIN) are in stempush/survey_kiosk.hpp; this file
// draws each screen large enough for a tablet held at arm's length and forwards taps. Every item
// type has its screen: scale points and single choices as large buttons (a tap answers and moves
// on), multiple choices as buttons that toggle, short text as a field; the last two move on with
// Next.
#include <algorithm>
#include <cstring>

#include "imgui_internal.h"  // ImRect
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
bool big_button(const std::string& label, const std::string& id, ImVec2 size, bool selected = false) {
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
  if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  bool pressed = ImGui::Button((label + "##" + id).c_str(), size);
  if (selected) ImGui::PopStyleColor();
  ImGui::PopStyleColor();
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

void gap(float lines) { ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * lines)); }


}  // namespace

void draw_kiosk_screen(SurveyCollector::State& s, ViewContext&) {
  using Kiosk = survey::Kiosk;
  Kiosk& k = *s.kiosk;

  const i18n::Language lang = k.language();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float pad = ImGui::GetFontSize();
  const float width = std::min(avail.x - 2 * pad, ImGui::GetFontSize() * 60);
  const float left = std::max(pad, (avail.x - width) * 0.5f);

  // Staff way out, small in a corner: students need not see it, staff know where it is.
  if (k.screen() != Kiosk::Screen::ExitPin) {
    ImGui::SetCursorPosX(avail.x - ImGui::CalcTextSize(T("kiosk.staff_exit")).x - pad * 2);
    if (ImGui::SmallButton(T("kiosk.staff_exit"))) {
      k.request_exit();
      s.kiosk_pin_entry.clear();
      s.kiosk_message.clear();
      s.kiosk_code.clear();
    }
  } else {
    gap(1);
  }

  ImGui::SetCursorPosX(left);
  ImGui::BeginGroup();
  ImGui::PushID(s.kiosk_student);
  switch (k.screen()) {
    case Kiosk::Screen::Language: {
      gap(2);
      ui::push_font(ui::Font::Huge);
      // Both languages at once: the student has not chosen yet.
      centered_wrapped(std::string(T_in(i18n::Language::English, "kiosk.choose_language")) + " · " +
                           T_in(i18n::Language::Spanish, "kiosk.choose_language"),
                       width);
      gap(1);
      const float bw = (width - pad) * 0.5f;
      const ImVec2 size(bw, ImGui::GetTextLineHeight() * 2.5f);
      if (big_button("English", "lang_en", size)) k.choose_language(i18n::Language::English);
      ImGui::SameLine(0, pad);
      if (big_button("Español", "lang_es", size)) k.choose_language(i18n::Language::Spanish);
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::EnterCode: {
      gap(2);
      ui::push_font(ui::Font::Huge);
      centered_wrapped(T_in(lang, "kiosk.enter_code"), width);
      gap(0.5f);
      ImGui::SetNextItemWidth(width);
      if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
      bool enter = ImGui::InputText("##code", &s.kiosk_code,
                                    ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank |
                                        ImGuiInputTextFlags_EnterReturnsTrue);
      ui::label_last_item(T_in(lang, "kiosk.code_label"));
      ui::pop_font();
      ui::push_font(ui::Font::Heading);
      if (!k.code_error().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::text_style_color(ui::TextStyle::Error));
        centered_wrapped(k.code_error(), width);
        ImGui::PopStyleColor();
      }
      ui::help_text(T_in(lang, "kiosk.code_help"));
      gap(0.5f);
      const ImVec2 size((width - pad) * 0.5f, ImGui::GetTextLineHeight() * 3);
      if (big_button(T_in(lang, "kiosk.start_over"), "restart", size)) {
        k.request_exit();   // discards nothing saved: only this unfinished student
        k.cancel_exit();
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
      ui::push_font(ui::Font::Heading);
      ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
      centered_wrapped(TF_in(lang, "kiosk.progress", {std::to_string(k.item_index() + 1), std::to_string(k.item_count())}).c_str(), width);
      ImGui::PopStyleColor();
      // Progress as a thin bar too, for readers who skip numbers.
      ImGui::SetCursorPosX(left);
      ImGui::ProgressBar(float(k.item_index()) / float(std::max<size_t>(1, k.item_count())), ImVec2(width, 6), "");
      ui::pop_font();
      gap(1);
      ui::push_font(ui::Font::Huge);
      centered_wrapped(item.text.in(lang), width);
      ui::pop_font();
      gap(1);
      ui::push_font(ui::Font::Heading);
      ImGui::PushID(static_cast<int>(k.item_index()));
      const auto current = k.current_answer();
      bool moves_on_its_own = true;  // scale and single choice: a tap answers and moves on
      if (item.type == survey::ItemType::ShortText) {
        moves_on_its_own = false;
        // The text lives in the kiosk (this student's only); while the field is active ImGui keeps
        // what is being typed, so nothing is held here that a next student could see.
        std::string text = current ? current->text : std::string();
        ImGui::SetNextItemWidth(width);
        if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
        if (ImGui::InputTextWithHint("##text", T_in(lang, "kiosk.answer_hint"), &text)) k.set_text(text);
        ui::label_last_item(T_in(lang, "kiosk.answer_label"));
      } else {
        // Answer buttons: side by side when each is wide enough for a finger and its label,
        // stacked full-width otherwise (a phone or a tablet held upright, or many options).
        std::vector<std::pair<std::string, bool>> buttons;  // label, selected
        if (item.type == survey::ItemType::Scale) {
          for (int p = 1; p <= item.points; ++p)
            buttons.push_back({size_t(p - 1) < item.labels.size() ? item.labels[size_t(p - 1)].in(lang) : std::to_string(p),
                               current && current->point == p});
        } else {
          if (item.type == survey::ItemType::MultipleChoice) {
            moves_on_its_own = false;
            ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
            centered_wrapped(T_in(lang, "kiosk.choose_any"), width);
            ImGui::PopStyleColor();
          }
          for (auto& o : item.options) {
            const bool on = current && std::find(current->chosen.begin(), current->chosen.end(), o.id) != current->chosen.end();
            buttons.push_back({o.text.in(lang), on});
          }
        }
        const int n = static_cast<int>(buttons.size());
        const float row_w = (width - pad * float(n - 1)) / float(std::max(1, n));
        const bool side_by_side = row_w >= ImGui::GetFontSize() * 6.5f;
        const ImVec2 size = side_by_side ? ImVec2(row_w, ImGui::GetTextLineHeight() * 5.5f)
                                         : ImVec2(width, ImGui::GetTextLineHeight() * 2.4f);
        int chosen = -1;
        for (int b = 0; b < n; ++b) {
          if (big_button(buttons[size_t(b)].first, "answer" + std::to_string(b + 1), size, buttons[size_t(b)].second)) chosen = b;
          if (side_by_side && b < n - 1) ImGui::SameLine(0, pad);
        }
        if (chosen >= 0) {
          if (item.type == survey::ItemType::Scale) k.answer(survey::Answer(chosen + 1));
          else if (item.type == survey::ItemType::SingleChoice) k.answer(survey::Answer::choices({item.options[size_t(chosen)].id}));
          else k.toggle_option(item.options[size_t(chosen)].id);
        }
      }
      ImGui::PopID();
      gap(1);
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
      centered_wrapped(T_in(lang, "kiosk.thank_you"), width);
      gap(1);
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
      ImGui::SetNextItemWidth(width);
      if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
      bool enter = ImGui::InputText("##exitpin", &s.kiosk_pin_entry,
                                    ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                        ImGuiInputTextFlags_EnterReturnsTrue);
      ui::label_last_item(T("kiosk.pin"));
      if (!s.kiosk_message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::text_style_color(ui::TextStyle::Error));
        centered_wrapped(s.kiosk_message, width);
        ImGui::PopStyleColor();
      }
      const ImVec2 size((width - pad) * 0.5f, ImGui::GetTextLineHeight() * 2.2f);
      if (big_button(T("kiosk.back_to_survey"), "cancel_exit", size)) {
        k.cancel_exit();
        s.kiosk_pin_entry.clear();
        s.kiosk_message.clear();
        ++s.kiosk_student;
      }
      ImGui::SameLine(0, pad);
      if (big_button(T("kiosk.exit"), "exit", size) || enter) {
        if (!k.submit_pin(s.kiosk_pin_entry))
          s.kiosk_message = TF("kiosk.pin_wrong", {std::to_string(k.failed_pin_attempts())});
        s.kiosk_pin_entry.clear();
      }
      ui::pop_font();
      break;
    }
    case Kiosk::Screen::Closed: break;
  }
  ImGui::PopID();
  ImGui::EndGroup();
}

}  // namespace stempush::ui
