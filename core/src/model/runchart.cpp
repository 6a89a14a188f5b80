// Run-chart analysis (see runchart.hpp for the definitions). The two reference distributions are
// computed, not tabulated: the number of runs (Swed & Eisenhart 1943) and the number of crossings
// (Binomial(n - 1, 0.5), Anhøj & Olesen 2014). Both are walked term by term from far in the lower
// tail, with each term got from the previous one by a ratio, so that a 5,000-point chart costs
// a few hundred multiplications instead of thousands of log-gamma calls.
#include "stempush/runchart.hpp"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <clocale>
#include <memory>

#include "stempush/csv.hpp"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/report.hpp"

namespace stempush::runchart {
namespace {

// Tail mass the walks skip: below mean - 8 sd both distributions hold less than 1e-14, far too
// little to move a 2.5% or 5% cut (the unit tests compare with exact integer sums up to n = 100).
constexpr double kSkippedSds = 8.0;
constexpr double kRunsTail = 0.025;       // per tail: the runs table is a two-sided 5% test
constexpr double kCrossingsTail = 0.05;   // Anhøj: the lower 5% quantile

double log_choose(double n, double k) { return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1); }

std::string count(size_t value) { return std::to_string(value); }

}  // namespace

const char* rule_set_id(RuleSet rules) { return rules == RuleSet::Ihi ? "ihi" : "anhoj"; }

const char* rule_id(Rule rule) {
  switch (rule) {
    case Rule::Shift: return "shift";
    case Rule::Trend: return "trend";
    case Rule::TooFewRuns: return "too_few_runs";
    case Rule::TooManyRuns: return "too_many_runs";
    case Rule::LongRun: return "long_run";
    case Rule::FewCrossings: return "few_crossings";
  }
  return "";
}

bool parse_rule_set(std::string_view text, RuleSet* out) {
  if (text == "ihi") *out = RuleSet::Ihi;
  else if (text == "anhoj") *out = RuleSet::Anhoj;
  else return false;
  return true;
}

namespace {

// Median of v[0..n), reordering them.
double median_in_place(double* v, size_t n) {
  if (n == 0) return std::numeric_limits<double>::quiet_NaN();
  const size_t mid = n / 2;
  std::nth_element(v, v + mid, v + n);
  const double upper = v[mid];
  if (n % 2 == 1) return upper;
  // The lower middle value is the largest of the lower half, which nth_element left unsorted.
  // Four running maxima instead of std::max_element: no index to carry, so the compiler keeps
  // the loop branch-free.
  double m[4] = {v[0], v[0], v[0], v[0]};
  size_t i = 0;
  for (; i + 4 <= mid; i += 4)
    for (size_t j = 0; j < 4; ++j) m[j] = v[i + j] > m[j] ? v[i + j] : m[j];
  for (; i < mid; ++i) m[0] = v[i] > m[0] ? v[i] : m[0];
  const double lower = std::max(std::max(m[0], m[1]), std::max(m[2], m[3]));
  return lower + (upper - lower) / 2;
}

}  // namespace

double median(std::vector<double> values) { return median_in_place(values.data(), values.size()); }

