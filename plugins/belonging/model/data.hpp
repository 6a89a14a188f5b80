// The belonging plugin's data: the session plan, the item bank, the pre/post responses and the
// facilitator's reflection. Plain structs so that a view can bind widgets to fields directly;
// the rules (valid codes, scale ranges, the 60-minute agenda) live in functions beside them.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"

namespace belonging {

using stempush::i18n::Language;

// Text shown to students and families exists in English and (optionally) Spanish.
struct LocalText {
  std::string en, es;
  // Spanish when asked and present, English otherwise (a missing translation never shows blank).
  const std::string& in(Language lang) const {
    return (lang == Language::Spanish && !es.empty()) ? es : en;
  }
  bool operator==(const LocalText& o) const { return en == o.en && es == o.es; }
};

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
inline constexpr int kMinPoints = 4, kMaxPoints = 7;

struct Subscale {
  std::string id;
  LocalText name;
};
struct Item {
  std::string id;        // stable key of the answers; [a-z0-9_], unique
  std::string subscale;  // a Subscale id
  LocalText text;
  int points = 5;                 // answers are 1..points
  std::vector<LocalText> labels;  // one per point, 1 first
  bool reverse = false;           // agreeing means less of the trait: scored points+1-answer
  bool custom = false;            // added by the program's staff, not from the default bank
};
struct ItemBank {
  std::vector<Subscale> subscales;
  std::vector<Item> items;
  const Item* find(std::string_view id) const;
  const Subscale* find_subscale(std::string_view id) const;
};

ItemBank default_item_bank();  // assets/items-default.json
// Answer after reverse coding: points + 1 - answer for reverse items.
int scored_value(const Item& item, int answer);
// Problems with one item (empty id, points out of 4..7, labels count, unknown subscale).
std::vector<std::string> item_problems(const Item& item, const ItemBank& bank);
// A fresh custom item with a unique id and agree labels for `points` (4..7), ready to edit.
Item new_custom_item(const ItemBank& bank, std::string subscale, int points);
// Agree/disagree labels in both languages for 4..7 points.
std::vector<LocalText> agree_labels(int points);

// ---- Responses ----------------------------------------------------------------------------------
enum class SurveyKind { Pre, Post };
const char* survey_name(SurveyKind kind);  // "pre", "post"
std::optional<SurveyKind> parse_survey_kind(std::string_view text);

// Anonymous student codes: 3 to 12 letters, digits or '-', with at least one digit, so that a
// name ("Maria") is never accepted as a code. Stored upper-case.
std::optional<std::string> normalize_code(std::string_view raw);
// Why `raw` is not a valid code, as a sentence (empty if it is valid).
std::string code_problem(std::string_view raw);

struct Response {
  std::string code;                    // normalized anonymous code
  std::string group;                   // optional student group ("9th grade"); may be empty
  std::map<std::string, int> answers;  // item id -> 1..points; unanswered items are absent
};
struct Survey {
  std::vector<Response> responses;  // at most one per code
  Response* find(std::string_view code);
  const Response* find(std::string_view code) const;
};

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

// Parses a value typed or exported for `item`: "4", "4 - Agree", or a label in either language
// (case- and space-insensitive). nullopt if it is not one of the item's points.
std::optional<int> parse_answer(const Item& item, std::string_view cell);

// Lower-case ASCII, trimmed, inner runs of white space collapsed: for matching headers and labels.
std::string fold(std::string_view text);

}  // namespace belonging
