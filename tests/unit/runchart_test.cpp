// Run-chart analysis: the reference distributions against exact counting, published limits, and
// hand-worked series for every rule (ties, points on the median, n < 10, the edges of the runs
// table, freeze and split).
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <cmath>
#include <cstdint>
#include <random>

#include "stempush/i18n.hpp"
#include "stempush/runchart.hpp"

using Catch::Approx;
using Catch::Matchers::ContainsSubstring;
namespace rc = stempush::runchart;

namespace {

// Day i of 2026, as YYYY-MM-DD (28-day months keep the arithmetic trivial; i < 336).
std::string day(size_t i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "2026-%02u-%02u", static_cast<unsigned>(1 + i / 28 % 12), static_cast<unsigned>(1 + i % 28));
  return buf;
}

// Point i on day(i * step).
std::vector<rc::Point> series(const std::vector<double>& values, size_t step = 1) {
  std::vector<rc::Point> points;
  for (size_t i = 0; i < values.size(); ++i) points.push_back({day(i * step), values[i]});
  return points;
}

rc::Analysis analyse(const std::vector<double>& values, rc::Options options = {}, size_t step = 1) {
  stempush::i18n::load_core_catalogs();
  return rc::analyse(series(values, step), options);
}

rc::Options anhoj() {
  rc::Options o;
  o.rules = rc::RuleSet::Anhoj;
  return o;
}

std::vector<const rc::Signal*> signals_of(const rc::Part& part, rc::Rule rule) {
  std::vector<const rc::Signal*> out;
  for (auto& s : part.signals)
    if (s.rule == rule) out.push_back(&s);
  return out;
}

std::vector<size_t> range(size_t first, size_t last) {
  std::vector<size_t> out;
  for (size_t i = first; i <= last; ++i) out.push_back(i);
  return out;
}

using u128 = unsigned __int128;
u128 choose(unsigned n, unsigned k) {
  if (k > n) return 0;
  u128 c = 1;
  for (unsigned i = 1; i <= k; ++i) c = c * (n - k + i) / i;
  return c;
}

// Runs table limits by exact integer arithmetic over the same formula (n up to ~60).
rc::RunsLimits exact_runs_limits(unsigned n) {
  const unsigned m1 = n / 2, m2 = n - n / 2;
  std::vector<u128> ways(n + 2, 0);
  for (unsigned r = 2; r <= n; ++r) {
    const unsigned k = r / 2;
    ways[r] = r % 2 == 0 ? 2 * choose(m1 - 1, k - 1) * choose(m2 - 1, k - 1)
                         : choose(m1 - 1, k) * choose(m2 - 1, k - 1) + choose(m1 - 1, k - 1) * choose(m2 - 1, k);
  }
  const u128 total = choose(n, m1);
  // P > 0.025 exactly: 40 * count > total.
  rc::RunsLimits limits;
  u128 tail = 0;
  for (unsigned r = 2; r <= n; ++r) {
    tail += ways[r];
    if (40 * tail > total) {
      limits.fewest = r;
      break;
    }
  }
  tail = 0;
  for (unsigned r = n; r >= 2; --r) {
    tail += ways[r];
    if (40 * tail > total) {
      limits.most = r;
      break;
    }
  }
  return limits;
}

// The same limits by counting every arrangement of m1 "above" and m2 "below" points (n <= 20).
rc::RunsLimits counted_runs_limits(unsigned n) {
  const unsigned m1 = n / 2;
  std::vector<uint64_t> ways(n + 2, 0);
  uint64_t total = 0;
  for (uint32_t mask = 0; mask < (1u << n); ++mask) {
    if (static_cast<unsigned>(__builtin_popcount(mask)) != m1) continue;
    unsigned runs = 1;
    for (unsigned i = 1; i < n; ++i) runs += ((mask >> i) & 1) != ((mask >> (i - 1)) & 1);
    ++ways[runs];
    ++total;
  }
  rc::RunsLimits limits;
  uint64_t tail = 0;
  for (unsigned r = 1; r <= n && !limits.fewest; ++r)
    if (40 * (tail += ways[r]) > total) limits.fewest = r;
  tail = 0;
  for (unsigned r = n; r >= 1 && !limits.most; --r)
    if (40 * (tail += ways[r]) > total) limits.most = r;
  return limits;
}

}  // namespace

