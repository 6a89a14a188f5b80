#include "stempush/plugin.hpp"

namespace stempush {

nlohmann::json PluginModel::migrate(nlohmann::json data, int from_version) const {
  if (from_version == schema_version()) return data;
  throw SectionError("", "no migration from schema " + std::to_string(from_version) + " to " +
                             std::to_string(schema_version()));
}

}  // namespace stempush

namespace stempush {

std::string PluginModel::accept_handoff(const Handoff& handoff) {
  throw std::invalid_argument("The \"" + info().id + "\" plugin does not take \"" + handoff.kind + "\".");
}

}  // namespace stempush
