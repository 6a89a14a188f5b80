// Recruitment funnel benchmark: 50,000 students a year for 10 years (500,000 rows, 40
// communities, 12 sources of which 6 are spaces). The funnel of each year against the year before
// (10 calls, each over every row: community and source rows, cumulative stages, focus shares)
// is timed against the least any such report costs: one pass per year counting the same rows by
// (community, stage) in a hash map. Figures are the best of interleaved batches, with the ratio.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "recruitment/model/funnel.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace recruitment;

constexpr int kStudentsPerYear = 50000, kYears = 10, kFirstYear = 2016;
constexpr int kBatches = 7;

RecruitmentData make_data() {
  RecruitmentData d;
  for (int c = 0; c < 40; ++c) d.communities.push_back({"c" + std::to_string(c), "ZIP 152" + std::to_string(10 + c), c % 5 == 0});
  for (int s = 0; s < 6; ++s)
    d.spaces.push_back({"s" + std::to_string(s), "Space " + std::to_string(s), "library", "", "", SpaceStatus::Partner, "", s < 2});
  const char* texts[] = {"Instagram", "A teacher", "A friend", "Radio", "Church", "Flyer"};
  std::mt19937 random(42);
  std::uniform_int_distribution<int> community(0, 39), source(0, 11), stage(0, 5);
  d.students.reserve(size_t(kStudentsPerYear) * kYears);
  for (int y = 0; y < kYears; ++y)
    for (int i = 0; i < kStudentsPerYear; ++i) {
      const int src = source(random);
      d.students.push_back({"S" + std::to_string(i), kFirstYear + y, "c" + std::to_string(community(random)),
                            src < 6 ? "s" + std::to_string(src) : texts[src - 6], Stage(stage(random)), ""});
    }
  return d;
}

// The plain group-by: rows of the year and of the year before, counted by (community, stage).
long group_by(const RecruitmentData& d, int year) {
  std::unordered_map<std::string, std::array<int, 2 * kStageCount>> counts;
  for (const Student& s : d.students) {
    if (s.year != year && s.year != year - 1) continue;
    ++counts[s.community][size_t((s.year == year ? 0 : kStageCount) + int(s.stage))];
  }
  long total = 0;
  for (auto& [k, c] : counts)
    for (int n : c) total += n;
  return total;
}

}  // namespace

int main() {
  const RecruitmentData data = make_data();
  std::printf("recruitment funnel: %d students x %d years = %zu rows\n", kStudentsPerYear, kYears, data.students.size());
  double best_funnel = 1e300, best_group = 1e300;
  long check_funnel = 0, check_group = 0;
  for (int b = 0; b < kBatches; ++b) {
    auto start = Clock::now();
    for (int y = kFirstYear + 1; y < kFirstYear + kYears; ++y) {
      const Funnel f = compute_funnel(data, y, y - 1);
      check_funnel += f.total.now[0] + f.total.base[0];
    }
    best_funnel = std::min(best_funnel, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    start = Clock::now();
    for (int y = kFirstYear + 1; y < kFirstYear + kYears; ++y) check_group += group_by(data, y);
    best_group = std::min(best_group, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  // Both read every row of both years: the totals must agree, or the comparison is unfair.
  if (check_funnel != check_group) {
    std::fprintf(stderr, "funnel counted %ld rows, group-by %ld\n", check_funnel, check_group);
    return 1;
  }
  std::printf("  group-by count (baseline), 9 years vs the year before: %8.1f ms\n", best_group);
  std::printf("  funnel by community and source, 9 years:               %8.1f ms  (%.2fx the baseline)\n", best_funnel,
              best_funnel / best_group);
  return 0;
}