TEST_CASE("runchart: median of odd and even counts, unsorted input", "[runchart]") {
  CHECK(rc::median({3, 1, 2}) == 2);
  CHECK(rc::median({4, 1, 3, 2}) == 2.5);
  CHECK(rc::median({7, 7, 1, 9, 7, 2}) == 7);
  CHECK(rc::median({5}) == 5);
  CHECK(std::isnan(rc::median({})));
}

TEST_CASE("runchart: runs table equals exact counting of arrangements", "[runchart]") {
  for (unsigned n = 10; n <= 20; ++n) {
    INFO("n = " << n);
    auto computed = rc::runs_table(n);
    auto counted = counted_runs_limits(n);
    CHECK(computed.fewest == counted.fewest);
    CHECK(computed.most == counted.most);
  }
  for (unsigned n = 10; n <= 60; ++n) {
    INFO("n = " << n);
    auto computed = rc::runs_table(n);
    auto exact = exact_runs_limits(n);
    CHECK(computed.fewest == exact.fewest);
    CHECK(computed.most == exact.most);
  }
}

TEST_CASE("runchart: runs table matches published rows and the normal approximation for long series", "[runchart]") {
  // Swed & Eisenhart's (1943) two-sided 5% critical values for two equal halves, which the IHI
  // table is built from: m and m -> reject at r_low or fewer runs and at r_high or more.
  struct Row {
    size_t half, r_low, r_high;
  };
  for (Row row : {Row{5, 2, 10}, Row{8, 4, 14}, Row{10, 6, 16}, Row{12, 7, 19}, Row{15, 10, 22}}) {
    INFO("n = " << 2 * row.half);
    auto limits = rc::runs_table(2 * row.half);
    CHECK(limits.fewest == row.r_low + 1);
    CHECK(limits.most == row.r_high - 1);
  }
  // Far beyond any table the walk still works: within a run or two of mean -/+ 1.96 sd.
  for (size_t n : {200u, 1001u, 5000u, 100000u}) {
    INFO("n = " << n);
    const double m1 = static_cast<double>(n / 2), m2 = static_cast<double>(n - n / 2), nd = static_cast<double>(n);
    const double mean = 1 + 2 * m1 * m2 / nd;
    const double sd = std::sqrt(2 * m1 * m2 * (2 * m1 * m2 - nd) / (nd * nd * (nd - 1)));
    auto limits = rc::runs_table(n);
    CHECK(std::fabs(static_cast<double>(limits.fewest) - (mean - 1.96 * sd)) < 2.0);
    CHECK(std::fabs(static_cast<double>(limits.most) - (mean + 1.96 * sd)) < 2.0);
  }
}

TEST_CASE("runchart: Anhøj limits from the formulas equal the published table and exact binomials", "[runchart]") {
  // Anhøj & Olesen (2014), Table 1: n -> longest run limit, crossings limit.
  struct Row {
    size_t n, longest, crossings;
  };
  for (Row row : {Row{10, 6, 2}, Row{11, 6, 2}, Row{12, 7, 3}, Row{14, 7, 4}, Row{17, 7, 5}, Row{19, 7, 6},
                  Row{22, 7, 7}, Row{23, 8, 7}, Row{24, 8, 8}, Row{27, 8, 9}, Row{30, 8, 10}, Row{40, 8, 14}}) {
    INFO("n = " << row.n);
    CHECK(rc::anhoj_longest_run_limit(row.n) == row.longest);
    CHECK(rc::anhoj_crossings_limit(row.n) == row.crossings);
  }
  // The 5% quantile of Binomial(n - 1, 1/2) by exact integer sums (20 * count >= 2^(n-1)).
  for (unsigned n = 10; n <= 100; ++n) {
    const unsigned trials = n - 1;
    u128 cumulative = 0;
    unsigned quantile = 0;
    for (unsigned x = 0; x <= trials; ++x) {
      cumulative += choose(trials, x);
      if (20 * cumulative >= (u128(1) << trials)) {
        quantile = x;
        break;
      }
    }
    INFO("n = " << n);
    CHECK(rc::anhoj_crossings_limit(n) == quantile);
  }
  // Long series: close to the normal quantile.
  for (size_t n : {1000u, 5000u, 100000u}) {
    const double trials = static_cast<double>(n - 1);
    CHECK(std::fabs(static_cast<double>(rc::anhoj_crossings_limit(n)) - (trials / 2 - 1.645 * std::sqrt(trials) / 2)) < 2.0);
  }
}

