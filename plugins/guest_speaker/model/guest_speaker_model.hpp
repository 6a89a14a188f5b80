// The guest-speaker plugin's model: owns GuestSpeakerData, reads and writes the workspace
// section, publishes the measure feeds and adds `stempush-cli guest-speaker ...`. The rest of
// the model works on GuestSpeakerData: analysis.hpp (interests, matching, results) and
// exports.hpp (CSV, brief, report, JSON, .ics).
#pragma once
#include "guest_speaker/model/analysis.hpp"
#include "guest_speaker/model/data.hpp"
#include "stempush/plugin.hpp"

namespace guest_speaker {

class GuestSpeakerModel : public stempush::PluginModel {
 public:
  static constexpr int kSchemaVersion = 1;

  const stempush::PluginInfo& info() const override;
  int schema_version() const override { return kSchemaVersion; }
  void from_json(const nlohmann::json& data) override;
  nlohmann::json to_json() const override;
  void clear() override { data_ = GuestSpeakerData(); }
  std::vector<std::string> check() const override;
  // Per visit: the share who found it useful and who can see themselves on the path; per term:
  // the number of visits held.
  std::vector<stempush::MeasureSeries> publish_feeds() const override;
  // Another device's interest survey and exit tickets (of visits both copies have), through the
  // core's survey merge (merge.cpp). Speakers and visit plans stay this workspace's.
  std::optional<nlohmann::json> merge_section(const nlohmann::json& their_section, const stempush::MergeChoices& choices,
                                              stempush::MergePlan& plan) const override;

  GuestSpeakerData& data() { return data_; }
  const GuestSpeakerData& data() const { return data_; }
  int min_group_size() const;  // the program's threshold (the default without a host)

 private:
  GuestSpeakerData data_;
};

// Section JSON without the PluginModel wrapper. data_from_json throws stempush::SectionError
// naming the JSON pointer of the first bad field.
nlohmann::json data_to_json(const GuestSpeakerData& data);
GuestSpeakerData data_from_json(const nlohmann::json& j);

}  // namespace guest_speaker
