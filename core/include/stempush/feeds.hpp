// Measure feeds: dated series that a plugin model publishes (PluginModel::publish_feeds) and that
// any plugin, the CLI or an export reads through PluginHost::feeds(). Read-only for readers: the
// core gathers a fresh copy from every installed plugin on each call.
//
// Privacy is the core's job, not each reader's: before a series leaves the core, every point and
// group counted over fewer people than the program's small-group threshold (ProgramProfile::
// min_group_size, default 10, never below 5) is marked suppressed and loses its value, so no
// chart, export or plugin can show it by accident.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stempush {

inline constexpr int kDefaultMinGroupSize = 10;  // as many districts use for student data
inline constexpr int kLowestMinGroupSize = 5;    // the setting may never go below this

enum class BetterDirection { Up, Down };  // which way is an improvement

// A title: an i18n key (translated where shown) or, when the key is empty, plain text.
struct FeedText {
  std::string key;
  std::string text;
};

struct MeasureGroup {
  std::string name;              // "9th grade"; "" is the people with no group
  int n = 0;                     // how many people the value is computed over
  std::optional<double> value;   // empty when suppressed
  bool suppressed = false;
};

struct MeasurePoint {
  std::string date;              // YYYY-MM-DD
  std::string label;             // what the point is ("pre", a cycle's name); may be empty
  int n = 0;                     // people (or ratings) the value is computed over
  std::optional<double> value;   // empty when suppressed, or when there is nothing to average
  bool suppressed = false;
  std::vector<MeasureGroup> groups;  // optional breakdown; each group's n adds up to the point's
};

struct MeasureSeries {
  std::string id;         // stable; published as "<name>", read as "<plugin id>.<name>"
  std::string plugin_id;  // the publisher (set by the core)
  FeedText title;
  std::string unit;       // "mean rating (1-4)", "%"; may be empty
  BetterDirection better = BetterDirection::Up;
  // True when n counts people (students, staff answering a survey): then small groups are
  // suppressed. False when n counts things that identify nobody (a team's consensus ratings).
  bool counts_people = true;
  std::vector<MeasurePoint> points;  // oldest first
};

// The threshold actually used for a stored setting: never below kLowestMinGroupSize.
int effective_min_group_size(int setting);

// For a series that counts people, marks and empties every point and group with n < min_group_size. When exactly one group of a
// point is suppressed, the next smallest group is suppressed too: otherwise the point's total and
// the other groups would give the small group's value away.
void suppress_small_groups(MeasureSeries& series, int min_group_size);

// Problems in a published series (empty id, a date that is not YYYY-MM-DD, n below 0); the core
// refuses such a series with std::logic_error naming the plugin, since it is a plugin bug.
std::vector<std::string> series_problems(const MeasureSeries& series);

// JSON for the CLI and exports: suppressed values are absent, never null or 0.
nlohmann::json series_to_json(const MeasureSeries& series);

}  // namespace stempush