TEST_CASE("runchart IHI: a shift needs 6 on one side; points on the median neither break nor add", "[runchart]") {
  // Median 5 (six 2s, two 5s, seven 8s). Points 3,4,6,7,8 are above with a 5 at 5: a run of five.
  auto five = analyse({2, 8, 2, 8, 8, 5, 8, 8, 8, 2, 2, 5, 2, 8, 2});
  REQUIRE(five.parts.size() == 1);
  const auto& p5 = five.parts[0];
  CHECK(p5.median == 5);
  CHECK(p5.useful_n == 13);
  CHECK(p5.runs == 7);
  CHECK(p5.crossings == 6);
  CHECK(p5.longest_run == 5);
  CHECK(signals_of(p5, rc::Rule::Shift).empty());

  // The same with point 2 above and point 1 below: six above (2,3,4,6,7,8) across the 5 at 5.
  auto six = analyse({2, 2, 8, 8, 8, 5, 8, 8, 8, 2, 2, 5, 2, 8, 2});
  const auto& p6 = six.parts[0];
  CHECK(p6.median == 5);
  CHECK(p6.longest_run == 6);
  CHECK(p6.runs == 5);
  auto shifts = signals_of(p6, rc::Rule::Shift);
  REQUIRE(shifts.size() == 1);
  CHECK(shifts[0]->points == std::vector<size_t>{2, 3, 4, 6, 7, 8});
  CHECK_THAT(shifts[0]->sentence, ContainsSubstring("6 points in a row"));
  CHECK_THAT(shifts[0]->sentence, ContainsSubstring("above the median"));
  CHECK_THAT(shifts[0]->sentence, ContainsSubstring(day(2)));
  CHECK_THAT(shifts[0]->sentence, ContainsSubstring(day(8)));
  // 13 useful points: the runs table judges (4..11) and 5 runs is inside it.
  CHECK(p6.fewest_runs == 4);
  CHECK(p6.most_runs == 11);
  CHECK(signals_of(p6, rc::Rule::TooFewRuns).empty());
  CHECK(signals_of(p6, rc::Rule::TooManyRuns).empty());
  CHECK(p6.signals.size() == 1);
}

