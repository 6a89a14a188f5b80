#include "stempush/chart_layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "stempush/dates.hpp"

namespace stempush::chart {

float LinearScale::to_px(double value) const {
  if (hi == lo) return (px_lo + px_hi) * 0.5f;
  return px_lo + float((value - lo) / (hi - lo)) * (px_hi - px_lo);
}

float LinearScale::to_px_clamped(double value) const { return to_px(std::clamp(value, std::min(lo, hi), std::max(lo, hi))); }

namespace {
// The smallest round step (1, 2, 2.5, 5 times a power of ten) at least `raw`.
double round_step_at_least(double raw) {
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * power >= raw * (1 - 1e-12)) return m * power;
  return 10 * power;
}
double next_round_step(double step) { return round_step_at_least(step * 1.000001); }
}  // namespace

Ticks nice_ticks(double lo, double hi, int max_intervals) {
  // Two at least: a range across zero cannot always be one round interval (-200 .. 200).
  max_intervals = std::max(2, max_intervals);
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  if (lo > hi) std::swap(lo, hi);
  if (lo == hi) {
    const double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
    lo -= pad, hi += pad;
  }
  Ticks t;
  t.step = round_step_at_least((hi - lo) / max_intervals);
  for (int tries = 0; tries < 64; ++tries) {
    t.lo = std::floor(lo / t.step + 1e-9) * t.step;
    t.hi = std::ceil(hi / t.step - 1e-9) * t.step;
    if (std::lround((t.hi - t.lo) / t.step) <= max_intervals) break;
    t.step = next_round_step(t.step);
  }
  const long n = std::lround((t.hi - t.lo) / t.step);
  for (long i = 0; i <= n; ++i) {
    double v = t.lo + double(i) * t.step;
    // No 0.30000000000000004: a fractional step divides (3 / 10 is exact to the last bit, 3 * 0.1
    // is not).
    const double inverse = 1 / t.step;
    if (t.step < 1 && std::fabs(inverse - std::round(inverse)) < 1e-9) v = std::round(v * inverse) / std::round(inverse);
    else v = std::round(v / t.step) * t.step;
    t.values.push_back(std::fabs(v) < t.step * 1e-9 ? 0.0 : v);
  }
  return t;
}

int tick_decimals(double step) {
  int decimals = 0;
  while (decimals < 6 && std::fabs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
    ++decimals;
  return decimals;
}

std::string tick_text(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);
  return s;
}

std::vector<DateTick> date_ticks(long first_day, long last_day, int max_ticks) {
  if (last_day < first_day) std::swap(first_day, last_day);
  max_ticks = std::max(1, max_ticks);
  std::vector<DateTick> out;
  for (long step : {1L, 2L, 7L, 14L}) {
    if ((last_day - first_day) / step + 1 > max_ticks) continue;
    for (long d = first_day; d <= last_day; d += step) out.push_back({d, iso_from_days(d)});
    return out;
  }
  // Month steps: ticks on the first of a month whose index (months since year 0) is a multiple
  // of the step, so that quarters start in January, April, July and October.
  const std::string a = iso_from_days(first_day), b = iso_from_days(last_day);
  const long first_month = std::stol(a.substr(0, 4)) * 12 + std::stol(a.substr(5, 2)) - 1;
  const long last_month = std::stol(b.substr(0, 4)) * 12 + std::stol(b.substr(5, 2)) - 1;
  for (long step : {1L, 2L, 3L, 6L, 12L, 24L, 60L, 120L, 600L}) {
    std::vector<DateTick> ticks;
    for (long m = (first_month + step - 1) / step * step; m <= last_month + step; m += step) {
      char iso[64];
      std::snprintf(iso, sizeof iso, "%04ld-%02ld-01", m / 12, m % 12 + 1);
      const long day = days_from_iso(iso);
      if (day < first_day || day > last_day) continue;
      std::string label = std::string(iso).substr(0, step >= 12 ? 4 : 7);
      ticks.push_back({day, label});
    }
    if (int(ticks.size()) <= max_ticks) return ticks;
  }
  return out;
}

