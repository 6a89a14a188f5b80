// Run-chart benchmark: 5,000 daily points (a noisy measure whose level steps up two thirds of the
// way through, so that every rule has something to find), analysed with the IHI and the Anhøj
// rules. The baseline is the least any run chart costs: the median of the same values by
// std::nth_element on a copy. Each figure is the best of many interleaved batches, printed with
// its ratio to the baseline (the target for the analysis is under 2x). Describing the signals
// (a list of points and an English sentence each) is timed separately: on this series the IHI
// rules find close to two hundred signals, and a chart describes only those it shows. With the UI
// built, one frame of the run chart (5,000 points, highlights, medians, goal, PDSA marks; ImGui
// with no renderer) is timed against the same baseline.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "stempush/i18n.hpp"
#include "stempush/runchart.hpp"

#ifdef STEMPUSH_BENCH_FRAME
#include "imgui.h"
#include "stempush/ui/charts.hpp"
#endif

namespace {

using Clock = std::chrono::steady_clock;
namespace rc = stempush::runchart;

constexpr size_t kPoints = 5000;
constexpr int kBatches = 200, kPerBatch = 10;

std::vector<rc::Point> make_points() {
  std::mt19937 random(5000);
  std::normal_distribution<double> noise(0.0, 4.0);
  std::vector<rc::Point> points;
  points.reserve(kPoints);
  for (size_t i = 0; i < kPoints; ++i) {
    // Dates only need to increase: year 2000 + i / 336, 28-day months.
    char date[32];
    std::snprintf(date, sizeof date, "%04u-%02u-%02u", static_cast<unsigned>(2000 + i / 336),
                  static_cast<unsigned>(1 + (i / 28) % 12), static_cast<unsigned>(1 + i % 28));
    const double level = i < kPoints * 2 / 3 ? 60.0 : 64.0;
    // Whole percentages, as attendance or survey shares are recorded: ties and points on the median.
    points.push_back({date, std::round(level + noise(random))});
  }
  return points;
}

// Best time per call of each function, in microseconds. The calls are interleaved in short
// batches, so that a busy machine slows every figure alike and the minimum of each is a fair
// comparison.
template <typename... F>
std::vector<double> best_us(F&&... calls) {
  std::vector<double> best(sizeof...(calls), 1e300);
  for (int b = 0; b < kBatches; ++b) {
    size_t k = 0;
    auto time_one = [&](auto& call) {
      auto start = Clock::now();
      for (int i = 0; i < kPerBatch; ++i) call();
      best[k] = std::min(best[k], std::chrono::duration<double, std::micro>(Clock::now() - start).count() / kPerBatch);
      ++k;
    };
    (time_one(calls), ...);
  }
  return best;
}

#ifdef STEMPUSH_BENCH_FRAME
// One frame of the run chart as the improvement page draws it: the 5,000 points with the signal
// points highlighted, the median, a goal and a few PDSA marks, in an ImGui context with no
// renderer (NewFrame, the chart, Render), so the figure is the CPU cost of building the frame.
struct ChartFrame {
  ImGuiContext* context = nullptr;
  stempush::ui::TimeChart chart;
  ChartFrame(const std::vector<rc::Point>& points, const rc::Analysis& analysis) {
    context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->Build();
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // a renderer would upload this once
    stempush::ui::TimeSeries series;
    series.name = "Attendance (%)";
    for (auto& p : points) series.points.push_back({p.date, p.value, false, ""});
    for (auto& part : analysis.parts)
      for (auto& s : part.signals)
        for (size_t i = s.first; i <= s.last; ++i) series.points[i].highlight = true;
    chart.series.push_back(std::move(series));
    for (auto& part : analysis.parts) chart.lines.push_back({part.median, "Median", 0, false, part.from, part.to});
    chart.lines.push_back({66, "Goal", 0, true, "", ""});
    for (size_t i = 1; i <= 4; ++i) chart.annotations.push_back({points[kPoints * i / 5].date, "PDSA " + std::to_string(i), ""});
    chart.highlight_label = "Signal";
  }
  ~ChartFrame() { ImGui::DestroyContext(context); }
  size_t draw() {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
    stempush::ui::time_series_chart("Attendance##run_chart", chart);
    ImGui::End();
    ImGui::Render();
    return static_cast<size_t>(ImGui::GetDrawData()->TotalVtxCount);
  }
};
#endif

}  // namespace

