// The redesign checklist (see checklist.hpp).
#include "recruitment/model/checklist.hpp"

#include <nlohmann/json.hpp>

#include "recruitment_assets.hpp"
#include "stempush/json_reader.hpp"

namespace recruitment {
namespace jr = stempush::json_reader;

std::vector<ChecklistItem> parse_checklist(std::string_view json_text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw stempush::SectionError("", std::string("not JSON: ") + e.what());
  }
  jr::require_object(j, "");
  const auto& items = jr::require_array(j, "items", "");
  std::vector<ChecklistItem> out;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string p = jr::child_path("/items", i);
    jr::require_object(items[i], p);
    out.push_back({jr::require_text(items[i], "id", p), jr::require_text(items[i], "en", p),
                   jr::require_text(items[i], "es", p), jr::optional_text(items[i], "help_en", p),
                   jr::optional_text(items[i], "help_es", p)});
  }
  return out;
}

const std::vector<ChecklistItem>& default_checklist() {
  static const std::vector<ChecklistItem> list = parse_checklist(recruitment_assets::asset("checklist.json"));
  return list;
}

std::vector<ChecklistItem> checklist(const RecruitmentData& data) {
  std::vector<ChecklistItem> out = default_checklist();
  out.insert(out.end(), data.extra_checklist.begin(), data.extra_checklist.end());
  return out;
}

MaterialStatus material_status(const Material& m, const std::vector<ChecklistItem>& list) {
  MaterialStatus s;
  s.total = int(list.size());
  for (auto& item : list) {
    if (m.checked.count(item.id)) ++s.met;
    else s.missing.push_back(item);
  }
  s.ready = s.missing.empty();
  return s;
}

}  // namespace recruitment
