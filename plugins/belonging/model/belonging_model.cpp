// BelongingModel: the PluginModel glue and the small edits a view makes (see belonging_model.hpp).
#include "belonging/model/belonging_model.hpp"

#include <algorithm>
#include <set>

#include "belonging/model/kiosk.hpp"

namespace belonging {

BelongingModel::BelongingModel() : data_(default_data()) {}

const stempush::PluginInfo& BelongingModel::info() const {
  static const stempush::PluginInfo kInfo{STEMPUSH_PLUGIN_ID, "belonging.title", "belonging.purpose", "B", "belonging.guide"};
  return kInfo;
}

nlohmann::json BelongingModel::migrate(nlohmann::json data, int from_version) const {
  if (from_version == 1) {
    // Schema 1 had only scale items, with no "type"; everything else is unchanged.
    if (data.is_object() && data.contains("items") && data["items"].is_array())
      for (auto& item : data["items"])
        if (item.is_object() && !item.contains("type")) item["type"] = "scale";
    from_version = 2;
  }
  return stempush::PluginModel::migrate(std::move(data), from_version);
}

void BelongingModel::from_json(const nlohmann::json& j) {
  BelongingData parsed = data_from_json(j);  // throws before anything changes
  data_ = std::move(parsed);
}

nlohmann::json BelongingModel::to_json() const { return data_to_json(data_); }

void BelongingModel::clear() {
  data_ = default_data();
}

std::vector<std::string> BelongingModel::check() const {
  std::vector<std::string> problems;
  if (auto w = agenda_warning(data_.plan); !w.empty()) problems.push_back(w);
  // One subscale, one scale length: a mean of 1-5 and 1-7 answers means nothing.
  for (auto& sub : data_.bank.subscales) {
    std::set<int> points;
    for (auto& item : data_.bank.items)
      if (item.subscale == sub.id) points.insert(item.points);
    if (points.size() > 1) problems.push_back("subscale \"" + sub.id + "\" mixes items with different numbers of scale points");
  }
  return problems;
}

// Grid edits are the core's (stempush::survey::ResponseSet); these name the survey by its kind.
std::string BelongingModel::set_answer(SurveyKind kind, const std::string& raw_code, const std::string& item_id,
                                       int value) {
  return data_.survey(kind).set_answer(data_.bank, raw_code, item_id, stempush::survey::Answer(value));
}

void BelongingModel::clear_answer(SurveyKind kind, const std::string& code, const std::string& item_id) {
  if (Response* r = data_.survey(kind).find(code)) r->answers.erase(item_id);
}

std::string BelongingModel::set_group(SurveyKind kind, const std::string& raw_code, const std::string& group) {
  return data_.survey(kind).set_group(raw_code, group);
}

bool BelongingModel::remove_response(SurveyKind kind, const std::string& code) {
  return data_.survey(kind).remove(code);
}

void BelongingModel::set_kiosk_pin(const std::string& pin) { data_.kiosk_pin_hash = hash_pin(pin); }

}  // namespace belonging
