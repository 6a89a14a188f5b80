// The workspace section (schema 2) in and out. Reading checks every field and names the first bad
// one by JSON pointer, so a damaged or hand-edited file says where it went wrong.
#include "belonging/model/belonging_model.hpp"
#include "stempush/json_reader.hpp"

namespace belonging {
namespace {

using nlohmann::json;
using stempush::SectionError;
using namespace stempush::json_reader;  // errors name the JSON pointer of the bad field

LocalText local_text(const json& obj, const std::string& path) {
  return {require_string(obj, "en", path), optional_text(obj, "es", path)};
}

}  // namespace

json data_to_json(const BelongingData& d) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  json out;
  json& plan = out["plan"];
  plan["date"] = d.plan.date;
  plan["cohort"] = d.plan.cohort;
  plan["grade_band"] = d.plan.grade_band;
  plan["expected_students"] = d.plan.expected_students;
  plan["facilitators"] = d.plan.facilitators;
  json& agenda = plan["agenda"] = json::array();
  for (auto& s : d.plan.agenda) {
    json& o = agenda.emplace_back();
    o["title"] = s.title;
    o["minutes"] = s.minutes;
    o["purpose"] = s.purpose;
    o["notes"] = s.notes;
  }
  json& stories = plan["stories"] = json::array();
  for (auto& s : d.plan.stories) {
    json& o = stories.emplace_back();
    o["en"] = s.text.en;
    o["es"] = s.text.es;
    o["attribution"] = s.attribution;
  }
  json& materials = plan["materials"] = json::array();
  for (auto& m : d.plan.materials) {
    json& o = materials.emplace_back();
    o["name"] = m.name;
    o["ready"] = m.ready;
  }
  out["subscales"] = stempush::survey::subscales_to_json(d.bank.subscales);
  out["items"] = stempush::survey::items_to_json(d.bank.items);
  out["group_column"] = d.group_column_name;
  out["pre"] = stempush::survey::responses_to_json(d.pre, d.bank);
  out["post"] = stempush::survey::responses_to_json(d.post, d.bank);
  json& reflection = out["reflection"];
  reflection["what_happened"] = d.reflection.what_happened;
  reflection["surprises"] = d.reflection.surprises;
  reflection["what_to_change"] = d.reflection.what_to_change;
  out["kiosk_pin_hash"] = d.kiosk_pin_hash;
  return out;
}

BelongingData data_from_json(const json& j) {
  require_object(j, "");
  BelongingData d;

  const json& plan = require_field(j, "plan", "");
  d.plan.date = require_string(plan, "date", "/plan");
  if (!d.plan.date.empty() && !is_iso_date(d.plan.date)) throw SectionError("/plan/date", "must be a date YYYY-MM-DD");
  d.plan.cohort = require_string(plan, "cohort", "/plan");
  d.plan.grade_band = require_string(plan, "grade_band", "/plan");
  d.plan.expected_students = require_int(plan, "expected_students", "/plan", 0, 100000);
  d.plan.facilitators = require_text_list(plan, "facilitators", "/plan");
  const json& agenda = require_array(plan, "agenda", "/plan");
  for (size_t i = 0; i < agenda.size(); ++i) {
    const std::string p = child_path("/plan/agenda", i);
    d.plan.agenda.push_back({require_string(agenda[i], "title", p), require_int(agenda[i], "minutes", p, 0, 600),
                             require_string(agenda[i], "purpose", p), require_string(agenda[i], "notes", p)});
  }
  const json& stories = require_array(plan, "stories", "/plan");
  for (size_t i = 0; i < stories.size(); ++i) {
    const std::string p = child_path("/plan/stories", i);
    d.plan.stories.push_back({local_text(stories[i], p), optional_text(stories[i], "attribution", p)});
  }
  const json& materials = require_array(plan, "materials", "/plan");
  for (size_t i = 0; i < materials.size(); ++i) {
    const std::string p = child_path("/plan/materials", i);
    d.plan.materials.push_back({require_string(materials[i], "name", p), require_bool(materials[i], "ready", p)});
  }

  // The survey: the core reads items of every type and answers by item (stempush/survey.hpp).
  d.bank.subscales = stempush::survey::read_subscales(require_field(j, "subscales", ""), "/subscales");
  stempush::survey::read_items(require_field(j, "items", ""), "/items", d.bank);
  d.group_column_name = optional_text(j, "group_column", "");
  d.pre = stempush::survey::read_responses(require_field(j, "pre", ""), "/pre", d.bank);
  d.post = stempush::survey::read_responses(require_field(j, "post", ""), "/post", d.bank);
  const json& reflection = require_field(j, "reflection", "");
  d.reflection = {require_string(reflection, "what_happened", "/reflection"),
                  require_string(reflection, "surprises", "/reflection"),
                  require_string(reflection, "what_to_change", "/reflection")};
  d.kiosk_pin_hash = optional_text(j, "kiosk_pin_hash", "");
  return d;
}

}  // namespace belonging
