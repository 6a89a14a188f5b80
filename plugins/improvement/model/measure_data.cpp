#include "improvement/model/measure_data.hpp"

#include <algorithm>

#include "stempush/csv.hpp"
#include "stempush/dates.hpp"
#include "stempush/runchart.hpp"
#include "stempush/i18n.hpp"

namespace improvement {

const stempush::MeasureSeries* find_series(const std::vector<stempush::MeasureSeries>& feeds, const std::string& id) {
  if (id.empty()) return nullptr;
  for (auto& s : feeds)
    if (s.id == id) return &s;
  return nullptr;
}

std::string series_title(const stempush::MeasureSeries& series) {
  return series.title.key.empty() ? series.title.text : std::string(stempush::tr(series.title.key));
}

std::vector<ChartPoint> measure_points(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds) {
  std::vector<ChartPoint> out;
  for (auto& p : m.points) out.push_back({p.date, p.value, p.note, false, 0});
  if (const auto* series = find_series(feeds, m.feed))
    for (auto& p : series->points)
      if (!p.suppressed && p.value && stempush::is_iso_date(p.date)) out.push_back({p.date, *p.value, p.label, true, p.n});
  std::stable_sort(out.begin(), out.end(), [](const ChartPoint& a, const ChartPoint& b) { return a.date < b.date; });
  return out;
}

size_t suppressed_points(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds) {
  const auto* series = find_series(feeds, m.feed);
  if (!series) return 0;
  return static_cast<size_t>(std::count_if(series->points.begin(), series->points.end(),
                                           [](const stempush::MeasurePoint& p) { return p.suppressed; }));
}

GroupLines group_lines(const stempush::MeasureSeries& series) {
  GroupLines out;
  std::vector<std::string> names;
  for (auto& p : series.points)
    for (auto& g : p.groups)
      if (std::find(names.begin(), names.end(), g.name) == names.end()) names.push_back(g.name);
  for (auto& name : names) {
    GroupLine line;
    line.name = name;
    for (auto& p : series.points)
      for (auto& g : p.groups)
        if (g.name == name && !g.suppressed && g.value && stempush::is_iso_date(p.date))
          line.points.push_back({p.date, *g.value, p.label, true, g.n});
    if (line.points.empty()) ++out.hidden;
    else out.lines.push_back(std::move(line));
  }
  return out;
}

MeasureChart measure_chart(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds) {
  MeasureChart chart;
  chart.points = measure_points(m, feeds);
  if (chart.points.empty()) return chart;
  std::vector<stempush::runchart::Point> values;
  values.reserve(chart.points.size());
  for (auto& p : chart.points) values.push_back({p.date, p.value});
  stempush::runchart::Options options;
  options.rules = m.rules;
  options.freeze = m.freeze;
  options.splits = m.splits;
  try {
    chart.analysis = stempush::runchart::analyse(values, options);
  } catch (const stempush::runchart::OptionsError& e) {
    chart.problem = e.what();
    options.freeze = 0;
    options.splits.clear();
    chart.analysis = stempush::runchart::analyse(values, options);
  }
  return chart;
}

std::vector<CycleMark> cycle_marks(const ImprovementModel& model, const std::string& measure_id) {
  std::vector<CycleMark> marks;
  for (auto& c : model.cycles())
    if (stempush::is_iso_date(c.due) &&
        std::find(c.measure_ids.begin(), c.measure_ids.end(), measure_id) != c.measure_ids.end())
      marks.push_back({c.id, c.due, c.title.empty() ? c.id : c.title});
  std::stable_sort(marks.begin(), marks.end(), [](const CycleMark& a, const CycleMark& b) { return a.date < b.date; });
  return marks;
}

namespace {
// Numbers as JSON writes them (shortest round-trip form), so that the CSV reads back exactly.
std::string number_text(double v) { return nlohmann::json(v).dump(); }
}  // namespace

std::string measure_csv(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds) {
  // Human headers (the core's points-file header); the feed's id, for programs, in the last column.
  const auto* series = find_series(feeds, m.feed);
  std::vector<stempush::csv::Row> rows = {stempush::runchart::points_csv_header(true)};
  for (auto& p : measure_points(m, feeds))
    rows.push_back({p.date, number_text(p.value), p.note,
                    p.fed ? (series ? series_title(*series) : m.feed) : stempush::tr("improvement.measures.source_typed"),
                    p.fed ? m.feed : std::string()});
  return stempush::csv::write(rows);
}

nlohmann::json measure_with_points_json(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds) {
  nlohmann::json j = measure_json(m);
  nlohmann::json points = nlohmann::json::array();
  for (auto& p : measure_points(m, feeds)) {
    nlohmann::json jp = {{"date", p.date}, {"value", p.value}, {"source", p.fed ? "feed" : "typed"}};
    if (p.fed) {
      jp["label"] = p.note;
      jp["n"] = p.n;
    } else {
      jp["note"] = p.note;
    }
    points.push_back(jp);
  }
  j["points"] = points;
  j["feed_found"] = m.feed.empty() || find_series(feeds, m.feed) != nullptr;
  j["suppressed_points"] = suppressed_points(m, feeds);
  return j;
}

}  // namespace improvement
