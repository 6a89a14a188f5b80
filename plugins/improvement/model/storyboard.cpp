#include "improvement/model/storyboard.hpp"

#include <algorithm>
#include <stdexcept>

#include "improvement/model/cycle_list.hpp"
#include "improvement/model/measure_data.hpp"
#include "stempush/i18n.hpp"
#include "stempush/report.hpp"

namespace improvement {
namespace {

using stempush::report::escape_html;
const std::string kKeys = "improvement.storyboard.";  // this page's strings
std::string T(const std::string& key) { return stempush::tr(kKeys + key); }
std::string TF(const std::string& key, const std::vector<std::string>& args) { return stempush::trf(kKeys + key, args); }

// Fits on one sheet when printed: smaller type, two columns for the plan, charts kept whole.
const char* kOnePage = R"css(
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0.4em 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; white-space: pre-wrap; }
.text { white-space: pre-wrap; }
.decision { font-size: 1.15em; font-weight: 700; }
.signals { margin: 0.2em 0 0.8em; }
@page { size: portrait; }
@media print {
  body { font-size: 9.5pt; line-height: 1.3; }
  h1 { font-size: 1.4em; }
  h2 { font-size: 1.1em; margin-top: 0.8em; }
  svg { max-height: 2.6in; }
}
)css";

// Term and value pairs; pairs with no value are left out (and the list, when none has one).
void facts(std::string& html, const std::vector<std::pair<std::string, std::string>>& rows) {
  std::string items;
  for (auto& [term, value] : rows)
    if (!value.empty()) items += "<dt>" + escape_html(term) + "</dt><dd>" + escape_html(value) + "</dd>\n";
  if (!items.empty()) html += "<dl class=\"facts\">\n" + items + "</dl>";
}

std::string paragraph(const std::string& text) { return text.empty() ? std::string() : "<p class=\"text\">" + escape_html(text) + "</p>"; }

std::string measure_section(const ImprovementModel& model, const Cycle& cycle, const Measure& m,
                            const std::vector<stempush::MeasureSeries>& feeds) {
  std::string html = "<h3>" + escape_html(m.name) + (m.unit.empty() ? "" : " (" + escape_html(m.unit) + ")") + "</h3>\n";
  if (!m.definition.empty()) html += "<p class=\"muted\">" + escape_html(m.definition) + "</p>\n";
  const MeasureChart mc = measure_chart(m, feeds);
  stempush::report::SvgTimeChart svg;
  svg.title = TF("chart_title", {m.name});
  svg.series_label = m.name;
  svg.highlight_label = stempush::tr("improvement.chart.signal");
  svg.no_data = T("no_points");
  for (auto& p : mc.points) svg.points.push_back({p.date, p.value, false});
  for (auto& part : mc.analysis.parts) {
    for (auto& s : part.signals)
      for (size_t i : s.points) svg.points[i].highlight = true;
    svg.lines.push_back({part.median,
                         stempush::tr(part.frozen_points > 0 ? "improvement.chart.frozen_median" : "improvement.chart.median"),
                         false, part.from, part.to, "#5a6275"});
  }
  if (m.goal) svg.lines.push_back({*m.goal, stempush::tr("improvement.chart.goal"), true, "", "", "#009e73"});
  for (auto& mark : cycle_marks(model, m.id))
    svg.marks.push_back({mark.date, mark.cycle_id == cycle.id ? TF("this_cycle", {mark.label}) : mark.label});
  html += "<div class=\"figure\">" + stempush::report::svg_time_chart(svg) + "</div>\n";
  std::vector<std::string> said;
  if (!mc.problem.empty()) said.push_back(mc.problem);
  for (auto& part : mc.analysis.parts) {
    for (auto& s : part.signals) said.push_back(s.sentence);
    for (auto& note : part.notes) said.push_back(note);
  }
  if (!mc.points.empty() && said.empty()) said.push_back(stempush::tr("improvement.measures.no_signal"));
  if (!said.empty()) {
    html += "<ul class=\"signals\">\n";
    for (auto& s : said) html += "<li>" + escape_html(s) + "</li>\n";
    html += "</ul>\n";
  }
  return html;
}

}  // namespace

