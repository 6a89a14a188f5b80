#include "stempush/workspace.hpp"

#include <algorithm>
#include <stdexcept>

#include "stempush/registry.hpp"

namespace stempush {
namespace {

using nlohmann::json;

// Deepest nesting of [ and { outside strings. Checked before nlohmann_json builds (and later
// copies or dumps, recursively) a document.
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

void line_column(std::string_view text, size_t offset, size_t* line, size_t* column) {
  *line = 1;
  *column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++*line;
      *column = 1;
    } else {
      ++*column;
    }
  }
}

int schema_of(const json& wrapper, const std::string& path) {
  if (!wrapper.is_object()) throw WorkspaceError(path + " must be an object with \"schema\" and \"data\".");
  auto it = wrapper.find("schema");
  if (it == wrapper.end() || !it->is_number_integer() || it->get<int>() < 1)
    throw WorkspaceError(path + "/schema must be a whole number of 1 or more.");
  if (!wrapper.contains("data")) throw WorkspaceError(path + " has no \"data\".");
  return it->get<int>();
}

std::string newer_message(const std::string& what, int found, int known) {
  return "The " + what + " was saved by a newer version of the STEM PUSH Toolkit (schema " +
         std::to_string(found) + "; this version reads up to " + std::to_string(known) +
         "). Update the app to open it. Nothing was changed.";
}

// Migrate + validate one plugin section into `model`. Throws WorkspaceError naming the section.
json load_section(PluginModel& model, const json& wrapper, const std::string& id,
                  std::vector<std::string>* notes) {
  const std::string path = "/sections/" + id;
  int schema = schema_of(wrapper, path);
  if (schema > model.schema_version())
    throw WorkspaceError(newer_message("\"" + id + "\" section", schema, model.schema_version()));
  json data = wrapper.at("data");
  try {
    if (schema < model.schema_version()) {
      data = model.migrate(std::move(data), schema);
      if (notes)
        notes->push_back("Updated the \"" + id + "\" section from schema " + std::to_string(schema) +
                         " to " + std::to_string(model.schema_version()) + ".");
    }
    model.from_json(data);
  } catch (const SectionError& e) {
    throw WorkspaceError("The \"" + id + "\" section has a problem at " + e.at(path + "/data"));
  } catch (const json::exception& e) {
    throw WorkspaceError("The \"" + id + "\" section has a problem: " + e.what());
  }
  return data;
}

}  // namespace

json parse_json_document(std::string_view text, const std::string& what) {
  if (text.empty()) throw WorkspaceError("The " + what + " file is empty.");
  if (nesting_depth(text) > kMaxJsonDepth)
    throw WorkspaceError("The " + what + " file is nested more than " + std::to_string(kMaxJsonDepth) +
                         " levels deep; it is not a file this app wrote.");
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    size_t line, column;
    line_column(text, e.byte > 0 ? e.byte - 1 : 0, &line, &column);
    throw WorkspaceError("The " + what + " file is not valid JSON (line " + std::to_string(line) +
                         ", column " + std::to_string(column) + ").");
  }
}

Workspace::Workspace(const Registry& registry) {
  for (auto& entry : registry.entries()) {
    factories_.push_back(entry.make_model);
    models_.push_back(entry.make_model());
  }
  for (auto& m : models_) m->attach(*this);
}

Workspace::~Workspace() = default;

std::vector<PluginModel*> Workspace::plugins() const {
  std::vector<PluginModel*> out;
  for (auto& m : models_) out.push_back(m.get());
  return out;
}

PluginModel* Workspace::plugin(std::string_view id) const {
  for (auto& m : models_)
    if (m->info().id == id) return m.get();
  return nullptr;
}

