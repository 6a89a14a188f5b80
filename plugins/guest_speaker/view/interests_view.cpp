// The interest survey: collected by the core's collector (kiosk, CSV import, grid), and its
// summary: interests ranked (a bar chart; counts only over enough students) and the questions
// students want to ask, with exact duplicates merged, and both exported (CSV, printable page).
// Anonymous: no code is shown here.
#include "stempush/profile.hpp"
#include "stempush/ui/charts.hpp"
#include "view_state.hpp"

namespace guest_speaker::view {

void draw_interests(State& s, stempush::ViewContext& ctx) {
  GuestSpeakerData& d = s.data();
  ui::help_text(T("interests.help"));
  if (ImGui::CollapsingHeader(T("interests.collect"), d.interests.responses.empty() ? ImGuiTreeNodeFlags_DefaultOpen : 0))
    s.interests_collector.draw(ctx, {{T("interests.survey"), &interest_bank(), &d.interests, "interests"}}, d.pin_hash,
                               s.survey_commit(ctx));

  ui::section_heading(T("interests.summary"));
  const InterestSummary summary = summarize_interests(d.interests);
  if (summary.respondents == 0) return ui::empty_state(T("interests.empty"), T("interests.empty_hint"));
  const int min_group = s.model.min_group_size();
  const bool counts = summary.respondents >= min_group;
  const Language lang = staff_language();
  if (ImGui::Button(T("interests.export_csv")))
    ctx.offer_file("interests-summary.csv", "text/csv", interests_csv(summary, min_group, lang));
  ImGui::SameLine();
  if (ImGui::Button(T("interests.export_html")))
    ctx.offer_file("interests-summary.html", "text/html", interests_html(summary, ctx.profile().program_name, min_group, lang));
  ImGui::SameLine();
  ui::help_text(T("interests.export_help"));
  ImGui::TextWrapped("%s", TN("interests.answered", summary.respondents).c_str());
  if (!counts) ui::styled_text(ui::TextStyle::Muted, TF("interests.counts_hidden", {std::to_string(min_group)}).c_str());
  std::vector<ui::BarRow> rows;
  for (const auto& c : summary.interests) {
    ui::BarRow row;
    row.label = "#" + std::to_string(c.rank) + " " + c.label.in(staff_language());
    // Under the threshold the bars show the ranking only (equal steps), never a count.
    row.value = counts ? float(c.count) : float(summary.interests.size() - size_t(c.rank) + 1);
    row.value_text = counts ? std::to_string(c.count) : "";
    rows.push_back(row);
  }
  ui::bar_chart(T("interests.chart"), rows, 0, rows.empty() ? 1 : std::max(1.0f, rows.front().value),
                counts ? ui::ChartFlags_NoTitle : ui::ChartFlags_NoTitle | ui::ChartFlags_NoValues);

  ui::section_heading(T("interests.questions"));
  if (summary.questions.empty()) ui::help_text(T("interests.no_questions"));
  for (const auto& q : summary.questions) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s%s", q.text.c_str(), q.count > 1 ? TN("interests.times", q.count).c_str() : "");
  }
}

}  // namespace guest_speaker::view
