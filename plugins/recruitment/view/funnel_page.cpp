// The funnel: focus-community shares, a funnel chart for all students and one per source, bars of
// this year against the baseline per community, and a sentence for every figure. Exports (CSV,
// printable HTML) hide counts under the program's small-group threshold.
#include <algorithm>

#include "stempush/profile.hpp"
#include "recruitment/model/exports.hpp"
#include "recruitment/model/funnel.hpp"
#include "stempush/feeds.hpp"
#include "stempush/ui/charts.hpp"
#include "view.hpp"

namespace recruitment::view {
namespace {

std::vector<ui::FunnelStage> stages_of(const StageCounts& c) {
  std::vector<ui::FunnelStage> out;
  for (int k = 0; k < kStageCount; ++k) {
    ui::FunnelStage st{stage_name(Stage(k)), c[size_t(k)], "", false};
    if (k > 0) st.note = TF("funnel.of_previous", {percent_text(conversion(c, Stage(k - 1), Stage(k)))});
    out.push_back(st);
  }
  return out;
}

// A figure's sentence as a bullet, named for automation and screen readers.
void say(const std::string& text) {
  ImGui::BulletText("%s", text.c_str());
  ui::name_last_region(("##" + text).c_str(), text);  // the region takes no input: equal texts may share an id
}

void sentences(const StageCounts& c, const std::string& group, int year) {
  for (int k = 0; k + 1 < kStageCount; ++k) say(conversion_sentence(c, Stage(k), Stage(k + 1), group, year));
}

}  // namespace

void draw_funnel(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  const Funnel f = compute_funnel(d, d.this_year(), d.base_year());
  const int k = ctx.host().min_group_size();
  if (f.total.now[0] == 0 && f.total.base[0] == 0) {
    ui::empty_state(T("funnel.empty"), T("funnel.empty_hint"));
    return;
  }
  ImGui::TextWrapped("%s", TF("funnel.intro", {std::to_string(f.year), std::to_string(f.baseline_year)}).c_str());
  if (ImGui::Button(T("funnel.export_csv"))) ctx.offer_file("recruitment-funnel.csv", "text/csv", funnel_csv(f, k));
  ImGui::SameLine();
  if (ImGui::Button(T("funnel.export_html"))) ctx.offer_file("recruitment-funnel.html", "text/html", funnel_html(d, f, k, ctx.profile().program_name));
  ImGui::SameLine();
  ui::help_text(TF("funnel.shared_note", {std::to_string(k)}).c_str());

  ui::section_heading(T("funnel.focus_heading"));
  for (auto* share : {&f.focus_applicants_now, &f.focus_applicants_base})
    say(focus_share_sentence(*share, Stage::Applied, share == &f.focus_applicants_now ? f.year : f.baseline_year).c_str());
  say(focus_share_sentence(f.focus_enrolled_now, Stage::Enrolled, f.year).c_str());
  say(focus_share_sentence(f.focus_enrolled_base, Stage::Enrolled, f.baseline_year).c_str());

  ui::section_heading(TF("funnel.all_heading", {std::to_string(f.year)}).c_str());
  ui::funnel_chart(TF("funnel.chart_all", {std::to_string(f.year)}).c_str(), stages_of(f.total.now), 0, ui::ChartFlags_NoTitle);
  sentences(f.total.now, "", f.year);
  // Every stage this year and in the baseline year, with the step from the stage before ("–" when
  // nobody reached it).
  if (ImGui::BeginTable("stages", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(T("funnel.stage"));
    ImGui::TableSetupColumn(std::to_string(f.year).c_str());
    ImGui::TableSetupColumn(T("funnel.step_now"));
    ImGui::TableSetupColumn(std::to_string(f.baseline_year).c_str());
    ImGui::TableSetupColumn(T("funnel.step_base"));
    ImGui::TableHeadersRow();
    for (int k = 0; k < kStageCount; ++k) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(stage_name(Stage(k)).c_str());
      for (const StageCounts* c : {&f.total.now, &f.total.base}) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", (*c)[size_t(k)]);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(k == 0 ? "" : percent_text(conversion(*c, Stage(k - 1), Stage(k))).c_str());
      }
    }
    ImGui::EndTable();
  }

  ui::section_heading(TF("funnel.community_heading", {std::to_string(f.year), std::to_string(f.baseline_year)}).c_str());
  ui::GroupedBarChart bars;
  bars.series = {std::to_string(f.year), std::to_string(f.baseline_year)};
  double hi = 1;
  for (auto& r : f.by_community) {
    const int now = r.now[size_t(Stage::Applied)], base = r.base[size_t(Stage::Applied)];
    bars.groups.push_back({r.label + (r.focus ? " *" : ""), {double(now), double(base)},
                           TF("funnel.now_base", {std::to_string(now), std::to_string(base)}), 0});
    hi = std::max(hi, double(std::max(now, base)));
  }
  bars.lo = 0;
  bars.hi = hi;
  ui::grouped_bar_chart(T("funnel.chart_communities"), bars, ui::ChartFlags_NoTitle);
  ui::help_text(T("funnel.focus_mark"));
  for (auto& r : f.by_community)
    say(TN("funnel.community_sentence", r.now[size_t(Stage::Applied)],
           {r.label, std::to_string(f.year), std::to_string(r.base[size_t(Stage::Applied)]), std::to_string(f.baseline_year)})
            .c_str());

  ui::section_heading(TF("funnel.source_heading", {std::to_string(f.year)}).c_str());
  int top = 0;
  for (auto& r : f.by_source) top = std::max(top, r.now[0]);
  for (auto& r : f.by_source) {
    if (r.now[0] == 0 && r.base[0] == 0) continue;
    ImGui::PushID(r.key.c_str());
    const std::string title = r.label + (r.new_space ? "  (" + std::string(T("spaces.new_badge")) + ")" : "");
    if (ImGui::TreeNodeEx(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      // One shared width scale: a small source looks small next to a big one.
      ui::funnel_chart(TF("funnel.chart_source", {r.label}).c_str(), stages_of(r.now), top, ui::ChartFlags_NoTitle);
      say(conversion_sentence(r.now, Stage::Applied, Stage::Enrolled, r.label, f.year).c_str());
      say(conversion_sentence(r.now, Stage::Reached, Stage::Applied, r.label, f.year).c_str());
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
}

}  // namespace recruitment::view