std::vector<TickLabelPlace> place_tick_labels(const std::vector<float>& centres, const std::vector<float>& widths,
                                              const std::vector<float>& short_widths, float left_limit, float right_limit,
                                              float gap) {
  std::vector<TickLabelPlace> out(centres.size());
  float free_from = left_limit;
  bool any_shown = false;
  for (size_t i = 0; i < centres.size(); ++i) {
    // A label may end where the next tick's short label would start.
    const float next_short_left = i + 1 < centres.size() ? centres[i + 1] - short_widths[i + 1] * 0.5f - gap : right_limit;
    TickLabelPlace& p = out[i];
    p.left = std::max(free_from, centres[i] - widths[i] * 0.5f);
    if (p.left + widths[i] > next_short_left) {
      p.use_short = true;
      p.left = std::max(free_from, centres[i] - short_widths[i] * 0.5f);
      // A number pushed off its tick by the previous label would point at the wrong tick.
      if ((any_shown && free_from > centres[i] - short_widths[i] * 0.5f + 0.5f) || p.left + short_widths[i] > right_limit)
        p.shown = false;
    }
    if (p.shown) free_from = p.left + (p.use_short ? short_widths[i] : widths[i]) + gap, any_shown = true;
  }
  return out;
}

std::vector<LegendSlot> wrap_legend(const std::vector<float>& entry_widths, float available, float gap) {
  std::vector<LegendSlot> out;
  int row = 0;
  float x = 0;
  for (float w : entry_widths) {
    if (x > 0 && x + w > available) {
      ++row;
      x = 0;
    }
    out.push_back({row, x});
    x += w + gap;
  }
  return out;
}

int legend_rows(const std::vector<LegendSlot>& slots) { return slots.empty() ? 0 : slots.back().row + 1; }

DivergingLayout diverging_layout(const std::vector<int>& counts) {
  DivergingLayout out;
  long n = 0;
  for (int c : counts) n += std::max(0, c);
  if (n <= 0) return out;
  const size_t points = counts.size();
  for (size_t p = 0; p < points; ++p) {
    const double share = double(std::max(0, counts[p])) / double(n);
    if (points % 2 == 1 && p == points / 2) out.left += share / 2, out.right += share / 2;
    else if (p < points / 2) out.left += share;
    else out.right += share;
  }
  double x = -out.left;
  for (size_t p = 0; p < points; ++p) {
    const double share = double(std::max(0, counts[p])) / double(n);
    out.segments.push_back({x, x + share, share});
    x += share;
  }
  return out;
}

double diverging_ruler(const std::vector<std::vector<int>>& rows) {
  double widest = 0.25;
  for (auto& counts : rows) {
    const DivergingLayout l = diverging_layout(counts);
    widest = std::max({widest, l.left, l.right});
  }
  return std::min(1.0, std::ceil(widest * 4.0 - 1e-4) / 4.0);
}

Rgb8 diverging_rgb(int level, int levels) {
  if (levels <= 1) return {150, 150, 150};
  const double t = double(level) / double(levels - 1);
  const double lo[3] = {0.84, 0.37, 0.0}, mid[3] = {0.72, 0.72, 0.72}, hi[3] = {0.0, 0.45, 0.70};
  const double* a = t < 0.5 ? lo : mid;
  const double* b = t < 0.5 ? mid : hi;
  const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
  auto channel = [&](int i) { return int(std::lround((a[i] + (b[i] - a[i]) * u) * 255)); };
  return {channel(0), channel(1), channel(2)};
}

Rgb8 categorical_rgb(int index) {
  static const Rgb8 palette[] = {{0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {204, 121, 167},
                                 {86, 180, 233}, {213, 94, 0},  {240, 228, 66}};
  return palette[((index % 7) + 7) % 7];
}

std::string hex(Rgb8 colour) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", colour.r & 0xff, colour.g & 0xff, colour.b & 0xff);
  return buf;
}

void DatedExtent::see_day(const std::string& date) {
  if (!is_iso_date(date)) return;
  const long d = days_from_iso(date);
  first = any_day ? std::min(first, d) : d;
  last = any_day ? std::max(last, d) : d;
  any_day = true;
}

void DatedExtent::see_value(double value) {
  if (!std::isfinite(value)) return;
  lo = any_value ? std::min(lo, value) : value;
  hi = any_value ? std::max(hi, value) : value;
  any_value = true;
}

void DatedExtent::see_point(const std::string& date, double value) {
  if (!is_iso_date(date)) return;
  see_day(date);
  see_value(value);
}

double DatedExtent::pad_days() const { return std::max(0.5, double(last - first) * 0.03); }

}  // namespace stempush::chart
