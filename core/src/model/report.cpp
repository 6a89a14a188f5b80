// Standalone HTML reports. The markup is also well-formed XML (XHTML syntax served as HTML):
// every element closed, attributes quoted, text escaped, so a report can be checked with an XML
// parser in tests and stays valid when a user's text contains <, & or broken bytes.
#include "stempush/report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "stempush/chart_layout.hpp"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"

namespace stempush::report {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is not valid.
size_t utf8_sequence_length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  size_t length;
  unsigned min_code;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) length = 2, min_code = 0x80;
  else if ((c & 0xF0) == 0xE0) length = 3, min_code = 0x800;
  else if ((c & 0xF8) == 0xF0) length = 4, min_code = 0x10000;
  else return 0;
  if (i + length > text.size()) return 0;
  unsigned code = c & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < min_code || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

std::string format_number(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

const char* kStyle = R"css(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 2px solid #d6dae3; padding-bottom: 0.2em; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 0.95em; }
th, td { border: 1px solid #c9ceda; padding: 0.3em 0.5em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef1f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #5a6275; }
svg { max-width: 100%; height: auto; }
.figure { margin: 0.6em 0; }
p, li, dd { overflow-wrap: anywhere; }
.report-context { margin: 0 0 0.8em; color: #3a4256; }
.report-context .sep { color: #9aa1b2; }
.summary h2 { margin-top: 0.6em; }
.key-points { padding-left: 1.2em; }
.key-points li { margin: 0.25em 0; }
.appendix > h2 { margin-top: 2.4em; }
@page { margin: 14mm 13mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h1 { margin-top: 0; }
  h2, h3 { break-after: avoid; }
  table, .figure, svg { break-inside: avoid; }
  tr { break-inside: avoid; }
  .summary { break-after: page; }
  .summary svg { max-height: 3.4in; }
  .appendix > h2 { margin-top: 0; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #5a6275; overflow-wrap: anywhere; }
}
)css";

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = utf8_sequence_length(text, i);
    if (length == 0) {  // a broken byte: U+FFFD keeps the document well-formed
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (length > 1) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t': case '\n': case '\r': out += static_cast<char>(c); break;
      default:
        // Other control characters are not allowed in XML 1.0 at all.
        if (c < 0x20 || c == 0x7F) out += "\xEF\xBF\xBD";
        else out += static_cast<char>(c);
    }
    ++i;
  }
  return out;
}

namespace {

// The CLI and tests may build a report before anything loaded the core's strings.
void ensure_labels() {
  if (std::string_view(i18n::tr_in(i18n::Language::English, "report.summary")) == "report.summary")
    i18n::load_core_catalogs();
}

// The report's own language for the shared labels ("es" or English).
i18n::Language report_language(const std::string& lang) {
  return lang.rfind("es", 0) == 0 ? i18n::Language::Spanish : i18n::Language::English;
}

std::string label(const std::string& lang, std::string_view key) {
  ensure_labels();
  return i18n::tr_in(report_language(lang), key);
}

}  // namespace

std::string reference_header(std::string_view what, std::string_view lang) {
  std::string out = label(std::string(lang), "report.reference_id");
  if (!what.empty()) out += ": " + std::string(what);
  return out;
}

bool is_reference_header(std::string_view header) {
  for (const char* lang : {"en", "es"}) {
    const std::string start = label(lang, "report.reference_id");
    if (header.substr(0, start.size()) == start) return true;
  }
  return false;
}

HtmlBlock& HtmlBlock::heading(std::string_view text, int level) {
  if (level < 1) level = 1;
  if (level > 6) level = 6;
  std::string tag = "h" + std::to_string(level);
  html_ += "<" + tag + ">" + escape_html(text) + "</" + tag + ">\n";
  return *this;
}

HtmlBlock& HtmlBlock::paragraph(std::string_view text) {
  html_ += "<p>" + escape_html(text) + "</p>\n";
  return *this;
}

HtmlBlock& HtmlBlock::raw(std::string html) {
  html_ += html;
  html_ += "\n";
  return *this;
}

HtmlBlock& HtmlBlock::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return *this;
  html_ += "<table>\n";
  if (!header.empty()) {
    html_ += "<thead><tr>";
    for (auto& h : header) html_ += "<th scope=\"col\">" + escape_html(h) + "</th>";
    html_ += "</tr></thead>\n";
  }
  html_ += "<tbody>\n";
  for (auto& row : rows) {
    html_ += "<tr>";
    for (auto& cell : row) html_ += "<td>" + escape_html(cell) + "</td>";
    html_ += "</tr>\n";
  }
  html_ += "</tbody></table>\n";
  return *this;
}

HtmlReport::HtmlReport(std::string title, std::string lang) : title_(std::move(title)), lang_(std::move(lang)) {
  ensure_labels();
}

void HtmlReport::point(std::string_view sentence) {
  // The same sentence twice (two figures hidden the same way) is said once.
  if (!sentence.empty() && std::find(points_.begin(), points_.end(), sentence) == points_.end()) points_.emplace_back(sentence);
}

HtmlBlock& HtmlReport::appendix(std::string heading) {
  appendix_.emplace_back(std::move(heading), HtmlBlock());
  return appendix_.back().second;
}

std::string HtmlReport::str() const {
  std::string lang = escape_html(lang_);
  std::string out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\" xml:lang=\"" +
                    lang + "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>" +
                    escape_html(title_) + "</title>\n<style>" + kStyle + style_ + "</style>\n</head>\n<body>\n<h1>" +
                    escape_html(title_) + "</h1>\n";
  // Who, which session, when: the first line under the title.
  std::string context;
  auto part = [&](std::string_view key, const std::string& value) {
    if (value.empty()) return;
    context += std::string(context.empty() ? "" : " <span class=\"sep\">\xC2\xB7</span> ") + "<span><strong>" +
               escape_html(key) + ":</strong> " + escape_html(value) + "</span>";
  };
  // Every report names the program; one not named yet says where to name it.
  part(label(lang_, "report.program"), context_.program.empty() ? label(lang_, "report.program_unnamed") : context_.program);
  part(context_.session_label.empty() ? label(lang_, "report.session") : context_.session_label, context_.session);
  part(label(lang_, "report.date"), context_.date);
  if (!context.empty()) out += "<p class=\"report-context\">" + context + "</p>\n";

  out += "<div class=\"summary\" id=\"summary\">\n<h2>" + escape_html(label(lang_, "report.summary")) + "</h2>\n";
  if (!points_.empty()) {
    out += "<ul class=\"key-points\">\n";
    for (auto& p : points_) out += "<li>" + escape_html(p) + "</li>\n";
    out += "</ul>\n";
  }
  out += summary_.str() + "</div>\n";

  std::string parts;
  for (auto& [heading, block] : appendix_) {
    if (block.empty()) continue;
    parts += "<div class=\"appendix-part\">\n<h3>" + escape_html(heading) + "</h3>\n" + block.str() + "</div>\n";
  }
  if (!parts.empty())
    out += "<div class=\"appendix\" id=\"appendix\">\n<h2>" + escape_html(label(lang_, "report.appendix")) +
           "</h2>\n<p class=\"muted\">" + escape_html(label(lang_, "report.appendix_note")) + "</p>\n" + parts +
           "</div>\n";
  return out + "</body>\n</html>\n";
}

std::string svg_bar_chart(const std::vector<Bar>& bars, double lo, double hi, std::string_view value_label,
                          std::string_view compare_label) {
  if (!(hi > lo)) hi = lo + 1;
  bool any_compare = false;
  for (auto& b : bars) any_compare = any_compare || (b.compare >= 0 && std::isfinite(b.compare));
  const double label_width = 260, plot_width = 360, value_width = 60;
  const double row_height = any_compare ? 34 : 24, top = 12, axis_height = 22;
  const double legend_height = any_compare ? 22 : 0;
  const double width = label_width + plot_width + value_width;
  const double height = top + row_height * static_cast<double>(bars.size()) + axis_height + legend_height;
  auto x_of = [&](double v) {
    double clamped = std::fmax(lo, std::fmin(hi, v));
    return label_width + (clamped - lo) / (hi - lo) * plot_width;
  };
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + format_number(width, 0) +
                    " " + format_number(height, 0) + "\" width=\"" + format_number(width, 0) + "\" height=\"" +
                    format_number(height, 0) + "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  svg += "<title>" + escape_html(value_label) + "</title>\n";
  // Grid lines at whole values: the levels of a rating scale.
  double plot_bottom = top + row_height * static_cast<double>(bars.size());
  for (double v = std::ceil(lo); v <= hi + 1e-9; v += 1) {
    std::string x = format_number(x_of(v), 1);
    svg += "<line x1=\"" + x + "\" y1=\"" + format_number(top - 4, 1) + "\" x2=\"" + x + "\" y2=\"" +
           format_number(plot_bottom, 1) + "\" stroke=\"#d6dae3\" stroke-width=\"1\"/>\n";
    svg += "<text x=\"" + x + "\" y=\"" + format_number(plot_bottom + 15, 1) + "\" text-anchor=\"middle\" fill=\"#5a6275\">" +
           format_number(v, 0) + "</text>\n";
  }
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double y = top + row_height * static_cast<double>(i);
    double bar_height = any_compare ? 13 : 16;
    svg += "<text x=\"" + format_number(label_width - 8, 1) + "\" y=\"" + format_number(y + bar_height, 1) +
           "\" text-anchor=\"end\">" + escape_html(b.label) + "</text>\n";
    if (std::isfinite(b.value)) {
      svg += "<rect x=\"" + format_number(label_width, 1) + "\" y=\"" + format_number(y + 3, 1) + "\" width=\"" +
             format_number(x_of(b.value) - label_width, 1) + "\" height=\"" + format_number(bar_height, 1) +
             "\" fill=\"#0072b2\"><title>" + escape_html(b.label) + ": " + format_number(b.value, 2) +
             "</title></rect>\n";
      svg += "<text x=\"" + format_number(label_width + plot_width + 6, 1) + "\" y=\"" +
             format_number(y + bar_height, 1) + "\">" + format_number(b.value, 2) + "</text>\n";
    } else {
      svg += "<text x=\"" + format_number(label_width + 4, 1) + "\" y=\"" + format_number(y + bar_height, 1) +
             "\" fill=\"#5a6275\">" + escape_html(stempush::tr("report.no_data")) + "</text>\n";
    }
    if (any_compare && b.compare >= 0 && std::isfinite(b.compare)) {
      svg += "<rect x=\"" + format_number(label_width, 1) + "\" y=\"" + format_number(y + 3 + bar_height + 2, 1) +
             "\" width=\"" + format_number(x_of(b.compare) - label_width, 1) + "\" height=\"9\" fill=\"#e69f00\"><title>" +
             escape_html(b.label) + " (" + escape_html(compare_label) + "): " + format_number(b.compare, 2) +
             "</title></rect>\n";
    }
  }
  if (any_compare) {
    double y = plot_bottom + axis_height + 4;
    svg += "<rect x=\"" + format_number(label_width, 1) + "\" y=\"" + format_number(y, 1) +
           "\" width=\"14\" height=\"10\" fill=\"#0072b2\"/>\n<text x=\"" + format_number(label_width + 18, 1) +
           "\" y=\"" + format_number(y + 9, 1) + "\">" + escape_html(value_label) + "</text>\n";
    svg += "<rect x=\"" + format_number(label_width + 170, 1) + "\" y=\"" + format_number(y, 1) +
           "\" width=\"14\" height=\"10\" fill=\"#e69f00\"/>\n<text x=\"" + format_number(label_width + 188, 1) +
           "\" y=\"" + format_number(y + 9, 1) + "\">" + escape_html(compare_label) + "</text>\n";
  }
  svg += "</svg>";
  return svg;
}

