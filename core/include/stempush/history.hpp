// Undo/redo of every edit made through the model. An edit is recorded as the section's JSON
// before and after it; undo hands the "before" back to the section's model. Sections are small
// (kilobytes), so snapshots keep every plugin's undo correct without per-plugin commands.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

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

 private:
  struct Step {
    std::string section;
    std::string label;
    std::string merge_key;
    nlohmann::json before, after;
    uint64_t group = 0;  // steps with the same non-zero group are undone and redone together
  };
  Workspace& workspace_;
  size_t max_steps_;
  std::map<std::string, nlohmann::json, std::less<>> snapshot_;
  std::deque<Step> undo_, redo_;
  uint64_t revision_ = 0;
  uint64_t next_group_ = 1;
  bool merge_open_ = false;  // false after undo/redo, so the next edit starts a new step
};

}  // namespace stempush
