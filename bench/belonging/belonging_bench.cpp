// Times what a program with a big export feels: parsing and checking the CSV import, and
// computing the results page (target: under 0.2 s for 200k responses; its baseline is one plain pass
// over the same answers). The import's baseline is a naive split of the same text (std::getline on
// lines and commas, no quotes, no checks), timed in the same run so the ratio is machine-free.
// Then the peak memory of one import (read the file, parse, check, apply), in a child process of
// its own: its high-water mark (getrusage ru_maxrss) less the one before it read the file, against
// the file's size (the target: about 10x; the device limit assumes csv::kImportMemoryFactor).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "stempush/csv.hpp"
#include "stempush/storage.hpp"

#include "bench_data.hpp"
#include "cpu_clock.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/results.hpp"

namespace {

using Clock = bench::CpuClock;  // CPU time: see cpu_clock.hpp
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
      for (auto& [id, answer] : r.answers) sum += answer.point();
  return sum;
}

long max_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

struct Peak {
  double file_mb = 0, peak_mb = 0, results_peak_mb = 0;
};

// Runs `work` in a child process and returns the doubles it writes.
template <typename Work>
std::vector<double> in_child(size_t count, Work&& work) {
  int fds[2];
  if (::pipe(fds) != 0) return std::vector<double>(count, 0.0);
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(fds[0]);
    std::vector<double> out = work();
    out.resize(count);
    (void)!::write(fds[1], out.data(), count * sizeof(double));
    ::_exit(0);
  }
  ::close(fds[1]);
  std::vector<double> in(count, 0.0);
  (void)!::read(fds[0], in.data(), count * sizeof(double));
  ::close(fds[0]);
  ::waitpid(child, nullptr, 0);
  return in;
}

// One import of a `rows`-response file, as the CLI does it, in a child process of a parent that
// never held a file (a child starts from its parent's high-water mark): the file is written by
// another child first.
Peak import_peak(int rows) {
  const std::string path = "/tmp/belonging-bench-" + std::to_string(::getpid()) + ".csv";
  in_child(1, [&] {
    stempush::write_file_atomic(path, bench::make_csv(belonging::default_data(), rows, 1));
    return std::vector<double>{};
  });
  const auto got = in_child(3, [&] {
    auto data = belonging::default_data();
    const long base = max_rss_kb();
    std::vector<double> out(3);
    {
      std::string text = *stempush::read_file(path, stempush::csv::max_import_bytes());
      out[0] = double(text.size());
      belonging::ImportJob job(std::move(text), data, belonging::SurveyKind::Pre);  // as the CLI does
      while (!job.step(2000)) {
      }
      job.apply(data, false);
    }
    out[1] = double(max_rss_kb() - base) * 1024;
    volatile int counted = belonging::compute_results(data, stempush::kDefaultMinGroupSize).counts.pre;
    (void)counted;
    out[2] = double(max_rss_kb() - base) * 1024;
    return out;
  });
  std::remove(path.c_str());
  return {got[0] / 1e6, got[1] / 1e6, got[2] / 1e6};
}

}  // namespace

int main() {
  // Memory first, while this process is small (each child starts from its high-water mark).
  std::printf("Peak memory of one import (a child process: file read, parsed, checked, applied), getrusage ru_maxrss\n");
  std::printf("%-10s %10s %12s %12s %16s\n", "responses", "file MB", "import MB", "import/file", "+results MB");
  for (int rows : {20000, 100000}) {
    const Peak p = import_peak(rows);
    std::printf("%-10d %10.1f %12.1f %11.1fx %16.1f\n", rows, p.file_mb, p.peak_mb, p.peak_mb / p.file_mb,
                p.results_peak_mb);
  }
  std::printf("(the device's import limit assumes %zux: %s here)\n", stempush::csv::kImportMemoryFactor,
              stempush::csv::megabytes(stempush::csv::max_import_bytes()).c_str());
  std::printf("\nTimes: CPU time of this thread (see cpu_clock.hpp)\n");
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
