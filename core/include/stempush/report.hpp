// Standalone HTML reports: one file, inline CSS and SVG charts, no external resources, prints well.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stempush::report {

// Escapes & < > " ' and replaces invalid UTF-8 and control characters with U+FFFD, so that any
// user text keeps the report well-formed (the reports are XHTML-compatible: an XML parser reads them).
std::string escape_html(std::string_view text);

// Tables with more columns than this print in smaller type (class "wide").
inline constexpr size_t kWideTableColumns = 6;

// escape_html() for text a person reads in a cell, a paragraph or a key point: words wrap only at
// spaces (the report's CSS never breaks a word), so a run of more than kLongRun characters with
// no space (a typed code, a row of x's) gets a break opportunity (U+200B) every kLongRunStep
// characters instead of widening its column past the page.
inline constexpr size_t kLongRun = 30, kLongRunStep = 15;
std::string escape_text(std::string_view text);

// A run of report HTML: headings, paragraphs, tables and trusted HTML, in order.
class HtmlBlock {
 public:
  HtmlBlock& heading(std::string_view text, int level = 3);  // escaped
  HtmlBlock& paragraph(std::string_view text);               // escaped (escape_text)
  HtmlBlock& raw(std::string html);                          // trusted HTML (tables, SVG)
  // A table with escaped cells (escape_text). With no rows it writes nothing at all: a report never shows a
  // header over an empty table. Over kWideTableColumns columns it is class "wide" (smaller type
  // in print, so that it fits the page without breaking words); a raw() table can say the same.
  HtmlBlock& table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);
  bool empty() const { return html_.empty(); }
  const std::string& str() const { return html_; }

 private:
  std::string html_;
};

// What every report names under its title: the program, the session or cycle, and the date.
// Empty parts are left out.
struct ReportContext {
  std::string program, session, date;
  std::string session_label;  // what the session is called ("Cycle", "Visit"); empty: "Session"
};

// Builds a standalone document in the shape every report of the toolkit shares:
//   the title and the context line (program, session or cycle, date);
//   a one-page summary: the figures that matter as plain sentences, then the charts, then a page
//     break when printed;
//   an appendix with the detail, one part per heading; a part with nothing in it is left out, so
//     the appendix lists only what has data (and is left out whole when nothing has).
// Everything is escaped except raw() HTML, which callers build with escape_html() for every
// user-provided string. The shared labels ("Summary", "Program", ...) follow `lang` ("en", "es").
class HtmlReport {
 public:
  HtmlReport(std::string title, std::string lang = "en");
  void context(ReportContext context) { context_ = std::move(context); }
  // A sentence among the summary's key points ("12 of 20 indicators are in place or strong.");
  // a sentence already there is not repeated.
  void point(std::string_view sentence);
  // The summary's body under the key points: a chart, a short table, a sentence of caveat.
  HtmlBlock& summary() { return summary_; }
  // A new part of the appendix; left out when nothing is added to it.
  HtmlBlock& appendix(std::string heading);
  // Extra CSS after the shared style (a report's own layout, e.g. a one-page print layout).
  void style(std::string css) { style_ += css; }
  std::string str() const;

 private:
  std::string title_, lang_, style_;
  ReportContext context_;
  std::vector<std::string> points_;
  HtmlBlock summary_;
  std::deque<std::pair<std::string, HtmlBlock>> appendix_;  // a deque: appendix() hands out references
};

// The header of a CSV column that keeps ids for programs (re-import, joining): "Reference id (for
// re-import)" in the report's language ("en", "es"), then ": what" when `what` names which id.
// Such columns come last, so that a person reads the labelled columns first.
std::string reference_header(std::string_view what = {}, std::string_view lang = "en");
// True for a header reference_header() wrote, in either language (importers skip those columns).
bool is_reference_header(std::string_view header);

struct Bar {
  std::string label;
  double value = 0;
  double compare = -1;  // a second value (earlier cycle) or < 0 for none
};
// A horizontal bar chart as inline SVG (class "chart"). The value axis runs from `lo` to `hi`
// (give the scale's own ends: 1 to 7 for a 7-point scale) with a tick at each whole value when
// there are at most 10, round ticks otherwise (then the axis ends at the last tick); the axis
// ends are also written as data-axis-min / data-axis-max. Each bar (rect class "bar",
// data-value) has its value written beside it (text class "value"); a NaN value is drawn as
// "no data". The legend (g class "legend") names the series, and the compare series when some
// bar has a compare value >= 0. Long labels wrap onto up to three lines. `lang` ("en", "es";
// empty: the UI's) is the language of the chart's own words.
std::string svg_bar_chart(const std::vector<Bar>& bars, double lo, double hi,
                          std::string_view value_label, std::string_view compare_label = {},
                          std::string_view lang = {});

// Every colour a report's chart may use, as "#rrggbb": the categorical palette
// (chart::categorical_rgb), the diverging ramps of 2 to 11 points (chart::diverging_rgb), and
// the greys of axes, grid and text. One colour scheme for every report (a test checks each
// chart against it).
const std::vector<std::string>& chart_colors();

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
