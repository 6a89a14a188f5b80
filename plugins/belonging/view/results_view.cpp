// The results page: counts, per-item diverging stacked bars, scale scores with alpha, paired
// pre/post change, the group breakdown with its suppression stated, each with its plain sentence;
// the facilitator's reflection beside it; and the exports.
#include <algorithm>
#include <cmath>

#include "belonging/model/exports.hpp"
#include "view_state.hpp"

namespace belonging::view {
namespace {

Language staff_language() { return stempush::i18n::language(); }

void sentence(const Sentence& s) { ImGui::TextWrapped("%s", render(s, staff_language()).c_str()); }

std::string subscale_name(const BelongingData& d, const std::string& id) {
  const Subscale* sub = d.bank.find_subscale(id);
  return sub ? sub->name.in(staff_language()) : id;
}

// Share of answers on each side of the neutral point (half of a middle point goes each way), the
// usual layout of a diverging stacked bar: disagreement to the left of the centre line.
struct Split {
  double left = 0, right = 0;
};
Split split(const std::vector<int>& counts, int n) {
  Split out;
  if (n <= 0) return out;
  const size_t points = counts.size();
  for (size_t p = 0; p < points; ++p) {
    double share = double(counts[p]) / n;
    if (points % 2 == 1 && p == points / 2) out.left += share / 2, out.right += share / 2;
    else if (p < points / 2) out.left += share;
    else out.right += share;
  }
  return out;
}

void legend(const Item& item) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float box = ImGui::GetTextLineHeight() * 0.8f;
  for (int p = 1; p <= item.points; ++p) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(ImVec2(pos.x, pos.y + 2), ImVec2(pos.x + box, pos.y + 2 + box), ui::diverging_color(p - 1, item.points), 2);
    ImGui::Dummy(ImVec2(box, box));
    ImGui::SameLine();
    const std::string label = size_t(p - 1) < item.labels.size() ? item.labels[size_t(p - 1)].in(staff_language()) : std::to_string(p);
    ImGui::TextUnformatted(label.c_str());
    if (p < item.points) {
      // Wrap before an entry that would not fit on this line.
      const std::string next = size_t(p) < item.labels.size() ? item.labels[size_t(p)].in(staff_language()) : "";
      const float need = box + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(next.c_str()).x + ImGui::GetFontSize();
      ImGui::SameLine(0, ImGui::GetFontSize());
      if (ImGui::GetContentRegionAvail().x < need) ImGui::NewLine();
    }
  }
}

// One bar: segments 1..points from the left, placed so the neutral point straddles the centre.
void diverging_bar(const char* row_label, const std::vector<int>& counts, int n, float scale_half, float label_w) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float row_h = ImGui::GetTextLineHeight() * 1.7f;
  const float total_w = ImGui::GetContentRegionAvail().x;
  const float n_w = ImGui::CalcTextSize("n = 0000").x + 8;
  const float bar_w = std::max(80.0f, total_w - label_w - n_w);
  const float centre = origin.x + label_w + bar_w * 0.5f;
  const float half = bar_w * 0.5f;
  dl->AddText(ImVec2(origin.x, origin.y + row_h * 0.2f), ui::text_color(), row_label);
  struct Label {
    ImVec2 pos;
    ImU32 color;
    std::string text;
  };
  std::vector<Label> labels;  // drawn last, over the centre line
  if (n > 0) {
    const Split sp = split(counts, n);
    float x = centre - float(sp.left) / scale_half * half;
    const int points = int(counts.size());
    for (int p = 0; p < points; ++p) {
      const float w = float(double(counts[size_t(p)]) / n) / scale_half * half;
      if (w <= 0) continue;
      const ImU32 col = ui::diverging_color(p, points);
      dl->AddRectFilled(ImVec2(x, origin.y + 2), ImVec2(x + w, origin.y + row_h - 2), col);
      const std::string pct = std::to_string(int(std::lround(100.0 * counts[size_t(p)] / n))) + "%";
      const ImVec2 ts = ImGui::CalcTextSize(pct.c_str());
      if (ts.x + 6 < w) {
        // Dark text on the light middle colours, white on the saturated ends.
        const bool light = p > 0 && p < points - 1 && std::abs(2 * p - (points - 1)) <= 1;
        labels.push_back({ImVec2(x + (w - ts.x) * 0.5f, origin.y + (row_h - ts.y) * 0.5f),
                          light ? IM_COL32(20, 20, 20, 255) : IM_COL32(255, 255, 255, 255), pct});
      }
      x += w;
    }
  } else {
    dl->AddText(ImVec2(centre + 6, origin.y + row_h * 0.2f), ui::muted_color(), T("results.no_answers"));
  }
  dl->AddLine(ImVec2(centre, origin.y - 2), ImVec2(centre, origin.y + row_h + 2), ui::text_color(), 1.5f);
  for (auto& l : labels) dl->AddText(l.pos, l.color, l.text.c_str());
  const std::string nt = "n = " + std::to_string(n);
  dl->AddText(ImVec2(origin.x + label_w + bar_w + 8, origin.y + row_h * 0.2f), ui::muted_color(), nt.c_str());
  ImGui::Dummy(ImVec2(total_w, row_h));
}