TEST_CASE("runchart IHI: a trend needs 5 rising or falling points; equal neighbours count once", "[runchart]") {
  auto up = analyse({1, 2, 3, 4, 5});
  auto trends = signals_of(up.parts[0], rc::Rule::Trend);
  REQUIRE(trends.size() == 1);
  CHECK(trends[0]->points == range(0, 4));
  CHECK_THAT(trends[0]->sentence, ContainsSubstring("5 points in a row"));
  CHECK_THAT(trends[0]->sentence, ContainsSubstring("go up"));

  CHECK(signals_of(analyse({1, 2, 3, 4}).parts[0], rc::Rule::Trend).empty());
  // A repeat does not add: five points but four different values, no trend.
  CHECK(signals_of(analyse({1, 2, 2, 3, 4}).parts[0], rc::Rule::Trend).empty());
  // ...and does not break: 1 2 2 3 4 5 is five values rising, shown on all six points.
  auto tied = analyse({1, 2, 2, 3, 4, 5});
  trends = signals_of(tied.parts[0], rc::Rule::Trend);
  REQUIRE(trends.size() == 1);
  CHECK(trends[0]->points == range(0, 5));
  CHECK_THAT(trends[0]->sentence, ContainsSubstring("5 points in a row"));

  auto down = analyse({9, 5, 4, 4, 4, 3, 2, 1});
  trends = signals_of(down.parts[0], rc::Rule::Trend);
  REQUIRE(trends.size() == 1);
  CHECK(trends[0]->points == range(0, 7));  // 9 5 4 3 2 1: six values falling
  CHECK_THAT(trends[0]->sentence, ContainsSubstring("6 points in a row"));
  CHECK_THAT(trends[0]->sentence, ContainsSubstring("go down"));

  // Up then down share the peak; a broken climb (1 2 3 2 4 5 6) has no trend of 5.
  auto peak = analyse({1, 2, 3, 4, 5, 4, 3, 2, 1});
  trends = signals_of(peak.parts[0], rc::Rule::Trend);
  REQUIRE(trends.size() == 2);
  CHECK(trends[0]->points == range(0, 4));
  CHECK(trends[1]->points == range(4, 8));
  CHECK(signals_of(analyse({1, 2, 3, 2, 4, 5, 6}).parts[0], rc::Rule::Trend).empty());
}

TEST_CASE("runchart IHI: too few and too many runs at the edges of the runs table (n = 10: 3..9)", "[runchart]") {
  // Five 10s and five 0s: median 5, ten useful points.
  auto two_runs = analyse({10, 10, 10, 10, 10, 0, 0, 0, 0, 0}).parts[0];
  CHECK(two_runs.useful_n == 10);
  CHECK(two_runs.runs == 2);
  auto few = signals_of(two_runs, rc::Rule::TooFewRuns);
  REQUIRE(few.size() == 1);
  CHECK(few[0]->points == range(0, 9));
  CHECK_THAT(few[0]->sentence, ContainsSubstring("at least 3"));
  CHECK(signals_of(two_runs, rc::Rule::Shift).empty());  // runs of 5 are not shifts

  auto three_runs = analyse({10, 10, 10, 10, 0, 0, 0, 0, 0, 10}).parts[0];
  CHECK(three_runs.runs == 3);
  CHECK(three_runs.signals.empty());

  auto ten_runs = analyse({10, 0, 10, 0, 10, 0, 10, 0, 10, 0}).parts[0];
  CHECK(ten_runs.runs == 10);
  auto many = signals_of(ten_runs, rc::Rule::TooManyRuns);
  REQUIRE(many.size() == 1);
  CHECK_THAT(many[0]->sentence, ContainsSubstring("at most 9"));

  auto nine_runs = analyse({10, 0, 10, 0, 10, 0, 10, 0, 0, 10}).parts[0];
  CHECK(nine_runs.runs == 9);
  CHECK(nine_runs.signals.empty());
}

TEST_CASE("runchart: below 10 useful points the runs table and Anhøj say they cannot judge; shift and trend still apply", "[runchart]") {
  // Eleven points with the middle value twice: 9 useful. Alternating sides, 8 runs.
  const std::vector<double> nine_useful = {1, 9, 2, 8, 5, 5, 3, 7, 4, 6, 10};
  auto ihi = analyse(nine_useful).parts[0];
  CHECK(ihi.median == 5);
  CHECK(ihi.useful_n == 9);
  CHECK(ihi.fewest_runs == 0);
  CHECK(ihi.most_runs == 0);
  REQUIRE(ihi.notes.size() == 1);
  CHECK_THAT(ihi.notes[0], ContainsSubstring("Only 9 points"));
  auto a = analyse(nine_useful, anhoj()).parts[0];
  CHECK(a.signals.empty());
  REQUIRE(a.notes.size() == 1);
  CHECK_THAT(a.notes[0], ContainsSubstring("Anhøj"));

  // One more distinct value: 10 useful points alternating, 10 runs: too many, and judged.
  const std::vector<double> ten_useful = {1, 9, 2, 8, 5, 11, 3, 7, 4, 6, 10};
  auto judged = analyse(ten_useful).parts[0];
  CHECK(judged.median == 6);
  CHECK(judged.useful_n == 10);
  CHECK(judged.runs == 10);
  CHECK(judged.notes.empty());
  CHECK(signals_of(judged, rc::Rule::TooManyRuns).size() == 1);

  // Seven points: a shift of 6 below a frozen median, and a trend, with nothing else judged.
  rc::Options frozen;
  frozen.freeze = 1;
  auto small = analyse({10, 9, 8, 7, 6, 5, 4}, frozen).parts[0];
  CHECK(small.useful_n == 6);
  CHECK(signals_of(small, rc::Rule::Shift).size() == 1);
  CHECK(signals_of(small, rc::Rule::Trend).size() == 1);
  CHECK(signals_of(small, rc::Rule::TooFewRuns).empty());
  CHECK_THAT(small.notes.back(), ContainsSubstring("Shifts and trends are still checked"));
}

