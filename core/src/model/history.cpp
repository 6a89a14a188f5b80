#include "stempush/history.hpp"

#include "stempush/workspace.hpp"

namespace stempush {

EditHistory::EditHistory(Workspace& workspace, size_t max_steps)
    : workspace_(workspace), max_steps_(max_steps) {
  reset();
}

void EditHistory::reset() {
  snapshot_.clear();
  snapshot_[kProfileSectionId] = workspace_.section(kProfileSectionId);
  for (auto* p : workspace_.plugins()) snapshot_[p->info().id] = p->to_json();
  undo_.clear();
  redo_.clear();
  merge_open_ = false;
  ++revision_;
}

bool EditHistory::commit(std::string_view section_id, std::string_view label, std::string_view merge_key) {
  nlohmann::json after = workspace_.section(section_id);
  auto snap = snapshot_.find(section_id);
  nlohmann::json before = snap == snapshot_.end() ? nlohmann::json() : snap->second;
  if (after == before) return false;
  snapshot_[std::string(section_id)] = after;
  redo_.clear();
  ++revision_;
  if (merge_open_ && !merge_key.empty() && !undo_.empty() && undo_.back().merge_key == merge_key &&
      undo_.back().section == section_id) {
    undo_.back().after = std::move(after);
  } else {
    undo_.push_back(Step{std::string(section_id), std::string(label), std::string(merge_key),
                         std::move(before), std::move(after)});
    if (undo_.size() > max_steps_) undo_.pop_front();
    merge_open_ = true;
  }
  workspace_.notify_changed({std::string(section_id), ChangeCause::Committed});
  return true;
}

bool EditHistory::commit_all(const std::vector<std::string>& section_ids, std::string_view label) {
  const uint64_t group = next_group_++;
  bool any = false;
  for (auto& id : section_ids) {
    merge_open_ = false;  // never folded into an earlier typing step
    if (!commit(id, label)) continue;
    undo_.back().group = group;
    any = true;
  }
  merge_open_ = false;
  return any;
}

std::string EditHistory::undo_label() const { return undo_.empty() ? std::string() : undo_.back().label; }
std::string EditHistory::redo_label() const { return redo_.empty() ? std::string() : redo_.back().label; }

std::string EditHistory::undo() {
  if (undo_.empty()) return {};
  Step step = std::move(undo_.back());
  undo_.pop_back();
  workspace_.set_section(step.section, step.before, ChangeCause::Undone);
  snapshot_[step.section] = step.before;
  std::string id = step.section;
  const uint64_t group = step.group;
  redo_.push_back(std::move(step));
  merge_open_ = false;
  ++revision_;
  if (group != 0 && !undo_.empty() && undo_.back().group == group) undo();  // the rest of the step
  return id;
}

std::string EditHistory::redo() {
  if (redo_.empty()) return {};
  Step step = std::move(redo_.back());
  redo_.pop_back();
  workspace_.set_section(step.section, step.after, ChangeCause::Redone);
  snapshot_[step.section] = step.after;
  std::string id = step.section;
  const uint64_t group = step.group;
  undo_.push_back(std::move(step));
  merge_open_ = false;
  ++revision_;
  if (group != 0 && !redo_.empty() && redo_.back().group == group) redo();
  return id;
}

}  // namespace stempush