RunsLimits runs_table(size_t n) {
  if (n < 2) return {};
  // Runs R among m1 points on one side and m2 on the other (Swed & Eisenhart), with
  // A(j) = C(m1-1, j), B(j) = C(m2-1, j), T = C(n, m1):
  //   P(R = 2k)     = 2 A(k-1) B(k-1) / T
  //   P(R = 2k + 1) = (A(k) B(k-1) + A(k-1) B(k)) / T
  // One walk up from far below the mean: `below` = P(R < r) before adding P(R = r). fewest is
  // the first r where P(R <= r) > 0.025; most is the last r where P(R >= r) = 1 - P(R < r) is
  // still > 0.025, so the walk stops once P(R < r) reaches 0.975.
  const double m1 = static_cast<double>(n / 2), m2 = static_cast<double>(n - n / 2);
  const double nd = static_cast<double>(n);
  const double mean = 1 + 2 * m1 * m2 / nd;
  const double sd = std::sqrt(2 * m1 * m2 * (2 * m1 * m2 - nd) / (nd * nd * (nd - 1)));
  const double k0 = std::max(1.0, std::floor((mean - kSkippedSds * sd) / 2));
  // a, b hold A(k-1), A(k), B(k-1), B(k) relative to A(k0-1), B(k0-1); `scale` puts them back.
  const double scale = std::exp(log_choose(m1 - 1, k0 - 1) + log_choose(m2 - 1, k0 - 1) - log_choose(nd, m1));
  double a_prev = 1, b_prev = 1;
  double a = std::max(0.0, (m1 - k0) / k0), b = std::max(0.0, (m2 - k0) / k0);  // A(k0)/A(k0-1), B(k0)/B(k0-1)
  RunsLimits limits;
  double below = 0;
  auto visit = [&](double r, double p) {
    if (below >= 1 - kRunsTail) return false;
    limits.most = static_cast<size_t>(r);
    below += p;
    if (limits.fewest == 0 && below > kRunsTail) limits.fewest = static_cast<size_t>(r);
    return true;
  };
  for (double k = k0; 2 * k <= nd; ++k) {
    if (!visit(2 * k, 2 * a_prev * b_prev * scale)) break;
    if (2 * k + 1 <= nd && !visit(2 * k + 1, (a * b_prev + a_prev * b) * scale)) break;
    // Advance to k + 1: A(k+1) = A(k) (m1 - 1 - k) / (k + 1), zero once k + 1 > m1 - 1. The
    // ratio is formed first so that the division is off the loop's critical path.
    a_prev = a;
    b_prev = b;
    a *= std::max(0.0, (m1 - 1 - k) / (k + 1));
    b *= std::max(0.0, (m2 - 1 - k) / (k + 1));
  }
  return limits;
}

size_t anhoj_longest_run_limit(size_t n) {
  if (n == 0) return 0;
  return static_cast<size_t>(std::lround(std::log2(static_cast<double>(n)) + 3));
}

size_t anhoj_crossings_limit(size_t n) {
  if (n < 2) return 0;
  // P(C = x) = C(N, x) / 2^N with N = n - 1 trials; walk up from far in the lower tail.
  const double trials = static_cast<double>(n - 1);
  const double x0 = std::max(0.0, std::floor(trials / 2 - kSkippedSds * std::sqrt(trials) / 2));
  double term = std::exp(log_choose(trials, x0) - trials * std::log(2.0));
  double cumulative = 0;
  for (double x = x0; x <= trials; ++x) {
    cumulative += term;
    if (cumulative >= kCrossingsTail) return static_cast<size_t>(x);
    term *= (trials - x) / (x + 1);  // C(N, x+1) = C(N, x) (N - x) / (x + 1)
  }
  return n - 1;
}

