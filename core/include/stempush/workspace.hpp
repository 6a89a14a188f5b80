// The workspace document: the program profile plus one section per plugin, each with its own
// schema version. On disk (and in exports) it is one JSON object:
//   { "format": "stempush-workspace", "format_version": 1, "app_version": "0.1.0",
//     "profile":  { "schema": 2, "data": {...} },
//     "sections": { "<plugin id>": { "schema": N, "data": {...} }, ... },
//     "merge_settled": ["belonging:0f3a…", ...] }   (only once a merge choice is remembered: merge.hpp)
// Loading is all-or-nothing: everything is parsed, migrated and validated into fresh models
// first, and only then swapped in. Sections of plugins that are not installed are kept verbatim.
#pragma once
#include <map>
#include <set>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/changes.hpp"
#include "stempush/plugin.hpp"
#include "stempush/plugin_host.hpp"
#include "stempush/profile.hpp"

namespace stempush {

class Registry;

// A workspace that cannot be loaded. what() is a sentence for the user.
class WorkspaceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr const char* kProfileSectionId = "profile";
inline constexpr const char* kWorkspaceFormat = "stempush-workspace";
// Limit on JSON nesting accepted from files: deeper input is rejected before nlohmann_json
// recurses through it (deep recursion crashes).
inline constexpr int kMaxJsonDepth = 64;

// Parses text as JSON, with the depth limit, turning every failure into a WorkspaceError
// whose message a user can act on ("line 3, column 7: ..."). `what` names the file kind.
nlohmann::json parse_json_document(std::string_view text, const std::string& what);

// The workspace is also each plugin's PluginHost: it attaches itself to every live model.
class Workspace : public PluginHost {
 public:
  static constexpr int kFormatVersion = 1;

  explicit Workspace(const Registry& registry);
  ~Workspace() override;
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // Replace everything by the document in `bytes`. Throws WorkspaceError (the workspace is
  // unchanged). Returns notes for the user, e.g. which sections were migrated.
  std::vector<std::string> load(std::string_view bytes);
  std::string save() const;  // pretty JSON
  nlohmann::json to_json() const;
  void clear();              // a new, empty workspace

  ProgramProfile& profile() { return profile_; }
  const ProgramProfile& profile() const { return profile_; }
  std::vector<PluginModel*> plugins() const;
  PluginModel* plugin(std::string_view id) const;

  // A section's current data by id ("profile" or a plugin id); throws std::out_of_range.
  nlohmann::json section(std::string_view id) const;
  // Replace one section's data (undo/redo). Throws SectionError and leaves it unchanged.
  // Listeners hear SectionChange{id, cause}.
  void set_section(std::string_view id, const nlohmann::json& data, ChangeCause cause = ChangeCause::Replaced);
  std::vector<std::string> check() const;  // problems in loaded data, across sections

  // Merge conflicts the user settled (keep mine or take theirs), by the keys merge.cpp makes:
  // outside every section and the undo history (undoing a merge does not undo the choice).
  bool merge_settled(const std::string& key) const { return merge_settled_.count(key) > 0; }
  void remember_settled_merges(const std::vector<std::string>& keys) { merge_settled_.insert(keys.begin(), keys.end()); }

  // Tells every listener (EditHistory calls it after a commit; load, clear, set_section and
  // hand_off call it themselves).
  void notify_changed(const SectionChange& change) { changes_.notify(change); }

  // ---- PluginHost ----
  std::vector<MeasureSeries> feeds() const override;
  int min_group_size() const override { return effective_min_group_size(profile_.min_group_size); }
  ChangeSubscription subscribe(ChangeListener listener) override { return changes_.subscribe(std::move(listener)); }
  std::vector<HandoffTarget> handoff_targets(std::string_view kind) const override;
  std::string hand_off(std::string_view target_plugin, const Handoff& handoff) override;
  std::vector<LinkableItem> linkable_items() const override;
  bool link_available(const HandoffLink& link) const override;

 private:
  ProgramProfile profile_;
  std::vector<std::unique_ptr<PluginModel>> models_;
  std::vector<PluginModelFactory> factories_;  // same order as models_, for scratch copies
  std::map<std::string, nlohmann::json> unknown_sections_;  // plugins not installed here
  std::set<std::string> merge_settled_;
  ChangeNotifier changes_;
  void notify_all(ChangeCause cause);
};

}  // namespace stempush
