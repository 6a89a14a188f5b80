// BelongingModel: the PluginModel glue and the small edits a view makes (see belonging_model.hpp).
#include "belonging/model/belonging_model.hpp"

#include <algorithm>
#include <set>

#include "belonging/model/kiosk.hpp"

namespace belonging {

BelongingModel::BelongingModel() : data_(default_data()) {}

const stempush::PluginInfo& BelongingModel::info() const {
  static const stempush::PluginInfo kInfo{STEMPUSH_PLUGIN_ID, "belonging.title", "belonging.purpose", "B"};
  return kInfo;
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

std::string BelongingModel::set_answer(SurveyKind kind, const std::string& raw_code, const std::string& item_id,
                                       int value) {
  auto code = normalize_code(raw_code);
  if (!code) return code_problem(raw_code);
  const Item* item = data_.bank.find(item_id);
  if (!item) return "no item " + item_id;
  if (value < 1 || value > item->points) return "answers to this item are 1 to " + std::to_string(item->points);
  Survey& survey = data_.survey(kind);
  Response* r = survey.find(*code);
  if (!r) {
    survey.responses.push_back({*code, {}, {}});
    r = &survey.responses.back();
  }
  r->answers[item_id] = value;
  return {};
}

void BelongingModel::clear_answer(SurveyKind kind, const std::string& code, const std::string& item_id) {
  if (Response* r = data_.survey(kind).find(code)) r->answers.erase(item_id);
}

std::string BelongingModel::set_group(SurveyKind kind, const std::string& raw_code, const std::string& group) {
  auto code = normalize_code(raw_code);
  if (!code) return code_problem(raw_code);
  Response* r = data_.survey(kind).find(*code);
  if (!r) return "no response with code " + *code;
  r->group = group;
  return {};
}

bool BelongingModel::remove_response(SurveyKind kind, const std::string& code) {
  auto& list = data_.survey(kind).responses;
  auto it = std::find_if(list.begin(), list.end(), [&](const Response& r) { return r.code == code; });
  if (it == list.end()) return false;
  list.erase(it);
  return true;
}

void BelongingModel::set_kiosk_pin(const std::string& pin) { data_.kiosk_pin_hash = hash_pin(pin); }

}  // namespace belonging
