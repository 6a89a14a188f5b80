// The kiosk's answer grid: every answer on screen without scrolling, finger-sized, inside the width.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <random>

#include "stempush/kiosk_layout.hpp"

using stempush::kiosk::AnswerSpace;
using stempush::kiosk::answer_grid;
using stempush::kiosk::min_answer_height;

namespace {
AnswerSpace space(int answers, float width, float height, float font = 20) {
  AnswerSpace s;
  s.answers = answers;
  s.width = width;
  s.height = height;
  s.gap_x = font;
  s.gap_y = 8;
  s.font_size = font;
  s.line_height = font * 1.3f;
  return s;
}
}  // namespace

TEST_CASE("kiosk answers: side by side when each is wide enough, else stacked", "[kiosk][layout]") {
  auto wide = answer_grid(space(5, 1200, 400));
  CHECK(wide.columns == 5);
  CHECK(wide.rows == 1);
  CHECK(wide.fits);
  // Seven on a laptop: too narrow side by side (125 px < 6.5 em), one column fits the height.
  auto seven = answer_grid(space(7, 1000, 400));
  CHECK(seven.columns == 1);
  CHECK(seven.rows == 7);
  CHECK(seven.fits);
  CHECK(seven.total_height() <= 400);
  CHECK(seven.button_h >= min_answer_height(26));
}

TEST_CASE("kiosk answers: less height brings a second column before buttons get too small", "[kiosk][layout]") {
  auto g = answer_grid(space(7, 1000, 250));
  CHECK(g.columns == 2);
  CHECK(g.rows == 4);
  CHECK(g.fits);
  CHECK(g.total_height() <= 250);
  CHECK(g.button_w == Catch::Approx((1000 - 20) / 2.0));
  // No room at all: finger-sized anyway, and the caller knows it does not fit.
  auto none = answer_grid(space(7, 300, 60));
  CHECK_FALSE(none.fits);
  CHECK(none.button_h == Catch::Approx(min_answer_height(26)));
}

TEST_CASE("kiosk answers: whenever it fits, the grid is inside the space and every button is finger-sized",
          "[kiosk][layout]") {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> w(300, 1800), h(60, 900), font(12, 40);
  std::uniform_int_distribution<int> n(2, 10);
  int fitted = 0;
  for (int i = 0; i < 2000; ++i) {
    const AnswerSpace s = space(n(rng), w(rng), h(rng), font(rng));
    const auto g = answer_grid(s);
    REQUIRE(g.rows * g.columns >= s.answers);
    REQUIRE(g.button_h >= min_answer_height(s.line_height) - 0.01f);
    REQUIRE(float(g.columns) * g.button_w + float(g.columns - 1) * s.gap_x <= s.width + 0.5f);
    if (g.fits) {
      ++fitted;
      REQUIRE(g.total_height() <= s.height + 0.5f);
    }
  }
  CHECK(fitted > 1000);  // the common case
}
