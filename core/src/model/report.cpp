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
th, td { border: 1px solid #c9ceda; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #5a6275; }
svg { max-width: 100%; height: auto; }
.figure { margin: 0.6em 0; }
/* Words wrap at spaces, never inside a word ("Scal" / "e"): a column is at least as wide as its
   longest word. Only web addresses, longer than any column, may break anywhere. */
a { overflow-wrap: anywhere; }
.table-wrap { overflow-x: auto; }
.report-context { margin: 0 0 0.8em; color: #3a4256; }
.report-context .sep { color: #9aa1b2; }
.summary h2 { margin-top: 0.6em; }
.key-points { padding-left: 1.2em; }
.key-points li { margin: 0.25em 0; }
.appendix > h2 { margin-top: 2.4em; }
@page { margin: 14mm 13mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  /* Narrower cells, and a smaller type for tables of many columns, so a table fits the page
     without breaking a word. */
  th, td { padding: 0.2em 0.3em; }
  table.wide { font-size: 0.8em; }
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

std::string escape_text(std::string_view text) {
  const std::string escaped = escape_html(text);
  // Runs are counted in code points of the escaped text, an entity ("&amp;") counting as one.
  std::string out;
  out.reserve(escaped.size());
  size_t run = 0, i = 0;
  std::vector<size_t> starts;  // where each code point of the current run starts in `out`
  auto flush = [&] {
    if (run > kLongRun) {
      std::string broken;
      const size_t from = starts.front();
      size_t last = from;
      for (size_t k = kLongRunStep; k < starts.size(); k += kLongRunStep) {
        broken += out.substr(last, starts[k] - last) + "\xE2\x80\x8B";
        last = starts[k];
      }
      broken += out.substr(last);
      out = out.substr(0, from) + broken;
    }
    run = 0;
    starts.clear();
  };
  while (i < escaped.size()) {
    const unsigned char c = static_cast<unsigned char>(escaped[i]);
    size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (c == '&') {
      const size_t semicolon = escaped.find(';', i);
      length = semicolon == std::string::npos ? 1 : semicolon - i + 1;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      flush();
    } else {
      starts.push_back(out.size());
      ++run;
    }
    out.append(escaped, i, length);
    i += length;
  }
  flush();
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
  html_ += "<p>" + escape_text(text) + "</p>\n";
  return *this;
}

HtmlBlock& HtmlBlock::raw(std::string html) {
  html_ += html;
  html_ += "\n";
  return *this;
}

HtmlBlock& HtmlBlock::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return *this;
  size_t columns = header.size();
  for (auto& row : rows) columns = std::max(columns, row.size());
  html_ += columns > kWideTableColumns ? "<table class=\"wide\">\n" : "<table>\n";
  if (!header.empty()) {
    html_ += "<thead><tr>";
    for (auto& h : header) html_ += "<th scope=\"col\">" + escape_html(h) + "</th>";
    html_ += "</tr></thead>\n";
  }
  html_ += "<tbody>\n";
  for (auto& row : rows) {
    html_ += "<tr>";
    for (auto& cell : row) html_ += "<td>" + escape_text(cell) + "</td>";
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
    for (auto& p : points_) out += "<li>" + escape_text(p) + "</li>\n";
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

namespace {

// The chart colours: the categorical palette's first colours for series, greys for the rest.
std::string series_color(int index) { return chart::hex(chart::categorical_rgb(index)); }
const char* kTextColor = "#1d2330";
const char* kMutedColor = "#5a6275";
const char* kGridColor = "#d6dae3";
const char* kLightGridColor = "#e3e6ee";

// Text width in the charts' 11-12 px sans-serif, estimated (no font metrics here): wide enough
// that labels placed by it do not overlap in common fonts.
double text_width(std::string_view text) {
  size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;  // count code points, not bytes
  return 6.4 * static_cast<double>(chars);
}

// `text` in lines no wider than `width` (estimated), broken at spaces; at most `max_lines`, the
// last one ending in "…" when the text goes on (the full text stays in the bar's tooltip).
std::vector<std::string> wrap_words(const std::string& text, double width, size_t max_lines) {
  std::vector<std::string> lines;
  std::string line;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    const std::string word = text.substr(i, j - i);
    i = j + 1;
    if (word.empty()) continue;
    if (!line.empty() && text_width(line + " " + word) > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) lines.push_back(line);
  if (lines.size() > max_lines) {
    lines.resize(max_lines);
    lines.back() += "\xE2\x80\xA6";
  }
  if (lines.empty()) lines.push_back("");
  return lines;
}

}  // namespace

const std::vector<std::string>& chart_colors() {
  static const std::vector<std::string> colors = [] {
    std::vector<std::string> out;
    for (int i = 0; i < 7; ++i) out.push_back(series_color(i));
    for (int levels = 2; levels <= 11; ++levels)
      for (int level = 0; level < levels; ++level) out.push_back(chart::hex(chart::diverging_rgb(level, levels)));
    for (const char* grey : {kTextColor, kMutedColor, kGridColor, kLightGridColor, "#000000", "#ffffff"}) out.push_back(grey);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return colors;
}

std::string svg_bar_chart(const std::vector<Bar>& bars, double lo, double hi, std::string_view value_label,
                          std::string_view compare_label, std::string_view lang) {
  if (!(hi > lo)) hi = lo + 1;
  // The axis: a tick at every whole value of a short scale (a rating scale's levels), round
  // ticks otherwise.
  chart::Ticks ticks;
  if (lo == std::floor(lo) && hi == std::floor(hi) && hi - lo <= 10) {
    ticks.lo = lo, ticks.hi = hi, ticks.step = 1;
    for (double v = lo; v <= hi + 1e-9; v += 1) ticks.values.push_back(v);
  } else {
    ticks = chart::nice_ticks(lo, hi, 5);
  }
  lo = ticks.lo, hi = ticks.hi;
  const int decimals = chart::tick_decimals(ticks.step);
  bool any_compare = false;
  for (auto& b : bars) any_compare = any_compare || (b.compare >= 0 && std::isfinite(b.compare));
  const double label_width = 260, plot_width = 360, value_width = 60, line_height = 14;
  const double width = label_width + plot_width + value_width;
  const double bar_height = any_compare ? 13 : 16, compare_height = 11;
  const double min_row = any_compare ? 34 : 24;
  std::vector<std::vector<std::string>> labels;
  std::vector<double> row_top;
  double y_next = 12;
  for (auto& b : bars) {
    labels.push_back(wrap_words(b.label, label_width - 12, 3));
    row_top.push_back(y_next);
    y_next += std::max(min_row, line_height * double(labels.back().size()) + 6);
  }
  // The legend's entries (what each colour is), in rows that fit the chart's width.
  struct Entry {
    std::string color, label;
    double x = 0;
    int row = 0;
  };
  std::vector<Entry> legend{{series_color(0), std::string(value_label)}};
  if (any_compare) legend.push_back({series_color(1), std::string(compare_label)});
  int legend_rows = 1;
  double legend_x = 8;
  for (auto& e : legend) {
    double& x = legend_x;
    const double w = 18 + text_width(e.label) + 24;
    if (x > 8 && x + w > width) x = 8, ++legend_rows;
    e.x = x, e.row = legend_rows - 1;
    x += w;
  }
  const double top = 12, plot_bottom = y_next, axis_height = 22, legend_height = 6 + 18 * double(legend_rows);
  const double height = plot_bottom + axis_height + legend_height;
  auto x_of = [&](double v) {
    double clamped = std::fmax(lo, std::fmin(hi, v));
    return label_width + (clamped - lo) / (hi - lo) * plot_width;
  };
  const std::string language = lang.empty() ? i18n::language_code(i18n::language()) : std::string(lang);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
                    format_number(width, 0) + " " + format_number(height, 0) + "\" width=\"" + format_number(width, 0) +
                    "\" height=\"" + format_number(height, 0) + "\" data-axis-min=\"" + chart::tick_text(lo, decimals) +
                    "\" data-axis-max=\"" + chart::tick_text(hi, decimals) +
                    "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  svg += "<title>" + escape_html(value_label) +
         (any_compare && !compare_label.empty() ? ", " + escape_html(compare_label) : std::string()) + "</title>\n";
  // Grid lines and the value axis's labels.
  svg += "<g class=\"axis\">\n";
  for (double v : ticks.values) {
    std::string x = format_number(x_of(v), 1);
    svg += "<line x1=\"" + x + "\" y1=\"" + format_number(top - 4, 1) + "\" x2=\"" + x + "\" y2=\"" +
           format_number(plot_bottom, 1) + "\" stroke=\"" + kGridColor + "\" stroke-width=\"1\"/>\n";
    svg += "<text x=\"" + x + "\" y=\"" + format_number(plot_bottom + 15, 1) + "\" text-anchor=\"middle\" fill=\"" +
           kMutedColor + "\">" + chart::tick_text(v, decimals) + "</text>\n";
  }
  svg += "</g>\n";
  // Counts as whole numbers; means (any value with a fraction) all with two decimals.
  bool whole = true;
  for (auto& b : bars)
    for (double v : {b.value, b.compare})
      if (std::isfinite(v) && v >= 0 && std::fabs(v - std::round(v)) > 1e-9) whole = false;
  auto value_text = [&](double v) { return format_number(v, whole ? 0 : 2); };
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double y = row_top[i];
    const auto& lines = labels[i];
    svg += "<text x=\"" + format_number(label_width - 8, 1) + "\" y=\"" + format_number(y + 12, 1) + "\" text-anchor=\"end\">";
    for (size_t l = 0; l < lines.size(); ++l)
      svg += "<tspan x=\"" + format_number(label_width - 8, 1) + "\" dy=\"" + (l == 0 ? "0" : format_number(line_height, 0)) +
             "\">" + escape_html(lines[l]) + "</tspan>";
    svg += "</text>\n";
    if (std::isfinite(b.value)) {
      svg += "<rect class=\"bar\" data-value=\"" + format_number(b.value, 4) + "\" x=\"" + format_number(label_width, 1) +
             "\" y=\"" + format_number(y + 2, 1) + "\" width=\"" + format_number(x_of(b.value) - label_width, 1) +
             "\" height=\"" + format_number(bar_height, 1) + "\" fill=\"" + series_color(0) + "\"><title>" +
             escape_html(b.label) + " (" + escape_html(value_label) + "): " + value_text(b.value) + "</title></rect>\n";
      svg += "<text class=\"value\" x=\"" + format_number(label_width + plot_width + 6, 1) + "\" y=\"" +
             format_number(y + 2 + bar_height - 3, 1) + "\">" + value_text(b.value) + "</text>\n";
    } else {
      svg += "<text x=\"" + format_number(label_width + 4, 1) + "\" y=\"" + format_number(y + 2 + bar_height - 3, 1) +
             "\" fill=\"" + kMutedColor + "\">" + escape_html(label(language, "report.no_data")) + "</text>\n";
    }
    if (any_compare && b.compare >= 0 && std::isfinite(b.compare)) {
      const double cy = y + 2 + bar_height + 2;
      svg += "<rect class=\"bar compare\" data-value=\"" + format_number(b.compare, 4) + "\" x=\"" +
             format_number(label_width, 1) + "\" y=\"" + format_number(cy, 1) + "\" width=\"" +
             format_number(x_of(b.compare) - label_width, 1) + "\" height=\"" + format_number(compare_height, 1) +
             "\" fill=\"" + series_color(1) + "\"><title>" + escape_html(b.label) + " (" + escape_html(compare_label) +
             "): " + value_text(b.compare) + "</title></rect>\n";
      svg += "<text class=\"value\" x=\"" + format_number(label_width + plot_width + 6, 1) + "\" y=\"" +
             format_number(cy + compare_height - 1, 1) + "\" font-size=\"11\" fill=\"" + kMutedColor + "\">" +
             value_text(b.compare) + "</text>\n";
    }
  }
  // The legend: what each colour is.
  svg += "<g class=\"legend\">\n";
  for (auto& e : legend) {
    const double ly = plot_bottom + axis_height + 6 + 18 * e.row;
    svg += "<rect x=\"" + format_number(e.x, 1) + "\" y=\"" + format_number(ly, 1) + "\" width=\"14\" height=\"10\" fill=\"" +
           e.color + "\"/>\n<text x=\"" + format_number(e.x + 18, 1) + "\" y=\"" + format_number(ly + 9, 1) + "\">" +
           escape_html(e.label) + "</text>\n";
  }
  svg += "</g>\n</svg>";
  return svg;
}

namespace {

const std::string kSeriesColor = series_color(0);  // as the app's first chart colour
const std::string kSignalColor = series_color(5);  // vermilion: the highlight, distinct from the series

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
  auto open_svg = [&](double height, const char* kind) {
    svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + std::string(kind) + "\" role=\"img\" viewBox=\"0 0 " + format_number(width, 0) + " " +
          format_number(height, 0) + "\" width=\"" + format_number(width, 0) + "\" height=\"" + format_number(height, 0) +
          "\" font-family=\"sans-serif\" font-size=\"11\">\n<title>" + escape_html(chart.title) + "</title>\n";
  };
  if (!extent.any_day) {
    open_svg(40, "chart no-data");
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
  open_svg(legend_y + 12, "chart");
  const chart::Ticks yt = chart::nice_ticks(lo, hi, 5);
  const chart::LinearScale y{yt.lo, yt.hi, float(bottom), float(top)};
  const int decimals = chart::tick_decimals(yt.step);

  // Grid and value axis.
  for (double v : yt.values) {
    const std::string py = num(y.to_px(v));
    svg += "<line x1=\"" + num(left) + "\" y1=\"" + py + "\" x2=\"" + num(right) + "\" y2=\"" + py +
           "\" stroke=\"" + kLightGridColor + "\" stroke-width=\"1\"/>\n<text x=\"" + num(left - 6) + "\" y=\"" + num(y.to_px(v) + 4) +
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
    const std::string color = l.color.empty() ? std::string(kTextColor) : l.color;
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
             "\" stroke=\"" + kTextColor + "\" stroke-width=\"1\">" + tip + "</circle>\n";
    else
      svg += "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"3\" fill=\"" + kSeriesColor + "\">" + tip + "</circle>\n";
  }
  // Legend: the series, the signal points, then each differently named line once.
  double lx = left;
  svg += "<g class=\"legend\">\n";
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
               "\" stroke=\"" + escape_html(l.color.empty() ? std::string(kTextColor) : l.color) + "\" stroke-width=\"2\"" +
               (l.dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>",
           l.label);
  }
  svg += "</g>\n";
  svg += "</svg>";
  return svg;
}

}  // namespace stempush::report