int main() {
  stempush::i18n::load_core_catalogs();
  const std::vector<rc::Point> points = make_points();
  std::vector<double> values;
  for (auto& p : points) values.push_back(p.value);

  size_t sink = 0;  // results feed this so that the work cannot be optimised away
  // "Figures": the statistics and every signal with its stretch (what a chart needs to draw);
  // "described": also each signal's list of points and its sentence (Options::describe).
  rc::Options ihi, anhoj;
  anhoj.rules = rc::RuleSet::Anhoj;
  rc::Options ihi_figures = ihi, anhoj_figures = anhoj;
  ihi_figures.describe = anhoj_figures.describe = false;
  rc::Options split = ihi_figures;
  split.splits = {points[kPoints * 2 / 3].date};
  rc::Analysis last_ihi, last_anhoj;
  const std::vector<double> t = best_us(
      [&] {
        std::vector<double> copy = values;
        std::nth_element(copy.begin(), copy.begin() + static_cast<long>(copy.size() / 2), copy.end());
        sink += static_cast<size_t>(copy[copy.size() / 2]);
      },
      [&] { sink += rc::analyse(points, ihi_figures).parts[0].signals.size(); },
      [&] { sink += rc::analyse(points, anhoj_figures).parts[0].signals.size(); },
      [&] { sink += rc::analyse(points, split).parts.size(); },
      [&] {
        last_ihi = rc::analyse(points, ihi);
        sink += last_ihi.parts[0].signals.size();
      },
      [&] {
        last_anhoj = rc::analyse(points, anhoj);
        sink += last_anhoj.parts[0].signals.size();
      });
  const double baseline = t[0];
  const auto& part = last_ihi.parts[0];
  std::printf("run-chart bench: %zu points, median %.1f, %zu useful, %zu runs; IHI finds %zu signals, Anhoj %zu\n",
              kPoints, part.median, part.useful_n, part.runs, part.signals.size(), last_anhoj.parts[0].signals.size());
  std::printf("best of %d interleaved batches of %d calls\n", kBatches, kPerBatch);
  std::printf("  baseline: nth_element median              %9.1f us   1.00x\n", baseline);
  std::printf("  figures, IHI rules                        %9.1f us   %5.2fx   (target: under 2x)\n", t[1], t[1] / baseline);
  std::printf("  figures, Anhoj rules                      %9.1f us   %5.2fx   (target: under 2x)\n", t[2], t[2] / baseline);
  std::printf("  figures, IHI, split in two                %9.1f us   %5.2fx\n", t[3], t[3] / baseline);
  std::printf("  described, IHI (%3zu signals, sentences)   %9.1f us   %5.2fx\n", part.signals.size(), t[4], t[4] / baseline);
  std::printf("  described, Anhoj (%zu signals, sentences)   %9.1f us   %5.2fx\n", last_anhoj.parts[0].signals.size(), t[5],
              t[5] / baseline);
#ifdef STEMPUSH_BENCH_FRAME
  {
    ChartFrame frame(points, last_ihi);
    for (int i = 0; i < 3; ++i) sink += frame.draw();  // settle the layout
    size_t vertices = 0;
    const std::vector<double> f = best_us(
        [&] {
          std::vector<double> copy = values;
          std::nth_element(copy.begin(), copy.begin() + static_cast<long>(copy.size() / 2), copy.end());
          sink += static_cast<size_t>(copy[copy.size() / 2]);
        },
        [&] { sink += vertices = frame.draw(); });
    std::printf("  one chart frame (%zu vertices)          %9.1f us   %5.2fx   (baseline of this pair: %.1f us)\n", vertices,
                f[1], f[1] / f[0], f[0]);
  }
#else
  std::printf("  (built without the UI: no chart frame timing)\n");
#endif
  std::printf("checksum %zu\n", sink);
  return 0;
}
