// The recruitment plugin's model: its data (data.hpp), the measure feeds it publishes for the
// improvement engine, and its command-line commands (commands.cpp).
#pragma once
#include "recruitment/model/data.hpp"
#include "stempush/plugin.hpp"

namespace recruitment {

class RecruitmentModel : public stempush::PluginModel {
 public:
  const stempush::PluginInfo& info() const override;
  int schema_version() const override { return 1; }
  void from_json(const nlohmann::json& data) override { data_ = data_from_json(data); }
  nlohmann::json to_json() const override { return recruitment::to_json(data_); }
  void clear() override { data_ = RecruitmentData(); }
  std::vector<std::string> check() const override;
  // applications_new_spaces (per month), focus_applicants (share per year), events_held (per month).
  std::vector<stempush::MeasureSeries> publish_feeds() const override;
  bool has_item(std::string_view item_id) const override;

  RecruitmentData& data() { return data_; }
  const RecruitmentData& data() const { return data_; }

 private:
  RecruitmentData data_;
};

}  // namespace recruitment