std::vector<std::string> Workspace::load(std::string_view bytes) {
  json doc = parse_json_document(bytes, "workspace");
  if (!doc.is_object() || doc.value("format", "") != kWorkspaceFormat)
    throw WorkspaceError(
        "This file is JSON, but not a STEM PUSH workspace (it lacks \"format\": \"stempush-workspace\"). "
        "Nothing was changed.");
  auto fv = doc.find("format_version");
  if (fv == doc.end() || !fv->is_number_integer() || fv->get<int>() < 1)
    throw WorkspaceError("The workspace has no valid \"format_version\". Nothing was changed.");
  if (fv->get<int>() > kFormatVersion)
    throw WorkspaceError(newer_message("workspace", fv->get<int>(), kFormatVersion));

  std::vector<std::string> notes;
  // 1. Everything into temporaries; any throw leaves this workspace as it was.
  ProgramProfile profile;
  if (auto it = doc.find("profile"); it != doc.end()) {
    int schema = schema_of(*it, "/profile");
    if (schema > ProgramProfile::kSchemaVersion)
      throw WorkspaceError(newer_message("program profile", schema, ProgramProfile::kSchemaVersion));
    try {
      json data = it->at("data");
      if (schema < ProgramProfile::kSchemaVersion) {
        data = ProgramProfile::migrate(std::move(data), schema);
        notes.push_back("Updated the program profile from schema " + std::to_string(schema) + " to " +
                        std::to_string(ProgramProfile::kSchemaVersion) + ".");
      }
      profile = ProgramProfile::from_json(data);
    } catch (const SectionError& e) {
      throw WorkspaceError("The program profile has a problem at " + e.at("/profile/data"));
    }
  }
  json sections = json::object();
  if (auto it = doc.find("sections"); it != doc.end()) {
    if (!it->is_object()) throw WorkspaceError("\"sections\" must be an object.");
    sections = *it;
  }
  std::set<std::string> merge_settled;
  if (auto it = doc.find("merge_settled"); it != doc.end()) {
    if (!it->is_array()) throw WorkspaceError("\"merge_settled\" must be a list of texts.");
    for (auto& key : *it) {
      if (!key.is_string()) throw WorkspaceError("\"merge_settled\" must be a list of texts.");
      merge_settled.insert(key.get<std::string>());
    }
  }
  std::vector<json> plugin_data(models_.size());
  std::map<std::string, json> unknown;
  for (auto& item : sections.items()) {
    const std::string id = item.key();
    const json& wrapper = item.value();
    auto found = std::find_if(models_.begin(), models_.end(),
                              [&](auto& m) { return m->info().id == id; });
    if (found == models_.end()) {
      schema_of(wrapper, "/sections/" + id);
      unknown[id] = wrapper;  // a plugin not installed here: keep its data untouched
      continue;
    }
    // Validate on a scratch model of the same kind; the live one is untouched until commit.
    size_t index = found - models_.begin();
    auto scratch = factories_[index]();
    plugin_data[index] = load_section(*scratch, wrapper, id, &notes);
  }
  // 2. Commit: nothing below can fail, the same data was accepted above.
  profile_ = std::move(profile);
  for (size_t i = 0; i < models_.size(); ++i) {
    if (plugin_data[i].is_null()) models_[i]->clear();
    else models_[i]->from_json(plugin_data[i]);
  }
  unknown_sections_ = std::move(unknown);
  merge_settled_ = std::move(merge_settled);
  notify_all(ChangeCause::Loaded);
  return notes;
}

json Workspace::to_json() const {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from less WebAssembly code (docs/ARCHITECTURE.md), and no copy of the
  // sections (the whole workspace) on every save.
  json doc;
  doc["format"] = kWorkspaceFormat;
  doc["format_version"] = kFormatVersion;
  doc["app_version"] = STEMPUSH_VERSION;
  json& profile = doc["profile"];
  profile["schema"] = ProgramProfile::kSchemaVersion;
  profile["data"] = profile_.to_json();
  json& sections = doc["sections"] = json::object();
  for (auto& [id, wrapper] : unknown_sections_) sections[id] = wrapper;
  for (auto& m : models_) {
    json& section = sections[m->info().id] = json::object();
    section["schema"] = m->schema_version();
    section["data"] = m->to_json();
  }
  if (!merge_settled_.empty()) doc["merge_settled"] = merge_settled_;
  return doc;
}

