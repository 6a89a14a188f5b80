// A measure's data as charts, exports and the CLI see it: the points typed or imported into the
// measure plus, when a plugin feeds it, the points of the attached series read afresh from the
// core's feeds (PluginHost::feeds()) each time, so new survey data shows without re-entry. The
// fed points are never copied into the section: the publishing plugin stays their only source.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "improvement/model/improvement_model.hpp"
#include "stempush/feeds.hpp"
#include "stempush/runchart.hpp"

namespace improvement {

struct ChartPoint {
  std::string date;   // YYYY-MM-DD
  double value = 0;
  std::string note;   // typed: the user's note; fed: the feed's label ("pre", a cycle's name)
  bool fed = false;
  int n = 0;          // fed: how many people (or ratings) the value is over; typed: 0
};

// The series with this id ("belonging.subscale.struggle"), or null when no installed plugin
// publishes it now (the plugin was removed, or has no data yet).
const stempush::MeasureSeries* find_series(const std::vector<stempush::MeasureSeries>& feeds, const std::string& id);

// A series' title in the current language (its i18n key, or its plain text).
std::string series_title(const stempush::MeasureSeries& series);

// Typed and fed points together in date order; on one date typed points come first and fed
// points keep the publisher's order (belonging's pre and post share the session date). Fed points
// the core suppressed (too few people) or that have no value are left out: they cannot be charted.
std::vector<ChartPoint> measure_points(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds);
// How many points of the attached series are hidden because they count too few people.
size_t suppressed_points(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds);

// One line per group of a fed measure (stratified), groups in the order the feed first names
// them. A group's suppressed points are left out, and a group with no point left is not listed:
// small groups never reach a chart. `hidden` counts the groups left out that way.
struct GroupLine {
  std::string name;
  std::vector<ChartPoint> points;
};
struct GroupLines {
  std::vector<GroupLine> lines;
  size_t hidden = 0;
};
GroupLines group_lines(const stempush::MeasureSeries& series);

// The run chart of a measure: its points analysed with the measure's rule set, frozen baseline
// and splits. When the freeze or a split does not fit the data (a split after the last point),
// the chart is analysed without them and `problem` says why, so the chart never disappears.
struct MeasureChart {
  std::vector<ChartPoint> points;
  stempush::runchart::Analysis analysis;  // empty parts when there are no points
  std::string problem;                    // i18n sentence, or ""
};
MeasureChart measure_chart(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds);

// The PDSA cycles to mark on a measure's chart: those that looked at it (Study) and have a due
// date, at that date (when the cycle's data are in), labelled with the cycle's title.
struct CycleMark {
  std::string cycle_id, date, label;
};
std::vector<CycleMark> cycle_marks(const ImprovementModel& model, const std::string& measure_id);

// `date,value,note,source` CSV of every point (source "typed" or the feed's id), readable back by
// the measure's own import (which takes the first three columns).
std::string measure_csv(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds);

// The measure as `improvement measures --json` prints it: measure_json() with every point, typed
// and fed, each with "source" ("typed" or "feed") and, for fed points, the feed's label and n.
nlohmann::json measure_with_points_json(const Measure& m, const std::vector<stempush::MeasureSeries>& feeds);

}  // namespace improvement
