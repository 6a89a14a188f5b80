// The section's JSON (schema 1), read field by field through the core's JSON reader so that a
// bad value names its JSON pointer.
#include <algorithm>
#include <set>

#include "guest_speaker/model/guest_speaker_model.hpp"
#include "stempush/calendar.hpp"
#include "stempush/dates.hpp"
#include "stempush/json_reader.hpp"

namespace guest_speaker {
namespace {

namespace jr = stempush::json_reader;
using nlohmann::json;
using stempush::SectionError;

bool is_time(const std::string& t) {
  return t.size() == 5 && t[2] == ':' && isdigit(t[0]) && isdigit(t[1]) && isdigit(t[3]) && isdigit(t[4]) &&
         std::stoi(t.substr(0, 2)) < 24 && std::stoi(t.substr(3, 2)) < 60;
}

// "s12" / "v3": a prefix letter and a number below next_id.
int id_number(const std::string& id, char prefix, const std::string& path) {
  if (id.size() < 2 || id[0] != prefix || !std::all_of(id.begin() + 1, id.end(), ::isdigit) || id.size() > 9)
    throw SectionError(path, std::string("must be \"") + prefix + "\" and a number");
  return std::stoi(id.substr(1));
}

Speaker read_speaker(const json& j, const std::string& path) {
  jr::require_object(j, path);
  Speaker s;
  s.id = jr::require_text(j, "id", path);
  s.name = jr::require_text(j, "name", path);
  s.field = jr::optional_text(j, "field", path);
  s.role = jr::optional_text(j, "role", path);
  s.employer = jr::optional_text(j, "employer", path);
  s.college_path = jr::optional_text(j, "college_path", path);
  s.languages = jr::optional_text_list(j, "languages", path);
  s.topics = jr::optional_text_list(j, "topics", path);
  s.contact = jr::optional_text(j, "contact", path);
  s.availability = jr::optional_text(j, "availability", path);
  s.past_visits = jr::optional_text(j, "past_visits", path);
  return s;
}

Visit read_visit(const json& j, const std::string& path) {
  jr::require_object(j, path);
  Visit v;
  v.id = jr::require_text(j, "id", path);
  v.title = jr::optional_text(j, "title", path);
  v.speaker_id = jr::optional_text(j, "speaker", path);
  v.date = jr::optional_text(j, "date", path);
  if (!v.date.empty() && !stempush::is_iso_date(v.date))
    throw SectionError(jr::child_path(path, "date"), "must be a date YYYY-MM-DD or empty");
  v.start = jr::require_text(j, "start", path);
  if (!is_time(v.start)) throw SectionError(jr::child_path(path, "start"), "must be a time HH:MM");
  v.duration = jr::require_int(j, "duration", path, 1, kMaxDuration);
  v.location = jr::optional_text(j, "location", path);
  v.grade_band = jr::optional_text(j, "grade_band", path);
  v.expected_students = jr::require_int(j, "expected_students", path, 0, 10000);
  v.sequence = jr::require_int(j, "sequence", path, 0, 1000000);
  const json& steps = jr::require_array(j, "structure", path);
  for (size_t i = 0; i < steps.size(); ++i) {
    const std::string sp = jr::child_path(jr::child_path(path, "structure"), i);
    jr::require_object(steps[i], sp);
    v.structure.push_back({jr::require_string(steps[i], "title", sp), jr::require_int(steps[i], "minutes", sp, 0, kMaxDuration),
                           jr::optional_text(steps[i], "notes", sp)});
  }
  if (j.contains("brief")) {
    const std::string bp = jr::child_path(path, "brief");
    const json& b = jr::require_object(j["brief"], bp);
    v.brief = {jr::optional_text(b, "note", bp), jr::optional_text(b, "students", bp), jr::optional_text(b, "questions", bp),
               jr::optional_text(b, "guidance", bp)};
  }
  v.ticket = sv::read_responses(jr::optional_array(j, "ticket", path), jr::child_path(path, "ticket"), ticket_bank());
  if (j.contains("reflection")) {
    const std::string rp = jr::child_path(path, "reflection");
    const json& r = jr::require_object(j["reflection"], rp);
    v.reflection = {jr::optional_text(r, "what_happened", rp), jr::optional_text(r, "students_took", rp),
                    jr::optional_text(r, "next_time", rp)};
  }
  return v;
}

}  // namespace

nlohmann::json data_to_json(const GuestSpeakerData& d) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  json out;
  out["time_zone"] = d.time_zone;
  out["pin_hash"] = d.pin_hash;
  out["next_id"] = d.next_id;
  out["interests"] = sv::responses_to_json(d.interests, interest_bank());
  json& speakers = out["speakers"] = json::array();
  for (const auto& s : d.speakers) {
    json& o = speakers.emplace_back();
    o["id"] = s.id;
    o["name"] = s.name;
    o["field"] = s.field;
    o["role"] = s.role;
    o["employer"] = s.employer;
    o["college_path"] = s.college_path;
    o["languages"] = s.languages;
    o["topics"] = s.topics;
    o["contact"] = s.contact;
    o["availability"] = s.availability;
    o["past_visits"] = s.past_visits;
  }
  json& visits = out["visits"] = json::array();
  for (const auto& v : d.visits) {
    json& o = visits.emplace_back();
    o["id"] = v.id;
    o["title"] = v.title;
    o["speaker"] = v.speaker_id;
    o["date"] = v.date;
    o["start"] = v.start;
    o["duration"] = v.duration;
    o["location"] = v.location;
    o["grade_band"] = v.grade_band;
    o["expected_students"] = v.expected_students;
    o["sequence"] = v.sequence;
    json& steps = o["structure"] = json::array();
    for (const auto& s : v.structure) {
      json& step = steps.emplace_back();
      step["title"] = s.title;
      step["minutes"] = s.minutes;
      step["notes"] = s.notes;
    }
    json& brief = o["brief"];
    brief["note"] = v.brief.note;
    brief["students"] = v.brief.students;
    brief["questions"] = v.brief.questions;
    brief["guidance"] = v.brief.guidance;
    o["ticket"] = sv::responses_to_json(v.ticket, ticket_bank());
    json& reflection = o["reflection"];
    reflection["what_happened"] = v.reflection.what_happened;
    reflection["students_took"] = v.reflection.students_took;
    reflection["next_time"] = v.reflection.next_time;
  }
  return out;
}