namespace {

// "On the median": within 1e-9 of it, relative to its size (at least 1).
double median_tolerance(double median) { return 1e-9 * std::max(1.0, std::fabs(median)); }

// The two scans (runs against the median, and IHI trends) are the same question asked of two
// sequences of signs: where are the runs of equal, non-zero signs, and how long are they? For
// runs the signs are each point's side of the median (0 on it); for trends, each point's step
// from the previous value (0 for a repeat). Zeros are dropped first (a point on the median, or a
// repeated value, neither breaks nor adds), keeping where each sign came from.
//
// Both loops are written without data-dependent branches in the common case: on noisy data a
// side change or a turn happens at random, and a mispredicted branch per point would cost more
// than the median itself. Only the rare long runs are recorded, behind a rarely taken branch.
struct Stretch {
  size_t first, last, counted;  // indices into the compressed sequence; signs counted
  int direction;
};

struct Signs {
  int8_t* sign = nullptr;  // non-zero signs only
  uint32_t* at = nullptr;  // where each came from (index within the part)
  size_t size = 0;
};

// The runs of equal signs of `s`, from where each starts: starts[0..b) and starts[b] = s.size
// (the scans find the starts as they write the signs). Returns the longest run's length and
// hands each run of at least `threshold` to `on_long(first, last, length, sign)` (positions in s).
template <typename OnLong>
size_t equal_runs(const Signs& s, const uint32_t* starts, size_t b, size_t threshold, OnLong&& on_long) {
  size_t longest = 0;
  for (size_t r = 0; r < b; ++r) {
    const size_t length = starts[r + 1] - starts[r];
    longest = length > longest ? length : longest;
    if (length >= threshold) on_long(starts[r], starts[r + 1] - 1u, length, s.sign[starts[r]]);
  }
  return longest;
}

// The scans' working memory, kept between calls and grown as needed (never zero-filled: every
// slot read was written first). Allocating and freeing its 150 KB on every call of a 5,000-point
// chart made the allocator hand the pages back to the system each time, and touching fresh pages
// again cost a fifth of the analysis.
struct Scratch {
  size_t capacity = 0;
  std::unique_ptr<double[]> values;     // 2n: for nth_element, then the values in date order
  std::unique_ptr<uint32_t[]> indices;  // 4(n + 1): where each side and step came from, where their runs start
  std::unique_ptr<int8_t[]> signs;      // 2(n + 1): sides, then steps
};

Scratch& scratch_for(size_t n) {
  thread_local Scratch scratch;
  if (scratch.capacity < n) {
    scratch.values.reset(new double[2 * n]);
    scratch.indices.reset(new uint32_t[4 * (n + 1)]);
    scratch.signs.reset(new int8_t[2 * (n + 1)]);
    scratch.capacity = n;
  }
  return scratch;
}

struct PartScan {
  double median = 0;
  size_t useful = 0, runs = 0, longest = 0;
  std::vector<Stretch> long_runs;  // runs of at least kShiftLength useful points (series indices)
  std::vector<Stretch> trends;     // stretches of at least kTrendLength distinct values (series indices)
};

// Scans the part v[0..n) (whose first point is `offset` in the series): its median is that of
// v[0..baseline), then runs against it and, when asked, trends.
PartScan scan(const Point* v, size_t n, size_t baseline, size_t offset, bool want_trends) {
  PartScan out;
  Scratch& scratch = scratch_for(n);
  double* values = scratch.values.get();  // for nth_element
  double* ordered = values + n;            // in date order
  Signs sides{scratch.signs.get(), scratch.indices.get(), 0};
  Signs steps{scratch.signs.get() + n + 1, scratch.indices.get() + n + 1, 0};
  uint32_t* side_starts = scratch.indices.get() + 2 * (n + 1);
  uint32_t* step_starts = scratch.indices.get() + 3 * (n + 1);

  // Each loop below writes every slot and advances past it only when it is kept, and notes a
  // run's start the same way: the position of a kept sign that differs from the last kept one.

  // Pass 1: the values for the median (nth_element reorders them) and, for trends, each point's
  // step from the previous value, which needs no median.
  size_t q = 0, step_runs = 0;
  if (want_trends) {
    double previous = n > 0 ? v[0].value : 0;
    int last_step = 0;
    for (size_t i = 0; i < n; ++i) {
      const double x = v[i].value;
      values[i] = x;
      ordered[i] = x;
      const int step = (x > previous) - (x < previous);  // 0 for the first point
      steps.sign[q] = static_cast<int8_t>(step);
      steps.at[q] = static_cast<uint32_t>(i);
      step_starts[step_runs] = static_cast<uint32_t>(q);
      step_runs += (step != 0) & (step != last_step);
      last_step = step != 0 ? step : last_step;
      q += step != 0;  // the slot is overwritten next time when the value repeats
      previous = x;
    }
    step_starts[step_runs] = static_cast<uint32_t>(q);
  } else {
    for (size_t i = 0; i < n; ++i) values[i] = ordered[i] = v[i].value;
  }
  steps.size = q;
  out.median = median_in_place(values, baseline);

  // Pass 2: each point's side of the median, from the contiguous copy (a fifth of the memory
  // that reading the points again would touch).
  const double tolerance = median_tolerance(out.median);
  const double above = out.median + tolerance, below = out.median - tolerance;
  size_t k = 0, side_runs = 0;
  int last_side = 0;
  for (size_t i = 0; i < n; ++i) {
    const double x = ordered[i];
    const int side = (x > above) - (x < below);
    sides.sign[k] = static_cast<int8_t>(side);
    sides.at[k] = static_cast<uint32_t>(i);
    side_starts[side_runs] = static_cast<uint32_t>(k);
    side_runs += (side != 0) & (side != last_side);
    last_side = side != 0 ? side : last_side;
    k += side != 0;  // overwritten next time when the point is on the median
  }
  side_starts[side_runs] = static_cast<uint32_t>(k);
  sides.size = k;
  out.useful = k;
  out.runs = side_runs;
  out.longest = equal_runs(sides, side_starts, side_runs, kShiftLength, [&](size_t first, size_t last, size_t length, int sign) {
    out.long_runs.push_back({offset + sides.at[first], offset + sides.at[last], length, sign});
  });
  if (!want_trends) return out;

  // A run of s equal steps joins s + 1 distinct values. It starts at the group of equal values
  // before its first step (which began at the previous step, or at the part's first point) and
  // ends where the next step begins (or at the part's last point), repeats included.
  equal_runs(steps, step_starts, step_runs, kTrendLength - 1, [&](size_t first_step, size_t last_step, size_t length, int sign) {
    const size_t first = first_step == 0 ? 0 : steps.at[first_step - 1];
    const size_t last = last_step + 1 < q ? steps.at[last_step + 1] - 1 : n - 1;
    out.trends.push_back({offset + first, offset + last, length + 1, sign});
  });
  return out;
}

// Signals are built in place: with a list and a sentence (empty until describe()), a Signal is
// dear to build elsewhere and move, and a noisy series has hundreds.
void add_signal(std::vector<Signal>& out, Rule rule, const Stretch& stretch) {
  Signal& s = out.emplace_back();
  s.rule = rule;
  s.first = stretch.first;
  s.last = stretch.last;
  s.counted = stretch.counted;
  s.direction = stretch.direction;
}

// Runs-count and crossings signals cover the whole part.
Stretch whole_part(const Part& part) { return {part.first, part.last, part.useful_n, 0}; }

void judge(Part& part, const PartScan& scan, RuleSet rules) {
  if (rules == RuleSet::Ihi) {
    part.signals.reserve(scan.long_runs.size() + scan.trends.size() + 1);
    if (part.useful_n < kMinUsefulForRuns) {
      part.notes.push_back(trf("runchart.note.runs_table_too_few", {count(part.useful_n), count(kMinUsefulForRuns)}));
    } else {
      const RunsLimits limits = runs_table(part.useful_n);
      part.fewest_runs = limits.fewest;
      part.most_runs = limits.most;
      // The whole part, so it goes first: it starts where the part starts.
      if (part.runs < limits.fewest) add_signal(part.signals, Rule::TooFewRuns, whole_part(part));
      if (part.runs > limits.most) add_signal(part.signals, Rule::TooManyRuns, whole_part(part));
    }
    // Shifts and trends, merged in order of their first point.
    size_t r = 0, t = 0;
    while (r < scan.long_runs.size() || t < scan.trends.size()) {
      if (t == scan.trends.size() || (r < scan.long_runs.size() && scan.long_runs[r].first <= scan.trends[t].first))
        add_signal(part.signals, Rule::Shift, scan.long_runs[r++]);
      else
        add_signal(part.signals, Rule::Trend, scan.trends[t++]);
    }
    return;
  }
  if (part.useful_n < kMinUsefulForRuns) {
    part.notes.push_back(trf("runchart.note.anhoj_too_few", {count(part.useful_n), count(kMinUsefulForRuns)}));
    return;
  }
  part.longest_run_limit = anhoj_longest_run_limit(part.useful_n);
  part.fewest_crossings = anhoj_crossings_limit(part.useful_n);
  if (part.crossings < part.fewest_crossings) add_signal(part.signals, Rule::FewCrossings, whole_part(part));
  for (auto& run : scan.long_runs)
    if (run.counted > part.longest_run_limit) add_signal(part.signals, Rule::LongRun, run);
}

std::string sentence(const std::vector<Point>& points, const Part& part, const Signal& s) {
  const std::string& from = points[s.points.empty() ? s.first : s.points.front()].date;
  const std::string& to = points[s.points.empty() ? s.last : s.points.back()].date;
  switch (s.rule) {
    case Rule::Shift:
      return trf(s.direction > 0 ? "runchart.signal.shift_above" : "runchart.signal.shift_below", {count(s.counted), from, to});
    case Rule::Trend:
      return trf(s.direction > 0 ? "runchart.signal.trend_up" : "runchart.signal.trend_down", {count(s.counted), from, to});
    case Rule::TooFewRuns:
      return trf("runchart.signal.too_few_runs", {count(part.runs), count(part.useful_n), count(part.fewest_runs)});
    case Rule::TooManyRuns:
      return trf("runchart.signal.too_many_runs", {count(part.runs), count(part.useful_n), count(part.most_runs)});
    case Rule::LongRun:
      return trf(s.direction > 0 ? "runchart.signal.long_run_above" : "runchart.signal.long_run_below",
                 {count(s.counted), from, to, count(part.longest_run_limit), count(part.useful_n)});
    case Rule::FewCrossings:
      return trf("runchart.signal.few_crossings", {count(part.crossings), count(part.useful_n), count(part.fewest_crossings)});
  }
  return {};
}

}  // namespace