TEST_CASE("runchart Anhøj: long run above round(log2(n)+3), crossings below the binomial 5% quantile", "[runchart]") {
  // 24 useful points (limits 8 and 8), twelve 9s and twelve 1s (median 5): a run of 8 and
  // 8 crossings is no signal.
  const std::vector<double> eight = {9, 9, 9, 9, 9, 9, 9, 9, 1, 1, 1, 9, 1, 1, 1, 9, 1, 1, 1, 9, 1, 1, 1, 9};
  auto no_signal = analyse(eight, anhoj()).parts[0];
  CHECK(no_signal.median == 5);
  CHECK(no_signal.useful_n == 24);
  CHECK(no_signal.longest_run_limit == 8);
  CHECK(no_signal.fewest_crossings == 8);
  CHECK(no_signal.longest_run == 8);
  CHECK(no_signal.crossings == 8);
  CHECK(no_signal.signals.empty());

  // A run of 9, and 7 crossings: 9|1 at 8-9, then at 14-15, 15-16, 16-17, 17-18, 20-21, 21-22.
  const std::vector<double> nine = {9, 9, 9, 9, 9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 1, 9, 1, 9, 1, 1, 1, 9, 1, 1};
  auto long_run = analyse(nine, anhoj()).parts[0];
  CHECK(long_run.median == 5);
  CHECK(long_run.longest_run == 9);
  auto runs = signals_of(long_run, rc::Rule::LongRun);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0]->points == range(0, 8));
  CHECK_THAT(runs[0]->sentence, ContainsSubstring("longer than 8"));
  CHECK(long_run.crossings == 7);
  auto crossings = signals_of(long_run, rc::Rule::FewCrossings);
  REQUIRE(crossings.size() == 1);
  CHECK(crossings[0]->points == range(0, 23));
  CHECK_THAT(crossings[0]->sentence, ContainsSubstring("only 7 times"));
  CHECK_THAT(crossings[0]->sentence, ContainsSubstring("fewer than 8"));
  // Anhøj has no trend or shift-of-6 rule.
  CHECK(signals_of(long_run, rc::Rule::Shift).empty());
  CHECK(signals_of(long_run, rc::Rule::Trend).empty());

  // n = 10: crossings limit 2. One crossing signals, two do not.
  auto one = analyse({10, 10, 10, 10, 10, 0, 0, 0, 0, 0}, anhoj()).parts[0];
  CHECK(one.crossings == 1);
  CHECK(signals_of(one, rc::Rule::FewCrossings).size() == 1);
  CHECK(signals_of(one, rc::Rule::LongRun).empty());  // 5 <= 6
  auto two = analyse({10, 10, 10, 10, 0, 0, 0, 0, 0, 10}, anhoj()).parts[0];
  CHECK(two.crossings == 2);
  CHECK(two.signals.empty());
}

