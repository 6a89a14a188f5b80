// Rules of the belonging data (see data.hpp) and the defaults read from assets/. Survey rules
// (codes, answers, item checks) are the core's (stempush/survey.hpp).
#include "belonging/model/data.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "belonging_assets.hpp"

namespace belonging {
namespace {

nlohmann::json asset_json(const char* name) {
  auto text = belonging_assets::asset(name);
  if (text.empty()) throw std::logic_error(std::string("missing compiled-in asset ") + name);
  return nlohmann::json::parse(text);  // a broken asset is a build bug; the tests load each one
}

LocalText local_text(const nlohmann::json& j) {
  return {j.at("en").get<std::string>(), j.value("es", std::string())};
}

}  // namespace

SessionPlan default_plan() {
  auto j = asset_json("session-default.json");
  SessionPlan plan;
  for (auto& s : j.at("agenda"))
    plan.agenda.push_back({s.at("title").get<std::string>(), s.at("minutes").get<int>(),
                           s.at("purpose").get<std::string>(), s.at("notes").get<std::string>()});
  for (auto& s : j.at("stories"))
    plan.stories.push_back({local_text(s), s.value("attribution", std::string())});
  for (auto& m : j.at("materials")) plan.materials.push_back({m.get<std::string>(), false});
  return plan;
}

int total_minutes(const SessionPlan& plan) {
  int total = 0;
  for (auto& step : plan.agenda) total += step.minutes;
  return total;
}

bool move_step(SessionPlan& plan, size_t from, size_t to) {
  auto& a = plan.agenda;
  if (from >= a.size() || to >= a.size()) return false;
  if (from < to) std::rotate(a.begin() + long(from), a.begin() + long(from) + 1, a.begin() + long(to) + 1);
  else if (from > to) std::rotate(a.begin() + long(to), a.begin() + long(from), a.begin() + long(from) + 1);
  return true;
}

std::string agenda_warning(const SessionPlan& plan) {
  int total = total_minutes(plan);
  if (total == kSessionMinutes) return {};
  int off = total - kSessionMinutes;
  return "The agenda adds up to " + std::to_string(total) + " minutes, " +
         std::to_string(off > 0 ? off : -off) + (off > 0 ? " more" : " less") +
         " than the 60-minute session.";
}

ItemBank default_item_bank() {
  auto j = asset_json("items-default.json");
  ItemBank bank;
  for (auto& s : j.at("subscales")) bank.subscales.push_back({s.at("id").get<std::string>(), local_text(s)});
  for (auto& i : j.at("items")) {
    Item item;
    item.id = i.at("id").get<std::string>();
    item.subscale = i.at("subscale").get<std::string>();
    item.text = local_text(i);
    auto& scale = j.at("scales").at(i.at("scale").get<std::string>());
    item.points = scale.at("points").get<int>();
    for (auto& l : scale.at("labels")) item.labels.push_back(local_text(l));
    item.reverse = i.value("reverse", false);
    bank.items.push_back(std::move(item));
  }
  return bank;
}

Item new_custom_item(const ItemBank& bank, std::string subscale, int points) {
  Item item;
  for (int n = 1;; ++n) {
    item.id = "custom_" + std::to_string(n);
    if (!bank.find(item.id)) break;
  }
  item.subscale = std::move(subscale);
  item.points = points;
  item.labels = agree_labels(points);
  item.custom = true;
  return item;
}

const char* survey_name(SurveyKind kind) { return kind == SurveyKind::Pre ? "pre" : "post"; }
std::optional<SurveyKind> parse_survey_kind(std::string_view text) {
  if (text == "pre") return SurveyKind::Pre;
  if (text == "post") return SurveyKind::Post;
  return std::nullopt;
}

BelongingData default_data() {
  BelongingData data;
  data.plan = default_plan();
  data.bank = default_item_bank();
  return data;
}

}  // namespace belonging
