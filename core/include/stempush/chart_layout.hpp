// The arithmetic behind the chart widgets (stempush/ui/charts.hpp), kept free of ImGui so that
// unit tests check it: value-to-pixel scales, round-number ticks, a date axis, tick labels that
// do not overlap, a legend that wraps into rows, and the layout of a diverging stacked bar.
#pragma once
#include <string>
#include <vector>

namespace stempush::chart {

// Maps data values in [lo, hi] linearly onto pixels [px_lo, px_hi] (px_hi < px_lo for a y axis
// that grows upwards). A zero-width domain maps everything to the middle.
struct LinearScale {
  double lo = 0, hi = 1;
  float px_lo = 0, px_hi = 1;
  float to_px(double value) const;
  float to_px_clamped(double value) const;  // values outside [lo, hi] stop at the ends
};

// Round-number ticks (1, 2, 2.5 or 5 times a power of ten) whose range covers [lo, hi] with at
// most `max_intervals` steps (2 at least). lo == hi is widened so that the value sits inside.
struct Ticks {
  double lo = 0, hi = 1, step = 1;
  std::vector<double> values;  // lo, lo + step, ..., hi
};
Ticks nice_ticks(double lo, double hi, int max_intervals);
// How many decimals a tick label needs so that every tick of this step reads differently.
int tick_decimals(double step);
// A tick value as text with that many decimals ("-0" is shown as "0").
std::string tick_text(double value, int decimals);

// Ticks for a date axis between two day numbers (stempush::days_from_iso): every day, 2 days,
// week or fortnight for short spans, otherwise the first of every 1, 2, 3, 6, 12... months,
// with at most `max_ticks` of them. Labels: YYYY-MM-DD for day steps, YYYY-MM for month steps,
// YYYY for yearly ones.
struct DateTick {
  long day = 0;
  std::string label;
};
std::vector<DateTick> date_ticks(long first_day, long last_day, int max_ticks);

// Places tick labels centred under their ticks, left to right, never overlapping (at least `gap`
// apart) and inside [left_limit, right_limit]: a label that would run into the next tick's short
// label uses its own short form (a number instead of "3 Meets the standard"), and a short label
// that the previous one pushes off its tick is hidden.
struct TickLabelPlace {
  float left = 0;
  bool use_short = false;
  bool shown = true;
};
std::vector<TickLabelPlace> place_tick_labels(const std::vector<float>& centres, const std::vector<float>& widths,
                                              const std::vector<float>& short_widths, float left_limit,
                                              float right_limit, float gap);

// What a dated chart spans (the run chart on screen and in an HTML report): the first and last
// day any point or mark falls on, and the lowest and highest value. Dates that are not YYYY-MM-DD
// and values that are not finite are left out.
struct DatedExtent {
  long first = 0, last = 0;
  bool any_day = false;  // false: nothing dated, nothing to draw
  double lo = 0, hi = 0;
  bool any_value = false;
  void see_day(const std::string& date);
  void see_value(double value);
  void see_point(const std::string& date, double value);  // its day and, if finite, its value
  // The value range, [0, 1] when no value was seen.
  double low() const { return any_value ? lo : 0; }
  double high() const { return any_value ? hi : 1; }
  // Days of padding at each end, so that a lone point gets an axis around it and markers at the
  // ends stay inside the plot: 3% of the span, at least half a day.
  double pad_days() const;
};

// A legend laid out left to right, starting a new row before an entry that would not fit in
// `available` pixels (an entry wider than a row gets a row of its own).
struct LegendSlot {
  int row = 0;
  float x = 0;
};
std::vector<LegendSlot> wrap_legend(const std::vector<float>& entry_widths, float available, float gap);
int legend_rows(const std::vector<LegendSlot>& slots);

// A diverging stacked bar of answer counts on a scale of points (disagree .. agree): each point's
// share of the answers as a segment, placed so that the disagreeing side runs left of the centre
// (half of a middle point on an odd scale goes each way). Positions are shares of all answers,
// negative to the left of the centre.
struct DivergingSegment {
  double from = 0, to = 0;
  double share = 0;  // to - from: this point's share of the answers
};
struct DivergingLayout {
  double left = 0, right = 0;  // shares on each side of the centre
  std::vector<DivergingSegment> segments;  // one per point; empty when there are no answers
};
DivergingLayout diverging_layout(const std::vector<int>& counts);
// The share that reaches the edge of the bar for a set of rows drawn on one ruler: the widest
// side over all rows, rounded up to a quarter (at least 0.25, at most 1), so that small
// differences stay visible and every row is comparable.
double diverging_ruler(const std::vector<std::vector<int>>& rows);
// The colour of point `level` (0-based) of `levels` in a diverging bar, from orange-red (disagree)
// through grey (neutral) to blue (agree). One ramp for the app's charts and the HTML reports, so a
// reader sees the same colours in both.
struct Rgb8 {
  int r = 0, g = 0, b = 0;
};
Rgb8 diverging_rgb(int level, int levels);
std::string hex(Rgb8 colour);  // "#rrggbb"
// The categorical palette (Okabe–Ito: distinguishable with the common colour-vision
// deficiencies), index taken modulo its 7 colours. The app's charts (ui::chart_color) and the
// HTML reports' charts use it, so a series has the same colour on screen and on paper.
Rgb8 categorical_rgb(int index);

}  // namespace stempush::chart
