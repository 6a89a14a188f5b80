// The share page: a preview of the session summary with two ticks, both off each time the page
// opens, for the private parts (discussion notes, cards). What is previewed is what is saved.
#include "stempush/profile.hpp"
#include "staff_discussion/model/summary.hpp"
#include "view_state.hpp"

namespace staff_discussion::view {

void draw_share(State& s, stempush::ViewContext& ctx) {
  const Session& session = *s.session();
  ui::section_heading(T("share.title"));
  ui::help_text(T("share.help"));
  ImGui::Checkbox(T("share.include_notes"), &s.share_notes);
  ImGui::Checkbox(T("share.include_cards"), &s.share_cards);
  SummaryOptions options{s.share_notes, s.share_cards, stempush::i18n::language(), ctx.profile().program_name};
  const std::string statement = privacy_statement(options);
  ui::styled_text(s.share_notes || s.share_cards ? ui::TextStyle::Warning : ui::TextStyle::Muted, statement.c_str());
  ui::name_last_region("##privacy", statement);

  const std::string base = "staff-discussion-" + (session.date.empty() ? session.id : session.date);
  if (ui::primary_button(T("share.save_html")))
    ctx.offer_file(base + ".html", "text/html", summary_html(session, options));
  ImGui::SameLine();
  if (ImGui::Button(T("share.save_text"))) ctx.offer_file(base + ".txt", "text/plain", summary_text(session, options));

  ui::section_heading(T("share.preview"));
  std::string preview = summary_text(session, options);
  ImGui::InputTextMultiline("##preview", &preview, ImVec2(-1, ImGui::GetFontSize() * 20), ImGuiInputTextFlags_ReadOnly);
  ui::label_last_item(T("share.preview"));
}

}  // namespace staff_discussion::view
