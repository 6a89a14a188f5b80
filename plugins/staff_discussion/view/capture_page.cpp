// The capture page: notes per protocol step (private unless shared on purpose), quick one-sentence
// cards, and the theme board (board.cpp). Cards carry no name unless the group chooses to add one.
#include "view_state.hpp"

namespace staff_discussion::view {
namespace {

void notes(State& s, stempush::ViewContext& ctx, Session& session) {
  // Folded by default so that the board fits on a laptop screen; it stays open once opened.
  if (!ImGui::CollapsingHeader(T("capture.notes"))) return;
  ui::help_text(T("capture.notes_help"));
  if (session.steps.empty()) return ui::help_text(T("capture.no_steps"));
  if (s.notes_step >= session.steps.size()) s.notes_step = 0;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 28));
  const auto step_name = [&](size_t i) { return TF("capture.step_name", {std::to_string(i + 1), session.steps[i].title}); };
  if (ImGui::BeginCombo("##notes_step", step_name(s.notes_step).c_str())) {
    for (size_t i = 0; i < session.steps.size(); ++i)
      if (ImGui::Selectable(step_name(i).c_str(), i == s.notes_step)) s.notes_step = i;
    ImGui::EndCombo();
  }
  ui::label_last_item(T("capture.notes_step"));
  ProtocolStep& step = session.steps[s.notes_step];
  if (ui::text_area(T("capture.notes_field"), &step.captured, 4))
    s.commit(ctx, T("capture.notes_field"), s.session_id + ".captured." + std::to_string(s.notes_step));
}

void new_card(State& s, stempush::ViewContext& ctx, Session& session) {
  ui::section_heading(T("capture.cards"));
  ui::help_text(T("capture.cards_help"));
  ui::FieldOptions options;
  options.hint = T("capture.card_hint");
  options.width = std::min(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 8, ImGui::GetFontSize() * 32);
  options.flags = ImGuiInputTextFlags_EnterReturnsTrue;
  options.activate = s.refocus_card;
  s.refocus_card = false;
  bool add = ui::labelled_field(T("capture.new_card"), &s.new_card, options);
  ImGui::SameLine();
  add = ImGui::Button(T("capture.add_card")) || add;
  if (ImGui::Checkbox(T("capture.attribute"), &s.attribute_next) && !s.attribute_next) s.new_card_name.clear();
  if (s.attribute_next) {
    ui::FieldOptions name_options;
    name_options.width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 20);
    ui::labelled_field(T("capture.card_name"), &s.new_card_name, name_options);
  }
  if (!add) return;
  const std::string id = add_card(s.data(), session, s.new_card);
  if (id.empty()) return;
  if (s.attribute_next) session.card(id)->attribution = s.new_card_name;
  s.new_card.clear();
  s.commit(ctx, T("capture.add_card"));
  s.refocus_card = true;  // keep typing card after card: Enter adds and stays in the field
}

}  // namespace

void draw_capture(State& s, stempush::ViewContext& ctx) {
  Session& session = *s.session();
  notes(s, ctx, session);
  new_card(s, ctx, session);
  draw_board(s, ctx);
}

}  // namespace staff_discussion::view
