// The belonging plugin's data: the session plan, the item bank, the pre/post responses and the
// facilitator's reflection. Plain structs so that a view can bind widgets to fields directly;
// the rules (the 60-minute agenda) live in functions beside them. The survey itself (items,
// answers, anonymous codes, responses) is the core's survey service (stempush/survey.hpp):
// belonging's names for it are aliases, so its item bank is an ordinary core survey.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/survey.hpp"

namespace belonging {

using stempush::i18n::Language;

using stempush::survey::LocalText;

// ---- Session plan -------------------------------------------------------------------------------
inline constexpr int kSessionMinutes = 60;  // the Network's protocol length

struct AgendaStep {
  std::string title;
  int minutes = 5;
  std::string purpose;  // why the step is there (shown in the plan)
  std::string notes;    // what the facilitator says/does (shown in the presenter view)
};
struct Story {  // a near-peer story or quote projected to students
  LocalText text;
  std::string attribution;  // "second-year engineering student"; never a full name
};
struct Material {
  std::string name;
  bool ready = false;
};
struct SessionPlan {
  std::string date;  // YYYY-MM-DD, or empty while undecided
  std::string cohort;
  std::string grade_band;  // "9-10"
  int expected_students = 0;
  std::vector<std::string> facilitators;
  std::vector<AgendaStep> agenda;
  std::vector<Story> stories;
  std::vector<Material> materials;
};

// The default protocol, stories and materials from assets/session-default.json.
SessionPlan default_plan();
int total_minutes(const SessionPlan& plan);
// Moves agenda step `from` to position `to` (both indices into the current list); false if out of range.
bool move_step(SessionPlan& plan, size_t from, size_t to);
// "" when the agenda adds up to 60 minutes, otherwise a sentence the plan page shows.
std::string agenda_warning(const SessionPlan& plan);
using stempush::is_iso_date;  // dates are YYYY-MM-DD (stempush/dates.hpp)

// ---- Item bank ----------------------------------------------------------------------------------
using stempush::survey::Item;
using stempush::survey::ItemBank;
using stempush::survey::kMaxPoints;
using stempush::survey::kMinPoints;
using stempush::survey::Subscale;
using stempush::survey::agree_labels;
using stempush::survey::item_problems;
using stempush::survey::scored_value;

ItemBank default_item_bank();  // assets/items-default.json
// A fresh custom item with a unique id and agree labels for `points` (4..7), ready to edit.
Item new_custom_item(const ItemBank& bank, std::string subscale, int points);

// ---- Responses ----------------------------------------------------------------------------------
enum class SurveyKind { Pre, Post };
const char* survey_name(SurveyKind kind);  // "pre", "post"
std::optional<SurveyKind> parse_survey_kind(std::string_view text);

using stempush::survey::code_problem;
using stempush::survey::normalize_code;
using stempush::survey::Response;
using Survey = stempush::survey::ResponseSet;  // one administration: before or after the session

struct Reflection {  // the "Study" of the PDSA cycle
  std::string what_happened, surprises, what_to_change;
};

struct BelongingData {
  SessionPlan plan;
  ItemBank bank;
  Survey pre, post;
  std::string group_column_name;  // what the group column means ("grade band"); for the report
  Reflection reflection;
  std::string kiosk_pin_hash;  // salted hash (see kiosk.hpp); empty until staff sets a PIN

  Survey& survey(SurveyKind kind) { return kind == SurveyKind::Pre ? pre : post; }
  const Survey& survey(SurveyKind kind) const { return kind == SurveyKind::Pre ? pre : post; }
};
BelongingData default_data();  // a new workspace: default plan and item bank, no responses

using stempush::survey::fold;
using stempush::survey::parse_answer;

}  // namespace belonging
