// Run-chart analysis: is a measure's variation over time random, or is there a signal that the
// process changed? Pure statistics shared by every plugin (no ImGui): the improvement engine's
// charts, the CLI's `runchart` command and any plugin that shows a measure over time.
//
// Definitions (docs/ARCHITECTURE.md, "Run charts", says the same for readers of the docs):
// - A part is a stretch of the series with its own median. Splits start a new part at the first
//   point on or after each split date. Freeze K: the first part's median is the median of its
//   first K points (the baseline), and every point of that part is judged against it.
// - A point is on the median when it equals it (within 1e-9 relative, so that decimal data are
//   not pushed off the line by rounding). Points on the median are not "useful": they neither
//   start, break nor lengthen a run.
// - A run is a maximal sequence of consecutive useful points on one side of the median;
//   crossings = runs - 1 (the line crosses the median each time a run ends).
// - IHI rules: shift = a run of 6 or more; trend = 5 or more points each higher (or each lower)
//   than the one before, where equal neighbours count once (they neither break nor add); too few
//   or too many runs = outside the runs table for the number of useful points (10 or more).
// - Anhøj rules: long run = longest run > round(log2(n) + 3); few crossings = crossings below the
//   5% quantile of Binomial(n - 1, 0.5); n = useful points, 10 or more.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stempush::runchart {

enum class RuleSet { Ihi, Anhoj };
enum class Rule { Shift, Trend, TooFewRuns, TooManyRuns, LongRun, FewCrossings };

// "ihi" / "anhoj"; "shift", "trend", "too_few_runs", "too_many_runs", "long_run", "few_crossings".
const char* rule_set_id(RuleSet rules);
const char* rule_id(Rule rule);
// Parses "ihi" / "anhoj"; false for anything else.
bool parse_rule_set(std::string_view text, RuleSet* out);

struct Point {
  std::string date;  // YYYY-MM-DD
  double value = 0;
};

struct Options {
  RuleSet rules = RuleSet::Ihi;
  size_t freeze = 0;                // 0: no frozen baseline; K: median of the first K points
  std::vector<std::string> splits;  // YYYY-MM-DD, any order
  // Fill each signal's `points` and `sentence`. A chart that re-analyses on every edit can turn
  // this off and call describe() for the signals it shows: on long noisy series the IHI rules
  // find hundreds of signals, and their lists and sentences cost more than the statistics.
  bool describe = true;
};

struct Signal {
  Rule rule = Rule::Shift;
  // The stretch of the series it covers (indices into the whole series, inclusive) and how many
  // points the rule counted there: a run's useful points, a trend's distinct values, a runs or
  // crossings signal's useful points.
  size_t first = 0, last = 0, counted = 0;
  int direction = 0;  // +1 above / rising, -1 below / falling; 0 for runs and crossings
  // Filled when Options::describe is on (or by describe()):
  std::vector<size_t> points;  // indices into the whole series, ascending; the points that count
  std::string sentence;        // one plain sentence in the current language (i18n)
};

struct Part {
  size_t first = 0, last = 0;  // indices into the whole series, inclusive
  std::string from, to;        // dates of the first and last point
  double median = 0;
  size_t frozen_points = 0;    // > 0: the median is the baseline of this many points
  size_t useful_n = 0;         // points not on the median
  size_t runs = 0;
  size_t longest_run = 0;
  size_t crossings = 0;
  // The limits the rule set judged against; 0 when it could not judge (useful_n < 10).
  size_t fewest_runs = 0, most_runs = 0;            // IHI: runs table (signal outside this range)
  size_t longest_run_limit = 0, fewest_crossings = 0;  // Anhøj (signal above / below)
  std::vector<Signal> signals;  // in order of their first point
  std::vector<std::string> notes;  // what could not be judged and why (i18n)
};

struct Analysis {
  RuleSet rules = RuleSet::Ihi;
  std::vector<Part> parts;
};

// Thrown by analyse() for options that do not fit the data; what() is a sentence for the user.
struct OptionsError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// `points` must be in strictly increasing date order (read_points_csv guarantees it). Throws
// OptionsError when the series is empty, a split date is not a date or starts no new part (no
// point on or after it, or the same point as another split or the series' start), or freeze K
// exceeds the first part's points.
Analysis analyse(const std::vector<Point>& points, const Options& options = {});
// Fills `points` and `sentence` of every signal of `analysis` (made from the same `points`).
void describe(Analysis& analysis, const std::vector<Point>& points);

// The smallest number of useful points any run-count rule judges (the runs table and Anhøj).
constexpr size_t kMinUsefulForRuns = 10;
constexpr size_t kShiftLength = 6;  // IHI
constexpr size_t kTrendLength = 5;  // IHI

// Median of the values (mean of the two middle ones for an even count). NaN for none.
double median(std::vector<double> values);

// IHI runs table for n useful points (n >= 10): too few runs below `fewest`, too many above
// `most`. Computed exactly from the Swed–Eisenhart distribution of the number of runs with the
// split the median gives (floor(n/2) on one side, ceil(n/2) on the other), 2.5% in each tail:
// fewest = the smallest r with P(R <= r) > 0.025, most = the largest r with P(R >= r) > 0.025.
struct RunsLimits {
  size_t fewest = 0, most = 0;
};
RunsLimits runs_table(size_t n);
// Anhøj: round(log2(n) + 3).
size_t anhoj_longest_run_limit(size_t n);
// Anhøj: the 5% quantile of Binomial(n - 1, 0.5), i.e. the smallest c with P(C <= c) >= 0.05.
size_t anhoj_crossings_limit(size_t n);

// Reading `date,value[,note]` CSV (our csv parser): an optional header row (both first cells
// neither a date nor a number), then one row per point. All or nothing: any problem (a bad date
// or value, a missing value, extra non-empty columns, a date not after the previous row's, no
// rows at all) is listed by line, and the caller imports nothing.
struct RowProblem {
  size_t line = 0;  // 1-based physical line; 0 for the whole file
  std::string message;  // i18n sentence
};
struct PointsCsv {
  std::vector<Point> points;
  std::vector<std::string> notes;  // third column, "" when absent; same length as points
  std::vector<RowProblem> problems;
  bool ok() const { return problems.empty(); }
};
PointsCsv read_points_csv(std::string_view text);
// The header of a points file as the toolkit writes one: Date, Value, Note, Source (human labels
// in the current language) and, if asked, a last column with the source's reference id. The
// reader above takes such a file back: it skips the source and reference columns.
std::vector<std::string> points_csv_header(bool with_reference);
// A value as read_points_csv accepts it: a plain decimal number ("12", "-3.5", "+1e3", ".5"), no
// thousands separators, percent signs, decimal commas, hex, inf or nan; any locale.
bool parse_value(const std::string& text, double* out);

}  // namespace stempush::runchart
