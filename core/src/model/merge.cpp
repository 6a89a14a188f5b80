#include "stempush/merge.hpp"

#include <algorithm>
#include <set>

#include "stempush/i18n_plural.hpp"
#include "stempush/registry.hpp"
#include "stempush/survey_kiosk.hpp"
#include "stempush/workspace.hpp"

namespace stempush::merge {
namespace {

using nlohmann::json;

// The plugin's own conflict ids <-> the preview's global ones.
std::string global_id(size_t file, const std::string& plugin_id, const std::string& local) {
  return std::to_string(file + 1) + "/" + plugin_id + "/" + local;
}

// The key a choice is remembered by: the plugin and the first 64 bits of the core's SHA-256 of the
// conflict's id, the version kept and the version set aside (short enough to keep thousands in a
// workspace file, the same on every platform). The sides are compact JSON, with no line break.
std::string settled_key(const std::string& plugin_id, const std::string& conflict_id, const std::string& kept,
                        const std::string& set_aside) {
  return plugin_id + ":" + survey::sha256_hex(conflict_id + "\n" + kept + "\n" + set_aside).substr(0, 16);
}

// Merges one plugin's section of one file into `running`, recording it in `out`.
void merge_section(Workspace& running, PluginModel& model, const json& theirs, size_t file_index,
                   const MergeChoices& choices, std::optional<MergeChoice> prefer, FilePreview& file, Preview& out) {
  const std::string& id = model.info().id;
  const json mine = running.section(id);
  if (theirs == mine) return;
  // First pass: which conflicts there are; then the choices for them in the plugin's own ids.
  MergePlan probe;
  std::optional<json> merged = model.merge_section(theirs, {}, probe);
  if (!merged) {
    // A plugin that does not merge (the caller skips sections the other device never touched).
    file.notes.push_back({"merge.not_merged", {tr(model.info().title_key.c_str())}, {}});
    return;
  }
  MergeChoices local;
  std::set<std::string> settled_before;  // the plugin's ids of conflicts settled in an earlier merge
  for (auto& c : probe.conflicts) {
    auto it = choices.find(global_id(file_index, id, c.id));
    if (it != choices.end()) local[c.id] = it->second;
    else if (!c.mine_data.empty() && running.merge_settled(settled_key(id, c.id, c.mine_data, c.theirs_data))) {
      local[c.id] = MergeChoice::KeepMine;
      settled_before.insert(c.id);
    } else if (prefer) local[c.id] = *prefer;
    else out.unsettled.push_back(global_id(file_index, id, c.id));
  }
  MergePlan plan;
  merged = model.merge_section(theirs, local, plan);
  if (!settled_before.empty()) {
    plan.conflicts.erase(std::remove_if(plan.conflicts.begin(), plan.conflicts.end(),
                                        [&](const MergeConflict& c) { return settled_before.count(c.id) > 0; }),
                         plan.conflicts.end());
    file.notes.push_back({"merge.settled_before", {tr(model.info().title_key.c_str())},
                          static_cast<long long>(settled_before.size())});
  }
  for (auto& c : plan.conflicts) {
    if (c.mine_data.empty()) continue;
    const MergeChoice choice = choice_for(local, c);
    if (choice == MergeChoice::KeepBoth) continue;
    const std::string key = choice == MergeChoice::KeepMine ? settled_key(id, c.id, c.mine_data, c.theirs_data)
                                                            : settled_key(id, c.id, c.theirs_data, c.mine_data);
    running.remember_settled_merges({key});  // the next file meets it as settled, too
    out.newly_settled.push_back(key);
  }
  if (plan.empty()) return;
  for (auto& c : plan.conflicts) c.id = global_id(file_index, id, c.id);
  if (*merged != mine) {
    try {
      running.set_section(id, *merged);
    } catch (const std::exception& e) {
      // A plugin's merge that its own reader refuses is a bug, not the user's file: still say it.
      throw MergeError(trf("merge.bad_result", {tr(model.info().title_key.c_str()), e.what()}));
    }
    out.changed[id] = *merged;
  }
  file.sections.push_back({id, model.info().title_key, std::move(plan)});
}

}  // namespace

size_t Preview::additions() const {
  size_t n = 0;
  for (auto& f : files)
    for (auto& s : f.sections) n += s.plan.additions.size();
  return n;
}

size_t Preview::conflicts() const {
  size_t n = 0;
  for (auto& f : files)
    for (auto& s : f.sections) n += s.plan.conflicts.size();
  return n;
}

Preview preview(const Workspace& workspace, const Registry& registry, const std::vector<SourceFile>& files,
                const MergeChoices& choices, std::optional<MergeChoice> prefer) {
  Preview out;
  // The running result: a scratch copy, so that nothing reaches the workspace before apply().
  Workspace running(registry);
  running.load(workspace.save());
  const Workspace untouched(registry);
  for (size_t f = 0; f < files.size(); ++f) {
    const SourceFile& source = files[f];
    Workspace theirs(registry);
    try {
      theirs.load(source.bytes);
    } catch (const WorkspaceError& e) {
      throw MergeError(trf("merge.bad_file", {source.name, e.what()}));
    }
    FilePreview file{source.name, {}, {}};
    if (theirs.profile().to_json() != running.profile().to_json() &&
        theirs.profile().to_json() != ProgramProfile().to_json())
      file.notes.push_back({"merge.profile_kept", {}, {}});
    for (PluginModel* model : running.plugins()) {
      const std::string& id = model->info().id;
      const json their_section = theirs.section(id);
      // A section the other device never touched (a new workspace's) has nothing to give.
      if (their_section == untouched.section(id)) continue;
      try {
        merge_section(running, *model, their_section, f, choices, prefer, file, out);
      } catch (const MergeError& e) {
        throw MergeError(trf("merge.bad_file", {source.name, e.what()}));
      }
    }
    out.files.push_back(std::move(file));
  }
  // Keep only sections that really end up different from the workspace's.
  for (auto it = out.changed.begin(); it != out.changed.end();) {
    it->second = running.section(it->first);
    if (it->second == workspace.section(it->first)) it = out.changed.erase(it);
    else ++it;
  }
  return out;
}

std::vector<std::string> apply(Workspace& workspace, const Preview& preview) {
  if (!preview.unsettled.empty())
    throw MergeError(trn("merge.unsettled", static_cast<long long>(preview.unsettled.size())));
  std::map<std::string, json> before;
  for (auto& [id, data] : preview.changed) before[id] = workspace.section(id);
  std::vector<std::string> done;
  try {
    for (auto& [id, data] : preview.changed) {
      workspace.set_section(id, data);
      done.push_back(id);
    }
  } catch (const std::exception& e) {
    for (auto& id : done) workspace.set_section(id, before[id]);
    throw MergeError(e.what());
  }
  workspace.remember_settled_merges(preview.newly_settled);  // last: it cannot fail
  return done;
}

}  // namespace stempush::merge
