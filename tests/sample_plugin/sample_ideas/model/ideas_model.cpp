#include "sample_ideas/model/ideas_model.hpp"

#include <stdexcept>

#include "stempush/plugin_host.hpp"

namespace sample_ideas {

const stempush::PluginInfo& IdeasModel::info() const {
  static const stempush::PluginInfo info{STEMPUSH_PLUGIN_ID, "sample_ideas.title", "sample_ideas.purpose", "", ""};
  return info;
}

void IdeasModel::attached() {
  subscription_ = host()->subscribe([this](const stempush::SectionChange&) { ++changes_heard; });
}

void IdeasModel::from_json(const nlohmann::json& data) {
  if (!data.is_object()) throw stempush::SectionError("", "must be an object");
  std::vector<Idea> parsed;
  const auto& list = data.value("ideas", nlohmann::json::array());
  if (!list.is_array()) throw stempush::SectionError("/ideas", "must be a list");
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string path = "/ideas/" + std::to_string(i);
    const auto& j = list[i];
    if (!j.is_object() || !j.value("id", nlohmann::json()).is_string() || !j.value("text", nlohmann::json()).is_string())
      throw stempush::SectionError(path, "must have an id and a text");
    Idea idea{j["id"].get<std::string>(), j["text"].get<std::string>(), std::nullopt};
    if (j.contains("source")) idea.source = stempush::link_from_json(j["source"], path + "/source");
    parsed.push_back(std::move(idea));
  }
  ideas = std::move(parsed);
  show_sources = data.value("show_sources", true);
  next_id_ = data.value("next_id", int(ideas.size()) + 1);
}

nlohmann::json IdeasModel::to_json() const {
  nlohmann::json list = nlohmann::json::array();
  for (auto& idea : ideas) {
    nlohmann::json j{{"id", idea.id}, {"text", idea.text}};
    if (idea.source) j["source"] = stempush::link_to_json(*idea.source);
    list.push_back(std::move(j));
  }
  return {{"ideas", list}, {"show_sources", show_sources}, {"next_id", next_id_}};
}

void IdeasModel::clear() {
  ideas.clear();
  show_sources = true;
  next_id_ = 1;
}

std::string IdeasModel::add(std::string text) {
  std::string id = "idea" + std::to_string(next_id_++);
  ideas.push_back({id, std::move(text), std::nullopt});
  return id;
}

std::string IdeasModel::accept_handoff(const stempush::Handoff& handoff) {
  if (handoff.text.empty()) throw std::invalid_argument("An idea needs a text.");
  std::string id = add(handoff.text);
  ideas.back().source = handoff.source;
  return id;
}

bool IdeasModel::has_item(std::string_view item_id) const {
  for (auto& idea : ideas)
    if (idea.id == item_id) return true;
  return false;
}

std::vector<std::string> IdeasModel::feed_ids() const {
  std::vector<std::string> ids;
  if (host())
    for (auto& series : host()->feeds()) ids.push_back(series.id);
  return ids;
}

}  // namespace sample_ideas

std::unique_ptr<stempush::PluginModel> stempush_make_sample_ideas_model() {
  return std::make_unique<sample_ideas::IdeasModel>();
}