TEST_CASE("runchart: freeze judges every point against the baseline's median", "[runchart]") {
  // Baseline 5 6 5 6 5 6 5 6 (median 5.5), then twelve points at 8 and 9.
  std::vector<double> values = {5, 6, 5, 6, 5, 6, 5, 6, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9};
  rc::Options options;
  options.freeze = 8;
  auto part = analyse(values, options).parts[0];
  CHECK(part.median == 5.5);
  CHECK(part.frozen_points == 8);
  CHECK(part.useful_n == 20);
  CHECK(part.runs == 8);
  CHECK(part.longest_run == 13);
  auto shifts = signals_of(part, rc::Rule::Shift);
  REQUIRE(shifts.size() == 1);
  CHECK(shifts[0]->points == range(7, 19));
  CHECK_THAT(part.notes.at(0), ContainsSubstring("first 8 points"));

  // Without the freeze the median is 8 and the eights sit on it: no such shift.
  auto unfrozen = analyse(values).parts[0];
  CHECK(unfrozen.median == 8);
  CHECK(unfrozen.frozen_points == 0);
  CHECK(unfrozen.useful_n == 14);

  options.freeze = 21;
  CHECK_THROWS_AS(analyse(values, options), rc::OptionsError);
}

TEST_CASE("runchart: a split starts a part with its own median at the first point on or after its date", "[runchart]") {
  // Part 1: 5 6 5 6 5 6 5 6 (median 5.5). Part 2: three 8s, three 9s, six 10s (median 9.5).
  std::vector<double> values = {5, 6, 5, 6, 5, 6, 5, 6, 8, 9, 8, 9, 8, 9, 10, 10, 10, 10, 10, 10};
  rc::Options options;
  // Points every other day: point 7 is on day 14, point 8 on day 16; a split on day 15 starts
  // part 2 at point 8.
  options.splits = {day(15)};
  auto analysis = analyse(values, options, 2);
  REQUIRE(analysis.parts.size() == 2);
  const auto& first = analysis.parts[0];
  const auto& second = analysis.parts[1];
  CHECK(first.first == 0);
  CHECK(first.last == 7);
  CHECK(first.from == day(0));
  CHECK(first.to == day(14));
  CHECK(first.median == 5.5);
  CHECK(first.useful_n == 8);
  CHECK(first.signals.empty());
  CHECK(second.first == 8);
  CHECK(second.from == day(16));
  CHECK(second.to == day(38));
  CHECK(second.median == 9.5);
  CHECK(second.useful_n == 12);
  CHECK(second.runs == 2);
  // Indices are into the whole series.
  auto shifts = signals_of(second, rc::Rule::Shift);
  REQUIRE(shifts.size() == 2);
  CHECK(shifts[0]->points == range(8, 13));
  CHECK(shifts[1]->points == range(14, 19));
  CHECK(signals_of(second, rc::Rule::TooFewRuns).size() == 1);  // 2 runs < 4 for n = 12

  // A split exactly on a point's date starts the part at that point.
  options.splits = {day(16)};
  CHECK(analyse(values, options, 2).parts[1].first == 8);
  options.splits = {"2026-01-08T"};
  CHECK_THROWS_AS(analyse(values, options, 2), rc::OptionsError);  // not a date
  rc::Options with_freeze;
  with_freeze.splits = {day(15)};
  with_freeze.freeze = 9;  // longer than part 1
  CHECK_THROWS_AS(analyse(values, with_freeze, 2), rc::OptionsError);
  with_freeze.freeze = 4;  // the freeze belongs to the first part only
  auto both = analyse(values, with_freeze, 2);
  CHECK(both.parts[0].median == 5.5);
  CHECK(both.parts[0].frozen_points == 4);
  CHECK(both.parts[1].frozen_points == 0);
  CHECK(both.parts[1].median == 9.5);

  rc::Options bad;
  bad.splits = {day(0)};  // no point before it: part 1 would be empty
  CHECK_THROWS_AS(analyse(values, bad, 2), rc::OptionsError);
  bad.splits = {"2027-01-01"};  // after the last point
  CHECK_THROWS_AS(analyse(values, bad, 2), rc::OptionsError);
  bad.splits = {day(19), day(20)};  // both start at point 10 (day 20)
  CHECK_THROWS_AS(analyse(values, bad, 2), rc::OptionsError);
  CHECK_THROWS_AS(rc::analyse({}, {}), rc::OptionsError);
}

