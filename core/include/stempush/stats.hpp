// Statistics used by the plugins' results pages. Every function ignores nothing silently: callers
// pass only the values they mean to use, and get NaN where a figure is undefined (n too small).
#pragma once
#include <vector>

namespace stempush::stats {

double mean(const std::vector<double>& x);
double sample_sd(const std::vector<double>& x);  // n-1 denominator; NaN for n < 2
// Cronbach's alpha of k items over n respondents: items[i][r] = item i, respondent r (complete cases).
double cronbach_alpha(const std::vector<std::vector<double>>& items);
// Two-sided Student t quantile: t such that P(|T| <= t) = confidence, df degrees of freedom.
double t_critical(double confidence, int df);

struct PairedResult {
  int n = 0;
  double mean_pre = 0, mean_post = 0;
  double mean_diff = 0;        // post - pre
  double sd_diff = 0;
  double ci_low = 0, ci_high = 0;  // 95% CI of mean_diff
  double cohens_dz = 0;        // mean_diff / sd_diff (Cohen's d for paired data)
};
// pre[i] and post[i] belong to the same student. Unequal lengths give NaN everywhere; n < 2 gives
// NaN for the sd, CI and dz; no spread in the differences gives NaN for dz.
PairedResult paired(const std::vector<double>& pre, const std::vector<double>& post);

}  // namespace stempush::stats
