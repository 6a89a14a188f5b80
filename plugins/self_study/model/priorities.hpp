// Improvement priorities: indicators the team chose to work on, each with an aim, an owner, a due
// date, a status and change ideas to test (improvement science: aim -> change ideas -> PDSA).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace self_study {

enum class PriorityStatus { Planned, InProgress, Done, SetAside };
const char* to_string(PriorityStatus status);  // "planned", "in_progress", "done", "set_aside"
std::optional<PriorityStatus> priority_status_from(std::string_view text);

struct Priority {
  std::string id;            // "pr1"; stable
  std::string indicator_id;  // the indicator it improves (links back to it)
  std::string cycle_id;      // the cycle in which it was chosen (may be empty)
  std::string aim;           // "By May, 80% of seniors submit a FAFSA"
  std::string owner;
  std::string due_date;      // YYYY-MM-DD or empty
  PriorityStatus status = PriorityStatus::Planned;
  std::vector<std::string> change_ideas;
  bool operator==(const Priority& o) const {
    return id == o.id && indicator_id == o.indicator_id && cycle_id == o.cycle_id && aim == o.aim &&
           owner == o.owner && due_date == o.due_date && status == o.status && change_ideas == o.change_ideas;
  }
};

Priority priority_from_json(const nlohmann::json& data, const std::string& path);
nlohmann::json priority_to_json(const Priority& priority);

}  // namespace self_study