std::string storyboard_file_name(const ImprovementModel& model, const std::string& cycle_id) {
  const auto& all = model.cycles();
  const auto it = std::find_if(all.begin(), all.end(), [&](const Cycle& c) { return c.id == cycle_id; });
  return "storyboard-cycle-" + std::to_string(it == all.end() ? 0 : it - all.begin() + 1) + ".html";
}

std::string storyboard_html(const ImprovementModel& model, const std::string& cycle_id,
                            const std::vector<stempush::MeasureSeries>& feeds, std::string_view program) {
  const auto& all = model.cycles();
  const auto found = std::find_if(all.begin(), all.end(), [&](const Cycle& c) { return c.id == cycle_id; });
  if (found == all.end()) throw std::invalid_argument(TF("no_cycle", {cycle_id}));
  const Cycle& c = *found;
  stempush::report::HtmlReport report(TF("title", {cycle_name(model, c)}),
                                      stempush::i18n::language_code(stempush::i18n::language()));
  report.style(kOnePage);
  report.context({std::string(program), cycle_name(model, c), c.due, T("cycle")});
  const DriverNode* idea = c.change_idea_id.empty() ? nullptr : model.node(c.change_idea_id);
  const auto steps = ladder(model, c.id);
  const auto step = std::find(steps.begin(), steps.end(), &c) - steps.begin() + 1;
  const std::string decision = stempush::tr(std::string("improvement.act.") + decision_id(c.decision));

  // The summary: the change, what was predicted and found, the decision; the first run chart.
  report.point(TF("point.idea", {idea ? idea->text : T("idea_removed"), std::to_string(step), std::to_string(steps.size())}));
  if (!model.aim.empty()) report.point(TF("point.aim", {aim_sentence(model.aim)}));
  for (auto& q : c.questions) {
    if (q.question.empty()) continue;
    if (!q.result.empty())
      report.point(TF(q.prediction.empty() ? "point.found" : "point.predicted_found", {q.question, q.prediction, q.result}));
    else if (!q.prediction.empty())
      report.point(TF("point.predicted", {q.question, q.prediction}));
  }
  if (!c.study_summary.empty()) report.point(c.study_summary);
  report.point(TF("decision", {decision}));
  std::vector<const Measure*> measures;
  for (auto& m : model.measures())
    if (std::find(c.measure_ids.begin(), c.measure_ids.end(), m.id) != c.measure_ids.end()) measures.push_back(&m);
  if (!measures.empty()) report.summary().raw(measure_section(model, c, *measures.front(), feeds));

  // The appendix: the whole story, each part only when it has something.
  std::string intro;
  facts(intro, {{T("idea"), idea ? idea->text : T("idea_removed")},
                {T("aim"), model.aim.empty() ? std::string() : model.aim.what + (model.aim.how_much.empty() ? "" : ", " + model.aim.how_much) +
                                                                   (model.aim.for_whom.empty() ? "" : ", " + model.aim.for_whom) +
                                                                   (model.aim.by_when.empty() ? "" : ", " + model.aim.by_when)},
                {T("ramp"), TF("ramp_step", {std::to_string(step), std::to_string(steps.size())})}});
  std::string plan;
  facts(plan, {{T("change"), c.change}, {T("who"), c.who}, {T("where"), c.where}, {T("when"), c.when},
               {T("data"), c.data_to_collect}, {T("due"), c.due}});
  auto& plan_part = report.appendix(T("plan"));
  plan_part.raw(intro + plan);
  std::vector<std::vector<std::string>> questions;
  for (auto& q : c.questions)
    if (!q.question.empty() || !q.prediction.empty() || !q.result.empty())
      questions.push_back({q.question, q.prediction, q.result});
  plan_part.table({T("question"), T("prediction"), T("result")}, questions);
  std::string done;
  facts(done, {{T("what_happened"), c.what_happened}, {T("surprises"), c.surprises}});
  if (!done.empty()) report.appendix(T("do")).raw(done);
  auto& study = report.appendix(T("study"));
  if (!c.study_summary.empty()) study.raw(paragraph(c.study_summary));
  // The first measure's chart is on the summary page; the others here.
  for (size_t i = 1; i < measures.size(); ++i) study.raw(measure_section(model, c, *measures[i], feeds));
  auto& act = report.appendix(T("act"));
  act.raw("<p class=\"decision\">" + escape_html(TF("decision", {decision})) + "</p>");
  if (!c.next_steps.empty()) act.raw(paragraph(c.next_steps));
  return report.str();
}

}  // namespace improvement
