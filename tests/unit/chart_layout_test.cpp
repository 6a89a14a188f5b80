#include <catch2/catch_approx.hpp>
#include <cmath>
#include <catch2/catch_test_macros.hpp>

#include "stempush/chart_layout.hpp"
#include "stempush/color.hpp"
#include "stempush/dates.hpp"

using namespace stempush::chart;
using Catch::Approx;

TEST_CASE("linear scale maps values to pixels, y axes upside down", "[charts]") {
  LinearScale x{0, 10, 100, 300};
  REQUIRE(x.to_px(0) == Approx(100));
  REQUIRE(x.to_px(2.5) == Approx(150));
  REQUIRE(x.to_px(12) == Approx(340));
  REQUIRE(x.to_px_clamped(12) == Approx(300));
  REQUIRE(x.to_px_clamped(-1) == Approx(100));
  LinearScale y{1, 5, 400, 0};  // value 5 at the top
  REQUIRE(y.to_px(5) == Approx(0));
  REQUIRE(y.to_px(2) == Approx(300));
  LinearScale flat{3, 3, 0, 100};
  REQUIRE(flat.to_px(3) == Approx(50));
}

TEST_CASE("nice ticks are round numbers covering the data", "[charts]") {
  Ticks t = nice_ticks(0.3, 9.6, 5);
  REQUIRE(t.step == Approx(2));
  REQUIRE(t.lo == Approx(0));
  REQUIRE(t.hi == Approx(10));
  REQUIRE(t.values == std::vector<double>{0, 2, 4, 6, 8, 10});

  t = nice_ticks(1, 5, 8);  // a 1-5 rating scale
  REQUIRE(t.step == Approx(0.5));
  REQUIRE(t.values.front() == 1);
  REQUIRE(t.values.back() == 5);

  t = nice_ticks(0.1, 0.7, 6);  // sums would give 0.30000000000000004
  REQUIRE(t.step == Approx(0.1));
  REQUIRE(t.values[2] == 0.3);
  REQUIRE(tick_decimals(t.step) == 1);
  REQUIRE(tick_text(t.values[2], 1) == "0.3");

  t = nice_ticks(-12, 37, 4);
  REQUIRE(t.step == Approx(20));
  REQUIRE(t.lo == Approx(-20));
  REQUIRE(t.hi == Approx(40));
  REQUIRE(t.values.size() == 4);

  t = nice_ticks(42, 42, 5);  // one value: a range around it
  REQUIRE(t.lo < 42);
  REQUIRE(t.hi > 42);
  t = nice_ticks(0, 0, 5);
  REQUIRE(t.lo <= 0);
  REQUIRE(t.hi > 0);

  t = nice_ticks(0, 1, 4);
  REQUIRE(t.step == Approx(0.25));
  REQUIRE(tick_decimals(0.25) == 2);
  REQUIRE(tick_decimals(20) == 0);
  REQUIRE(tick_text(-0.0001, 1) == "0.0");  // never "-0.0"
  for (int max = 2; max <= 12; ++max) {  // never more intervals than asked for
    Ticks u = nice_ticks(-3.7, 113.2, max);
    REQUIRE(int(u.values.size()) - 1 <= max);
    REQUIRE(u.lo <= -3.7);
    REQUIRE(u.hi >= 113.2);
  }
}

