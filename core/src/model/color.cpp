#include "stempush/color.hpp"

#include <algorithm>
#include <cmath>

namespace stempush::color {

Rgb blend(Rgb top, double alpha, Rgb bottom) {
  alpha = std::clamp(alpha, 0.0, 1.0);
  return {top.r * alpha + bottom.r * (1 - alpha), top.g * alpha + bottom.g * (1 - alpha),
          top.b * alpha + bottom.b * (1 - alpha)};
}

double relative_luminance(Rgb c) {
  // sRGB channel to linear light, with the threshold of the sRGB standard.
  auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace stempush::color