namespace {

const char* kSeriesColor = "#0072b2";   // Okabe–Ito blue, as the app's first chart colour
const char* kSignalColor = "#d55e00";   // vermilion: the highlight, distinct from the series
const char* kMutedColor = "#5a6275";

// Text width in the chart's 11 px sans-serif, estimated (no font metrics here): wide enough that
// labels placed by it do not overlap in common fonts.
double text_width(std::string_view text) {
  size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;  // count code points, not bytes
  return 6.4 * static_cast<double>(chars);
}

std::string num(double v) { return format_number(v, 1); }

}  // namespace

std::string svg_time_chart(const SvgTimeChart& chart) {
  // The extent: dates of points and marks, values of points and lines.
  chart::DatedExtent extent;
  for (auto& p : chart.points)
    if (std::isfinite(p.value)) extent.see_point(p.date, p.value);
  for (auto& m : chart.marks) extent.see_day(m.date);
  for (auto& l : chart.lines) extent.see_value(l.value);

  const double width = 720, left = 52, right = width - 16, line_h = 14;
  std::string svg;
  auto open_svg = [&](double height) {
    svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + format_number(width, 0) + " " +
          format_number(height, 0) + "\" width=\"" + format_number(width, 0) + "\" height=\"" + format_number(height, 0) +
          "\" font-family=\"sans-serif\" font-size=\"11\">\n<title>" + escape_html(chart.title) + "</title>\n";
  };
  if (!extent.any_day) {
    open_svg(40);
    svg += "<text x=\"8\" y=\"24\" fill=\"" + std::string(kMutedColor) + "\">" + escape_html(chart.no_data) + "</text>\n</svg>";
    return svg;
  }
  const long first = extent.first, last = extent.last;
  const double lo = extent.low(), hi = extent.high(), pad_days = extent.pad_days();
  const chart::LinearScale x{double(first) - pad_days, double(last) + pad_days, float(left), float(right)};

  // Mark labels in rows above the plot, a new row where one would overlap the previous label.
  struct Placed {
    const SvgMark* mark;
    double px;
    int row;
  };
  std::vector<Placed> marks;
  for (auto& m : chart.marks)
    if (is_iso_date(m.date)) marks.push_back({&m, x.to_px(double(days_from_iso(m.date))), 0});
  std::sort(marks.begin(), marks.end(), [](const Placed& a, const Placed& b) { return a.px < b.px; });
  std::vector<double> row_free;
  for (auto& m : marks) {
    size_t row = 0;
    while (row < row_free.size() && row_free[row] > m.px + 3) ++row;
    if (row == row_free.size()) row_free.push_back(0);
    row_free[row] = m.px + 3 + text_width(m.mark->label) + 8;
    m.row = int(row);
  }
  const double top = 10 + line_h * double(row_free.size());
  const double plot_h = 190, bottom = top + plot_h, legend_y = bottom + 40;
  open_svg(legend_y + 12);
  const chart::Ticks yt = chart::nice_ticks(lo, hi, 5);
  const chart::LinearScale y{yt.lo, yt.hi, float(bottom), float(top)};
  const int decimals = chart::tick_decimals(yt.step);

  // Grid and value axis.
  for (double v : yt.values) {
    const std::string py = num(y.to_px(v));
    svg += "<line x1=\"" + num(left) + "\" y1=\"" + py + "\" x2=\"" + num(right) + "\" y2=\"" + py +
           "\" stroke=\"#e3e6ee\" stroke-width=\"1\"/>\n<text x=\"" + num(left - 6) + "\" y=\"" + num(y.to_px(v) + 4) +
           "\" text-anchor=\"end\" fill=\"" + kMutedColor + "\">" + chart::tick_text(v, decimals) + "</text>\n";
  }
  // Date axis.
  svg += "<line x1=\"" + num(left) + "\" y1=\"" + num(bottom) + "\" x2=\"" + num(right) + "\" y2=\"" + num(bottom) +
         "\" stroke=\"" + kMutedColor + "\" stroke-width=\"1\"/>\n";
  for (auto& t : chart::date_ticks(first, last, std::max(1, int((right - left) / 86)))) {
    const double px = x.to_px(double(t.day));
    svg += "<line x1=\"" + num(px) + "\" y1=\"" + num(bottom) + "\" x2=\"" + num(px) + "\" y2=\"" + num(bottom + 4) +
           "\" stroke=\"" + kMutedColor + "\"/>\n<text x=\"" + num(px) + "\" y=\"" + num(bottom + 17) +
           "\" text-anchor=\"middle\" fill=\"" + kMutedColor + "\">" + escape_html(t.label) + "</text>\n";
  }
  // Marks: a dashed line through the plot and the label above it.
  for (auto& m : marks) {
    svg += "<g class=\"mark\"><line x1=\"" + num(m.px) + "\" y1=\"" + num(top - 2) + "\" x2=\"" + num(m.px) + "\" y2=\"" +
           num(bottom) + "\" stroke=\"" + kMutedColor + "\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>\n<text x=\"" +
           num(m.px + 3) + "\" y=\"" + num(10 + line_h * m.row + 1) + "\">" + escape_html(m.mark->label) + "</text></g>\n";
  }
  // Reference lines (medians per part, the goal), each labelled at its right end.
  for (auto& l : chart.lines) {
    if (!std::isfinite(l.value)) continue;
    const double a = is_iso_date(l.from) ? x.to_px(double(days_from_iso(l.from))) : left;
    const double b = is_iso_date(l.to) ? x.to_px(double(days_from_iso(l.to))) : right;
    const double py = y.to_px(l.value);
    const std::string color = l.color.empty() ? std::string("#1d2330") : l.color;
    svg += "<line x1=\"" + num(a) + "\" y1=\"" + num(py) + "\" x2=\"" + num(b) + "\" y2=\"" + num(py) + "\" stroke=\"" +
           escape_html(color) + "\" stroke-width=\"1.6\"" + (l.dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>\n";
    if (!l.label.empty())
      svg += "<text x=\"" + num(std::max(a, b - text_width(l.label))) + "\" y=\"" + num(py - 4) + "\">" + escape_html(l.label) +
             "</text>\n";
  }
  // The series: a line through the points, a dot each, signal points larger in the signal colour.
  std::string path;
  for (auto& p : chart.points) {
    if (!is_iso_date(p.date) || !std::isfinite(p.value)) continue;
    path += (path.empty() ? "" : " ") + num(x.to_px(double(days_from_iso(p.date)))) + "," + num(y.to_px(p.value));
  }
  svg += "<polyline points=\"" + path + "\" fill=\"none\" stroke=\"" + kSeriesColor + "\" stroke-width=\"1.8\"/>\n";
  for (auto& p : chart.points) {
    if (!is_iso_date(p.date) || !std::isfinite(p.value)) continue;
    const std::string cx = num(x.to_px(double(days_from_iso(p.date)))), cy = num(y.to_px(p.value));
    const std::string tip = "<title>" + escape_html(p.date) + ": " + escape_html(chart::tick_text(p.value, 2)) + "</title>";
    if (p.highlight)
      svg += "<circle class=\"signal\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"5\" fill=\"" + kSignalColor +
             "\" stroke=\"#1d2330\" stroke-width=\"1\">" + tip + "</circle>\n";
    else
      svg += "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"3\" fill=\"" + kSeriesColor + "\">" + tip + "</circle>\n";
  }
  // Legend: the series, the signal points, then each differently named line once.
  double lx = left;
  auto legend = [&](const std::string& mark, const std::string& label) {
    if (label.empty()) return;
    svg += mark + "<text x=\"" + num(lx + 20) + "\" y=\"" + num(legend_y + 4) + "\">" + escape_html(label) + "</text>\n";
    lx += 20 + text_width(label) + 18;
  };
  legend("<line x1=\"" + num(lx) + "\" y1=\"" + num(legend_y) + "\" x2=\"" + num(lx + 14) + "\" y2=\"" + num(legend_y) +
             "\" stroke=\"" + kSeriesColor + "\" stroke-width=\"2\"/>",
         chart.series_label);
  bool any_signal = false;
  for (auto& p : chart.points) any_signal = any_signal || p.highlight;
  if (any_signal)
    legend("<circle cx=\"" + num(lx + 7) + "\" cy=\"" + num(legend_y) + "\" r=\"5\" fill=\"" + kSignalColor + "\"/>",
           chart.highlight_label);
  std::vector<std::string> seen;
  for (auto& l : chart.lines) {
    if (l.label.empty() || std::find(seen.begin(), seen.end(), l.label) != seen.end()) continue;
    seen.push_back(l.label);
    legend("<line x1=\"" + num(lx) + "\" y1=\"" + num(legend_y) + "\" x2=\"" + num(lx + 14) + "\" y2=\"" + num(legend_y) +
               "\" stroke=\"" + escape_html(l.color.empty() ? std::string("#1d2330") : l.color) + "\" stroke-width=\"2\"" +
               (l.dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>",
           l.label);
  }
  svg += "</svg>";
  return svg;
}

}  // namespace stempush::report