TEST_CASE("date axis: day steps for short spans, month starts for long ones", "[charts]") {
  using stempush::days_from_iso;
  auto week = date_ticks(days_from_iso("2026-11-02"), days_from_iso("2026-11-08"), 10);
  REQUIRE(week.size() == 7);
  REQUIRE(week.front().label == "2026-11-02");
  REQUIRE(week.back().label == "2026-11-08");

  auto weeks = date_ticks(days_from_iso("2026-09-01"), days_from_iso("2026-10-13"), 8);
  REQUIRE(weeks.size() == 7);  // every 7 days
  REQUIRE(weeks[1].label == "2026-09-08");

  auto year = date_ticks(days_from_iso("2025-08-20"), days_from_iso("2026-06-10"), 4);
  REQUIRE(year.size() == 3);  // every 2 months would be 5 ticks
  REQUIRE(year.front().label == "2025-10");  // quarters: October, January, April
  REQUIRE(year[1].label == "2026-01");
  REQUIRE(year[2].label == "2026-04");
  REQUIRE(year.front().day == days_from_iso("2025-10-01"));

  auto decade = date_ticks(days_from_iso("2016-03-01"), days_from_iso("2026-03-01"), 6);
  REQUIRE(decade.size() <= 6);
  REQUIRE(decade.front().label.size() == 4);  // years only
  for (size_t i = 1; i < decade.size(); ++i) REQUIRE(decade[i].day > decade[i - 1].day);
}

TEST_CASE("tick labels never overlap: long names fall back to numbers, then hide", "[charts]") {
  // Five ticks 100 px apart; labels "1 Not yet" .. are 150 px wide, their numbers 10 px.
  std::vector<float> centres{0, 100, 200, 300, 400}, wide(5, 150), narrow(5, 10);
  auto places = place_tick_labels(centres, wide, narrow, 0, 600, 4);
  REQUIRE(places[0].use_short);  // cannot start left of 0, so 150 px would reach the next number
  REQUIRE(places[0].left == 0);
  REQUIRE_FALSE(places[1].use_short);  // 25 .. 175 stops before the next number at 191
  REQUIRE(places[1].left == Approx(25));
  REQUIRE(places[2].use_short);  // 179 (after the previous label) + 150 would reach 291
  REQUIRE(places[2].left == Approx(195));
  for (size_t i = 0; i < places.size(); ++i) REQUIRE(places[i].shown);
  REQUIRE_FALSE(places[4].use_short);  // the last has room up to 600, pushed right of centre
  REQUIRE(places[4].left == Approx(379));
  // Enough room: every full label, centred.
  places = place_tick_labels({0, 300}, {100, 100}, {10, 10}, -100, 400, 4);
  REQUIRE_FALSE(places[0].use_short);
  REQUIRE(places[1].left == Approx(250));
  // Ticks closer than their numbers: the second number is hidden rather than drawn over.
  places = place_tick_labels({0, 5, 40}, {30, 30, 30}, {20, 20, 20}, -100, 100, 4);
  REQUIRE(places[0].shown);
  REQUIRE_FALSE(places[1].shown);
  REQUIRE(places[2].shown);
}

TEST_CASE("legend wraps before an entry that does not fit", "[charts]") {
  auto slots = wrap_legend({100, 100, 100, 250, 40}, 320, 10);
  REQUIRE(slots[0].row == 0);
  REQUIRE(slots[1].x == Approx(110));
  REQUIRE(slots[2].x == Approx(220));  // 220 + 100 = 320 fits exactly
  REQUIRE(slots[3].row == 1);
  REQUIRE(slots[3].x == 0);
  REQUIRE(slots[4].row == 1);  // 260 + 40 fits beside it
  REQUIRE(slots[4].x == Approx(260));
  REQUIRE(legend_rows(slots) == 2);
  auto one = wrap_legend({500}, 100, 10);  // too wide for any row: a row of its own, not skipped
  REQUIRE(one.size() == 1);
  REQUIRE(one[0].row == 0);
  REQUIRE(legend_rows({}) == 0);
}

