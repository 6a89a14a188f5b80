// Undo/redo of every edit made through the model, for every plugin without per-plugin commands.
// The history keeps one JSON snapshot of each section (as it is now); an edit is recorded as the
// difference between the section's JSON before and after it (RFC 6902 patches both ways, from
// nlohmann::json::diff), so a step holds what changed, not the whole section: one rating changed
// in a self-study of 10 cycles x 200 indicators x 30 participants is a patch of a few dozen
// bytes, the same as with one cycle. Undo applies the step's backward patch to the snapshot and
// hands the result to the section's model; redo the forward one. Each turns the snapshot into
// exactly the JSON it was (a patch of a diff gives its target back), so undo and redo restore
// what full snapshots did.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/changes.hpp"

namespace stempush {

class Workspace;

class EditHistory {
 public:
  explicit EditHistory(Workspace& workspace, size_t max_steps = 200);

  // Take fresh snapshots of every section (after load/new); clears undo and redo.
  void reset();
  // The section `section_id` was just changed by its model: record a step. A step with the same
  // non-empty merge_key as the last one replaces its "after" (typing in one field = one step).
  // Returns false if the section did not actually change.
  bool commit(std::string_view section_id, std::string_view label, std::string_view merge_key = {});
  // Several sections changed by one action (a merge from files): one step that undo and redo
  // take as a whole. Returns false if none of them changed.
  bool commit_all(const std::vector<std::string>& section_ids, std::string_view label);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  std::string undo_label() const;  // empty if nothing to undo
  std::string redo_label() const;
  // Returns the id of the section that changed, or empty if nothing to do.
  std::string undo();
  std::string redo();

  // Bumped on every change to the document (commit, undo, redo, reset); autosave compares it.
  uint64_t revision() const { return revision_; }

  // What the undo and redo steps hold (their patches as JSON text, in bytes): a benchmark and a
  // test read it to see that steps grow with the change, not with the section.
  size_t steps_bytes() const;

 private:
  struct Step {
    std::string section;
    std::string label;
    std::string merge_key;
    nlohmann::json backward, forward;  // patches: after -> before (undo), before -> after (redo)
    size_t bytes = 0;                  // their size as text
    uint64_t group = 0;  // steps with the same non-zero group are undone and redone together
  };
  static Step make_step(std::string section, std::string label, std::string merge_key, const nlohmann::json& before,
                        const nlohmann::json& after);
  // Moves the section one step (applies `patch` to its snapshot) and hands it to its model.
  void apply(const std::string& section, const nlohmann::json& patch, ChangeCause cause);
  Workspace& workspace_;
  size_t max_steps_;
  std::map<std::string, nlohmann::json, std::less<>> snapshot_;
  std::deque<Step> undo_, redo_;
  uint64_t revision_ = 0;
  uint64_t next_group_ = 1;
  bool merge_open_ = false;  // false after undo/redo, so the next edit starts a new step
};

}  // namespace stempush
