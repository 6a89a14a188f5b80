// The chart widgets inside real ImGui frames (the layout arithmetic itself is unit tested in
// tests/unit/chart_layout_test.cpp): each chart is one named item of the size it drew, and the
// legend wraps into more rows when the window is narrow.
#include <catch2/catch_test_macros.hpp>
#include <functional>

#include "harness.hpp"
#include "stempush/ui/charts.hpp"

using stempush::testing::Harness;
namespace ui = stempush::ui;

namespace {

// One frame with a window of the given width holding only `body`.
void frame_with(float width, const std::function<void()>& body) {
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, 700));
  ImGui::Begin("chart test", nullptr, ImGuiWindowFlags_NoDecoration);
  body();
  ImGui::End();
  ImGui::Render();
  stempush::automation::end_frame();
}

ui::TimeChart run_chart() {
  ui::TimeChart c;
  ui::TimeSeries s{"Students attending", {}, 0};
  s.points = {{"2026-01-05", 14, false, ""}, {"2026-01-12", 15, false, ""}, {"2026-01-19", NAN, false, ""},
              {"2026-01-26", 19, true, "shift"}, {"not a date", 99, false, ""}};
  c.series.push_back(s);
  c.lines = {{15, "Median 15", 0, true, "", ""}, {20, "Goal 20", ui::chart_color(2), false, "", ""}};
  c.annotations = {{"2026-01-19", "PDSA 1: text reminders", ""}};
  c.highlight_label = "Signal";
  c.height_lines = 10;
  return c;
}

}  // namespace

TEST_CASE("a time-series chart is one named item of its height, and its legend wraps when narrow", "[ui][charts]") {
  Harness h;
  const ui::TimeChart chart = run_chart();
  frame_with(1000, [&] {
    ui::time_series_chart("Attendance##chart", chart);
    ui::legend("wide legend", {{"Students attending", 0, ui::LegendMark::Line}, {"Signal", 0, ui::LegendMark::Dot},
                               {"Median 15", 0, ui::LegendMark::Dashes}, {"Goal 20", 0, ui::LegendMark::Line}});
  });
  const auto* plot = h.find("Attendance", "chart test");
  REQUIRE(plot);
  CHECK(plot->h == ImGui::GetTextLineHeightWithSpacing() * 10);
  // An annotation is named where its label is drawn, above the plot and inside the chart.
  const auto* mark = h.find("PDSA 1: text reminders", "chart test");
  REQUIRE(mark);
  CHECK(mark->y >= plot->y);
  CHECK(mark->y + mark->h <= plot->y + plot->h);
  CHECK(mark->x > plot->x);
  const auto* wide = h.find("wide legend", "chart test");
  REQUIRE(wide);
  const float one_row = wide->h;
  CHECK(one_row == ImGui::GetTextLineHeightWithSpacing());

  frame_with(260, [&] {
    ui::legend("wide legend", {{"Students attending", 0, ui::LegendMark::Line}, {"Signal", 0, ui::LegendMark::Dot},
                               {"Median 15", 0, ui::LegendMark::Dashes}, {"Goal 20", 0, ui::LegendMark::Line}});
  });
  const auto* narrow = h.find("wide legend", "chart test");
  REQUIRE(narrow);
  CHECK(narrow->h >= 2 * one_row);  // the same entries need more rows
}

TEST_CASE("diverging bars and grouped bars take one row per category", "[ui][charts]") {
  Harness h;
  frame_with(900, [&] {
    ui::diverging_bars("Question 1", {{"Before", {1, 2, 3, 4, 5}, "n = 15"}, {"After", {0, 0, 0, 0, 0}, "n = 0"}}, 0.75,
                       "no answers");
    ui::GroupedBarChart g;
    g.series = {"This cycle", "Last cycle"};
    g.lo = 0, g.hi = 4;
    g.groups = {{"Design", {2.5, 2.0}, "2.5", 0}, {"Staff", {NAN, 3.0}, "–", 0}, {"Families", {3.5, NAN}, "3.5", 0}};
    ui::grouped_bar_chart("Means by domain", g, ui::ChartFlags_NoTitle);
  });
  const auto* diverging = h.find("Question 1", "chart test");
  const auto* grouped = h.find("Means by domain", "chart test");
  REQUIRE(diverging);
  REQUIRE(grouped);
  CHECK(diverging->h == ImGui::GetTextLineHeight() * 1.7f * 2);
  CHECK(grouped->y > diverging->y + diverging->h);  // laid out one under the other, not overlapping
}