void describe(Analysis& analysis, const std::vector<Point>& points) {
  for (auto& part : analysis.parts) {
    const double tolerance = median_tolerance(part.median);
    for (auto& s : part.signals) {
      s.points.clear();
      s.points.reserve(s.last - s.first + 1);
      if (s.rule == Rule::Trend) {
        for (size_t i = s.first; i <= s.last; ++i) s.points.push_back(i);
      } else {
        // Runs and crossings count the useful points only: those on the median are left out.
        for (size_t i = s.first; i <= s.last; ++i)
          if (std::fabs(points[i].value - part.median) > tolerance) s.points.push_back(i);
      }
      s.sentence = sentence(points, part, s);
    }
  }
}

Analysis analyse(const std::vector<Point>& points, const Options& options) {
  if (points.empty()) throw OptionsError(tr("runchart.error.no_points"));
  // Parts: each split starts at the first point on or after its date.
  std::vector<size_t> starts = {0};
  if (!options.splits.empty()) {
    std::vector<std::string> splits = options.splits;
    std::sort(splits.begin(), splits.end());
    std::string previous_split;
    for (auto& date : splits) {
      if (!is_iso_date(date)) throw OptionsError(trf("runchart.error.split_not_date", {date}));
      auto at = std::lower_bound(points.begin(), points.end(), date,
                                 [](const Point& p, const std::string& d) { return p.date < d; });
      if (at == points.end()) throw OptionsError(trf("runchart.error.split_after_end", {date, points.back().date}));
      const size_t index = static_cast<size_t>(at - points.begin());
      if (index == 0) throw OptionsError(trf("runchart.error.split_at_start", {date, points.front().date}));
      if (index == starts.back())
        throw OptionsError(trf("runchart.error.split_same_point", {previous_split, date, points[index].date}));
      starts.push_back(index);
      previous_split = date;
    }
  }

  Analysis analysis;
  analysis.rules = options.rules;
  for (size_t p = 0; p < starts.size(); ++p) {
    Part part;
    part.first = starts[p];
    part.last = p + 1 < starts.size() ? starts[p + 1] - 1 : points.size() - 1;
    part.from = points[part.first].date;
    part.to = points[part.last].date;
    const size_t size = part.last - part.first + 1;
    size_t baseline = size;
    if (p == 0 && options.freeze > 0) {
      if (options.freeze > size)
        throw OptionsError(trf("runchart.error.freeze_too_long", {count(options.freeze), count(size)}));
      baseline = options.freeze;
      part.frozen_points = options.freeze;
      part.notes.push_back(trf("runchart.note.frozen", {count(options.freeze), points[part.first + baseline - 1].date}));
    }
    const PartScan found = scan(points.data() + part.first, size, baseline, part.first, options.rules == RuleSet::Ihi);
    part.median = found.median;
    part.useful_n = found.useful;
    part.runs = found.runs;
    part.crossings = found.runs > 0 ? found.runs - 1 : 0;
    part.longest_run = found.longest;
    judge(part, found, options.rules);
    analysis.parts.push_back(std::move(part));
  }
  if (options.describe) describe(analysis, points);
  return analysis;
}

