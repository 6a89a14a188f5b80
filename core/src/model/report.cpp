// Standalone HTML reports. The markup is also well-formed XML (XHTML syntax served as HTML):
// every element closed, attributes quoted, text escaped, so a report can be checked with an XML
// parser in tests and stays valid when a user's text contains <, & or broken bytes.
#include "stempush/report.hpp"

#include <cmath>
#include <cstdio>

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
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  table, figure, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #5a6275; }
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

HtmlReport::HtmlReport(std::string title, std::string lang) : title_(std::move(title)), lang_(std::move(lang)) {}

void HtmlReport::heading(std::string_view text, int level) {
  if (level < 1) level = 1;
  if (level > 6) level = 6;
  std::string tag = "h" + std::to_string(level);
  body_ += "<" + tag + ">" + escape_html(text) + "</" + tag + ">\n";
}

void HtmlReport::paragraph(std::string_view text) { body_ += "<p>" + escape_html(text) + "</p>\n"; }

void HtmlReport::raw(std::string html) {
  body_ += html;
  body_ += "\n";
}

void HtmlReport::table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  body_ += "<table>\n";
  if (!header.empty()) {
    body_ += "<thead><tr>";
    for (auto& h : header) body_ += "<th scope=\"col\">" + escape_html(h) + "</th>";
    body_ += "</tr></thead>\n";
  }
  body_ += "<tbody>\n";
  for (auto& row : rows) {
    body_ += "<tr>";
    for (auto& cell : row) body_ += "<td>" + escape_html(cell) + "</td>";
    body_ += "</tr>\n";
  }
  body_ += "</tbody></table>\n";
}

std::string HtmlReport::str() const {
  std::string lang = escape_html(lang_);
  return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\" xml:lang=\"" + lang +
         "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>" +
         escape_html(title_) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" +
         escape_html(title_) + "</h1>\n" + body_ + "</body>\n</html>\n";
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
             "\" fill=\"#2f6db5\"><title>" + escape_html(b.label) + ": " + format_number(b.value, 2) +
             "</title></rect>\n";
      svg += "<text x=\"" + format_number(label_width + plot_width + 6, 1) + "\" y=\"" +
             format_number(y + bar_height, 1) + "\">" + format_number(b.value, 2) + "</text>\n";
    } else {
      svg += "<text x=\"" + format_number(label_width + 4, 1) + "\" y=\"" + format_number(y + bar_height, 1) +
             "\" fill=\"#5a6275\">no data</text>\n";
    }
    if (any_compare && b.compare >= 0 && std::isfinite(b.compare)) {
      svg += "<rect x=\"" + format_number(label_width, 1) + "\" y=\"" + format_number(y + 3 + bar_height + 2, 1) +
             "\" width=\"" + format_number(x_of(b.compare) - label_width, 1) + "\" height=\"9\" fill=\"#a9b4c6\"><title>" +
             escape_html(b.label) + " (" + escape_html(compare_label) + "): " + format_number(b.compare, 2) +
             "</title></rect>\n";
    }
  }
  if (any_compare) {
    double y = plot_bottom + axis_height + 4;
    svg += "<rect x=\"" + format_number(label_width, 1) + "\" y=\"" + format_number(y, 1) +
           "\" width=\"14\" height=\"10\" fill=\"#2f6db5\"/>\n<text x=\"" + format_number(label_width + 18, 1) +
           "\" y=\"" + format_number(y + 9, 1) + "\">" + escape_html(value_label) + "</text>\n";
    svg += "<rect x=\"" + format_number(label_width + 170, 1) + "\" y=\"" + format_number(y, 1) +
           "\" width=\"14\" height=\"10\" fill=\"#a9b4c6\"/>\n<text x=\"" + format_number(label_width + 188, 1) +
           "\" y=\"" + format_number(y + 9, 1) + "\">" + escape_html(compare_label) + "</text>\n";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace stempush::report