TEST_CASE("runchart: a signal is never reported on fewer points than its rule needs", "[runchart]") {
  // Random series with many ties and points on the median; every reported signal is checked
  // against the rule's definition, and the counts against a plain recount.
  std::mt19937 random(20261125);
  for (int trial = 0; trial < 400; ++trial) {
    const size_t n = 3 + random() % 60;
    std::vector<double> values;
    for (size_t i = 0; i < n; ++i) values.push_back(static_cast<double>(random() % 5) + (trial % 3 == 0 ? 0.1 * i : 0));
    for (auto rules : {rc::RuleSet::Ihi, rc::RuleSet::Anhoj}) {
      rc::Options options;
      options.rules = rules;
      auto part = analyse(values, options).parts[0];
      const double m = part.median;
      // "On the median" as documented: equal within 1e-9 relative (0.1 * i sums are not exact).
      auto on = [m](double v) { return std::fabs(v - m) <= 1e-9 * std::max(1.0, std::fabs(m)); };
      // Recount runs and the longest one, skipping points on the median.
      size_t useful = 0, runs = 0, longest = 0, current = 0;
      int side = 0;
      for (double v : values) {
        if (on(v)) continue;
        ++useful;
        const int s = v > m ? 1 : -1;
        if (s != side) {
          ++runs;
          current = 0;
          side = s;
        }
        longest = std::max(longest, ++current);
      }
      REQUIRE(part.useful_n == useful);
      REQUIRE(part.runs == runs);
      REQUIRE(part.longest_run == longest);
      for (auto& s : part.signals) {
        INFO("trial " << trial << " rule " << rc::rule_id(s.rule));
        switch (s.rule) {
          case rc::Rule::Shift:
          case rc::Rule::LongRun: {
            REQUIRE(s.points.size() >= (s.rule == rc::Rule::Shift ? rc::kShiftLength : part.longest_run_limit + 1));
            const bool above = values[s.points[0]] > m;
            for (size_t i : s.points) REQUIRE((values[i] > m) == above);
            for (size_t i : s.points) REQUIRE(!on(values[i]));
            // Consecutive: only points on the median lie between them.
            for (size_t k = s.points.front(); k <= s.points.back(); ++k)
              if (!on(values[k])) REQUIRE((values[k] > m) == above);
            break;
          }
          case rc::Rule::Trend: {
            size_t distinct = 1;
            for (size_t k = 1; k < s.points.size(); ++k) {
              const double a = values[s.points[k - 1]], b = values[s.points[k]];
              if (a != b) ++distinct;
              REQUIRE(s.points[k] == s.points[k - 1] + 1);
            }
            REQUIRE(distinct >= rc::kTrendLength);
            break;
          }
          case rc::Rule::TooFewRuns:
          case rc::Rule::TooManyRuns:
          case rc::Rule::FewCrossings:
            REQUIRE(part.useful_n >= rc::kMinUsefulForRuns);
            REQUIRE(s.points.size() == part.useful_n);
            break;
        }
      }
    }
  }
}

