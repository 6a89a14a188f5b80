// Standalone HTML reports: one file, inline CSS and SVG charts, no external resources, prints well.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace stempush::report {

// Escapes & < > " ' and replaces invalid UTF-8 and control characters with U+FFFD, so that any
// user text keeps the report well-formed (the reports are XHTML-compatible: an XML parser reads them).
std::string escape_html(std::string_view text);

// Builds a standalone document. Sections are appended as trusted HTML that callers built with
// escape_html() for every user-provided string.
class HtmlReport {
 public:
  HtmlReport(std::string title, std::string lang = "en");
  void heading(std::string_view text, int level = 2);
  void paragraph(std::string_view text);  // escaped
  void raw(std::string html);             // trusted HTML (tables, SVG)
  void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);  // escaped cells
  // Extra CSS after the shared style (a report's own layout, e.g. a one-page print layout).
  void style(std::string css) { style_ += css; }
  std::string str() const;

 private:
  std::string title_, lang_, body_, style_;
};

struct Bar {
  std::string label;
  double value = 0;
  double compare = -1;  // a second value (earlier cycle) or < 0 for none
};
// A horizontal bar chart as inline SVG, value range [lo, hi]. A NaN value is drawn as "no data";
// compare bars (and a legend) appear only when some bar has a compare value >= 0.
std::string svg_bar_chart(const std::vector<Bar>& bars, double lo, double hi,
                          std::string_view value_label, std::string_view compare_label = {});

// A time-series chart (a run chart) as inline SVG: dated points joined by a line, highlighted
// points (a run chart's signals) larger in a signal colour, horizontal reference lines (each
// part's median over its dates, a goal, dashed if asked), dated marks (PDSA cycles) with their
// labels in rows above the plot, and a legend. Points whose date is not YYYY-MM-DD or whose value
// is not finite are left out; with no dated point the chart is a line of `no_data` text.
struct SvgPoint {
  std::string date;
  double value = 0;
  bool highlight = false;
};
struct SvgLine {
  double value = 0;
  std::string label;
  bool dashed = false;
  std::string from, to;  // YYYY-MM-DD: the stretch it covers; empty: the whole axis
  std::string color;     // "#rrggbb"; empty: the text colour
};
struct SvgMark {
  std::string date;
  std::string label;
};
struct SvgTimeChart {
  std::string title;  // the SVG's <title> (read by screen readers)
  std::string series_label, highlight_label, no_data;
  std::vector<SvgPoint> points;  // in date order
  std::vector<SvgLine> lines;
  std::vector<SvgMark> marks;
};
std::string svg_time_chart(const SvgTimeChart& chart);

}  // namespace stempush::report
