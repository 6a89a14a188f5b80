#include "self_study/model/priorities.hpp"

#include "stempush/dates.hpp"
#include "stempush/json_reader.hpp"

namespace self_study {

using namespace stempush::json_reader;  // the core reader: errors name the JSON pointer
using stempush::is_iso_date;

const char* to_string(PriorityStatus status) {
  switch (status) {
    case PriorityStatus::InProgress: return "in_progress";
    case PriorityStatus::Done: return "done";
    case PriorityStatus::SetAside: return "set_aside";
    case PriorityStatus::Planned: break;
  }
  return "planned";
}

std::optional<PriorityStatus> priority_status_from(std::string_view text) {
  for (auto s : {PriorityStatus::Planned, PriorityStatus::InProgress, PriorityStatus::Done, PriorityStatus::SetAside})
    if (text == to_string(s)) return s;
  return std::nullopt;
}

Priority priority_from_json(const json& data, const std::string& path) {
  require_object(data, path);
  reject_unknown_keys(data, {"id", "indicator", "cycle", "aim", "owner", "due", "status", "change_ideas"}, path);
  Priority p;
  p.id = require_text(data, "id", path);
  p.indicator_id = require_text(data, "indicator", path);
  p.cycle_id = optional_text(data, "cycle", path);
  p.aim = optional_text(data, "aim", path);
  p.owner = optional_text(data, "owner", path);
  p.due_date = optional_text(data, "due", path);
  if (!p.due_date.empty() && !is_iso_date(p.due_date))
    throw stempush::SectionError(child_path(path, "due"), "\"" + p.due_date + "\" is not a date (YYYY-MM-DD)");
  std::string status = require_text(data, "status", path);
  auto parsed = priority_status_from(status);
  if (!parsed)
    throw stempush::SectionError(child_path(path, "status"),
                                 "\"" + status + "\" is not one of planned, in_progress, done, set_aside");
  p.status = *parsed;
  p.change_ideas = optional_text_list(data, "change_ideas", path);
  return p;
}

json priority_to_json(const Priority& p) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  json out;
  out["id"] = p.id;
  out["indicator"] = p.indicator_id;
  out["cycle"] = p.cycle_id;
  out["aim"] = p.aim;
  out["owner"] = p.owner;
  out["due"] = p.due_date;
  out["status"] = to_string(p.status);
  out["change_ideas"] = p.change_ideas;
  return out;
}

}  // namespace self_study