GuestSpeakerData data_from_json(const nlohmann::json& j) {
  jr::require_object(j, "");
  GuestSpeakerData d;
  d.time_zone = jr::require_text(j, "time_zone", "");
  if (!stempush::calendar::is_supported_time_zone(d.time_zone))
    throw SectionError("/time_zone", "is not a supported time zone");
  d.pin_hash = jr::optional_text(j, "pin_hash", "");
  d.next_id = jr::require_int(j, "next_id", "", 1, 100000000);
  d.interests = sv::read_responses(jr::require_array(j, "interests", ""), "/interests", interest_bank());
  int highest = 0;
  std::set<std::string> ids;
  const json& speakers = jr::require_array(j, "speakers", "");
  for (size_t i = 0; i < speakers.size(); ++i) {
    const std::string path = jr::child_path("/speakers", i);
    d.speakers.push_back(read_speaker(speakers[i], path));
    highest = std::max(highest, id_number(d.speakers.back().id, 's', path + "/id"));
    if (!ids.insert(d.speakers.back().id).second) throw SectionError(path + "/id", "is used twice");
  }
  const json& visits = jr::require_array(j, "visits", "");
  for (size_t i = 0; i < visits.size(); ++i) {
    const std::string path = jr::child_path("/visits", i);
    d.visits.push_back(read_visit(visits[i], path));
    highest = std::max(highest, id_number(d.visits.back().id, 'v', path + "/id"));
    if (!ids.insert(d.visits.back().id).second) throw SectionError(path + "/id", "is used twice");
  }
  // Ids are never reused: a hand-edited file with a low next_id is lifted past every id in it.
  d.next_id = std::max(d.next_id, highest + 1);
  return d;
}

}  // namespace guest_speaker
