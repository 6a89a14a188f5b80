// The redesign checklist: the package's list (assets/checklist.json, which the Network may replace)
// plus items the program added (RecruitmentData::extra_checklist), and each material against it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "recruitment/model/data.hpp"

namespace recruitment {

// The package's default list; throws std::runtime_error if the asset is malformed (a build bug).
const std::vector<ChecklistItem>& default_checklist();
// Parses a checklist file ({"items": [{"id", "en", "es", "help_en", "help_es"}]}); throws
// stempush::SectionError naming the field at fault.
std::vector<ChecklistItem> parse_checklist(std::string_view json_text);
// The default list, then the program's own items.
std::vector<ChecklistItem> checklist(const RecruitmentData& data);

struct MaterialStatus {
  bool ready = false;                  // meets every item
  int met = 0, total = 0;
  std::vector<ChecklistItem> missing;  // in list order
};
MaterialStatus material_status(const Material& m, const std::vector<ChecklistItem>& list);

}  // namespace recruitment
