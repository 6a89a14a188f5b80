// The results page: counts, per-item diverging stacked bars, scale scores with alpha, paired
// pre/post change, the group breakdown with its suppression stated, each with its plain sentence;
// the facilitator's reflection beside it; and the exports.
#include <algorithm>
#include <cmath>

#include "belonging/model/exports.hpp"
#include "stempush/chart_layout.hpp"
#include "stempush/ui/charts.hpp"
#include "view_state.hpp"

namespace belonging::view {
namespace {

Language staff_language() { return stempush::i18n::language(); }

void sentence(const Sentence& s) { ImGui::TextWrapped("%s", render(s, staff_language()).c_str()); }

std::string subscale_name(const BelongingData& d, const std::string& id) {
  const Subscale* sub = d.bank.find_subscale(id);
  return sub ? sub->name.in(staff_language()) : id;
}

// The scale's point labels in the staff's language, for the legend.
std::vector<std::string> point_labels(const Item& item) {
  std::vector<std::string> out;
  for (int p = 1; p <= item.points; ++p)
    out.push_back(size_t(p - 1) < item.labels.size() ? item.labels[size_t(p - 1)].in(staff_language()) : std::to_string(p));
  return out;
}

void draw_items(const BelongingData& d, const Results& r) {
  ui::section_heading(T("results.items"));
  ui::help_text(T("results.items_help"));
  // Every item on one ruler (the widest side over all items, rounded up to a quarter) so that
  // small differences stay visible and items compare.
  std::vector<std::vector<int>> all_counts;
  for (auto& it : r.items) all_counts.push_back(it.pre_counts), all_counts.push_back(it.post_counts);
  const double ruler = stempush::chart::diverging_ruler(all_counts);
  int last_points = 0;
  for (size_t i = 0; i < r.items.size(); ++i) {
    const ItemDistribution& dist = r.items[i];
    const Item* item = d.bank.find(dist.item_id);
    if (!item) continue;
    ImGui::PushID(static_cast<int>(i));
    ImGui::Spacing();
    if (item->points != last_points) {
      ui::legend("scale_points", ui::diverging_legend(point_labels(*item)));
      last_points = item->points;
    }
    ui::push_font(ui::Font::Bold);
    ImGui::TextWrapped("Q%zu. %s%s", i + 1, item->text.in(staff_language()).c_str(), item->reverse ? T("results.reverse_mark") : "");
    ui::pop_font();
    ui::diverging_bars(TF("results.item_chart_n", {std::to_string(i + 1)}).c_str(),
                       {{T("results.before"), dist.pre_counts, "n = " + std::to_string(dist.pre_n)},
                        {T("results.after"), dist.post_counts, "n = " + std::to_string(dist.post_n)}},
                       ruler, T("results.no_answers"));
    ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
    sentence(dist.sentence);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  ui::help_text(TF("results.ruler", {std::to_string(int(std::lround(ruler * 100)))}).c_str());
}

void draw_scales(const BelongingData& d, const Results& r) {
  ui::section_heading(T("results.scales"));
  ui::help_text(T("results.scales_help"));
  ui::help_text(T("results.paired_help"));
  if (ImGui::BeginTable("scales", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(T("results.scale"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8);
    ImGui::TableSetupColumn(T("results.before_paired"));
    ImGui::TableSetupColumn(T("results.after_paired"));
    ImGui::TableSetupColumn(T("results.change"));
    ImGui::TableSetupColumn(T("results.ci"));
    ImGui::TableSetupColumn(T("results.d"));
    ImGui::TableSetupColumn(T("results.alpha"));
    ImGui::TableHeadersRow();
    const auto alpha_text = [](AlphaVerdict verdict, double alpha) {
      return verdict == AlphaVerdict::NotShown ? std::string(T("results.not_shown")) : fixed(alpha, 2);
    };
    for (auto& sc : r.scales) {
      const bool has_pairs = sc.change.n > 0;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", subscale_name(d, sc.subscale_id).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s (n=%d)", fixed(has_pairs ? sc.change.mean_pre : NAN, 2).c_str(), sc.change.n);
      ImGui::TableNextColumn();
      ImGui::Text("%s (n=%d)", fixed(has_pairs ? sc.change.mean_post : NAN, 2).c_str(), sc.change.n);
      ImGui::TableNextColumn();
      ImGui::Text("%s%s", sc.change.mean_diff > 0 ? "+" : "", fixed(has_pairs ? sc.change.mean_diff : NAN, 2).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s to %s", fixed(sc.change.ci_low, 2).c_str(), fixed(sc.change.ci_high, 2).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(fixed(sc.change.cohens_dz, 2).c_str());
      ImGui::TableNextColumn();
      const bool low = sc.alpha_pre_verdict == AlphaVerdict::Low || sc.alpha_post_verdict == AlphaVerdict::Low;
      if (low) ImGui::PushStyleColor(ImGuiCol_Text, ui::highlight_color());
      ImGui::Text("%s / %s", alpha_text(sc.alpha_pre_verdict, sc.alpha_pre).c_str(),
                  alpha_text(sc.alpha_post_verdict, sc.alpha_post).c_str());
      if (low) ImGui::PopStyleColor();
    }
    ImGui::EndTable();
  }
  for (auto& sc : r.scales) {
    ImGui::Bullet();
    sentence(sc.sentence);
    if (!sc.alpha_sentence.key.empty()) {
      ImGui::Bullet();
      sentence(sc.alpha_sentence);
    }
    // The all-students means, labelled as such, apart from the paired table (a narrow table fits).
    ImGui::Bullet();
    ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
    ImGui::TextWrapped("%s", TF("results.all_students", {subscale_name(d, sc.subscale_id), fixed(sc.pre_n ? sc.pre_mean : NAN, 2),
                                                         std::to_string(sc.pre_n), fixed(sc.post_n ? sc.post_mean : NAN, 2),
                                                         std::to_string(sc.post_n)}).c_str());
    ImGui::PopStyleColor();
  }
  ui::help_text(T("results.alpha_help"));
  // The mean scores side by side (after, with before as a marker) for a quick look.
  std::vector<ui::BarRow> rows;
  float hi = 1;
  for (auto& sc : r.scales) {
    hi = std::max(hi, float(sc.points));
    ui::BarRow row;
    row.label = subscale_name(d, sc.subscale_id);
    // The paired students' means, as in the table above (the change is theirs).
    const bool has_pairs = sc.change.n > 0;
    row.value = has_pairs ? float(sc.change.mean_post) : 0;
    row.compare = has_pairs ? float(sc.change.mean_pre) : -1;
    row.value_text = has_pairs ? fixed(sc.change.mean_post, 2) : "–";
    rows.push_back(row);
  }
  if (!rows.empty()) {
    ui::help_text(T("results.scale_chart_help"));
    // Named for automation and screen readers; the help line above already says what it shows.
    ui::bar_chart(T("results.scale_chart"), rows, 1, hi, ui::ChartFlags_NoTitle);
    ui::legend("scale_chart_legend", {{T("results.after_paired"), ui::chart_color(0), ui::LegendMark::Box},
                                      {T("results.before_paired"), ui::chart_color(1), ui::LegendMark::Line}});
  }
}

void draw_groups(const BelongingData& d, const Results& r) {
  if (!r.groups.present) return;
  ui::section_heading(d.group_column_name.empty() ? T("results.groups") : TF("results.groups_by", {d.group_column_name}).c_str());
  sentence(r.groups.sentence);
  if (ImGui::BeginTable("groups", int(r.scales.size()) + 2,
                        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(T("results.group"));
    ImGui::TableSetupColumn(T("results.paired_n"));
    for (auto& sc : r.scales) ImGui::TableSetupColumn(subscale_name(d, sc.subscale_id).c_str());
    ImGui::TableHeadersRow();
    for (auto& g : r.groups.groups) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(g.group.empty() ? T("results.no_group") : g.group.c_str());
      ImGui::TableNextColumn();
      if (g.suppressed) ImGui::TextDisabled("%s", T("results.hidden"));
      else ImGui::Text("%d", g.paired_n);
      for (size_t i = 0; i < r.scales.size(); ++i) {
        ImGui::TableNextColumn();
        if (g.suppressed || i >= g.change.size()) ImGui::TextDisabled("%s", T("results.hidden"));
        else {
          const auto& c = g.change[i];
          ImGui::Text("%s%s", c.mean_diff > 0 ? "+" : "", fixed(c.mean_diff, 2).c_str());
        }
      }
    }
    ImGui::EndTable();
  }
}

void draw_reflection(State& s, stempush::ViewContext& ctx) {
  Reflection& ref = s.data().reflection;
  ui::section_heading(T("reflect.title"));
  ui::help_text(T("reflect.help"));
  if (ui::text_area(T("reflect.what_happened"), &ref.what_happened, 5))
    s.commit(ctx, T("reflect.what_happened"), "reflect.what_happened");
  if (ui::text_area(T("reflect.surprises"), &ref.surprises, 5)) s.commit(ctx, T("reflect.surprises"), "reflect.surprises");
  if (ui::text_area(T("reflect.change"), &ref.what_to_change, 5))
    s.commit(ctx, T("reflect.change"), "reflect.what_to_change");
}

}  // namespace

void draw_results(State& s, stempush::ViewContext& ctx) {
  const BelongingData& d = s.data();
  const Results& r = s.current_results();

  if (ImGui::Button(T("results.export_csv"))) ctx.offer_file("belonging-responses.csv", "text/csv", responses_csv(d));
  ImGui::SameLine();
  if (ImGui::Button(T("results.export_html"))) ctx.offer_file("belonging-results.html", "text/html", results_html(d, r, ctx.profile().program_name));
  ImGui::SameLine();
  ui::help_text(T("results.export_help"));

  // Reflection beside the results on a wide screen (the "Study" reads the two together), under
  // them on a narrow one.
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool side = avail >= ImGui::GetFontSize() * 55;
  const float results_w = side ? avail * 0.66f : 0;
  ImGui::BeginChild("results", ImVec2(results_w, 0));
  ui::section_heading(T("results.counts"));
  sentence(r.counts.sentence);
  if (r.counts.pre + r.counts.post == 0) {
    ui::empty_state(T("results.empty"), T("results.empty_hint"));
  } else {
    draw_scales(d, r);
    draw_groups(d, r);
    draw_items(d, r);
  }
  if (!side) draw_reflection(s, ctx);
  ImGui::EndChild();
  if (side) {
    ImGui::SameLine();
    ImGui::BeginChild("reflection", ImVec2(0, 0), ImGuiChildFlags_Border);
    draw_reflection(s, ctx);
    ImGui::EndChild();
  }
}

}  // namespace belonging::view
