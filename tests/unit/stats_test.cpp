// stats: every expected value was computed independently of this code.
//  - means, sd, alpha, paired d: Python 3's `statistics` module (mean, stdev, variance) and the
//    textbook formulas typed in by hand, e.g. for alpha:
//      k/(k-1) * (1 - sum(variance(item)) / variance([sum(r) for r in zip(*items)]))
//  - t critical values: the published two-sided Student t table (any statistics textbook;
//    e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2), 3 decimals as printed there.
//  - the paired CI uses t(0.975, 7) = 2.3646242515927849 (R: qt(0.975, 7)).
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <cmath>

#include "stempush/stats.hpp"

namespace stats = stempush::stats;
using Catch::Approx;

TEST_CASE("mean and sample sd", "[stats]") {
  CHECK(stats::mean({1.5, 2.5, 4, 7}) == Approx(3.75));
  CHECK(stats::sample_sd({1.5, 2.5, 4, 7}) == Approx(2.3979157616563596).epsilon(1e-12));
  CHECK(std::isnan(stats::mean({})));
  CHECK(std::isnan(stats::sample_sd({3})));
  CHECK(stats::sample_sd({2, 2, 2}) == 0);
}

TEST_CASE("Cronbach's alpha", "[stats]") {
  // Three items, six respondents (items[i][r]).
  std::vector<std::vector<double>> items = {
      {4, 5, 3, 4, 2, 5}, {3, 5, 3, 4, 1, 4}, {4, 4, 2, 5, 2, 5}};
  CHECK(stats::cronbach_alpha(items) == Approx(0.9276807980049877).epsilon(1e-12));
  // Two items that disagree perfectly: the total has no variance at all -> undefined.
  CHECK(std::isnan(stats::cronbach_alpha({{1, 2, 3}, {3, 2, 1}})));
  CHECK(std::isnan(stats::cronbach_alpha({{1, 2, 3}})));        // one item
  CHECK(std::isnan(stats::cronbach_alpha({{1, 2}, {1, 2, 3}})));  // ragged
  // Two identical items: alpha = 2 * (1 - 2v / 4v) = 1.
  CHECK(stats::cronbach_alpha({{1, 2, 4}, {1, 2, 4}}) == Approx(1.0));
}

TEST_CASE("t critical values match the published table", "[stats]") {
  CHECK(stats::t_critical(0.95, 1) == Approx(12.706).margin(0.0005));
  CHECK(stats::t_critical(0.95, 2) == Approx(4.303).margin(0.0005));
  CHECK(stats::t_critical(0.95, 4) == Approx(2.776).margin(0.0005));
  CHECK(stats::t_critical(0.95, 7) == Approx(2.3646242515927849).epsilon(1e-9));
  CHECK(stats::t_critical(0.95, 10) == Approx(2.228).margin(0.0005));
  CHECK(stats::t_critical(0.95, 29) == Approx(2.045).margin(0.0005));
  CHECK(stats::t_critical(0.95, 120) == Approx(1.980).margin(0.0005));
  CHECK(stats::t_critical(0.99, 10) == Approx(3.169).margin(0.0005));
  CHECK(stats::t_critical(0.90, 5) == Approx(2.015).margin(0.0005));
  // Large df tends to the normal 1.95996.
  CHECK(stats::t_critical(0.95, 100000) == Approx(1.95996).margin(0.0001));
  CHECK(std::isnan(stats::t_critical(0.95, 0)));
  CHECK(std::isnan(stats::t_critical(1.0, 5)));
}

TEST_CASE("paired change: mean difference, CI and Cohen's dz", "[stats]") {
  std::vector<double> pre = {2, 3, 3, 4, 2, 3, 4, 3};
  std::vector<double> post = {3, 4, 3, 5, 3, 4, 4, 4};
  auto r = stats::paired(pre, post);
  CHECK(r.n == 8);
  CHECK(r.mean_pre == Approx(3.0));
  CHECK(r.mean_post == Approx(3.75));
  CHECK(r.mean_diff == Approx(0.75));
  CHECK(r.sd_diff == Approx(0.4629100498862757).epsilon(1e-12));
  CHECK(r.cohens_dz == Approx(1.620185174601965).epsilon(1e-9));
  CHECK(r.ci_low == Approx(0.36299751346242004).epsilon(1e-8));
  CHECK(r.ci_high == Approx(1.1370024865375798).epsilon(1e-8));
}

TEST_CASE("paired change edge cases give NaN, not numbers", "[stats]") {
  auto one = stats::paired({2}, {4});
  CHECK(one.n == 1);
  CHECK(one.mean_diff == Approx(2));
  CHECK(std::isnan(one.ci_low));
  CHECK(std::isnan(one.cohens_dz));
  auto same_change = stats::paired({1, 2, 3}, {2, 3, 4});  // every difference is +1
  CHECK(same_change.mean_diff == Approx(1));
  CHECK(std::isnan(same_change.cohens_dz));
  CHECK(std::isnan(stats::paired({1, 2}, {1}).mean_diff));
}
