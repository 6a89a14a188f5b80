// The standalone HTML results report (see exports.hpp), built with the core's report helpers so
// that it prints like every other report of the toolkit.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "belonging/model/exports.hpp"
#include "belonging/model/results.hpp"
#include "stempush/chart_layout.hpp"
#include "stempush/report.hpp"

namespace belonging {
namespace {

using stempush::report::escape_html;


// One diverging stacked bar as inline SVG, laid out and coloured as the app draws it (the core's
// chart layout and colour ramp): disagreement left of the centre line, agreement right, a middle
// point (odd scales) split across it. The full width on each side is 100% of the answers.
std::string diverging_bar(const std::vector<int>& counts, int n) {
  if (n == 0) return "<span>-</span>";
  const double half_width = 150, centre = 150;
  const auto layout = stempush::chart::diverging_layout(counts);
  std::string svg = "<svg width=\"300\" height=\"16\" role=\"img\" viewBox=\"0 0 300 16\">";
  const int points = int(counts.size());
  for (int p = 0; p < points && size_t(p) < layout.segments.size(); ++p) {
    const auto& seg = layout.segments[size_t(p)];
    if (seg.share <= 0) continue;
    svg += "<rect x=\"" + number(centre + seg.from * half_width) + "\" y=\"0\" width=\"" + number(seg.share * half_width) +
           "\" height=\"16\" fill=\"" + stempush::chart::hex(stempush::chart::diverging_rgb(p, points)) + "\"/>";
  }
  svg += "<line x1=\"150\" y1=\"0\" x2=\"150\" y2=\"16\" stroke=\"#000\"/></svg>";
  return svg;
}

// The colour key of the diverging bars: one swatch per scale point with its label.
std::string diverging_legend(const Item& item) {
  std::string html = "<p class=\"legend\">";
  for (int p = 0; p < item.points; ++p) {
    const std::string label = size_t(p) < item.labels.size() ? item.labels[size_t(p)].en : std::to_string(p + 1);
    html += "<span style=\"white-space: nowrap; margin-right: 1em\"><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\">"
            "<rect width=\"12\" height=\"12\" fill=\"" + stempush::chart::hex(stempush::chart::diverging_rgb(p, item.points)) +
            "\"/></svg> " + escape_html(std::to_string(p + 1) + " " + label) + "</span> ";
  }
  return html + "</p>";
}

}  // namespace

std::string results_html(const BelongingData& data, const Results& results, std::string_view program_name) {
  const auto& plan = data.plan;
  const std::string date = plan.date.empty() ? std::string("date not set") : plan.date;
  std::string title = render({"belonging.report.title", {}}, Language::English);
  if (!program_name.empty()) title += ": " + std::string(program_name);
  stempush::report::HtmlReport report(title);
  // Who, which session and when, in the first line a reader sees.
  report.paragraph("Program: " + (program_name.empty() ? std::string("not named") : std::string(program_name)) +
                   ". Session: " + (plan.cohort.empty() ? std::string("belonging session") : plan.cohort) + ", " + date + ".");
  report.heading("Session");
  report.paragraph("Date: " + date + ". Cohort: " + plan.cohort +
                   ". Grade band: " + plan.grade_band + ". Expected students: " + std::to_string(plan.expected_students) + ".");

  report.heading("Who answered");
  report.paragraph(render(results.counts.sentence, Language::English));

  report.heading("Scale scores");
  report.paragraph(render({"belonging.results.paired_help", {}}, Language::English));
  std::vector<std::vector<std::string>> rows;
  std::vector<stempush::report::Bar> bars;
  int top = 1;  // the axis ends at the scales' top point
  const auto alpha_cell = [](AlphaVerdict verdict, double alpha) {
    return verdict == AlphaVerdict::NotShown ? std::string("not shown") : number(alpha);
  };
  for (auto& s : results.scales) {
    const Subscale* sub = data.bank.find_subscale(s.subscale_id);
    std::string name = sub ? sub->name.en : s.subscale_id;
    const bool has_pairs = s.change.n > 0;
    rows.push_back({name, has_pairs ? number(s.change.mean_pre) : "-", has_pairs ? number(s.change.mean_post) : "-",
                    (s.change.mean_diff >= 0 ? "+" : "") + number(has_pairs ? s.change.mean_diff : NAN),
                    number(s.change.ci_low) + " to " + number(s.change.ci_high), number(s.change.cohens_dz),
                    std::to_string(s.change.n), alpha_cell(s.alpha_pre_verdict, s.alpha_pre),
                    alpha_cell(s.alpha_post_verdict, s.alpha_post),
                    number(s.pre_mean) + " (n=" + std::to_string(s.pre_n) + ") / " + number(s.post_mean) + " (n=" +
                        std::to_string(s.post_n) + ")"});
    top = std::max(top, s.points);
    bars.push_back({name + " (1-" + std::to_string(s.points) + ")", has_pairs ? s.change.mean_post : NAN,
                    has_pairs ? s.change.mean_pre : -1});
  }
  report.table({"Scale", "Before (paired)", "After (paired)", "Paired change", "95% CI", "Effect size d", "Paired n",
                "Alpha before", "Alpha after", "All students: before / after"},
               rows);
  if (!bars.empty())
    report.raw(stempush::report::svg_bar_chart(bars, 1, top, "after (paired students)", "before (paired students)"));
  for (auto& s : results.scales) {
    report.paragraph(render(s.sentence, Language::English));
    if (!s.alpha_sentence.key.empty()) report.paragraph(render(s.alpha_sentence, Language::English));
  }

  if (const Item* first = results.items.empty() ? nullptr : data.bank.find(results.items[0].item_id)) {
    report.heading("Answers to each item");
    report.raw(diverging_legend(*first));
  }
  std::string table = "<table><thead><tr><th>Item</th><th>Before</th><th>After</th></tr></thead><tbody>";
  for (auto& d : results.items) {
    const Item* item = data.bank.find(d.item_id);
    std::string text = item ? item->text.en : d.item_id;
    if (d.reverse) text += " (reverse-scored)";
    table += "<tr><td>" + escape_html(text) + "<br/><small>" + escape_html(render(d.sentence, Language::English)) +
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
