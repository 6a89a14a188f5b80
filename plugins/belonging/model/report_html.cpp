// The standalone HTML results report (see exports.hpp), built with the core's report helpers so
// that it prints like every other report of the toolkit.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "belonging/model/exports.hpp"
#include "belonging/model/results.hpp"
#include "stempush/chart_layout.hpp"
#include "stempush/i18n.hpp"
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
std::string diverging_legend(const Item& item, Language lang) {
  std::string html = "<p class=\"legend\">";
  for (int p = 0; p < item.points; ++p) {
    const std::string label = size_t(p) < item.labels.size() ? item.labels[size_t(p)].in(lang) : std::to_string(p + 1);
    html += "<span style=\"white-space: nowrap; margin-right: 1em\"><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\">"
            "<rect width=\"12\" height=\"12\" fill=\"" + stempush::chart::hex(stempush::chart::diverging_rgb(p, item.points)) +
            "\"/></svg> " + escape_html(std::to_string(p + 1) + " " + label) + "</span> ";
  }
  return html + "</p>";
}

}  // namespace

std::string results_html(const BelongingData& data, const Results& results, std::string_view program_name) {
  const Language lang = stempush::i18n::language();
  const auto T = [&](const char* key, std::vector<std::string> args = {}) { return render({key, std::move(args)}, lang); };
  const auto value = [&](double v) { return std::isnan(v) ? T("belonging.report.no_data") : number(v); };
  const auto& plan = data.plan;
  std::string title = T("belonging.report.title");
  if (!program_name.empty()) title += ": " + std::string(program_name);
  stempush::report::HtmlReport report(title, stempush::i18n::language_code(lang));
  // Who, which session and when, in the first line a reader sees.
  report.context({std::string(program_name), plan.cohort.empty() ? T("belonging.report.session_name") : plan.cohort,
                  plan.date.empty() ? T("belonging.report.no_date") : plan.date, {}});

  // The summary: who answered, what changed for each scale, the groups; the chart.
  report.point(render(results.counts.sentence, lang));
  for (auto& s : results.scales) report.point(render(s.sentence, lang));
  if (results.groups.present) report.point(render(results.groups.sentence, lang));
  std::vector<stempush::report::Bar> bars;
  int top = 1;  // the axis ends at the scales' top point
  for (auto& s : results.scales) {
    const Subscale* sub = data.bank.find_subscale(s.subscale_id);
    const std::string name = sub ? sub->name.in(lang) : T("belonging.report.scale");
    top = std::max(top, s.points);
    if (s.change.n > 0)
      bars.push_back({name + " (1-" + std::to_string(s.points) + ")", s.change.mean_post, s.change.mean_pre});
  }
  if (!bars.empty()) {
    report.summary().raw("<div class=\"figure\">" + stempush::report::svg_bar_chart(bars, 1, top, T("belonging.report.chart_after"),
                                                                      T("belonging.report.chart_before"), stempush::i18n::language_code(lang)) + "</div>");
    report.summary().raw("<p class=\"muted\">" + escape_html(T("belonging.results.paired_help")) + "</p>");
  }

  // The appendix: only what has data.
  std::vector<std::vector<std::string>> session;
  if (!plan.date.empty()) session.push_back({T("belonging.plan.date"), plan.date});
  if (!plan.cohort.empty()) session.push_back({T("belonging.plan.cohort"), plan.cohort});
  if (!plan.grade_band.empty()) session.push_back({T("belonging.plan.grade_band"), plan.grade_band});
  if (plan.expected_students > 0) session.push_back({T("belonging.plan.expected"), std::to_string(plan.expected_students)});
  report.appendix(T("belonging.report.session")).table({}, session);

  std::vector<std::vector<std::string>> rows;
  const auto alpha_cell = [&](AlphaVerdict verdict, double alpha) {
    return verdict == AlphaVerdict::NotShown ? T("belonging.results.not_shown") : value(alpha);
  };
  for (auto& s : results.scales) {
    if (s.pre_n == 0 && s.post_n == 0) continue;
    const Subscale* sub = data.bank.find_subscale(s.subscale_id);
    const bool has_pairs = s.change.n > 0;
    rows.push_back({sub ? sub->name.in(lang) : T("belonging.report.scale"), value(has_pairs ? s.change.mean_pre : NAN),
                    value(has_pairs ? s.change.mean_post : NAN),
                    has_pairs ? (s.change.mean_diff >= 0 ? "+" : "") + number(s.change.mean_diff) : value(NAN),
                    std::isnan(s.change.ci_low) ? value(NAN) : T("belonging.report.ci_range", {number(s.change.ci_low), number(s.change.ci_high)}),
                    value(s.change.cohens_dz), std::to_string(s.change.n), alpha_cell(s.alpha_pre_verdict, s.alpha_pre),
                    alpha_cell(s.alpha_post_verdict, s.alpha_post),
                    T("belonging.report.all_cell", {value(s.pre_mean), std::to_string(s.pre_n), value(s.post_mean), std::to_string(s.post_n)})});
  }
  auto& scales = report.appendix(T("belonging.report.scales"));
  scales.table({T("belonging.results.scale"), T("belonging.results.before_paired"), T("belonging.results.after_paired"),
                T("belonging.report.paired_change"), T("belonging.results.ci"), T("belonging.report.effect"),
                T("belonging.results.paired_n"), T("belonging.report.alpha_before"), T("belonging.report.alpha_after"),
                T("belonging.report.all_students")},
               rows);
  if (!rows.empty())
    for (auto& s : results.scales)
      if (!s.alpha_sentence.key.empty()) scales.paragraph(render(s.alpha_sentence, lang));

  std::string table;
  for (auto& d : results.items) {
    if (d.pre_n == 0 && d.post_n == 0) continue;
    const Item* item = data.bank.find(d.item_id);
    std::string text = item ? item->text.in(lang) : T("belonging.report.item_removed");
    if (d.reverse) text += T("belonging.report.reverse");
    const auto bar = [&](const std::vector<int>& counts, int n) {
      return n == 0 ? escape_html(T("belonging.results.no_answers")) : diverging_bar(counts, n);
    };
    table += "<tr><td>" + escape_html(text) + "<br/><small>" + escape_html(render(d.sentence, lang)) + "</small></td><td>" +
             bar(d.pre_counts, d.pre_n) + "</td><td>" + bar(d.post_counts, d.post_n) + "</td></tr>";
  }
  if (!table.empty()) {
    auto& items = report.appendix(T("belonging.results.items"));
    if (const Item* first = data.bank.find(results.items[0].item_id)) items.raw(diverging_legend(*first, lang));
    items.raw("<table><thead><tr><th>" + escape_html(T("belonging.report.item")) + "</th><th>" +
              escape_html(T("belonging.results.before")) + "</th><th>" + escape_html(T("belonging.results.after")) +
              "</th></tr></thead><tbody>" + table + "</tbody></table>");
  }

  if (results.groups.present) {
    std::vector<std::vector<std::string>> group_rows;
    for (auto& g : results.groups.groups) {
      std::vector<std::string> row = {g.group.empty() ? T("belonging.results.no_group") : g.group};
      if (g.suppressed) {
        row.push_back(T("belonging.report.hidden_group", {std::to_string(results.min_group_size)}));
      } else {
        std::string changes = T("belonging.report.group_n", {std::to_string(g.paired_n)});
        for (size_t i = 0; i < g.change.size() && i < results.scales.size(); ++i) {
          const Subscale* sub = data.bank.find_subscale(results.scales[i].subscale_id);
          changes += "; " + (sub ? sub->name.in(lang) : T("belonging.report.scale")) + " " +
                     (std::isnan(g.change[i].mean_diff) ? value(NAN) : (g.change[i].mean_diff >= 0 ? "+" : "") + number(g.change[i].mean_diff));
        }
        row.push_back(changes);
      }
      group_rows.push_back(row);
    }
    report.appendix(T("belonging.results.groups_by", {data.group_column_name.empty() ? T("belonging.results.group") : data.group_column_name}))
        .table({T("belonging.results.group"), T("belonging.report.paired_change")}, group_rows);
  }

  std::vector<std::vector<std::string>> reflection;
  if (!data.reflection.what_happened.empty()) reflection.push_back({T("belonging.reflect.what_happened"), data.reflection.what_happened});
  if (!data.reflection.surprises.empty()) reflection.push_back({T("belonging.reflect.surprises"), data.reflection.surprises});
  if (!data.reflection.what_to_change.empty()) reflection.push_back({T("belonging.reflect.change"), data.reflection.what_to_change});
  report.appendix(T("belonging.reflect.title")).table({}, reflection);
  return report.str();
}

}  // namespace belonging
