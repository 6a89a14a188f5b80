// GuestSpeakerModel: the PluginModel glue, checks and measure feeds (see guest_speaker_model.hpp).
#include "guest_speaker/model/guest_speaker_model.hpp"

#include <algorithm>
#include <map>

#include "stempush/dates.hpp"
#include "stempush/plugin_host.hpp"

namespace guest_speaker {

const stempush::PluginInfo& GuestSpeakerModel::info() const {
  static const stempush::PluginInfo kInfo{STEMPUSH_PLUGIN_ID, "guest_speaker.title", "guest_speaker.purpose", "G", "guest_speaker.guide"};
  return kInfo;
}

void GuestSpeakerModel::from_json(const nlohmann::json& j) {
  GuestSpeakerData parsed = data_from_json(j);  // throws before anything changes
  data_ = std::move(parsed);
}

nlohmann::json GuestSpeakerModel::to_json() const { return data_to_json(data_); }

int GuestSpeakerModel::min_group_size() const {
  return host() ? host()->min_group_size() : stempush::effective_min_group_size(stempush::kDefaultMinGroupSize);
}

std::vector<std::string> GuestSpeakerModel::check() const {
  std::vector<std::string> problems;
  for (const auto& v : data_.visits) {
    if (!v.speaker_id.empty() && !data_.find_speaker(v.speaker_id))
      problems.push_back(render({"check.speaker_gone", {v.id}}, Language::English));
    if (total_minutes(v) != v.duration)
      problems.push_back(render({"check.minutes", {v.id, std::to_string(total_minutes(v)), std::to_string(v.duration)},
                                 total_minutes(v)},
                                Language::English));
  }
  return problems;
}

std::vector<stempush::MeasureSeries> GuestSpeakerModel::publish_feeds() const {
  using stempush::MeasurePoint;
  using stempush::MeasureSeries;
  MeasureSeries useful{"useful", "", {"guest_speaker.feed.useful", ""}, "%", stempush::BetterDirection::Up, true, {}};
  MeasureSeries see_myself{"see_myself", "", {"guest_speaker.feed.see_myself", ""}, "%", stempush::BetterDirection::Up, true, {}};
  // Visits count events, not people: nothing to hide.
  MeasureSeries per_term{"visits_per_term", "", {"guest_speaker.feed.visits_per_term", ""}, "visits",
                         stempush::BetterDirection::Up, false, {}};
  std::vector<const Visit*> dated;
  for (const auto& v : data_.visits)
    if (stempush::is_iso_date(v.date)) dated.push_back(&v);
  std::stable_sort(dated.begin(), dated.end(), [](const Visit* a, const Visit* b) { return a->date < b->date; });
  std::map<std::string, MeasurePoint> terms;  // first day -> point
  for (const Visit* v : dated) {
    // Raw counts over every answer: the core hides points under the program's threshold.
    const VisitResults r = visit_results(*v, 0);
    for (auto* series : {&useful, &see_myself}) {
      const std::string item = series == &useful ? "useful" : "see_myself";
      for (const auto& s : r.scales)
        if (s.item_id == item && s.n > 0) {
          MeasurePoint p{v->date, v->title.empty() ? v->id : v->title, s.n, s.agree_share * 100, false, {}};
          series->points.push_back(p);
        }
    }
    const Term term = term_of(v->date);
    auto& point = terms[term.first_day];
    point.date = term.first_day, point.label = term.name;
    ++point.n;
    point.value = double(point.n);
  }
  for (auto& [day, point] : terms) per_term.points.push_back(point);
  return {useful, see_myself, per_term};
}

}  // namespace guest_speaker
