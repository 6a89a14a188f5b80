// The standalone HTML results report (see exports.hpp), built with the core's report helpers so
// that it prints like every other report of the toolkit.
#include <cmath>
#include <cstdio>

#include "belonging/model/exports.hpp"
#include "belonging/model/results.hpp"
#include "stempush/report.hpp"

namespace belonging {
namespace {

using stempush::report::escape_html;


// One diverging stacked bar as inline SVG: disagreement to the left of the centre line,
// agreement to the right, the middle point (odd scales) split across it.
std::string diverging_bar(const std::vector<int>& counts, int n) {
  if (n == 0) return "<span>-</span>";
  const double width = 300, centre = 150, height = 16;
  const int points = int(counts.size());
  std::string svg = "<svg width=\"300\" height=\"16\" role=\"img\" viewBox=\"0 0 300 16\">";
  double left = centre, right = centre;
  auto colour = [&](int p) {
    static const char* kDisagree[] = {"#b2182b", "#d6604d", "#f4a582"};
    static const char* kAgree[] = {"#92c5de", "#4393c3", "#2166ac"};
    int half = points / 2;
    if (points % 2 == 1 && p == half) return std::string("#cccccc");
    if (p < half) return std::string(kDisagree[std::max(0, 3 - half + p)]);
    int k = p - (points + 1) / 2;
    return std::string(kAgree[std::min(2, k + 3 - half)]);
  };
  auto rect = [&](double x, double w, const std::string& fill) {
    svg += "<rect x=\"" + number(x) + "\" y=\"0\" width=\"" + number(w) + "\" height=\"" + number(height) +
           "\" fill=\"" + fill + "\"/>";
  };
  int half = points / 2;
  if (points % 2 == 1) {
    double w = width / 2 * counts[size_t(half)] / n;
    rect(centre - w / 2, w, colour(half));
    left -= w / 2;
    right += w / 2;
  }
  for (int p = half - 1; p >= 0; --p) {
    double w = width / 2 * counts[size_t(p)] / n;
    left -= w;
    rect(left, w, colour(p));
  }
  for (int p = (points + 1) / 2; p < points; ++p) {
    double w = width / 2 * counts[size_t(p)] / n;
    rect(right, w, colour(p));
    right += w;
  }
  svg += "<line x1=\"150\" y1=\"0\" x2=\"150\" y2=\"16\" stroke=\"#000\"/></svg>";
  return svg;
}

}  // namespace

std::string results_html(const BelongingData& data, const Results& results) {
  stempush::report::HtmlReport report(render({"belonging.report.title", {}}, Language::English));
  const auto& plan = data.plan;
  report.heading("Session");
  report.paragraph("Date: " + (plan.date.empty() ? std::string("not set") : plan.date) + ". Cohort: " + plan.cohort +
                   ". Grade band: " + plan.grade_band + ". Expected students: " + std::to_string(plan.expected_students) + ".");

  report.heading("Who answered");
  report.paragraph(render(results.counts.sentence, Language::English));

  report.heading("Scale scores");
  std::vector<std::vector<std::string>> rows;
  std::vector<stempush::report::Bar> bars;
  for (auto& s : results.scales) {
    const Subscale* sub = data.bank.find_subscale(s.subscale_id);
    std::string name = sub ? sub->name.en : s.subscale_id;
    rows.push_back({name, number(s.pre_mean) + " (n=" + std::to_string(s.pre_n) + ")",
                    number(s.post_mean) + " (n=" + std::to_string(s.post_n) + ")", number(s.alpha_pre),
                    number(s.alpha_post), (s.change.mean_diff >= 0 ? "+" : "") + number(s.change.mean_diff),
                    number(s.change.ci_low) + " to " + number(s.change.ci_high), number(s.change.cohens_dz),
                    std::to_string(s.change.n)});
    bars.push_back({name + " (1-" + std::to_string(s.points) + ")", std::isnan(s.post_mean) ? 0 : s.post_mean,
                    std::isnan(s.pre_mean) ? 0 : s.pre_mean});
  }
  report.table({"Scale", "Before", "After", "Alpha before", "Alpha after", "Paired change", "95% CI", "Effect size d", "Paired n"}, rows);
  if (!bars.empty()) report.raw(stempush::report::svg_bar_chart(bars, 1, 7, "after", "before"));
  for (auto& s : results.scales) report.paragraph(render(s.sentence, Language::English));

  report.heading("Answers to each item");
  std::string table = "<table><thead><tr><th>Item</th><th>Before</th><th>After</th></tr></thead><tbody>";
  for (auto& d : results.items) {
    const Item* item = data.bank.find(d.item_id);
    std::string text = item ? item->text.en : d.item_id;
    if (d.reverse) text += " (reverse-scored)";
    table += "<tr><td>" + escape_html(text) + "<br><small>" + escape_html(render(d.sentence, Language::English)) +
             "</small></td><td>" + diverging_bar(d.pre_counts, d.pre_n) + "</td><td>" +
             diverging_bar(d.post_counts, d.post_n) + "</td></tr>";
  }
  report.raw(table + "</tbody></table>");

  if (results.groups.present) {
    report.heading("By " + (data.group_column_name.empty() ? std::string("group") : data.group_column_name));
    std::vector<std::vector<std::string>> group_rows;
    for (auto& g : results.groups.groups) {
      std::vector<std::string> row = {g.group.empty() ? "(no group)" : g.group};
      if (g.suppressed) {
        row.push_back("hidden (fewer than " + std::to_string(results.min_group_size) + ")");
      } else {
        std::string changes = "n=" + std::to_string(g.paired_n);
        for (size_t i = 0; i < g.change.size() && i < results.scales.size(); ++i)
          changes += "; " + results.scales[i].subscale_id + " " + (g.change[i].mean_diff >= 0 ? "+" : "") + number(g.change[i].mean_diff);
        row.push_back(changes);
      }
      group_rows.push_back(row);
    }
    report.table({"Group", "Paired change"}, group_rows);
    report.paragraph(render(results.groups.sentence, Language::English));
  }

  report.heading("Reflection");
  report.table({"What happened", "What surprised us", "What we would change"},
               {{data.reflection.what_happened, data.reflection.surprises, data.reflection.what_to_change}});
  return report.str();
}

}  // namespace belonging
