// The sample plugin of docs/PLUGINS.md: a list of short notes. Small on purpose; it shows every
// part a plugin has (info, schema + migration, JSON in and out with errors that name the field,
// a check, a command-line command, a view).
#pragma once
#include <string>
#include <vector>

#include "stempush/plugin.hpp"

namespace sample_notes {

struct Note {
  std::string title;
  std::string text;
};

class NotesModel : public stempush::PluginModel {
 public:
  const stempush::PluginInfo& info() const override;
  int schema_version() const override { return 2; }
  nlohmann::json migrate(nlohmann::json data, int from_version) const override;
  void from_json(const nlohmann::json& data) override;
  nlohmann::json to_json() const override;
  void clear() override { notes.clear(); }
  std::vector<std::string> check() const override;
  // A note can be offered to other plugins (view); its link back names it by title.
  bool has_item(std::string_view title) const override;

  std::vector<Note> notes;  // the view edits these, then commits
};

}  // namespace sample_notes
