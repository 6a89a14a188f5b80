#include "stempush/registry.hpp"

#include <algorithm>
#include <stdexcept>

#include "stempush/i18n.hpp"

namespace stempush {

void Registry::add_model(std::string id, PluginModelFactory make_model, std::string_view catalog_en,
                         std::string_view catalog_es) {
  // snake_case: ^[a-z][a-z0-9_]*$ (no std::regex: it would bring locales into the browser's download)
  const bool snake = !id.empty() && id[0] >= 'a' && id[0] <= 'z' &&
                     std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
  if (!snake) throw std::logic_error("plugin id is not snake_case: " + id);
  if (id == "profile") throw std::logic_error("plugin id 'profile' is reserved for the core");
  if (find(id)) throw std::logic_error("plugin registered twice: " + id);
  if (!make_model) throw std::logic_error("plugin has no model factory: " + id);
  // The section key is the registered id, and the core finds models by info().id: a model that
  // names itself differently would load into the wrong section or not at all.
  const std::string model_id = make_model()->info().id;
  if (model_id != id)
    throw std::logic_error("plugin \"" + id + "\" is installed with stempush_add_plugin(" + id +
                           ") but its model's info().id is \"" + model_id +
                           "\"; use STEMPUSH_PLUGIN_ID as the id in info()");
  entries_.push_back(PluginEntry{std::move(id), make_model, nullptr, catalog_en, catalog_es});
}

void Registry::add_view(std::string_view id, PluginViewFactory make_view) {
  for (auto& e : entries_)
    if (e.id == id) {
      e.make_view = make_view;
      return;
    }
  throw std::logic_error("view for unknown plugin: " + std::string(id));
}

void Registry::add_commands(std::string_view id, PluginCommandsAdder add_commands) {
  for (auto& e : entries_)
    if (e.id == id) {
      e.add_commands = add_commands;
      return;
    }
  throw std::logic_error("commands for unknown plugin: " + std::string(id));
}

const PluginEntry* Registry::find(std::string_view id) const {
  for (auto& e : entries_)
    if (e.id == id) return &e;
  return nullptr;
}

void Registry::load_catalogs() const {
  for (auto& e : entries_) {
    i18n::add_compiled_catalog(i18n::Language::English, e.catalog_en);
    i18n::add_compiled_catalog(i18n::Language::Spanish, e.catalog_es);
  }
}

}  // namespace stempush
