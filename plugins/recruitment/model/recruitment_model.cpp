// The recruitment model: section, checks and measure feeds (see recruitment_model.hpp).
#include "recruitment/model/recruitment_model.hpp"

#include <map>

#include "recruitment/model/funnel.hpp"
#include "stempush/feeds.hpp"

namespace recruitment {

const stempush::PluginInfo& RecruitmentModel::info() const {
  static const stempush::PluginInfo info{STEMPUSH_PLUGIN_ID, "recruitment.title", "recruitment.purpose", "", "recruitment.guide"};
  return info;
}

std::vector<std::string> RecruitmentModel::check() const {
  std::vector<std::string> out;
  for (auto& h : data_.hand_counts)
    for (size_t s = 1; s < kStageCount; ++s)
      if (h.counts[s] > h.counts[s - 1]) {
        const Community* c = data_.community(h.community);
        out.push_back("counts typed for " + (c ? c->name : h.community) + " in " + std::to_string(h.year) + ": more students " +
                      stage_id(Stage(s)) + " than " + stage_id(Stage(s - 1)));
        break;
      }
  for (auto& e : data_.events)
    if (e.title.empty()) out.push_back("event on " + e.date + " has no title");
  return out;
}

bool RecruitmentModel::has_item(std::string_view id) const {
  if (data_.space(id) || data_.material(id) || data_.community(id)) return true;
  for (auto& e : data_.events)
    if (e.id == id) return true;
  return false;
}

std::vector<stempush::MeasureSeries> RecruitmentModel::publish_feeds() const {
  using stempush::MeasureSeries;
  // Applications per month from spaces marked new this year (raw counts of students).
  std::map<std::string, int> new_space_apps, all_apps;
  for (auto& s : data_.students) {
    if (s.stage < Stage::Applied || s.applied_on.size() < 7) continue;
    const std::string month = s.applied_on.substr(0, 7) + "-01";
    ++all_apps[month];
    const Space* space = data_.space(s.source);
    if (space && space->is_new) ++new_space_apps[month];
  }
  MeasureSeries apps{"applications_new_spaces", "", {"recruitment.feed.applications_new_spaces", ""},
                     "applications", stempush::BetterDirection::Up};
  for (auto& [month, total] : all_apps) {
    (void)total;  // every month with applications has a point, 0 from new spaces included
    const int n = new_space_apps[month];
    apps.points.push_back({month, month.substr(0, 7), n, double(n), false, {}});
  }

  // Share of applicants from focus communities, per program year (funnel arithmetic, hand counts included).
  MeasureSeries share{"focus_applicants", "", {"recruitment.feed.focus_applicants", ""}, "%", stempush::BetterDirection::Up};
  std::map<int, Share> by_year;
  for (auto& s : data_.students) {
    if (s.stage < Stage::Applied) continue;
    const Community* c = data_.community(s.community);
    ++by_year[s.year].whole;
    if (c && c->focus) ++by_year[s.year].part;
  }
  for (auto& h : data_.hand_counts) {
    const Community* c = data_.community(h.community);
    by_year[h.year].whole += h.counts[size_t(Stage::Applied)];
    if (c && c->focus) by_year[h.year].part += h.counts[size_t(Stage::Applied)];
  }
  for (auto& [year, s] : by_year) {
    stempush::MeasurePoint p{std::to_string(year) + "-01-01", std::to_string(year), s.whole, s.percent(), false, {}};
    share.points.push_back(p);
  }

  // Outreach events held per month: a count of events, which identifies nobody.
  MeasureSeries held{"events_held", "", {"recruitment.feed.events_held", ""}, "events", stempush::BetterDirection::Up, false};
  std::map<std::string, int> per_month;
  for (auto& e : data_.events)
    if (e.held && e.kind == EventKind::Outreach) ++per_month[e.date.substr(0, 7) + "-01"];
  for (auto& [month, n] : per_month) held.points.push_back({month, month.substr(0, 7), n, double(n), false, {}});
  return {apps, share, held};
}

}  // namespace recruitment

std::unique_ptr<stempush::PluginModel> stempush_make_recruitment_model() {
  return std::make_unique<recruitment::RecruitmentModel>();
}
