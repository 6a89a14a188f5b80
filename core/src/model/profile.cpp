#include "stempush/profile.hpp"

#include <set>

#include "stempush/plugin.hpp"

namespace stempush {
namespace {

std::string string_field(const nlohmann::json& obj, const char* key, const std::string& path) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  if (!it->is_string()) throw SectionError(path + "/" + key, "must be text");
  return it->get<std::string>();
}

// "Ana Ruiz (Director)" -> {"Ana Ruiz", "Director"}; no parentheses -> role empty.
StaffMember split_legacy_staff(const std::string& s) {
  auto open = s.rfind('(');
  if (open != std::string::npos && !s.empty() && s.back() == ')') {
    std::string name = s.substr(0, open);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    return {name, s.substr(open + 1, s.size() - open - 2)};
  }
  return {s, ""};
}

}  // namespace

nlohmann::json ProgramProfile::migrate(nlohmann::json data, int from_version) {
  if (from_version == 1) {
    if (!data.is_object()) throw SectionError("", "profile must be an object");
    nlohmann::json staff = nlohmann::json::array();
    if (auto it = data.find("staff"); it != data.end()) {
      if (!it->is_array()) throw SectionError("/staff", "must be a list");
      for (size_t i = 0; i < it->size(); ++i) {
        const auto& s = (*it)[i];
        if (!s.is_string()) throw SectionError("/staff/" + std::to_string(i), "must be text in schema 1");
        auto m = split_legacy_staff(s.get<std::string>());
        staff.push_back({{"name", m.name}, {"role", m.role}});
      }
    }
    data["staff"] = staff;
    // Schema 1 called the host organisation "organization".
    if (data.contains("organization") && !data.contains("host_organization")) {
      data["host_organization"] = data["organization"];
      data.erase("organization");
    }
    from_version = 2;
  }
  if (from_version != kSchemaVersion)
    throw SectionError("", "unknown profile schema " + std::to_string(from_version));
  return data;
}

ProgramProfile ProgramProfile::from_json(const nlohmann::json& data) {
  if (!data.is_object()) throw SectionError("", "profile must be an object");
  ProgramProfile p;
  p.program_name = string_field(data, "program_name", "");
  p.host_organization = string_field(data, "host_organization", "");
  p.region = string_field(data, "region", "");
  p.season = string_field(data, "season", "");
  if (auto it = data.find("min_group_size"); it != data.end()) {
    if (!it->is_number_integer() || it->get<long long>() < kLowestMinGroupSize || it->get<long long>() > 1000000)
      throw SectionError("/min_group_size", "must be a whole number of " + std::to_string(kLowestMinGroupSize) + " or more");
    p.min_group_size = it->get<int>();
  }
  if (auto it = data.find("staff"); it != data.end() && !it->is_null()) {
    if (!it->is_array()) throw SectionError("/staff", "must be a list");
    for (size_t i = 0; i < it->size(); ++i) {
      const auto& s = (*it)[i];
      std::string path = "/staff/" + std::to_string(i);
      if (!s.is_object()) throw SectionError(path, "must be an object with name and role");
      p.staff.push_back({string_field(s, "name", path), string_field(s, "role", path)});
    }
  }
  return p;
}

nlohmann::json ProgramProfile::to_json() const {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  nlohmann::json out;
  out["program_name"] = program_name;
  out["host_organization"] = host_organization;
  out["region"] = region;
  out["season"] = season;
  nlohmann::json& staff_json = out["staff"] = nlohmann::json::array();
  for (auto& s : staff) {
    nlohmann::json& person = staff_json.emplace_back();
    person["name"] = s.name;
    person["role"] = s.role;
  }
  out["min_group_size"] = min_group_size;
  return out;
}

bool ProgramProfile::empty() const {
  return program_name.empty() && host_organization.empty() && region.empty() && season.empty() &&
         staff.empty();
}

bool ProgramProfile::operator==(const ProgramProfile& o) const {
  return program_name == o.program_name && host_organization == o.host_organization &&
         region == o.region && season == o.season && staff == o.staff && min_group_size == o.min_group_size;
}

namespace {
std::string name_key(const std::string& name) {
  const size_t first = name.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const size_t last = name.find_last_not_of(" \t");
  std::string key = name.substr(first, last - first + 1);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return key;
}
}  // namespace

std::vector<StaffMember> staff_not_listed(const ProgramProfile& profile, const std::vector<std::string>& already) {
  std::set<std::string> taken;
  for (auto& name : already) taken.insert(name_key(name));
  std::vector<StaffMember> out;
  for (auto& member : profile.staff) {
    const std::string key = name_key(member.name);
    if (key.empty() || !taken.insert(key).second) continue;  // unnamed, listed, or named twice
    out.push_back(member);
  }
  return out;
}

}  // namespace stempush
