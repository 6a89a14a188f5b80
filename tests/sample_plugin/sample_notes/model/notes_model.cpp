#include "sample_notes/model/notes_model.hpp"

#include "stempush/json_reader.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace sample_notes {

const stempush::PluginInfo& NotesModel::info() const {
  static const stempush::PluginInfo info{STEMPUSH_PLUGIN_ID, "sample_notes.title", "sample_notes.purpose", "", "sample_notes.guide"};
  return info;
}

// Schema 1 stored notes as plain strings; schema 2 gives each a title and a text.
nlohmann::json NotesModel::migrate(nlohmann::json data, int from_version) const {
  if (from_version == 1) {
    nlohmann::json notes = nlohmann::json::array();
    for (auto& s : data.value("notes", nlohmann::json::array())) notes.push_back({{"title", s}, {"text", ""}});
    data = {{"notes", notes}};
    from_version = 2;
  }
  return stempush::PluginModel::migrate(std::move(data), from_version);
}

void NotesModel::from_json(const nlohmann::json& data) {
  using namespace stempush::json_reader;  // throws SectionError naming the field ("/notes/0/title")
  require_object(data, "");
  std::vector<Note> parsed;  // parse into a temporary: on error the model stays as it was
  if (data.contains("notes")) {
    const auto& list = require_array(data, "notes", "");
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string path = child_path("/notes", i);
      parsed.push_back({require_string(list[i], "title", path), optional_text(list[i], "text", path)});
    }
  }
  notes = std::move(parsed);
}

nlohmann::json NotesModel::to_json() const {
  nlohmann::json list = nlohmann::json::array();
  for (auto& n : notes) list.push_back({{"title", n.title}, {"text", n.text}});
  return {{"notes", list}};
}

bool NotesModel::has_item(std::string_view title) const {
  for (auto& n : notes)
    if (n.title == title) return true;
  return false;
}

std::vector<std::string> NotesModel::check() const {
  std::vector<std::string> problems;
  for (size_t i = 0; i < notes.size(); ++i)
    if (notes[i].title.empty()) problems.push_back("note " + std::to_string(i + 1) + " has no title");
  return problems;
}

}  // namespace sample_notes

// The factory that the generated register_plugin_models() calls.
std::unique_ptr<stempush::PluginModel> stempush_make_sample_notes_model() {
  return std::make_unique<sample_notes::NotesModel>();
}
