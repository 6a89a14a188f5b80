// The exit ticket (the core's collector: kiosk, CSV import, grid) and the visit's results:
// the headline sentence, each statement's answers as a diverging bar with its sentence, what
// students will do next and the questions they still have (merged), the facilitator's
// reflection, and the report. Under the program's small-group threshold nothing is shown.
#include "stempush/profile.hpp"
#include "stempush/chart_layout.hpp"
#include "stempush/ui/charts.hpp"
#include "view_state.hpp"

namespace guest_speaker::view {

void draw_ticket(State& s, stempush::ViewContext& ctx, Visit& v) {
  ui::help_text(TN("ticket.help", static_cast<long long>(v.ticket.responses.size())).c_str());
  s.ticket_collector.draw(ctx, {{T("ticket.survey"), &ticket_bank(), &v.ticket, "ticket"}}, s.data().pin_hash,
                          s.survey_commit(ctx));
}

void draw_results(State& s, stempush::ViewContext& ctx, Visit& v) {
  const Language lang = staff_language();
  const VisitResults r = visit_results(v, s.model.min_group_size());
  if (ImGui::Button(T("results.export_html")))
    ctx.offer_file("visit-report-" + v.id + ".html", "text/html", visit_report_html(s.data(), v, r, lang, ctx.profile().program_name));
  ImGui::SameLine();
  ui::help_text(T("results.export_help"));

  ui::section_heading(T("results.heading"));
  ImGui::TextWrapped("%s", render(r.summary, lang).c_str());
  if (r.n == 0) ui::empty_state(T("results.empty_title"), T("results.empty_hint"));
  if (!r.suppressed && r.n > 0) {
    std::vector<std::vector<int>> all;
    for (const auto& sc : r.scales) all.push_back(sc.counts);
    const double ruler = stempush::chart::diverging_ruler(all);
    const sv::Item* first = ticket_bank().find("useful");
    std::vector<std::string> labels;
    for (const auto& l : first->labels) labels.push_back(l.in(lang));
    ui::legend(T("results.legend"), ui::diverging_legend(labels));
    for (size_t i = 0; i < r.scales.size(); ++i) {
      const ScaleResult& sc = r.scales[i];
      const sv::Item* item = ticket_bank().find(sc.item_id);
      ImGui::PushID(int(i));
      ui::push_font(ui::Font::Bold);
      ImGui::TextWrapped("%s", item->text.in(lang).c_str());
      ui::pop_font();
      ui::diverging_bars(item->text.in(lang).c_str(), {{T("results.answers"), sc.counts, "n = " + std::to_string(sc.n)}}, ruler,
                         T("results.no_answers"));
      ImGui::TextWrapped("%s", render(sc.sentence, lang).c_str());
      ImGui::PopID();
    }
    auto texts = [&](const char* heading, const std::vector<MergedText>& list) {
      ui::section_heading(T(heading));
      if (list.empty()) ui::help_text(T("results.none"));
      for (const auto& t : list) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s%s", t.text.c_str(), t.count > 1 ? TN("interests.times", t.count).c_str() : "");
      }
    };
    texts("results.next_steps", r.next_steps);
    texts("results.questions", r.questions);
  }

  ui::section_heading(T("results.reflection"));
  ui::help_text(T("results.reflection_help"));
  const std::string k = "reflect." + v.id + ".";
  const std::string happened = text("reflect.what_happened", lang), took = text("reflect.students_took", lang),
                    next = text("reflect.next_time", lang);
  edit_text(ctx, happened, &v.reflection.what_happened, k + "what_happened", 4);
  edit_text(ctx, took, &v.reflection.students_took, k + "students_took", 4);
  edit_text(ctx, next, &v.reflection.next_time, k + "next_time", 4);
}

}  // namespace guest_speaker::view
