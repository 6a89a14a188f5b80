// The belonging plugin's model: owns BelongingData, reads/writes the workspace section, and offers
// the edits a view needs (grid entry, PIN, custom items). Other modules work on BelongingData:
// import.hpp (CSV import job), kiosk.hpp (kiosk mode), results.hpp (results page), exports.hpp.
// After any edit the view calls the host's history commit, which snapshots to_json().
#pragma once
#include <string>
#include <vector>

#include "belonging/model/data.hpp"
#include "stempush/plugin.hpp"

namespace belonging {

class BelongingModel : public stempush::PluginModel {
 public:
  // 2: items carry a "type" (the core survey service's item types); schema 1 items were all scales.
  static constexpr int kSchemaVersion = 2;
  BelongingModel();

  const stempush::PluginInfo& info() const override;
  int schema_version() const override { return kSchemaVersion; }
  nlohmann::json migrate(nlohmann::json data, int from_version) const override;
  void from_json(const nlohmann::json& data) override;
  nlohmann::json to_json() const override;
  void clear() override;
  std::vector<std::string> check() const override;
  // Each subscale's mean per survey (feeds.cpp).
  std::vector<stempush::MeasureSeries> publish_feeds() const override;
  // Another device's responses, before and after the session, through the core's survey merge
  // (merge.cpp). The plan, item bank and reflection stay this workspace's.
  std::optional<nlohmann::json> merge_section(const nlohmann::json& their_section, const stempush::MergeChoices& choices,
                                              stempush::MergePlan& plan) const override;

  BelongingData& data() { return data_; }
  const BelongingData& data() const { return data_; }

  // Grid entry: one cell at a time. set_answer creates the student's response when needed and
  // returns a sentence saying why a value was refused ("" when stored).
  std::string set_answer(SurveyKind kind, const std::string& raw_code, const std::string& item_id, int value);
  void clear_answer(SurveyKind kind, const std::string& code, const std::string& item_id);
  std::string set_group(SurveyKind kind, const std::string& raw_code, const std::string& group);
  bool remove_response(SurveyKind kind, const std::string& code);

  // Stores only a salted hash. Throws std::invalid_argument unless 4-8 digits.
  void set_kiosk_pin(const std::string& pin);
  bool has_kiosk_pin() const { return !data_.kiosk_pin_hash.empty(); }

 private:
  BelongingData data_;
};

// Section JSON without the PluginModel wrapper (the CLI, tests and benchmarks use these).
nlohmann::json data_to_json(const BelongingData& data);
// Throws stempush::SectionError with the JSON path of the first problem.
BelongingData data_from_json(const nlohmann::json& j);

}  // namespace belonging