// ---- CSV ----

namespace {

std::string trim(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  return std::string(text.substr(b, e - b));
}

}  // namespace

// The syntax is checked here, then converted by strtod (std::from_chars for double is missing
// from Emscripten's libc++).
bool parse_value(const std::string& text, double* out) {
  const size_t n = text.size();
  auto digit = [&](size_t i) { return i < n && text[i] >= '0' && text[i] <= '9'; };
  size_t i = 0, digits = 0;
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  while (digit(i)) ++i, ++digits;
  if (i < n && text[i] == '.') {
    ++i;
    while (digit(i)) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    size_t exponent = 0;
    while (digit(i)) ++i, ++exponent;
    if (exponent == 0) return false;
  }
  if (i != n) return false;
  // strtod reads the C library's current decimal point: put that one in place of the '.' (as
  // nlohmann_json does), so a user's locale cannot turn "1.5" into 1. Not a string stream: that
  // would bring iostreams and locales into the browser's download.
  std::string c_text = text;
  if (const size_t dot = c_text.find('.'); dot != std::string::npos) c_text[dot] = *std::localeconv()->decimal_point;
  char* end = nullptr;
  *out = std::strtod(c_text.c_str(), &end);
  return end == c_text.c_str() + c_text.size() && std::isfinite(*out);
}


