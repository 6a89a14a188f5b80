// DiscussionModel: the PluginModel glue and the hand-off of practice changes (see
// discussion_model.hpp).
#include "staff_discussion/model/discussion_model.hpp"

#include <stdexcept>

#include "stempush/plugin_host.hpp"

namespace staff_discussion {

const stempush::PluginInfo& DiscussionModel::info() const {
  static const stempush::PluginInfo kInfo{STEMPUSH_PLUGIN_ID, "staff_discussion.title", "staff_discussion.purpose", "D", "staff_discussion.guide"};
  return kInfo;
}

nlohmann::json DiscussionModel::migrate(nlohmann::json data, int from_version) const {
  // 1 -> 2: schema 1 had no program year; its sessions were planned for a school year.
  if (from_version == 1 && data.is_object()) {
    data["year_start_month"] = kDefaultYearStartMonth;
    from_version = 2;
  }
  return stempush::PluginModel::migrate(std::move(data), from_version);
}

void DiscussionModel::from_json(const nlohmann::json& j) {
  DiscussionData parsed = data_from_json(j);  // throws before anything changes
  data_ = std::move(parsed);
}

nlohmann::json DiscussionModel::to_json() const { return data_to_json(data_); }

void DiscussionModel::clear() { data_ = DiscussionData{}; }

std::vector<std::string> DiscussionModel::check() const { return problems(data_); }

bool DiscussionModel::has_item(std::string_view item_id) const {
  std::string session_id, change_id;
  if (!split_item_id(std::string(item_id), &session_id, &change_id)) return false;
  const Session* s = data_.session(session_id);
  return s && s->change(change_id);
}

stempush::Handoff DiscussionModel::change_idea_offer(const Session& s, const PracticeChange& c) const {
  return {kChangeIdeaKind, c.what, {info().id, change_item_id(s, c), c.what}};
}

bool DiscussionModel::record_change_idea(const std::string& session_id, const std::string& change_id,
                                         const std::string& plugin_id, const std::string& item_id) {
  Session* s = data_.session(session_id);
  PracticeChange* c = s ? s->change(change_id) : nullptr;
  if (!c) return false;
  c->change_idea = stempush::HandoffLink{plugin_id, item_id, c->what};
  return true;
}

stempush::HandoffLink DiscussionModel::send_change_idea(const std::string& session_id, const std::string& change_id,
                                                       const std::string& target_plugin) {
  Session* s = data_.session(session_id);
  PracticeChange* c = s ? s->change(change_id) : nullptr;
  if (!c) throw std::invalid_argument("There is no practice change " + change_id + " in session " + session_id + ".");
  if (c->what.empty()) throw std::invalid_argument("Say what will change before sending it.");
  if (!host()) throw std::invalid_argument("No other plugin can be reached from here.");
  const std::string item = host()->hand_off(target_plugin, change_idea_offer(*s, *c));
  record_change_idea(session_id, change_id, target_plugin, item);
  return *c->change_idea;
}

bool DiscussionModel::change_idea_available(const PracticeChange& c) const {
  return c.change_idea && host() && host()->link_available(*c.change_idea);
}

}  // namespace staff_discussion

std::unique_ptr<stempush::PluginModel> stempush_make_staff_discussion_model() {
  return std::make_unique<staff_discussion::DiscussionModel>();
}
