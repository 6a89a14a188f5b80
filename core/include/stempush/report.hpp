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
  std::string str() const;

 private:
  std::string title_, lang_, body_;
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

}  // namespace stempush::report