TEST_CASE("runchart CSV: header, notes and every bad row reported by line, all or nothing", "[runchart]") {
  stempush::i18n::load_core_catalogs();
  auto good = rc::read_points_csv("\xEF\xBB\xBF" "Week,Attendance,Note\r\n2026-01-05,12,first\r\n2026-01-12, 13.5 ,\r\n2026-01-19,+2e1\r\n");
  REQUIRE(good.ok());
  REQUIRE(good.points.size() == 3);
  CHECK(good.points[0].date == "2026-01-05");
  CHECK(good.points[1].value == 13.5);
  CHECK(good.points[2].value == 20);
  CHECK(good.notes == std::vector<std::string>{"first", "", ""});

  auto no_header = rc::read_points_csv("2026-01-05,1\n2026-01-06,2\n");
  REQUIRE(no_header.ok());
  CHECK(no_header.points.size() == 2);

  auto bad = rc::read_points_csv(
      "date,value\n"
      "2026-01-05,1\n"      // line 2 ok
      "2026-02-30,2\n"      // line 3: not a date
      "2026-01-07,abc\n"    // line 4: not a number
      "2026-01-08,\n"       // line 5: no value
      "2026-01-08,4\n"      // line 6: repeats line 5's date (its value was missing)
      "2026-01-04,4\n"      // line 7: before line 5's date
      "2026-01-09,5,a,b\n"  // line 8: extra column
      "2026-01-10,1.5%\n"   // line 9: percent sign
      "2026-01-11,7,,\n");  // line 10: empty trailing cells are fine
  CHECK(bad.problems.size() == 7);
  std::vector<size_t> lines;
  for (auto& p : bad.problems) lines.push_back(p.line);
  CHECK(lines == std::vector<size_t>{3, 4, 5, 6, 7, 8, 9});
  CHECK_THAT(bad.problems[0].message, ContainsSubstring("2026-02-30"));
  CHECK_THAT(bad.problems[1].message, ContainsSubstring("not a number"));
  CHECK_THAT(bad.problems[3].message, ContainsSubstring("already on line 5"));
  CHECK_THAT(bad.problems[4].message, ContainsSubstring("sort the rows"));

  CHECK_FALSE(rc::read_points_csv("").ok());
  CHECK_FALSE(rc::read_points_csv("date,value\n").ok());
  auto unterminated = rc::read_points_csv("2026-01-05,\"12\n");
  REQUIRE_FALSE(unterminated.ok());
  CHECK(unterminated.problems[0].line == 1);
}

TEST_CASE("runchart: describe off gives the same signals without lists and sentences; describe() adds them", "[runchart]") {
  stempush::i18n::load_core_catalogs();
  // A shift across a point on the median, a trend with a repeat, and too few runs.
  const auto points = series({2, 2, 8, 8, 8, 5, 8, 8, 8, 2, 2, 5, 2, 3, 4, 4, 6, 7});
  rc::Options quiet;
  quiet.describe = false;
  auto bare = rc::analyse(points, quiet);
  auto full = rc::analyse(points);
  REQUIRE(bare.parts[0].signals.size() == full.parts[0].signals.size());
  REQUIRE_FALSE(full.parts[0].signals.empty());
  for (size_t i = 0; i < bare.parts[0].signals.size(); ++i) {
    const auto& b = bare.parts[0].signals[i];
    const auto& f = full.parts[0].signals[i];
    CHECK(b.rule == f.rule);
    CHECK(b.first == f.first);
    CHECK(b.last == f.last);
    CHECK(b.counted == f.counted);
    CHECK(b.points.empty());
    CHECK(b.sentence.empty());
    CHECK_FALSE(f.sentence.empty());
    CHECK(f.points.front() == f.first);
    CHECK(f.points.back() == f.last);
  }
  rc::describe(bare, points);
  for (size_t i = 0; i < bare.parts[0].signals.size(); ++i) {
    CHECK(bare.parts[0].signals[i].points == full.parts[0].signals[i].points);
    CHECK(bare.parts[0].signals[i].sentence == full.parts[0].signals[i].sentence);
  }
}

TEST_CASE("parse_value reads plain decimals exactly and refuses anything else", "[runchart]") {
  using stempush::runchart::parse_value;
  double v = 0;
  CHECK((parse_value("12", &v) && v == 12));
  CHECK((parse_value("-3.5", &v) && v == -3.5));
  CHECK((parse_value("+1e3", &v) && v == 1000));
  CHECK((parse_value(".5", &v) && v == 0.5));
  CHECK((parse_value("2.", &v) && v == 2));
  CHECK((parse_value("0.1", &v) && v == 0.1));  // the nearest double, as a compiler reads 0.1
  CHECK((parse_value("-2.5E-2", &v) && v == -0.025));
  for (const char* bad : {"", "+", ".", "1,5", "1.2.3", "1e", "1e+", "0x10", "inf", "nan", "1e400", "12%", " 1", "1 "})
    CHECK_FALSE(parse_value(bad, &v));
}
