// The match: the group's top interests, speakers ranked by how much of them their topics cover
// (a bar per speaker, ties marked), the interests no speaker covers, and a button that plans a
// visit with the chosen speaker. Works on the aggregate summary only.
#include "stempush/ui/charts.hpp"
#include "view_state.hpp"

namespace guest_speaker::view {

void draw_match(State& s, stempush::ViewContext& ctx) {
  GuestSpeakerData& d = s.data();
  const Language lang = staff_language();
  const InterestSummary summary = summarize_interests(d.interests);
  const MatchResult match = match_speakers(summary, d.speakers);
  ui::help_text(T("match.help"));
  const std::string sentence = render(match.sentence, lang);
  ImGui::TextWrapped("%s", sentence.c_str());
  ui::name_last_region("match_sentence", sentence);  // read by screen readers and tests
  if (summary.respondents == 0) return ui::empty_state(T("interests.empty"), T("match.empty_hint"));

  ui::section_heading(T("match.top"));
  for (const auto& t : match.top) {
    ImGui::Bullet();
    ImGui::TextWrapped("#%d %s", t.rank, t.label.in(lang).c_str());
  }

  ui::section_heading(T("match.speakers"));
  if (d.speakers.empty()) return ui::empty_state(T("speakers.empty"), T("speakers.empty_hint"));
  std::vector<ui::BarRow> rows;
  for (const auto& m : match.speakers) {
    const Speaker* sp = d.find_speaker(m.speaker_id);
    ui::BarRow row;
    row.label = "#" + std::to_string(m.rank) + " " + (sp ? sp->name : m.speaker_id) + (m.tied ? T("match.tie_mark") : "");
    row.value = float(m.coverage * 100);
    row.value_text = percent(m.coverage);
    rows.push_back(row);
  }
  ui::help_text(T("match.chart_help"));
  ui::bar_chart(T("match.chart"), rows, 0, 100, ui::ChartFlags_NoTitle);
  for (const auto& m : match.speakers) {
    const Speaker* sp = d.find_speaker(m.speaker_id);
    if (!sp) continue;
    ImGui::PushID(sp->id.c_str());
    std::string covers;
    for (const auto& id : m.covered)
      for (const auto& t : match.top)
        if (t.option_id == id) covers += (covers.empty() ? "" : ", ") + t.label.in(lang);
    ImGui::TextWrapped("%s", TF("match.covers", {sp->name, covers.empty() ? T("match.nothing") : covers}).c_str());
    ImGui::SameLine();
    if (ui::named_button(T("match.plan"), TF("match.plan_with", {sp->name}))) {
      Visit& v = add_visit(d, lang);
      v.speaker_id = sp->id;
      s.visit_id = v.id;
      s.page = State::Page::Visits;
      s.part = State::VisitPart::Plan;
      ctx.commit(TF("match.plan_with", {sp->name}));
    }
    ImGui::PopID();
  }

  ui::section_heading(T("match.uncovered"));
  if (match.uncovered.empty()) ui::styled_text(ui::TextStyle::Success, T("match.all_covered"));
  for (const auto& t : match.uncovered) {
    ImGui::Bullet();
    ui::styled_text(ui::TextStyle::Warning, t.label.in(lang).c_str());
  }
}

}  // namespace guest_speaker::view
