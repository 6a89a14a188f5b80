// Statistics for results pages (see stats.hpp). Written from the textbook definitions; the t
// quantile inverts the Student t distribution function, computed through the regularized
// incomplete beta function (continued fraction, as in any numerical-methods text).
#include "stempush/stats.hpp"

#include <cmath>
#include <limits>

namespace stempush::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Continued fraction for the regularized incomplete beta function I_x(a, b) (modified Lentz).
double beta_continued_fraction(double a, double b, double x) {
  constexpr double tiny = 1e-300;
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  if (std::fabs(d) < tiny) d = tiny;
  d = 1.0 / d;
  double result = d;
  for (int m = 1; m <= 500; ++m) {
    double m2 = 2.0 * m;
    double numerator = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
    d = 1.0 + numerator * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1.0 + numerator / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1.0 / d;
    result *= d * c;
    numerator = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
    d = 1.0 + numerator * d;
    if (std::fabs(d) < tiny) d = tiny;
    c = 1.0 + numerator / c;
    if (std::fabs(c) < tiny) c = tiny;
    d = 1.0 / d;
    double step = d * c;
    result *= step;
    if (std::fabs(step - 1.0) < 1e-15) break;
  }
  return result;
}

double incomplete_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  double log_front = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) +
                     b * std::log1p(-x);
  double front = std::exp(log_front);
  // The fraction converges fast only on one side of the mean; use the symmetry on the other.
  if (x < (a + 1.0) / (a + b + 2.0)) return front * beta_continued_fraction(a, b, x) / a;
  return 1.0 - front * beta_continued_fraction(b, a, 1.0 - x) / b;
}

// P(|T| <= t) for Student t with df degrees of freedom, t >= 0.
double t_two_sided_coverage(double t, double df) {
  return 1.0 - incomplete_beta(df / 2.0, 0.5, df / (df + t * t));
}

}  // namespace

double mean(const std::vector<double>& x) {
  if (x.empty()) return kNaN;
  double sum = 0;
  for (double v : x) sum += v;
  return sum / static_cast<double>(x.size());
}

double sample_sd(const std::vector<double>& x) {
  if (x.size() < 2) return kNaN;
  double m = mean(x);
  double squares = 0;
  for (double v : x) squares += (v - m) * (v - m);
  return std::sqrt(squares / static_cast<double>(x.size() - 1));
}

double cronbach_alpha(const std::vector<std::vector<double>>& items) {
  const size_t k = items.size();
  if (k < 2) return kNaN;
  const size_t n = items[0].size();
  if (n < 2) return kNaN;
  for (const auto& item : items)
    if (item.size() != n) return kNaN;
  // alpha = k/(k-1) * (1 - sum of item variances / variance of the total score).
  double item_variance_sum = 0;
  for (const auto& item : items) {
    double sd = sample_sd(item);
    item_variance_sum += sd * sd;
  }
  std::vector<double> totals(n, 0.0);
  for (const auto& item : items)
    for (size_t r = 0; r < n; ++r) totals[r] += item[r];
  double total_sd = sample_sd(totals);
  double total_variance = total_sd * total_sd;
  if (!(total_variance > 0)) return kNaN;
  double kd = static_cast<double>(k);
  return kd / (kd - 1.0) * (1.0 - item_variance_sum / total_variance);
}

double t_critical(double confidence, int df) {
  if (df < 1 || !(confidence > 0) || !(confidence < 1)) return kNaN;
  // Bisection on the monotone coverage function: slow-ish but exact to 1e-12 and never fails.
  double lo = 0, hi = 1;
  while (t_two_sided_coverage(hi, df) < confidence) hi *= 2;
  for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
    double mid = 0.5 * (lo + hi);
    if (t_two_sided_coverage(mid, df) < confidence) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

PairedResult paired(const std::vector<double>& pre, const std::vector<double>& post) {
  PairedResult r;
  if (pre.size() != post.size()) {
    r.mean_pre = r.mean_post = r.mean_diff = r.sd_diff = r.ci_low = r.ci_high = r.cohens_dz = kNaN;
    return r;
  }
  r.n = static_cast<int>(pre.size());
  std::vector<double> diff(pre.size());
  for (size_t i = 0; i < pre.size(); ++i) diff[i] = post[i] - pre[i];
  r.mean_pre = mean(pre);
  r.mean_post = mean(post);
  r.mean_diff = mean(diff);
  r.sd_diff = sample_sd(diff);
  if (r.n >= 2) {
    double half_width = t_critical(0.95, r.n - 1) * r.sd_diff / std::sqrt(static_cast<double>(r.n));
    r.ci_low = r.mean_diff - half_width;
    r.ci_high = r.mean_diff + half_width;
  } else {
    r.ci_low = r.ci_high = kNaN;
  }
  // No spread in the differences: the effect size is undefined, not infinite.
  r.cohens_dz = (r.sd_diff > 0) ? r.mean_diff / r.sd_diff : kNaN;
  return r;
}

}  // namespace stempush::stats
