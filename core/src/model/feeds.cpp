#include "stempush/feeds.hpp"

#include <algorithm>

#include "stempush/dates.hpp"

namespace stempush {

int effective_min_group_size(int setting) { return std::max(setting, kLowestMinGroupSize); }

namespace {
template <class T>
void suppress(T& counted) {
  counted.suppressed = true;
  counted.value.reset();
}
}  // namespace

void suppress_small_groups(MeasureSeries& series, int min_group_size) {
  if (!series.counts_people) return;
  const int threshold = effective_min_group_size(min_group_size);
  for (auto& point : series.points) {
    if (point.n < threshold) suppress(point);
    int suppressed_groups = 0;
    for (auto& group : point.groups)
      if (group.n < threshold) {
        suppress(group);
        ++suppressed_groups;
      }
    if (suppressed_groups == 1) {
      // One hidden group next to a shown total and shown others could be worked out: hide the
      // next smallest too.
      MeasureGroup* smallest = nullptr;
      for (auto& group : point.groups)
        if (!group.suppressed && (!smallest || group.n < smallest->n)) smallest = &group;
      if (smallest) suppress(*smallest);
    }
  }
}

std::vector<std::string> series_problems(const MeasureSeries& series) {
  std::vector<std::string> problems;
  if (series.id.empty()) problems.push_back("a series has no id");
  for (auto& point : series.points) {
    if (!is_iso_date(point.date))
      problems.push_back("series \"" + series.id + "\": date \"" + point.date + "\" is not YYYY-MM-DD");
    if (point.n < 0) problems.push_back("series \"" + series.id + "\": a point counts fewer than 0");
    for (auto& group : point.groups)
      if (group.n < 0) problems.push_back("series \"" + series.id + "\": a group counts fewer than 0");
  }
  return problems;
}

nlohmann::json series_to_json(const MeasureSeries& series) {
  auto counted = [](auto& item, nlohmann::json j) {
    j["n"] = item.n;
    if (item.suppressed) j["suppressed"] = true;
    else if (item.value) j["value"] = *item.value;
    return j;
  };
  nlohmann::json points = nlohmann::json::array();
  for (auto& point : series.points) {
    nlohmann::json p = counted(point, {{"date", point.date}, {"label", point.label}});
    if (!point.groups.empty()) {
      p["groups"] = nlohmann::json::array();
      for (auto& group : point.groups) p["groups"].push_back(counted(group, {{"name", group.name}}));
    }
    points.push_back(std::move(p));
  }
  nlohmann::json title = series.title.key.empty() ? nlohmann::json{{"text", series.title.text}}
                                                  : nlohmann::json{{"key", series.title.key}};
  return {{"id", series.id},
          {"plugin", series.plugin_id},
          {"title", title},
          {"unit", series.unit},
          {"better", series.better == BetterDirection::Up ? "up" : "down"},
          {"points", points}};
}

}  // namespace stempush
