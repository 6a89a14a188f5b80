// Where the kiosk's answer buttons go, kept free of ImGui so that unit tests check it: every
// answer of a question (a 7-point scale, six options) must be on screen at once, without
// scrolling, on a laptop, a tablet either way up and at large text, and each stays big enough for a
// finger. Side by side when each is wide enough for its label; otherwise in one column, then two,
// then three, shrinking the buttons down to a finger's size before adding a column.
#pragma once

namespace stempush::kiosk {

struct AnswerSpace {
  int answers = 0;        // how many buttons
  float width = 0;        // the width the buttons share
  float height = 0;       // the height left for them on screen
  float gap_x = 0;        // between buttons side by side
  float gap_y = 0;        // between rows
  float line_height = 0;  // of the answers' font
  float font_size = 0;
};

struct AnswerGrid {
  int columns = 1;
  int rows = 1;
  float button_w = 0, button_h = 0;
  float gap_y = 0;   // between rows (as given)
  bool fits = true;  // false: even the smallest buttons in the most columns need more height
  float total_height() const;  // rows of buttons and the gaps between them
};

// The smallest answer button: a finger (44 px, the common touch-target minimum) or 1.6 lines,
// whichever is taller.
float min_answer_height(float line_height);

AnswerGrid answer_grid(const AnswerSpace& space);

}  // namespace stempush::kiosk
