// Belonging's measure feeds: each subscale's mean score per survey, the same figures as the
// results page (compute_results), for other plugins to read, broken down by the students' group.
//
// Dates: the data records one date, the session's (plan.date), not one per survey. The pre survey
// opens the session, so its point is dated then; the post survey has no date of its own, so its
// point carries the session date too and is told apart by its label ("pre", "post") and its place
// after pre. Without a session date nothing is published: a point must have a date. A survey
// with no responses publishes no point.
#include <cmath>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/results.hpp"

namespace belonging {

std::vector<stempush::MeasureSeries> BelongingModel::publish_feeds() const {
  std::vector<stempush::MeasureSeries> series;
  if (!stempush::is_iso_date(data_.plan.date)) return series;
  // The raw n is published; the core hides small counts with the program's threshold, so the
  // threshold passed here does not change the subscale means used.
  const Results results = compute_results(data_, stempush::kLowestMinGroupSize);
  for (auto& scale : results.scales) {
    const Subscale* subscale = data_.bank.find_subscale(scale.subscale_id);
    stempush::MeasureSeries s;
    s.id = "subscale." + scale.subscale_id;
    s.title.text = subscale ? subscale->name.en : scale.subscale_id;
    s.unit = "mean score (1-" + std::to_string(scale.points) + ")";
    s.better = stempush::BetterDirection::Up;  // scores are reverse-coded: higher is more of the trait
    auto point = [&](const char* label, int n, double mean, const std::vector<GroupMean>& groups) {
      if (n == 0) return;
      stempush::MeasurePoint p;
      p.date = data_.plan.date;
      p.label = label;
      p.n = n;
      if (std::isfinite(mean)) p.value = mean;
      // By the group column (grade band...), so a run chart can be stratified; the core hides
      // groups under the program's threshold before anyone reads them.
      for (auto& g : groups) {
        stempush::MeasureGroup group;
        group.name = g.group;
        group.n = g.n;
        if (std::isfinite(g.mean)) group.value = g.mean;
        p.groups.push_back(std::move(group));
      }
      s.points.push_back(std::move(p));
    };
    point("pre", scale.pre_n, scale.pre_mean, scale.pre_groups);
    point("post", scale.post_n, scale.post_mean, scale.post_groups);
    series.push_back(std::move(s));
  }
  return series;
}

}  // namespace belonging
