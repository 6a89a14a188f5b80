// The program profile: who the program is. Owned by the core, stored in the workspace like a
// plugin section (with its own schema version and migrations).
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/feeds.hpp"

namespace stempush {

struct StaffMember {
  std::string name;
  std::string role;
  bool operator==(const StaffMember& o) const { return name == o.name && role == o.role; }
};

struct ProgramProfile {
  std::string program_name;
  std::string host_organization;
  std::string region;
  std::string season;  // "Summer 2026", "School year 2026–27"
  std::vector<StaffMember> staff;
  // Student privacy: any figure counted over fewer people is hidden, in every plugin, chart, feed
  // and export (PluginHost::min_group_size). Stored optional ("min_group_size"), so files written
  // before it existed load with the default; never below kLowestMinGroupSize.
  int min_group_size = kDefaultMinGroupSize;

  static constexpr int kSchemaVersion = 2;
  // Schema 1 kept staff as strings "Name (Role)"; schema 2 splits them.
  static nlohmann::json migrate(nlohmann::json data, int from_version);
  static ProgramProfile from_json(const nlohmann::json& data);  // throws SectionError
  nlohmann::json to_json() const;
  bool empty() const;  // nothing typed yet (the privacy setting does not count)
  bool operator==(const ProgramProfile& o) const;
};

// The profile's staff whose name is not in `already` (compared ignoring ASCII case and surrounding
// spaces), in profile order, each once: whom a page that asks for people can still offer.
std::vector<StaffMember> staff_not_listed(const ProgramProfile& profile, const std::vector<std::string>& already);

}  // namespace stempush
