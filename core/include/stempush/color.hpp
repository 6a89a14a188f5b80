// Colour arithmetic the UI's accessibility checks need, without ImGui: WCAG 2.x relative
// luminance and contrast ratio, and alpha blending (a translucent background over the window's).
#pragma once

namespace stempush::color {

struct Rgb {
  double r = 0, g = 0, b = 0;  // sRGB channels in [0, 1]
};

// `top` drawn with opacity `alpha` over `bottom`.
Rgb blend(Rgb top, double alpha, Rgb bottom);
// WCAG 2.x relative luminance: 0 for black, 1 for white.
double relative_luminance(Rgb c);
// (lighter + 0.05) / (darker + 0.05): 1 (same) to 21 (black on white). Text needs 4.5.
double contrast_ratio(Rgb a, Rgb b);

}  // namespace stempush::color
