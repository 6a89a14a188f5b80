#include "stempush/handoff.hpp"

#include "stempush/plugin.hpp"

namespace stempush {

nlohmann::json link_to_json(const HandoffLink& link) {
  return {{"plugin", link.plugin_id}, {"item", link.item_id}, {"label", link.label}};
}

HandoffLink link_from_json(const nlohmann::json& j, const std::string& path) {
  if (!j.is_object()) throw SectionError(path, "must be an object with plugin, item and label");
  HandoffLink link;
  for (auto [field, out] : {std::pair{"plugin", &link.plugin_id}, {"item", &link.item_id}, {"label", &link.label}}) {
    auto it = j.find(field);
    if (it == j.end() || !it->is_string()) throw SectionError(path + "/" + field, "must be text");
    *out = it->get<std::string>();
  }
  return link;
}

}  // namespace stempush
