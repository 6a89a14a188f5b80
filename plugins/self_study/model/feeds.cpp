// Self-study's measure feeds: each domain's mean consensus rating per cycle (dated by the cycle),
// the same figures as the cycle summary. n counts rated indicators, not people: a team's
// consensus identifies no one, so the core does not suppress it.
#include <algorithm>
#include <cmath>

#include "self_study/model/self_study_model.hpp"
#include "stempush/dates.hpp"

namespace self_study {

std::vector<stempush::MeasureSeries> SelfStudyModel::publish_feeds() const {
  std::vector<stempush::MeasureSeries> series;
  for (auto& domain : labelled_framework().domains) {
    stempush::MeasureSeries s;
    s.id = "domain." + domain.id;
    s.title.text = domain.title;
    s.unit = "mean consensus rating (" + std::to_string(framework_.scale.min()) + "-" +
             std::to_string(framework_.scale.max()) + ")";
    s.better = stempush::BetterDirection::Up;
    s.counts_people = false;
    series.push_back(std::move(s));
  }
  for (auto& summary : all_summaries()) {
    const Cycle* cycle = this->cycle(summary.cycle_id);
    if (!cycle || !stempush::is_iso_date(cycle->date)) continue;
    for (auto& domain_summary : summary.domains)
      for (auto& s : series) {
        if (s.id != "domain." + domain_summary.area.id) continue;
        stempush::MeasurePoint p;
        p.date = cycle->date;
        p.label = cycle->name;
        p.n = domain_summary.area.distribution.rated();
        if (std::isfinite(domain_summary.area.mean)) p.value = domain_summary.area.mean;
        s.points.push_back(std::move(p));
      }
  }
  for (auto& s : series)  // oldest first; cycles on one date keep their list order
    std::stable_sort(s.points.begin(), s.points.end(),
                     [](const stempush::MeasurePoint& a, const stempush::MeasurePoint& b) { return a.date < b.date; });
  return series;
}

}  // namespace self_study
