// The improvement engine's page: the aim and the driver diagram (drivers_page.cpp), then the
// measures, each on its run chart with what the chart says. The PDSA cycle pages come next
// (issue 8); the model already holds them.
#include <map>
#include <string>
#include <vector>

#include "imgui.h"
#include "improvement/model/improvement_model.hpp"
#include "improvement/view/drivers_page.hpp"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/runchart.hpp"
#include "stempush/ui/charts.hpp"
#include "stempush/ui/ui.hpp"

namespace improvement {
namespace {

namespace ui = stempush::ui;
const char* T(const std::string& key) { return stempush::tr("improvement." + key); }

// ImGui 1.90.1 gives tab items no label for automation: name them, so tests and screen readers
// find them like any button.
bool tab(const char* label) {
  const bool open = ImGui::BeginTabItem(label);
  ui::label_last_item(label);
  return open;
}

class ImprovementView : public stempush::PluginView {
 public:
  explicit ImprovementView(ImprovementModel& model) : model_(model), drivers_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    finish_import(ctx);
    ui::page_header(T("title"), T("purpose"));
    // One tab per part of the work, so that each page stays short enough to read.
    if (ImGui::BeginTabBar("pages")) {
      if (tab(T("tab.drivers"))) {
        drivers_.draw_aim(ctx);
        ImGui::Spacing();
        drivers_.draw_diagram(ctx);
        ImGui::EndTabItem();
      }
      if (tab(T("tab.measures"))) {
        draw_measures(ctx);
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
    }
  }

  void draw_home_card(stempush::ViewContext& ctx) override { improvement::draw_home_card(model_, ctx); }

 private:
  void draw_measures(stempush::ViewContext& ctx) {
    ui::section_heading(T("measures.heading"));
    if (model_.measures().empty()) ui::empty_state(T("measures.empty"), T("measures.empty_hint"));
    for (auto& m : model_.measures()) {
      ImGui::PushID(m.id.c_str());
      ImGui::TextUnformatted(m.name.c_str());
      ui::name_last_region("##measure_name", m.name);
      ImGui::SameLine();
      ImGui::TextDisabled("%s", stempush::trf("improvement.measures.points", {std::to_string(m.points.size())}).c_str());
      describe_chart(m);
      draw_point_entry(ctx, m);
      ImGui::Separator();
      ImGui::PopID();
    }
    ui::text_field(T("measures.name"), &new_measure_);
    ImGui::BeginDisabled(new_measure_.empty());
    if (ui::primary_button(T("measures.add"))) {
      model_.add_measure(new_measure_, MeasureKind::Outcome);
      new_measure_.clear();
      ctx.commit(T("measures.add"));
    }
    ImGui::EndDisabled();
  }

  // The run chart (the core's time-series chart: each part's median over its dates, the goal,
  // the points that make a signal highlighted) and what it says, one sentence per signal.
  static void describe_chart(const Measure& m) {
    if (m.points.empty()) return;
    std::vector<stempush::runchart::Point> points;
    for (auto& p : m.points) points.push_back({p.date, p.value});
    stempush::runchart::Options options;
    options.rules = m.rules;
    const auto analysis = stempush::runchart::analyse(points, options);

    ui::TimeChart chart;
    ui::TimeSeries series;
    series.name = m.name;
    for (auto& p : m.points) series.points.push_back({p.date, p.value, false, p.note});
    for (auto& part : analysis.parts)
      for (auto& s : part.signals)
        for (size_t i : s.points) series.points[i].highlight = true;
    chart.series.push_back(std::move(series));
    for (auto& part : analysis.parts) {
      ui::RefLine median;
      median.value = part.median;
      median.label = T("chart.median");
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
    chart.highlight_label = T("chart.signal");
    chart.height_lines = 10;
    ui::time_series_chart((m.name + "##run_chart").c_str(), chart);

    int line = 0;
    auto say = [&line](const std::string& text) {
      ui::help_text(text.c_str());
      ui::name_last_region(("##chart_says_" + std::to_string(line++)).c_str(), text);
    };
    bool any = false;
    for (auto& part : analysis.parts) {
      for (auto& s : part.signals) {
        say(s.sentence);
        any = true;
      }
      for (auto& note : part.notes) say(note);
    }
    if (!any) say(T("measures.no_signal"));
  }

  // Typing a point: date, value, optional note; the model refuses a bad date or value, and the
  // fields keep what was typed so it can be corrected.
  struct Draft {
    std::string date, value, note, error;
    std::vector<std::string> report;  // the last import's problems, one line each
  };

  void draw_point_entry(stempush::ViewContext& ctx, const Measure& m) {
    Draft& d = drafts_[m.id];
    // Every measure has these fields: the name says which measure's field it is.
    auto field = [&](const char* label_key, const char* name_key, std::string* value, float width) {
      const std::string name = stempush::trf(name_key, {m.name});
      ui::FieldOptions o;
      o.width = width;
      o.name = name.c_str();
      ui::labelled_field(T(label_key), value, o);
    };
    const float unit = ImGui::GetFontSize();
    ImGui::BeginGroup();
    field("measures.date", "improvement.measures.date_for", &d.date, unit * 8);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    field("measures.value", "improvement.measures.value_for", &d.value, unit * 6);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    field("measures.note", "improvement.measures.note_for", &d.note, unit * 16);
    ImGui::EndGroup();
    if (ui::named_button(T("measures.add_point"), stempush::trf("improvement.measures.add_point_to", {m.name}), false)) {
      double value = 0;
      if (stempush::runchart::parse_value(d.value, &value) && model_.set_point(m.id, d.date, value, d.note)) {
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
    if (ui::named_button(T("measures.import"), stempush::trf("improvement.measures.import_for", {m.name}), false)) {
      const std::string id = m.id;
      ctx.pick_file(".csv,text/csv", [this, id](std::string, std::string bytes) { pending_imports_.push_back({id, std::move(bytes)}); });
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
  void finish_import(stempush::ViewContext& ctx) {
    for (auto& [id, bytes] : pending_imports_) {
      Draft& d = drafts_[id];
      d.report.clear();
      const ImportReport report = model_.import_points_csv(id, bytes);
      if (report.ok()) {
        ctx.commit(T("measures.import"));
        ctx.toast(stempush::trf("improvement.measures.imported", {std::to_string(report.added)}));
        continue;
      }
      d.report.push_back(stempush::trf("improvement.measures.import_failed", {std::to_string(report.problems.size())}));
      for (auto& p : report.problems)
        d.report.push_back(p.line > 0 ? stempush::trf("improvement.measures.line", {std::to_string(p.line), p.message}) : p.message);
    }
    pending_imports_.clear();
  }

  ImprovementModel& model_;
  DriversPage drivers_;  // the aim and the driver diagram (drivers_page.cpp)
  std::map<std::string, Draft> drafts_;
  std::vector<std::pair<std::string, std::string>> pending_imports_;
  std::string new_measure_;
};

}  // namespace
}  // namespace improvement

std::unique_ptr<stempush::PluginView> stempush_make_improvement_view(stempush::PluginModel& model) {
  return std::make_unique<improvement::ImprovementView>(static_cast<improvement::ImprovementModel&>(model));
}
