// Times what a program with a big export feels: parsing and checking the CSV import, and
// computing the results page (target: under 0.2 s for 200k responses; its baseline is one plain pass
// over the same answers). The import's baseline is a naive split of the same text (std::getline on
// lines and commas, no quotes, no checks), timed in the same run so the ratio is machine-free.
#include <chrono>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "bench_data.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/results.hpp"

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

size_t naive_split(const std::string& text) {
  std::istringstream lines(text);
  std::string line, field;
  size_t fields = 0;
  while (std::getline(lines, line)) {
    std::istringstream cells(line);
    while (std::getline(cells, field, ',')) ++fields;
  }
  return fields;
}

// The results baseline: one plain pass over the same responses, summing every answer's point (the
// least any figure needs: each answer read once).
long long plain_pass(const belonging::BelongingData& data) {
  long long sum = 0;
  for (auto* survey : {&data.pre, &data.post})
    for (auto& r : survey->responses)
      for (auto& [id, answer] : r.answers) sum += answer.point;
  return sum;
}

}  // namespace

int main() {
  std::printf("%-10s %12s %12s %14s %12s %12s %14s %8s\n", "responses", "baseline ms", "import ms", "import/baseln",
              "pass ms", "results ms", "results/pass", "paired");
  for (int rows : {10000, 100000}) {
    auto data = belonging::default_data();
    std::string pre_csv = bench::make_csv(data, rows, 1);
    std::string post_csv = bench::make_csv(data, rows, 2);

    auto start = Clock::now();
    volatile size_t fields = naive_split(pre_csv) + naive_split(post_csv);
    double baseline_ms = ms_since(start);
    (void)fields;

    start = Clock::now();
    size_t added = 0;
    for (auto [text, kind] : {std::pair{&pre_csv, belonging::SurveyKind::Pre}, std::pair{&post_csv, belonging::SurveyKind::Post}}) {
      belonging::ImportJob job(*text, data, kind);
      while (!job.step(2000)) {
      }
      added += job.apply(data, false);
    }
    double import_ms = ms_since(start);

    start = Clock::now();
    volatile long long answer_sum = plain_pass(data);
    double pass_ms = ms_since(start);
    (void)answer_sum;

    start = Clock::now();
    auto results = belonging::compute_results(data, stempush::kDefaultMinGroupSize);
    double results_ms = ms_since(start);

    if (added != size_t(rows) * 2) {
      std::fprintf(stderr, "import lost rows: %zu of %d\n", added, rows * 2);
      return 1;
    }
    std::printf("%-10d %12.1f %12.1f %13.2fx %12.1f %12.1f %13.2fx %8d\n", rows * 2, baseline_ms, import_ms,
                import_ms / baseline_ms, pass_ms, results_ms, results_ms / pass_ms, results.counts.paired);
  }
  return 0;
}