void draw_items(const BelongingData& d, const Results& r) {
  ui::section_heading(T("results.items"));
  ui::help_text(T("results.items_help"));
  // Scale the bars to the widest side over all items (rounded up to a quarter) so that small
  // differences stay visible and every item uses the same ruler.
  float widest = 0.25f;
  for (auto& it : r.items) {
    Split a = split(it.pre_counts, it.pre_n), b = split(it.post_counts, it.post_n);
    widest = std::max({widest, float(a.left), float(a.right), float(b.left), float(b.right)});
  }
  widest = std::min(1.0f, std::ceil(widest * 4.0f - 1e-4f) / 4.0f);
  const float label_w = std::max(ImGui::CalcTextSize(T("results.before")).x, ImGui::CalcTextSize(T("results.after")).x) + 12;
  int last_points = 0;
  for (size_t i = 0; i < r.items.size(); ++i) {
    const ItemDistribution& dist = r.items[i];
    const Item* item = d.bank.find(dist.item_id);
    if (!item) continue;
    ImGui::PushID(static_cast<int>(i));
    ImGui::Spacing();
    if (item->points != last_points) {
      legend(*item);
      last_points = item->points;
    }
    ui::push_font(ui::Font::Bold);
    ImGui::TextWrapped("Q%zu. %s%s", i + 1, item->text.in(staff_language()).c_str(), item->reverse ? T("results.reverse_mark") : "");
    ui::pop_font();
    diverging_bar(T("results.before"), dist.pre_counts, dist.pre_n, widest, label_w);
    diverging_bar(T("results.after"), dist.post_counts, dist.post_n, widest, label_w);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::muted_color());
    sentence(dist.sentence);
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  ui::help_text(TF("results.ruler", {std::to_string(int(widest * 100))}).c_str());
}

void draw_scales(const BelongingData& d, const Results& r) {
  ui::section_heading(T("results.scales"));
  ui::help_text(T("results.scales_help"));
  if (ImGui::BeginTable("scales", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(T("results.scale"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8);
    ImGui::TableSetupColumn(T("results.before"));
    ImGui::TableSetupColumn(T("results.after"));
    ImGui::TableSetupColumn(T("results.alpha"));
    ImGui::TableSetupColumn(T("results.change"));
    ImGui::TableSetupColumn(T("results.ci"));
    ImGui::TableSetupColumn(T("results.d"));
    ImGui::TableHeadersRow();
    for (auto& sc : r.scales) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", subscale_name(d, sc.subscale_id).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s (n=%d)", fixed(sc.pre_n ? sc.pre_mean : NAN, 2).c_str(), sc.pre_n);
      ImGui::TableNextColumn();
      ImGui::Text("%s (n=%d)", fixed(sc.post_n ? sc.post_mean : NAN, 2).c_str(), sc.post_n);
      ImGui::TableNextColumn();
      ImGui::Text("%s / %s", fixed(sc.alpha_pre, 2).c_str(), fixed(sc.alpha_post, 2).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s%s (n=%d)", sc.change.mean_diff > 0 ? "+" : "", fixed(sc.change.n ? sc.change.mean_diff : NAN, 2).c_str(), sc.change.n);
      ImGui::TableNextColumn();
      ImGui::Text("%s to %s", fixed(sc.change.ci_low, 2).c_str(), fixed(sc.change.ci_high, 2).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(fixed(sc.change.cohens_dz, 2).c_str());
    }
    ImGui::EndTable();
  }
  for (auto& sc : r.scales) {
    ImGui::Bullet();
    sentence(sc.sentence);
  }
  ui::help_text(T("results.alpha_help"));
  // The mean scores side by side (after, with before as a marker) for a quick look.
  std::vector<ui::BarRow> rows;
  float hi = 1;
  for (auto& sc : r.scales) {
    hi = std::max(hi, float(sc.points));
    ui::BarRow row;
    row.label = subscale_name(d, sc.subscale_id);
    row.value = sc.post_n ? float(sc.post_mean) : 0;
    row.compare = sc.pre_n ? float(sc.pre_mean) : -1;
    row.value_text = sc.post_n ? fixed(sc.post_mean, 2) : "–";
    rows.push_back(row);
  }
  if (!rows.empty()) {
    ui::help_text(T("results.scale_chart_help"));
    ui::bar_chart("scale_means", rows, 1, hi);
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
  if (ImGui::Button(T("results.export_html"))) ctx.offer_file("belonging-results.html", "text/html", results_html(d, r));
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
