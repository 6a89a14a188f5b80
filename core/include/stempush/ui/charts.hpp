// Chart widgets, one call per chart in the manner of ImPlot: a label (the chart's name for
// automation and screen readers, "##id" to hide it from view), the data, and flags. Drawn with
// ImDrawList in the theme's chart colours; the layout arithmetic (scales, ticks, date axis,
// legend rows, diverging segments) is in stempush/chart_layout.hpp and unit tested there.
#pragma once
#include <limits>
#include <string>
#include <vector>

#include "imgui.h"
#include "stempush/ui/ui.hpp"  // the palette: chart_color, diverging_color

namespace stempush::ui {

enum ChartFlags_ {
  ChartFlags_None = 0,
  ChartFlags_NoTitle = 1 << 0,   // the label names the chart for automation but is not drawn
  ChartFlags_NoLegend = 1 << 1,  // no legend under the chart (draw one with ui::legend)
  ChartFlags_NoValues = 1 << 2,  // bars: no value text at the bar's end
};
using ChartFlags = int;

// A colour of 0 in the structures below means "the chart picks one from the palette".

// A horizontal reference line on a time-series chart (median, goal), or a vertical one at a
// value on a bar chart ("meets the standard"). `from`/`to` (YYYY-MM-DD, time series only) limit it
// to part of the axis, e.g. one median per phase of a run chart; empty = the whole axis.
struct RefLine {
  double value = 0;
  std::string label;  // in the legend and at the line's right end
  ImU32 color = 0;
  bool dashed = false;
  std::string from, to;
};

// ---- Legend --------------------------------------------------------------------------------------
enum class LegendMark { Box, Line, Dashes, Dot };
struct LegendEntry {
  std::string label;
  ImU32 color = 0;
  LegendMark mark = LegendMark::Box;
};
// Entries left to right, wrapping into rows to fit the available width.
void legend(const char* id, const std::vector<LegendEntry>& entries);

// ---- Bars ----------------------------------------------------------------------------------------
// Horizontal bars with labels on the left. Values in [lo, hi]; `compare` draws a thin marker for
// an earlier value per bar.
struct BarRow {
  std::string label;
  float value = 0;
  float compare = -1;      // < lo: none
  std::string value_text;  // shown at the bar's end
};
void bar_chart(const char* label, const std::vector<BarRow>& rows, float lo, float hi, ChartFlags flags = 0);

// Grouped horizontal bars: one group per category (a label on the left), one bar per series in
// each group. The first series is the one the chart is about (this cycle) and is drawn thicker;
// the others (earlier cycles) thinner under it.
struct BarGroup {
  std::string label;
  std::vector<double> values;  // one per series; NaN = no data
  std::string value_text;      // at the end of the group's bars
  ImU32 value_color = 0;       // 0: the text colour (use ui::text_style_color for meaning)
};
struct AxisTick {
  double value = 0;
  std::string label;        // "3 Meets the standard"
  std::string short_label;  // "3", used where the label would run into the next one
};
struct GroupedBarChart {
  std::vector<std::string> series;  // names for the legend, one per value of a group
  std::vector<BarGroup> groups;
  double lo = 0, hi = 1;
  std::vector<AxisTick> ticks;      // empty: round-number ticks
  std::vector<RefLine> lines;       // vertical lines at a value
  std::string no_data;              // shown where a group's first value is NaN
};
void grouped_bar_chart(const char* label, const GroupedBarChart& chart, ChartFlags flags = 0);

// Diverging stacked bars: answer counts on a scale of points (disagree .. agree) as segments,
// disagreement left of a centre line, with each segment's percentage where it fits. All rows of
// one call (and of calls given the same `ruler`) share one ruler: `ruler` is the share of
// answers that reaches the bar's end (chart::diverging_ruler).
struct DivergingRow {
  std::string label;        // on the left ("Before")
  std::vector<int> counts;  // one per scale point
  std::string note;         // on the right ("n = 24")
};
void diverging_bars(const char* label, const std::vector<DivergingRow>& rows, double ruler, const char* no_answers,
                    ChartFlags flags = ChartFlags_NoTitle);
// Legend entries for the points of a diverging bar, in the same colours.
std::vector<LegendEntry> diverging_legend(const std::vector<std::string>& point_labels);

// ---- Funnel --------------------------------------------------------------------------------------
// Stages of a process in order (reached, applied, enrolled...), each a bar centred on one axis
// with its width proportional to its count, the stage's name on the left and the count with a
// note ("36% of applied", "–") on the right. `max_count` > 0 shares one width scale between
// several funnels drawn side by side or one under another; 0 scales to this funnel's largest count.
struct FunnelStage {
  std::string label;
  int count = 0;
  std::string note;
  bool hidden = false;  // a suppressed count: drawn as an outline with `note` only
};
void funnel_chart(const char* label, const std::vector<FunnelStage>& stages, int max_count = 0, ChartFlags flags = 0);

// ---- Time series ---------------------------------------------------------------------------------
struct TimePoint {
  std::string date;        // YYYY-MM-DD; points that are not dates are left out
  double value = 0;        // NaN: a gap in the line
  bool highlight = false;  // drawn larger in the highlight colour (a run chart's signal)
  std::string note;        // in the point's tooltip
};
struct TimeSeries {
  std::string name;
  std::vector<TimePoint> points;  // in date order
  ImU32 color = 0;
};
// A vertical mark at a date with a label at the top (a PDSA cycle, a change to the program).
struct Annotation {
  std::string date;
  std::string label;
  std::string name;  // for automation and screen readers ("PDSA cycle 2, 2026-03-02"); empty: the label
};
struct TimeChart {
  std::vector<TimeSeries> series;
  std::vector<RefLine> lines;
  std::vector<Annotation> annotations;
  std::string highlight_label;  // legend entry for highlighted points; empty: none
  double y_min = std::numeric_limits<double>::quiet_NaN();  // fix the value axis; NaN: from the data
  double y_max = std::numeric_limits<double>::quiet_NaN();  // and the lines
  int decimals = 1;             // values in tooltips
  float height_lines = 14;      // the chart's height in text lines
};
void time_series_chart(const char* label, const TimeChart& chart, ChartFlags flags = 0);

ImU32 highlight_color();  // the colour of highlighted points, distinct from every series colour

}  // namespace stempush::ui
