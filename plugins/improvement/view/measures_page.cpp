// The measures page: every measure on its run chart (the core's time-series chart with each
// part's median, the goal, the PDSA cycles that looked at it, and the points that make a signal
// highlighted), what the chart says in one sentence per signal, and typing or importing points.
#include <string>
#include <vector>

#include "improvement/model/measure_data.hpp"
#include "stempush/runchart.hpp"
#include "stempush/ui/charts.hpp"
#include "view_state.hpp"

namespace improvement::view {
namespace {

// Typing a point: the model refuses a bad date or value, and the fields keep what was typed so
// that it can be corrected.
void draw_point_entry(State& s, stempush::ViewContext& ctx, const Measure& m) {
  PointDraft& d = s.point_drafts[m.id];
  // Every measure has these fields: the name says which measure's field it is.
  auto field = [&](const char* label_key, const char* name_key, std::string* value, float width) {
    const std::string name = TF(name_key, {m.name});
    ui::FieldOptions o;
    o.width = width;
    o.name = name.c_str();
    ui::labelled_field(T(label_key), value, o);
  };
  const float unit = ImGui::GetFontSize();
  ImGui::BeginGroup();
  field("measures.date", "measures.date_for", &d.date, unit * 8);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  field("measures.value", "measures.value_for", &d.value, unit * 6);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  field("measures.note", "measures.note_for", &d.note, unit * 16);
  ImGui::EndGroup();
  if (ui::named_button(T("measures.add_point"), TF("measures.add_point_to", {m.name}), false)) {
    double value = 0;
    if (stempush::runchart::parse_value(d.value, &value) && s.model.set_point(m.id, d.date, value, d.note)) {
      d.date.clear();
      d.value.clear();
      d.note.clear();
      d.error.clear();
      ctx.commit(T("measures.add_point"));
    } else {
      d.error = T("measures.bad_point");
    }
  }
  ImGui::SameLine();
  if (ui::named_button(T("measures.import"), TF("measures.import_for", {m.name}), false)) {
    const std::string id = m.id;
    State* state = &s;
    ctx.pick_file(".csv,text/csv", [state, id](std::string, std::string bytes) { state->pending_imports.push_back({id, std::move(bytes)}); });
  }
  if (!d.error.empty()) {
    ui::styled_text(ui::TextStyle::Error, d.error.c_str());
    ui::name_last_region("##point_error", d.error);
  }
  for (size_t i = 0; i < d.report.size(); ++i) {
    ui::styled_text(ui::TextStyle::Error, d.report[i].c_str());
    ui::name_last_region(("##import_problem_" + std::to_string(i)).c_str(), d.report[i]);
  }
}

// A picked file arrives between frames; it is imported here, where the view can commit.
void finish_imports(State& s, stempush::ViewContext& ctx) {
  for (auto& [id, bytes] : s.pending_imports) {
    PointDraft& d = s.point_drafts[id];
    d.report.clear();
    const ImportReport report = s.model.import_points_csv(id, bytes);
    if (report.ok()) {
      ctx.commit(T("measures.import"));
      ctx.toast(TF("measures.imported", {std::to_string(report.added)}));
      continue;
    }
    d.report.push_back(TF("measures.import_failed", {std::to_string(report.problems.size())}));
    for (auto& p : report.problems)
      d.report.push_back(p.line > 0 ? TF("measures.line", {std::to_string(p.line), p.message}) : p.message);
  }
  s.pending_imports.clear();
}

}  // namespace

void draw_run_chart(State& s, const Measure& m) {
  const MeasureChart mc = measure_chart(m, s.feeds());
  if (mc.points.empty()) return;
  ui::TimeChart chart;
  ui::TimeSeries series;
  series.name = m.name;
  for (auto& p : mc.points) series.points.push_back({p.date, p.value, false, p.note});
  for (auto& part : mc.analysis.parts)
    for (auto& sig : part.signals)
      for (size_t i : sig.points) series.points[i].highlight = true;
  chart.series.push_back(std::move(series));
  for (auto& part : mc.analysis.parts) {
    ui::RefLine median;
    median.value = part.median;
    median.label = part.frozen_points > 0 ? T("chart.frozen_median") : T("chart.median");
    median.from = part.from;
    median.to = part.to;
    chart.lines.push_back(median);
  }
  if (m.goal) {
    ui::RefLine goal;
    goal.value = *m.goal;
    goal.label = T("chart.goal");
    goal.dashed = true;
    chart.lines.push_back(goal);
  }
  for (auto& mark : cycle_marks(s.model, m.id))
    chart.annotations.push_back({mark.date, mark.label, TF("chart.cycle_mark", {mark.label, mark.date})});
  chart.highlight_label = T("chart.signal");
  chart.height_lines = 10;
  ui::time_series_chart((m.name + "##run_chart").c_str(), chart);

  int line = 0;
  auto say = [&line](const std::string& text, ui::TextStyle style = ui::TextStyle::Muted) {
    ui::styled_text(style, text.c_str());
    ui::name_last_region(("##chart_says_" + std::to_string(line++)).c_str(), text);
  };
  if (!mc.problem.empty()) say(mc.problem, ui::TextStyle::Warning);
  bool any = false;
  for (auto& part : mc.analysis.parts) {
    for (auto& sig : part.signals) {
      say(sig.sentence);
      any = true;
    }
    for (auto& note : part.notes) say(note);
  }
  if (!any) say(T("measures.no_signal"));
}

void draw_measures(State& s, stempush::ViewContext& ctx) {
  finish_imports(s, ctx);
  ui::section_heading(T("measures.heading"));
  if (s.model.measures().empty()) ui::empty_state(T("measures.empty"), T("measures.empty_hint"));
  for (auto& m : s.model.measures()) {
    ImGui::PushID(m.id.c_str());
    ImGui::TextUnformatted(m.name.c_str());
    ui::name_last_region("##measure_name", m.name);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", TF("measures.points", {std::to_string(m.points.size())}).c_str());
    draw_run_chart(s, m);
    draw_point_entry(s, ctx, m);
    ImGui::Separator();
    ImGui::PopID();
  }
  ui::text_field(T("measures.name"), &s.new_measure);
  ImGui::BeginDisabled(s.new_measure.empty());
  if (ui::primary_button(T("measures.add"))) {
    s.model.add_measure(s.new_measure, MeasureKind::Outcome);
    s.new_measure.clear();
    ctx.commit(T("measures.add"));
  }
  ImGui::EndDisabled();
}

}  // namespace improvement::view
