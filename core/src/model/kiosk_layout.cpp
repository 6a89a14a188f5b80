#include "stempush/kiosk_layout.hpp"

#include <algorithm>
#include <cmath>

namespace stempush::kiosk {

float AnswerGrid::total_height() const { return float(rows) * button_h + float(std::max(0, rows - 1)) * gap_y; }

float min_answer_height(float line_height) { return std::max(44.0f, line_height * 1.6f); }

AnswerGrid answer_grid(const AnswerSpace& s) {
  AnswerGrid grid;
  const int n = std::max(1, s.answers);
  const float min_h = min_answer_height(s.line_height);
  grid.gap_y = s.gap_y;
  // Side by side: one row, each button wide enough for a short label (6.5 em).
  const float row_w = (s.width - s.gap_x * float(n - 1)) / float(n);
  if (row_w >= s.font_size * 6.5f) {
    grid.columns = n;
    grid.rows = 1;
    grid.button_w = row_w;
    grid.button_h = std::max(min_h, std::min(s.line_height * 5.5f, s.height));
    grid.fits = grid.button_h <= s.height;
    return grid;
  }
  // Stacked: the fewest columns whose buttons still fit the height at a finger's size or more;
  // a column must stay wide enough for a label (6.5 em), so at most that many columns.
  const int max_columns = std::max(1, std::min(3, int((s.width + s.gap_x) / (s.font_size * 6.5f + s.gap_x))));
  for (int columns = 1; columns <= max_columns; ++columns) {
    const int rows = (n + columns - 1) / columns;
    const float h = (s.height - s.gap_y * float(rows - 1)) / float(rows);
    grid.columns = columns;
    grid.rows = rows;
    grid.button_w = (s.width - s.gap_x * float(columns - 1)) / float(columns);
    grid.button_h = std::min(std::max(s.line_height * 2.4f, min_h), h);
    if (h >= min_h) {
      grid.fits = true;
      return grid;
    }
  }
  grid.button_h = min_h;  // no room on this screen: finger-sized anyway, and the page scrolls
  grid.fits = false;
  return grid;
}

}  // namespace stempush::kiosk
