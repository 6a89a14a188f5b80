// The core's report pieces every plugin's report uses: text that wraps only at spaces, the bar
// chart (a value beside every bar, a legend, an axis over the given scale, one colour scheme),
// read back by xmllint through report_check.
#include <catch2/catch_test_macros.hpp>

#include <cmath>

#include "stempush/chart_layout.hpp"
#include "stempush/report.hpp"
#include "unit/report_check.hpp"

namespace report = stempush::report;

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

const std::string kBreak = "\xE2\x80\x8B";  // U+200B

}  // namespace

TEST_CASE("report text: words never get a break, a run of over 30 characters gets one every 15", "[report]") {
  CHECK(report::escape_text("Scale (1-7) & <more>") == "Scale (1-7) &amp; &lt;more&gt;");
  CHECK(report::escape_text("Desafortunadamente, interdisciplinariedad") == "Desafortunadamente, interdisciplinariedad");
  const std::string run(31, 'x');
  const std::string broken = report::escape_text("a " + run + " b");
  CHECK(broken == "a " + std::string(15, 'x') + kBreak + std::string(15, 'x') + kBreak + "x b");
  CHECK(report::escape_text(std::string(30, 'y')) == std::string(30, 'y'));  // 30 is still a word
  // Counted in characters, not bytes; an entity counts as one.
  std::string sixteen, thirty_one;
  for (int i = 0; i < 16; ++i) sixteen += "\xC3\xA9";  // é
  for (int i = 0; i < 31; ++i) thirty_one += "\xC3\xA9";
  CHECK(report::escape_text(sixteen) == sixteen);  // 32 bytes but 16 characters: a word
  CHECK(count(report::escape_text(thirty_one), kBreak) == 2);
  const std::string amps = report::escape_text(std::string(31, '&'));
  CHECK(count(amps, kBreak) == 2);
  CHECK(count(amps, "&amp;") == 31);
}

TEST_CASE("bar chart: every bar and its comparison are labelled, with a legend, on the scale's axis", "[report]") {
  const std::string svg = report::svg_bar_chart(
      {{"Belonging", 3.5, 2.25}, {"A label long enough to wrap onto a second line in the chart", 4, 3}, {"No answers", NAN, -1}},
      1, 5, "After", "Before", "en");
  // Two bars each for the first two rows, each with its value written.
  CHECK(count(svg, "<rect class=\"bar") == 4);
  CHECK(count(svg, "<text class=\"value\"") == 4);
  CHECK(svg.find(">3.50</text>") != std::string::npos);
  CHECK(svg.find(">2.25</text>") != std::string::npos);
  CHECK(svg.find(">3.00</text>") != std::string::npos);  // with the means' two decimals, not "3"
  CHECK(svg.find(">no data</text>") != std::string::npos);
  // The legend names both series; the axis runs over the scale, a tick per point.
  CHECK(svg.find("<g class=\"legend\">") != std::string::npos);
  CHECK(svg.find(">After</text>") != std::string::npos);
  CHECK(svg.find(">Before</text>") != std::string::npos);
  CHECK(svg.find("data-axis-min=\"1\" data-axis-max=\"5\"") != std::string::npos);
  CHECK(count(svg, "text-anchor=\"middle\"") == 5);
  CHECK(svg.find("<tspan") != std::string::npos);  // the long label wraps

  // A single series has its legend too; a wide range gets round ticks (not 101 of them).
  const std::string percent = report::svg_bar_chart({{"Useful", 67, -1}}, 0, 100, "Students who agree", {}, "es");
  CHECK(percent.find(">Students who agree</text>") != std::string::npos);
  CHECK(count(percent, "text-anchor=\"middle\"") <= 11);
  CHECK(percent.find("data-axis-max=\"100\"") != std::string::npos);
  CHECK(report::svg_bar_chart({{"X", NAN, -1}}, 0, 5, "Media", {}, "es").find(">sin datos</text>") != std::string::npos);

  // Read back in a report by the checks every plugin's report goes through.
  report::HtmlReport page("Chart", "en");
  page.context({"Robotics Club", "Fall", "2026-10-01", {}});
  page.point("Belonging went up.");
  page.summary().raw("<div class=\"figure\">" + svg + "</div>");
  report_check::Known scale;
  scale.axis_min = 1, scale.axis_max = 5;
  report_check::check_html("core-bar-chart", page.str(), scale);
}

TEST_CASE("one colour scheme: the app's categorical palette is the reports' and every chart colour is in it", "[report]") {
  const auto& colors = report::chart_colors();
  for (int i = 0; i < 7; ++i) {
    const std::string c = stempush::chart::hex(stempush::chart::categorical_rgb(i));
    CHECK(std::find(colors.begin(), colors.end(), c) != colors.end());
  }
  CHECK(stempush::chart::hex(stempush::chart::categorical_rgb(0)) == "#0072b2");
  CHECK(stempush::chart::hex(stempush::chart::categorical_rgb(8)) == "#e69f00");  // modulo 7
  CHECK(std::find(colors.begin(), colors.end(), "#ff0000") == colors.end());
}