TEST_CASE("diverging stacked bar: disagreement left of the centre, a middle point split", "[charts]") {
  // 5 points: 2 strongly disagree, 2 disagree, 2 neutral, 2 agree, 2 strongly agree (n = 10).
  DivergingLayout l = diverging_layout({2, 2, 2, 2, 2});
  REQUIRE(l.left == Approx(0.5));
  REQUIRE(l.right == Approx(0.5));
  REQUIRE(l.segments.size() == 5);
  REQUIRE(l.segments[0].from == Approx(-0.5));
  REQUIRE(l.segments[2].from == Approx(-0.1));  // the neutral segment straddles the centre
  REQUIRE(l.segments[2].to == Approx(0.1));
  REQUIRE(l.segments[4].to == Approx(0.5));
  // 4 points: no middle; 1 of 4 disagrees.
  l = diverging_layout({0, 1, 2, 1});
  REQUIRE(l.left == Approx(0.25));
  REQUIRE(l.right == Approx(0.75));
  REQUIRE(l.segments[1].from == Approx(-0.25));
  REQUIRE(l.segments[1].to == Approx(0));
  REQUIRE(diverging_layout({0, 0, 0}).segments.empty());
  // One ruler for all rows: the widest side (0.75) is already a quarter; 0.8 rounds to 1.
  REQUIRE(diverging_ruler({{0, 1, 2, 1}, {2, 2, 2, 2, 2}}) == Approx(0.75));
  REQUIRE(diverging_ruler({{1, 0, 0, 4}}) == Approx(1.0));
  REQUIRE(diverging_ruler({{1, 1}}) == Approx(0.5));
  REQUIRE(diverging_ruler({}) == Approx(0.25));
}

TEST_CASE("WCAG contrast ratio", "[charts][accessibility]") {
  using namespace stempush::color;
  REQUIRE(contrast_ratio({0, 0, 0}, {1, 1, 1}) == Approx(21));
  REQUIRE(contrast_ratio({1, 1, 1}, {0, 0, 0}) == Approx(21));
  REQUIRE(contrast_ratio({0.5, 0.2, 0.1}, {0.5, 0.2, 0.1}) == Approx(1));
  // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54).
  REQUIRE(contrast_ratio({118 / 255.0, 118 / 255.0, 118 / 255.0}, {1, 1, 1}) == Approx(4.54).margin(0.01));
  REQUIRE(relative_luminance({1, 0, 0}) == Approx(0.2126));
  Rgb half = blend({1, 1, 1}, 0.5, {0, 0, 0});
  REQUIRE(half.r == Approx(0.5));
  REQUIRE(blend({1, 0, 0}, 1.0, {0, 0, 1}).b == Approx(0));
}

TEST_CASE("diverging colours: one ramp from orange-red through grey to blue, as hex for reports", "[charts]") {
  using stempush::chart::diverging_rgb;
  using stempush::chart::hex;
  // 0.84*255 = 214.2, 0.37*255 = 94.35; 0.72*255 = 183.6; 0.45*255 = 114.75, 0.70*255 = 178.5.
  CHECK(hex(diverging_rgb(0, 5)) == "#d65e00");
  CHECK(hex(diverging_rgb(2, 5)) == "#b8b8b8");
  CHECK(hex(diverging_rgb(4, 5)) == "#0073b3");
  CHECK(hex(diverging_rgb(0, 1)) == "#969696");
}

TEST_CASE("a dated chart's extent: days of points and marks, finite values only, padding", "[chart]") {
  stempush::chart::DatedExtent e;
  CHECK_FALSE(e.any_day);
  CHECK(e.low() == 0);
  CHECK(e.high() == 1);  // nothing seen: a unit range to draw an empty axis on
  e.see_point("2026-03-10", 4);
  e.see_point("not a date", 100);         // left out, value too
  e.see_point("2026-03-01", std::nan(""));  // its day counts, its value does not
  e.see_day("2026-04-09");                // a mark
  e.see_value(-2);                        // a reference line
  e.see_value(HUGE_VAL);
  CHECK(e.any_day);
  CHECK(e.first == stempush::days_from_iso("2026-03-01"));
  CHECK(e.last == stempush::days_from_iso("2026-04-09"));
  CHECK(e.low() == -2);
  CHECK(e.high() == 4);
  CHECK(e.pad_days() == Catch::Approx(39 * 0.03));
  stempush::chart::DatedExtent one;
  one.see_point("2026-03-10", 4);
  CHECK(one.pad_days() == 0.5);  // a lone day still gets an axis around it
  CHECK(one.low() == 4);
  CHECK(one.high() == 4);
}
