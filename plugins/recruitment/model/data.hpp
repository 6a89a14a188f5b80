// The recruitment plugin's data: where students came from (imported rows or counts typed by
// hand), the communities the program wants to reach, outreach spaces, redesigned materials
// checked against the package's checklist, and the planning calendar. Pure C++, no ImGui.
#pragma once
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace recruitment {

// The funnel's stages in order. A student is stored with the furthest stage reached and counts
// at every stage up to it (see funnel.hpp for why a skipped stage still counts).
enum class Stage { Reached = 0, Inquired, Applied, Accepted, Enrolled, Stayed };
inline constexpr int kStageCount = 6;
const char* stage_id(Stage s);  // "reached", "inquired", ...
std::optional<Stage> stage_from_id(std::string_view id);
// A stage as people write it in a roster or application export: its id, its English or Spanish
// name, or a common synonym ("admitted", "inscrito", "completed"). Case and spaces ignored.
std::optional<Stage> parse_stage(std::string_view text);

struct Community {
  std::string id;
  std::string name;   // a neighbourhood, ZIP, school or community, as the program names it
  bool focus = false; // a community the program wants to reach
};

// One student of one year (no names: an anonymous id).
struct Student {
  std::string id;
  int year = 0;
  std::string community;  // community id ("" = unknown)
  std::string source;     // a space id, or the "how did you hear" text when it names no space; "" = unknown
  Stage stage = Stage::Reached;
  std::string applied_on; // YYYY-MM-DD or ""
};

// Counts typed by hand for a community and year (a program with no roster to import).
struct HandCount {
  int year = 0;
  std::string community;
  std::array<int, kStageCount> counts{};  // students who reached each stage (non-increasing)
};

enum class SpaceStatus { Idea, Contacted, Partner, Dropped };
const char* space_status_id(SpaceStatus s);
std::optional<SpaceStatus> space_status_from_id(std::string_view id);

struct Space {
  std::string id;
  std::string name;
  std::string kind;       // library, community_centre, ... (see kSpaceKinds) or free text
  std::string community;  // community id it reaches ("" = several / unknown)
  std::string contact;
  SpaceStatus status = SpaceStatus::Idea;
  std::string notes;
  bool is_new = false;    // new this year
};
extern const std::vector<std::string> kSpaceKinds;

struct Material {
  std::string id;
  std::string name;
  std::string kind;              // flyer, social_post, slides, family_letter, application_form, other
  std::set<std::string> checked; // checklist item ids this material meets
  std::string notes;
};
extern const std::vector<std::string> kMaterialKinds;

enum class EventKind { Outreach, InfoSession, ApplicationOpen, ApplicationClose, Deadline };
const char* event_kind_id(EventKind k);
std::optional<EventKind> event_kind_from_id(std::string_view id);

struct OutreachEvent {
  std::string id;
  std::string title;
  EventKind kind = EventKind::Outreach;
  std::string space;     // space id ("" = none)
  std::string date;      // YYYY-MM-DD
  std::string start, end;  // HH:MM; both empty = all day
  std::string who;       // who goes
  std::vector<std::string> materials;  // material ids to bring
  int expected_reach = 0;
  bool held = false;
  int sequence = 0;      // raised on each change, for calendar updates
};

// A checklist item the program added to the package's list.
struct ChecklistItem {
  std::string id;
  std::string en, es;
  std::string help_en, help_es;
};

struct RecruitmentData {
  int year = 0;           // "this year" (0: the current calendar year)
  int baseline_year = 0;  // 0: year - 1
  std::string time_zone = "America/New_York";
  std::vector<Community> communities;
  std::vector<Student> students;
  std::vector<HandCount> hand_counts;
  std::vector<Space> spaces;
  std::vector<Material> materials;
  std::vector<OutreachEvent> events;
  std::vector<ChecklistItem> extra_checklist;
  int next_id = 1;        // ids are never reused

  int this_year() const;
  int base_year() const { return baseline_year ? baseline_year : this_year() - 1; }
  std::string new_id(const char* prefix);

  const Community* community(std::string_view id) const;
  const Space* space(std::string_view id) const;
  const Material* material(std::string_view id) const;
  // Finds a community by id or name (case-insensitive); adds it when `add` and not found.
  std::string community_id_for(std::string_view name, bool add);
  // The space a "how did you hear" text names (its id or name, case-insensitive), or "".
  std::string space_id_for(std::string_view text) const;
};

nlohmann::json to_json(const RecruitmentData& d);
// Validates everything; throws stempush::SectionError naming the JSON pointer at fault.
RecruitmentData data_from_json(const nlohmann::json& j);

}  // namespace recruitment