std::string Workspace::save() const {
  // Invalid UTF-8 from a user field would make dump() throw; replace it instead of losing the save.
  return to_json().dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

void Workspace::clear() {
  profile_ = ProgramProfile{};
  for (auto& m : models_) m->clear();
  unknown_sections_.clear();
  merge_settled_.clear();
  notify_all(ChangeCause::Cleared);
}

void Workspace::notify_all(ChangeCause cause) {
  notify_changed({kProfileSectionId, cause});
  for (auto& m : models_) notify_changed({m->info().id, cause});
}

json Workspace::section(std::string_view id) const {
  if (id == kProfileSectionId) return profile_.to_json();
  if (auto* m = plugin(id)) return m->to_json();
  throw std::out_of_range("no section " + std::string(id));
}

void Workspace::set_section(std::string_view id, const json& data, ChangeCause cause) {
  if (id == kProfileSectionId) {
    profile_ = ProgramProfile::from_json(data);
    notify_changed({std::string(id), cause});
    return;
  }
  if (auto* m = plugin(id)) {
    m->from_json(data);
    notify_changed({std::string(id), cause});
    return;
  }
  throw std::out_of_range("no section " + std::string(id));
}

std::vector<std::string> Workspace::check() const {
  std::vector<std::string> problems;
  for (auto& m : models_)
    for (auto& p : m->check()) problems.push_back(m->info().id + ": " + p);
  return problems;
}

std::vector<MeasureSeries> Workspace::feeds() const {
  std::vector<MeasureSeries> all;
  for (auto& m : models_) {
    const std::string& plugin_id = m->info().id;
    for (auto& series : m->publish_feeds()) {
      auto problems = series_problems(series);
      if (!problems.empty())
        throw std::logic_error("plugin \"" + plugin_id + "\" published a bad measure series: " + problems.front());
      for (auto& earlier : all)
        if (earlier.plugin_id == plugin_id && earlier.id == plugin_id + "." + series.id)
          throw std::logic_error("plugin \"" + plugin_id + "\" published the series \"" + series.id + "\" twice");
      all.push_back(series);
      all.back().plugin_id = plugin_id;
      all.back().id = plugin_id + "." + series.id;
      suppress_small_groups(all.back(), min_group_size());
    }
  }
  return all;
}

std::vector<HandoffTarget> Workspace::handoff_targets(std::string_view kind) const {
  std::vector<HandoffTarget> targets;
  for (auto& m : models_) {
    auto kinds = m->accepted_handoffs();
    if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end())
      targets.push_back({m->info().id, m->info().title_key});
  }
  return targets;
}

std::string Workspace::hand_off(std::string_view target_plugin, const Handoff& handoff) {
  PluginModel* target = plugin(target_plugin);
  if (!target) throw std::invalid_argument("The \"" + std::string(target_plugin) + "\" plugin is not installed.");
  auto kinds = target->accepted_handoffs();
  if (std::find(kinds.begin(), kinds.end(), handoff.kind) == kinds.end())
    throw std::invalid_argument("The \"" + target->info().id + "\" plugin does not take \"" + handoff.kind + "\".");
  std::string item_id = target->accept_handoff(handoff);
  notify_changed({target->info().id, ChangeCause::HandedOff});
  return item_id;
}

std::vector<LinkableItem> Workspace::linkable_items() const {
  std::vector<LinkableItem> all;
  for (auto& m : models_)
    for (auto& item : m->linkable_items()) {
      all.push_back(item);
      all.back().link.plugin_id = m->info().id;
    }
  return all;
}

bool Workspace::link_available(const HandoffLink& link) const {
  const PluginModel* owner = plugin(link.plugin_id);
  return owner && owner->has_item(link.item_id);
}

}  // namespace stempush