std::vector<std::string> points_csv_header(bool with_reference) {
  std::vector<std::string> header;
  for (const char* key : {"runchart.csv.header.date", "runchart.csv.header.value", "runchart.csv.header.note",
                          "runchart.csv.header.source"})
    header.push_back(tr(key));
  if (with_reference)
    header.push_back(report::reference_header(tr("runchart.csv.header.source"), i18n::language_code(i18n::language())));
  return header;
}

PointsCsv read_points_csv(std::string_view text) {
  PointsCsv out;
  csv::Table table;
  try {
    table = csv::parse(text);
  } catch (const csv::ParseError& e) {
    out.problems.push_back({e.line, trf("runchart.csv.unreadable", {e.what()})});
    return out;
  }
  size_t first = 0;
  // Columns after the note that a header names as the source or a reference id (what
  // points_csv_header() writes, in English or Spanish, or the older "source") are not data.
  std::vector<bool> skipped;
  if (!table.rows.empty()) {
    const auto& row = table.rows[0];
    double ignored;
    const bool date_cell = !row.empty() && is_iso_date(trim(row[0]));
    const bool value_cell = row.size() > 1 && parse_value(trim(row[1]), &ignored);
    if (!date_cell && !value_cell) {
      first = 1;  // a header such as "date,value" or "Week,Attendance"
      skipped.assign(row.size(), false);
      for (size_t c = 3; c < row.size(); ++c) {
        const std::string h = trim(row[c]);
        skipped[c] = h == "source" || h == i18n::tr_in(i18n::Language::English, "runchart.csv.header.source") ||
                     h == i18n::tr_in(i18n::Language::Spanish, "runchart.csv.header.source") ||
                     report::is_reference_header(h);
      }
    }
  }
  // Order is checked against the last row with a valid date, even if its value was bad, so that
  // one pass reports a repeated or misplaced date next to a bad value.
  std::string last_date;
  size_t last_date_line = 0;
  for (size_t r = first; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const size_t line = table.row_lines[r];
    const size_t problems_before = out.problems.size();
    const std::string date = row.empty() ? std::string() : trim(row[0]);
    const std::string value_text = row.size() > 1 ? trim(row[1]) : std::string();
    const bool date_ok = is_iso_date(date);
    if (!date_ok) {
      out.problems.push_back({line, trf("runchart.csv.bad_date", {date})});
    } else if (!last_date.empty() && date == last_date) {
      out.problems.push_back({line, trf("runchart.csv.repeated_date", {date, count(last_date_line)})});
    } else if (!last_date.empty() && date < last_date) {
      out.problems.push_back({line, trf("runchart.csv.out_of_order", {date, last_date, count(last_date_line)})});
    } else {
      last_date = date;
      last_date_line = line;
    }
    double value = 0;
    if (value_text.empty()) out.problems.push_back({line, tr("runchart.csv.no_value")});
    else if (!parse_value(value_text, &value)) out.problems.push_back({line, trf("runchart.csv.bad_value", {value_text})});
    for (size_t c = 3; c < row.size(); ++c)
      if (!(c < skipped.size() && skipped[c]) && !trim(row[c]).empty()) {
        out.problems.push_back({line, tr("runchart.csv.extra_columns")});
        break;
      }
    if (out.problems.size() != problems_before) continue;
    out.points.push_back({date, value});
    out.notes.push_back(row.size() > 2 ? trim(row[2]) : std::string());
  }
  if (out.points.empty() && out.problems.empty()) out.problems.push_back({0, tr("runchart.csv.no_rows")});
  return out;
}

}  // namespace stempush::runchart
