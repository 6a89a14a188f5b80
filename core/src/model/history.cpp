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

EditHistory::Step EditHistory::make_step(std::string section, std::string label, std::string merge_key,
                                         const nlohmann::json& before, const nlohmann::json& after) {
  Step step{std::move(section), std::move(label), std::move(merge_key), nlohmann::json::diff(after, before),
            nlohmann::json::diff(before, after), 0, 0};
  step.bytes = step.backward.dump().size() + step.forward.dump().size();
  return step;
}

bool EditHistory::commit(std::string_view section_id, std::string_view label, std::string_view merge_key) {
  nlohmann::json after = workspace_.section(section_id);
  auto snap = snapshot_.find(section_id);
  if (snap == snapshot_.end()) snap = snapshot_.emplace(std::string(section_id), nlohmann::json()).first;
  nlohmann::json& current = snap->second;  // the section as the history last saw it
  if (after == current) return false;
  redo_.clear();
  ++revision_;
  if (merge_open_ && !merge_key.empty() && !undo_.empty() && undo_.back().merge_key == merge_key &&
      undo_.back().section == section_id) {
    // The same field again: the step now goes from its first "before" to this "after".
    Step& last = undo_.back();
    const nlohmann::json before = current.patch(last.backward);
    Step merged = make_step(last.section, last.label, last.merge_key, before, after);
    merged.group = last.group;
    last = std::move(merged);
  } else {
    undo_.push_back(make_step(std::string(section_id), std::string(label), std::string(merge_key), current, after));
    if (undo_.size() > max_steps_) undo_.pop_front();
    merge_open_ = true;
  }
  current = std::move(after);
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

size_t EditHistory::steps_bytes() const {
  size_t bytes = 0;
  for (auto* steps : {&undo_, &redo_})
    for (auto& step : *steps) bytes += step.bytes;
  return bytes;
}

void EditHistory::apply(const std::string& section, const nlohmann::json& patch, ChangeCause cause) {
  nlohmann::json& current = snapshot_[section];
  nlohmann::json moved = current.patch(patch);
  workspace_.set_section(section, moved, cause);
  current = std::move(moved);
}

std::string EditHistory::undo() {
  if (undo_.empty()) return {};
  Step step = std::move(undo_.back());
  undo_.pop_back();
  apply(step.section, step.backward, ChangeCause::Undone);
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
  apply(step.section, step.forward, ChangeCause::Redone);
  std::string id = step.section;
  const uint64_t group = step.group;
  undo_.push_back(std::move(step));
  merge_open_ = false;
  ++revision_;
  if (group != 0 && !redo_.empty() && redo_.back().group == group) redo();
  return id;
}

}  // namespace stempush
