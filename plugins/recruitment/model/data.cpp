// The recruitment data and its section JSON (see data.hpp).
#include "recruitment/model/data.hpp"

#include <ctime>

#include "stempush/calendar.hpp"
#include "stempush/dates.hpp"
#include "stempush/json_reader.hpp"
#include "stempush/table_import.hpp"

namespace recruitment {
namespace jr = stempush::json_reader;
using stempush::SectionError;

namespace {
const char* const kStageIds[kStageCount] = {"reached", "inquired", "applied", "accepted", "enrolled", "stayed"};
const char* const kStatusIds[] = {"idea", "contacted", "partner", "dropped"};
const char* const kEventKindIds[] = {"outreach", "info_session", "application_open", "application_close", "deadline"};

bool iequals(std::string_view a, std::string_view b) {
  return stempush::table_import::fold_header(a) == stempush::table_import::fold_header(b);
}
}  // namespace

const std::vector<std::string> kSpaceKinds = {"library", "community_centre", "place_of_worship", "barbershop_salon",
                                              "youth_organisation", "school_club", "family_event", "social_media",
                                              "radio", "other"};
const std::vector<std::string> kMaterialKinds = {"flyer", "social_post", "slides", "family_letter", "application_form",
                                                 "other"};

const char* stage_id(Stage s) { return kStageIds[int(s)]; }
std::optional<Stage> stage_from_id(std::string_view id) {
  for (int i = 0; i < kStageCount; ++i)
    if (id == kStageIds[i]) return Stage(i);
  return std::nullopt;
}

std::optional<Stage> parse_stage(std::string_view text) {
  const std::string t = stempush::table_import::fold_header(text);
  struct Name { const char* text; Stage stage; };
  static const Name kNames[] = {
      {"reached", Stage::Reached}, {"contacted", Stage::Reached}, {"lead", Stage::Reached},
      {"alcanzado", Stage::Reached}, {"contactado", Stage::Reached},
      {"inquired", Stage::Inquired}, {"inquiry", Stage::Inquired}, {"interested", Stage::Inquired},
      {"consulta", Stage::Inquired}, {"pregunt\xc3\xb3", Stage::Inquired}, {"interesado", Stage::Inquired},
      {"applied", Stage::Applied}, {"application", Stage::Applied}, {"applicant", Stage::Applied},
      {"solicit\xc3\xb3", Stage::Applied}, {"solicitud", Stage::Applied},
      {"accepted", Stage::Accepted}, {"admitted", Stage::Accepted}, {"offered", Stage::Accepted},
      {"aceptado", Stage::Accepted}, {"admitido", Stage::Accepted},
      {"enrolled", Stage::Enrolled}, {"enroled", Stage::Enrolled}, {"started", Stage::Enrolled},
      {"inscrito", Stage::Enrolled}, {"matriculado", Stage::Enrolled},
      {"stayed", Stage::Stayed}, {"completed", Stage::Stayed}, {"retained", Stage::Stayed},
      {"persisted", Stage::Stayed}, {"finished", Stage::Stayed}, {"permaneci\xc3\xb3", Stage::Stayed},
      {"complet\xc3\xb3", Stage::Stayed}};
  for (const Name& n : kNames)
    if (t == n.text) return n.stage;
  return std::nullopt;
}

const char* space_status_id(SpaceStatus s) { return kStatusIds[int(s)]; }
std::optional<SpaceStatus> space_status_from_id(std::string_view id) {
  for (int i = 0; i < 4; ++i)
    if (id == kStatusIds[i]) return SpaceStatus(i);
  return std::nullopt;
}
const char* event_kind_id(EventKind k) { return kEventKindIds[int(k)]; }
std::optional<EventKind> event_kind_from_id(std::string_view id) {
  for (int i = 0; i < 5; ++i)
    if (id == kEventKindIds[i]) return EventKind(i);
  return std::nullopt;
}

int RecruitmentData::this_year() const {
  if (year) return year;
  return std::stoi(stempush::today_iso().substr(0, 4));
}

std::string RecruitmentData::new_id(const char* prefix) { return std::string(prefix) + std::to_string(next_id++); }

const Community* RecruitmentData::community(std::string_view id) const {
  for (auto& c : communities)
    if (c.id == id) return &c;
  return nullptr;
}
const Space* RecruitmentData::space(std::string_view id) const {
  for (auto& s : spaces)
    if (s.id == id) return &s;
  return nullptr;
}
const Material* RecruitmentData::material(std::string_view id) const {
  for (auto& m : materials)
    if (m.id == id) return &m;
  return nullptr;
}

std::string RecruitmentData::community_id_for(std::string_view name, bool add) {
  if (stempush::table_import::fold_header(name).empty()) return "";
  for (auto& c : communities)
    if (c.id == name || iequals(c.name, name)) return c.id;
  if (!add) return "";
  Community c{new_id("c"), std::string(name), false};
  // Trim what a spreadsheet leaves around a name.
  while (!c.name.empty() && (c.name.back() == ' ' || c.name.back() == '\t')) c.name.pop_back();
  while (!c.name.empty() && (c.name.front() == ' ' || c.name.front() == '\t')) c.name.erase(0, 1);
  communities.push_back(c);
  return c.id;
}

std::string RecruitmentData::space_id_for(std::string_view text) const {
  if (stempush::table_import::fold_header(text).empty()) return "";
  for (auto& s : spaces)
    if (s.id == text || iequals(s.name, text)) return s.id;
  return "";
}

nlohmann::json to_json(const RecruitmentData& d) {
  using nlohmann::json;
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  json j;
  j["year"] = d.year;
  j["baseline_year"] = d.baseline_year;
  j["time_zone"] = d.time_zone;
  j["next_id"] = d.next_id;
  json& cs = j["communities"] = json::array();
  for (auto& c : d.communities) {
    json& o = cs.emplace_back();
    o["id"] = c.id;
    o["name"] = c.name;
    o["focus"] = c.focus;
  }
  json& ss = j["students"] = json::array();
  // Compact rows: 50,000 students stay a small file.
  for (auto& s : d.students) ss.push_back(json::array({s.id, s.year, s.community, s.source, stage_id(s.stage), s.applied_on}));
  json& hs = j["hand_counts"] = json::array();
  for (auto& h : d.hand_counts) {
    json& o = hs.emplace_back();
    o["year"] = h.year;
    o["community"] = h.community;
    o["counts"] = h.counts;
  }
  json& sp = j["spaces"] = json::array();
  for (auto& s : d.spaces) {
    json& o = sp.emplace_back();
    o["id"] = s.id;
    o["name"] = s.name;
    o["kind"] = s.kind;
    o["community"] = s.community;
    o["contact"] = s.contact;
    o["status"] = space_status_id(s.status);
    o["notes"] = s.notes;
    o["new"] = s.is_new;
  }
  json& ms = j["materials"] = json::array();
  for (auto& m : d.materials) {
    json& o = ms.emplace_back();
    o["id"] = m.id;
    o["name"] = m.name;
    o["kind"] = m.kind;
    o["checked"] = m.checked;
    o["notes"] = m.notes;
  }
  json& es = j["events"] = json::array();
  for (auto& e : d.events) {
    json& o = es.emplace_back();
    o["id"] = e.id;
    o["title"] = e.title;
    o["kind"] = event_kind_id(e.kind);
    o["space"] = e.space;
    o["date"] = e.date;
    o["start"] = e.start;
    o["end"] = e.end;
    o["who"] = e.who;
    o["materials"] = e.materials;
    o["expected_reach"] = e.expected_reach;
    o["held"] = e.held;
    o["sequence"] = e.sequence;
  }
  json& xs = j["extra_checklist"] = json::array();
  for (auto& x : d.extra_checklist) {
    json& o = xs.emplace_back();
    o["id"] = x.id;
    o["en"] = x.en;
    o["es"] = x.es;
    o["help_en"] = x.help_en;
    o["help_es"] = x.help_es;
  }
  return j;
}

namespace {

void check_unique(std::set<std::string>& seen, const std::string& id, const std::string& path) {
  if (!seen.insert(id).second) throw SectionError(path + "/id", "the id \"" + id + "\" is used twice");
}

}  // namespace

RecruitmentData data_from_json(const nlohmann::json& j) {
  RecruitmentData d;
  jr::require_object(j, "");
  d.year = jr::require_int(j, "year", "", 0, 9999);
  d.baseline_year = jr::require_int(j, "baseline_year", "", 0, 9999);
  d.time_zone = jr::require_text(j, "time_zone", "");
  if (!stempush::calendar::is_supported_time_zone(d.time_zone))
    throw SectionError("/time_zone", "\"" + d.time_zone + "\" is not a supported time zone");
  d.next_id = jr::require_int(j, "next_id", "", 1, 1000000000);
  std::set<std::string> seen;
  const auto& cs = jr::require_array(j, "communities", "");
  for (size_t i = 0; i < cs.size(); ++i) {
    const std::string p = jr::child_path("/communities", i);
    jr::require_object(cs[i], p);
    Community c{jr::require_text(cs[i], "id", p), jr::require_text(cs[i], "name", p), jr::require_bool(cs[i], "focus", p)};
    check_unique(seen, c.id, p);
    d.communities.push_back(std::move(c));
  }
  auto known_community = [&](const std::string& id, const std::string& path) {
    if (!id.empty() && !d.community(id)) throw SectionError(path, "no community with the id \"" + id + "\"");
  };
  const auto& ss = jr::require_array(j, "students", "");
  d.students.reserve(ss.size());
  std::set<std::pair<int, std::string>> student_ids;
  for (size_t i = 0; i < ss.size(); ++i) {
    const std::string p = jr::child_path("/students", i);
    const auto& row = jr::require_list(ss[i], p);
    if (row.size() != 6) throw SectionError(p, "must be [id, year, community, source, stage, applied_on]");
    Student s;
    s.id = jr::text_value(row[0], p + "/0");
    if (s.id.empty()) throw SectionError(p + "/0", "the student id is empty");
    s.year = jr::int_value(row[1], p + "/1", 1900, 9999);
    s.community = jr::text_value(row[2], p + "/2");
    known_community(s.community, p + "/2");
    s.source = jr::text_value(row[3], p + "/3");
    auto stage = stage_from_id(jr::text_value(row[4], p + "/4"));
    if (!stage) throw SectionError(p + "/4", "not a stage (reached, inquired, applied, accepted, enrolled, stayed)");
    s.stage = *stage;
    s.applied_on = jr::text_value(row[5], p + "/5");
    if (!s.applied_on.empty() && !stempush::is_iso_date(s.applied_on))
      throw SectionError(p + "/5", "must be a date YYYY-MM-DD or empty");
    if (!student_ids.insert({s.year, s.id}).second)
      throw SectionError(p + "/0", "student \"" + s.id + "\" is listed twice for " + std::to_string(s.year));
    d.students.push_back(std::move(s));
  }
  const auto& hs = jr::require_array(j, "hand_counts", "");
  for (size_t i = 0; i < hs.size(); ++i) {
    const std::string p = jr::child_path("/hand_counts", i);
    jr::require_object(hs[i], p);
    HandCount h;
    h.year = jr::require_int(hs[i], "year", p, 1900, 9999);
    h.community = jr::require_text(hs[i], "community", p);
    known_community(h.community, p + "/community");
    const auto& counts = jr::require_array(hs[i], "counts", p);
    if (counts.size() != kStageCount) throw SectionError(p + "/counts", "must hold 6 counts, one per stage");
    for (size_t k = 0; k < kStageCount; ++k) h.counts[k] = jr::int_value(counts[k], jr::child_path(p + "/counts", k), 0, 1000000);
    d.hand_counts.push_back(h);
  }
  const auto& sp = jr::require_array(j, "spaces", "");
  for (size_t i = 0; i < sp.size(); ++i) {
    const std::string p = jr::child_path("/spaces", i);
    jr::require_object(sp[i], p);
    Space s;
    s.id = jr::require_text(sp[i], "id", p);
    check_unique(seen, s.id, p);
    s.name = jr::require_string(sp[i], "name", p);
    s.kind = jr::require_string(sp[i], "kind", p);
    s.community = jr::require_string(sp[i], "community", p);
    known_community(s.community, p + "/community");
    s.contact = jr::require_string(sp[i], "contact", p);
    auto status = space_status_from_id(jr::require_text(sp[i], "status", p));
    if (!status) throw SectionError(p + "/status", "must be idea, contacted, partner or dropped");
    s.status = *status;
    s.notes = jr::require_string(sp[i], "notes", p);
    s.is_new = jr::require_bool(sp[i], "new", p);
    d.spaces.push_back(std::move(s));
  }
  const auto& ms = jr::require_array(j, "materials", "");
  for (size_t i = 0; i < ms.size(); ++i) {
    const std::string p = jr::child_path("/materials", i);
    jr::require_object(ms[i], p);
    Material m;
    m.id = jr::require_text(ms[i], "id", p);
    check_unique(seen, m.id, p);
    m.name = jr::require_string(ms[i], "name", p);
    m.kind = jr::require_string(ms[i], "kind", p);
    for (auto& c : jr::require_text_list(ms[i], "checked", p)) m.checked.insert(c);
    m.notes = jr::require_string(ms[i], "notes", p);
    d.materials.push_back(std::move(m));
  }
  const auto& es = jr::require_array(j, "events", "");
  for (size_t i = 0; i < es.size(); ++i) {
    const std::string p = jr::child_path("/events", i);
    jr::require_object(es[i], p);
    OutreachEvent e;
    e.id = jr::require_text(es[i], "id", p);
    check_unique(seen, e.id, p);
    e.title = jr::require_string(es[i], "title", p);
    auto kind = event_kind_from_id(jr::require_text(es[i], "kind", p));
    if (!kind) throw SectionError(p + "/kind", "must be outreach, info_session, application_open, application_close or deadline");
    e.kind = *kind;
    e.space = jr::require_string(es[i], "space", p);
    if (!e.space.empty() && !d.space(e.space)) throw SectionError(p + "/space", "no space with the id \"" + e.space + "\"");
    e.date = jr::require_string(es[i], "date", p);
    if (!stempush::is_iso_date(e.date)) throw SectionError(p + "/date", "must be a date YYYY-MM-DD");
    e.start = jr::require_string(es[i], "start", p);
    e.end = jr::require_string(es[i], "end", p);
    e.who = jr::require_string(es[i], "who", p);
    e.materials = jr::require_text_list(es[i], "materials", p);
    e.expected_reach = jr::require_int(es[i], "expected_reach", p, 0, 1000000);
    e.held = jr::require_bool(es[i], "held", p);
    e.sequence = jr::require_int(es[i], "sequence", p, 0, 1000000);
    d.events.push_back(std::move(e));
  }
  const auto& xs = jr::require_array(j, "extra_checklist", "");
  for (size_t i = 0; i < xs.size(); ++i) {
    const std::string p = jr::child_path("/extra_checklist", i);
    jr::require_object(xs[i], p);
    d.extra_checklist.push_back({jr::require_text(xs[i], "id", p), jr::require_text(xs[i], "en", p),
                                 jr::require_string(xs[i], "es", p), jr::require_string(xs[i], "help_en", p),
                                 jr::require_string(xs[i], "help_es", p)});
  }
  return d;
}

}  // namespace recruitment
