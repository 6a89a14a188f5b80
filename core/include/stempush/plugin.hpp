// What a plugin is.
//
// A plugin has two halves, kept apart so that the command-line tool and the unit tests can link
// the data half without Dear ImGui:
//   - PluginModel (this file): its section of the workspace (schema version, migrations, JSON in
//     and out, validation). Pure C++.
//   - PluginView (plugin_view.hpp): the pages it draws with Dear ImGui.
// Its optional command-line commands are a third part (plugins/<id>/cli/, registry.hpp), left out
// of the browser's build.
// A plugin never touches storage: the host asks the model for its section (to_json) after each
// edit and hands it back (from_json) on load and undo.
#pragma once
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/feeds.hpp"
#include "stempush/handoff.hpp"
#include "stempush/merge_plan.hpp"
#include "stempush/plugin_host.hpp"

namespace stempush {

// Thrown by from_json / migrate when a section is not what it should be. `path` names the field
// at fault in JSON-pointer form ("/cycles/0/name") so that the user can find it.
class SectionError : public std::runtime_error {
 public:
  SectionError(std::string path, const std::string& message)
      : std::runtime_error(path.empty() ? message : path + ": " + message), path_(std::move(path)), message_(message) {}
  const std::string& path() const { return path_; }
  const std::string& message() const { return message_; }  // without the path
  // "<prefix><path>: <message>", e.g. at("/sections/x/data") -> "/sections/x/data/cycles/0: must be ..."
  std::string at(const std::string& prefix) const { return prefix + path_ + ": " + message_; }

 private:
  std::string path_, message_;
};

struct PluginInfo {
  std::string id;           // stable snake_case; the section key in the workspace file
  std::string title_key;    // i18n key of the plugin's name
  std::string purpose_key;  // i18n key of its one-line purpose
  std::string icon;         // a short glyph shown in the sidebar (may be empty)
  // i18n key prefix of the plugin's short guide on the Help page ("<id>.guide"; empty: none).
  // The catalogs hold "<prefix>.what" (what the package is for), "<prefix>.steps" (4 to 8 steps
  // of how to use it, one per line) and "<prefix>.data" (where its data stays), in English and
  // Spanish: see guide.hpp.
  std::string guide_key;
};

class PluginModel {
 public:
  virtual ~PluginModel() = default;
  virtual const PluginInfo& info() const = 0;

  // The current schema version of this plugin's section. Bump it when the JSON shape changes and
  // teach migrate() to lift the previous version.
  virtual int schema_version() const = 0;
  // Lift `data` written at schema `from_version` (< schema_version()) to the current schema.
  // The default accepts only the current version.
  virtual nlohmann::json migrate(nlohmann::json data, int from_version) const;

  // Replace the whole model by `data` (current schema). Throws SectionError naming the field
  // at fault; on throw the model must be left as it was (parse into a temporary, then swap).
  virtual void from_json(const nlohmann::json& data) = 0;
  virtual nlohmann::json to_json() const = 0;
  // Back to the empty state of a new workspace.
  virtual void clear() = 0;

  // Problems a user should know about in data that did load (the CLI's `validate` prints them,
  // and exits 1 if there are any). Default: none.
  virtual std::vector<std::string> check() const { return {}; }

  // ---- Merging another device's copy (merge.hpp, docs/PLUGINS.md "Merging") ----
  // `their_section` is this plugin's section from another copy of the workspace (loaded, migrated
  // and validated). Returns this section's data with theirs merged in, without changing the model,
  // and fills `plan` with what that adds and every conflict, applying `choices` (by conflict id;
  // none = keep mine). Merging the same section twice must add nothing. Throw MergeError (a
  // sentence) when their data cannot fit this workspace. nullopt (the default): this plugin
  // does not merge; the core then says so if their section has data.
  // Survey responses merge with one call to survey::merge_responses (survey_merge.hpp).
  virtual std::optional<nlohmann::json> merge_section(const nlohmann::json& their_section, const MergeChoices& choices,
                                                      MergePlan& plan) const {
    (void)their_section, (void)choices, (void)plan;
    return std::nullopt;
  }

  // ---- Working with other plugins without knowing them (plugin_host.hpp, docs/PLUGINS.md) ----
  // Measure series this plugin publishes, computed from its current data, with ids unique in
  // this plugin. Raw counts: the core suppresses small groups before anyone reads them.
  virtual std::vector<MeasureSeries> publish_feeds() const { return {}; }
  // Hand-off kinds this plugin takes ("change_idea.propose"); offers of other kinds never show.
  virtual std::vector<std::string> accepted_handoffs() const { return {}; }
  // Store a hand-off of an accepted kind, keeping handoff.source as its link back; return the
  // new item's id. Throw std::invalid_argument (a sentence) to refuse, leaving the data as it was.
  virtual std::string accept_handoff(const Handoff& handoff);
  // Items other plugins may link to (link.item_id, link.label, group); has_item() must know
  // each of their ids. Default: none.
  virtual std::vector<LinkableItem> linkable_items() const { return {}; }
  // Whether this plugin still has the item a hand-off link points to (default: it keeps none).
  virtual bool has_item(std::string_view item_id) const {
    (void)item_id;
    return false;
  }

  // The core's services for this model; set once by the Workspace that owns it (null for a
  // scratch copy used only to validate a file). attached() runs then: subscribe to changes there.
  void attach(PluginHost& host) {
    host_ = &host;
    attached();
  }
  PluginHost* host() const { return host_; }

 protected:
  virtual void attached() {}

 private:
  PluginHost* host_ = nullptr;
};

// Every plugin's model factory has this shape; the generated register_plugins() calls them.
using PluginModelFactory = std::unique_ptr<PluginModel> (*)();

}  // namespace stempush
