// Merging other copies of the workspace into this one: a team member's laptop with their
// self-study ratings, two or three kiosk tablets with survey responses. The core knows no plugin:
// it loads each file as a workspace (validated and migrated like any open), then asks every
// plugin to merge its section (PluginModel::merge_section) and gathers what each would add and
// every conflict. Files are merged in order, each into the result of the ones before.
//
//   auto preview = merge::preview(workspace, registry, {{"tablet-1.json", bytes}}, choices);
//   // show preview.files (additions and conflicts per plugin), let the user choose, preview again
//   merge::apply(workspace, preview);  // all-or-nothing
//
// Conflict ids in a Preview are "<file number>/<plugin id>/<the plugin's id>" ("1/belonging/pre/AB12").
//
// A conflict settled "keep mine" changes no data, so merging the same file again would ask again;
// after "take theirs", merging the file whose version lost would ask too. apply() remembers each
// choice in the workspace (Workspace::remember_settled_merges: the plugin id and a hash of the
// conflict's id, the version kept and the version set aside). A later preview that meets the same
// two versions, with the kept one here, keeps it without asking and says so in a note. Nothing is
// ever replaced without asking: if the version here is the one set aside (a merge undone), it
// asks again. "Keep both" needs no memory: both versions are here, and plugins add nothing twice.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/merge_plan.hpp"

namespace stempush {
class Registry;
class Workspace;
}  // namespace stempush

namespace stempush::merge {

struct SourceFile {
  std::string name;   // shown to the user ("tablet-2.json")
  std::string bytes;  // the whole file
};

struct SectionPreview {
  std::string plugin_id;
  std::string title_key;  // the plugin's name (i18n key)
  MergePlan plan;         // conflict ids made global (see above)
};

struct FilePreview {
  std::string name;
  std::vector<SectionPreview> sections;  // only sections with something to add or a conflict
  std::vector<MergeText> notes;          // e.g. a plugin that does not merge and had data there
};

struct Preview {
  std::vector<FilePreview> files;
  std::map<std::string, nlohmann::json> changed;  // section id -> merged data (only changed ones)
  std::vector<std::string> unsettled;             // conflicts with no choice (and no `prefer`)
  // The choices made this time, as the keys apply() remembers them by.
  std::vector<std::string> newly_settled;
  size_t additions() const;
  size_t conflicts() const;
  bool nothing_to_do() const { return changed.empty() && newly_settled.empty(); }
};

// What merging `files` into `workspace` would do, with `choices` (global conflict ids) and, for
// conflicts with no choice, `prefer`. A conflict with neither keeps mine here and is listed in
// `unsettled`. Throws MergeError naming the file when one is not a workspace, is damaged, or does
// not fit. Changes nothing.
Preview preview(const Workspace& workspace, const Registry& registry, const std::vector<SourceFile>& files,
                const MergeChoices& choices, std::optional<MergeChoice> prefer = std::nullopt);

// Puts preview.changed into `workspace`, all-or-nothing (on any failure every section is as it
// was), and remembers preview.newly_settled. Throws MergeError when conflicts are unsettled.
// Returns the changed section ids.
std::vector<std::string> apply(Workspace& workspace, const Preview& preview);

}  // namespace stempush::merge
