// The workspace section (schema 1) in and out. Reading checks every field and names the first bad
// one by JSON pointer, so a damaged or hand-edited file says where it went wrong.
#include <set>

#include "belonging/model/belonging_model.hpp"

namespace belonging {
namespace {

using nlohmann::json;
using stempush::SectionError;

// A cursor into the input that knows its JSON-pointer path.
struct In {
  const json& j;
  std::string path;

  In at(const std::string& key) const {
    if (!j.is_object()) throw SectionError(path, "must be an object");
    if (!j.contains(key)) throw SectionError(path + "/" + key, "is missing");
    return {j.at(key), path + "/" + key};
  }
  bool has(const std::string& key) const { return j.is_object() && j.contains(key); }
  In at(size_t i) const { return {j.at(i), path + "/" + std::to_string(i)}; }
  const json& array() const {
    if (!j.is_array()) throw SectionError(path, "must be a list");
    return j;
  }
  std::string str() const {
    if (!j.is_string()) throw SectionError(path, "must be text");
    return j.get<std::string>();
  }
  std::string str_or(const std::string& key) const { return has(key) ? at(key).str() : std::string(); }
  int integer(int lo, int hi) const {
    if (!j.is_number_integer()) throw SectionError(path, "must be a whole number");
    auto v = j.get<long long>();
    if (v < lo || v > hi)
      throw SectionError(path, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return int(v);
  }
  bool boolean() const {
    if (!j.is_boolean()) throw SectionError(path, "must be true or false");
    return j.get<bool>();
  }
  LocalText text() const { return {at("en").str(), str_or("es")}; }
};

json text_json(const LocalText& t) { return {{"en", t.en}, {"es", t.es}}; }

json survey_json(const Survey& s) {
  json out = json::array();
  for (auto& r : s.responses) out.push_back({{"code", r.code}, {"group", r.group}, {"answers", r.answers}});
  return out;
}

Survey survey_from(const In& in, const ItemBank& bank) {
  Survey s;
  std::set<std::string> codes;
  const json& list = in.array();
  for (size_t i = 0; i < list.size(); ++i) {
    In r = in.at(i);
    Response response;
    In code = r.at("code");
    auto normalized = normalize_code(code.str());
    if (!normalized || *normalized != code.str()) throw SectionError(code.path, "is not a valid student code");
    if (!codes.insert(*normalized).second) throw SectionError(code.path, "appears twice in this survey");
    response.code = *normalized;
    response.group = r.str_or("group");
    In answers = r.at("answers");
    if (!answers.j.is_object()) throw SectionError(answers.path, "must be an object");
    for (auto& [id, value] : answers.j.items()) {
      const Item* item = bank.find(id);
      if (!item) throw SectionError(answers.path + "/" + id, "is not an item of the item bank");
      response.answers[id] = In{value, answers.path + "/" + id}.integer(1, item->points);
    }
    s.responses.push_back(std::move(response));
  }
  return s;
}

}  // namespace

json data_to_json(const BelongingData& d) {
  json plan = {{"date", d.plan.date}, {"cohort", d.plan.cohort}, {"grade_band", d.plan.grade_band},
               {"expected_students", d.plan.expected_students}, {"facilitators", d.plan.facilitators}};
  plan["agenda"] = json::array();
  for (auto& s : d.plan.agenda)
    plan["agenda"].push_back({{"title", s.title}, {"minutes", s.minutes}, {"purpose", s.purpose}, {"notes", s.notes}});
  plan["stories"] = json::array();
  for (auto& s : d.plan.stories)
    plan["stories"].push_back({{"en", s.text.en}, {"es", s.text.es}, {"attribution", s.attribution}});
  plan["materials"] = json::array();
  for (auto& m : d.plan.materials) plan["materials"].push_back({{"name", m.name}, {"ready", m.ready}});

  json subscales = json::array();
  for (auto& s : d.bank.subscales) subscales.push_back({{"id", s.id}, {"en", s.name.en}, {"es", s.name.es}});
  json items = json::array();
  for (auto& i : d.bank.items) {
    json labels = json::array();
    for (auto& l : i.labels) labels.push_back(text_json(l));
    items.push_back({{"id", i.id}, {"subscale", i.subscale}, {"en", i.text.en}, {"es", i.text.es},
                     {"points", i.points}, {"labels", labels}, {"reverse", i.reverse}, {"custom", i.custom}});
  }
  return {{"plan", plan},
          {"subscales", subscales},
          {"items", items},
          {"group_column", d.group_column_name},
          {"pre", survey_json(d.pre)},
          {"post", survey_json(d.post)},
          {"reflection", {{"what_happened", d.reflection.what_happened}, {"surprises", d.reflection.surprises},
                          {"what_to_change", d.reflection.what_to_change}}},
          {"kiosk_pin_hash", d.kiosk_pin_hash}};
}

BelongingData data_from_json(const json& j) {
  In root{j, ""};
  if (!j.is_object()) throw SectionError("", "the belonging section must be an object");
  BelongingData d;

  In plan = root.at("plan");
  d.plan.date = plan.at("date").str();
  if (!d.plan.date.empty() && !is_iso_date(d.plan.date)) throw SectionError(plan.path + "/date", "must be a date YYYY-MM-DD");
  d.plan.cohort = plan.at("cohort").str();
  d.plan.grade_band = plan.at("grade_band").str();
  d.plan.expected_students = plan.at("expected_students").integer(0, 100000);
  In facilitators = plan.at("facilitators");
  for (size_t i = 0; i < facilitators.array().size(); ++i) d.plan.facilitators.push_back(facilitators.at(i).str());
  In agenda = plan.at("agenda");
  for (size_t i = 0; i < agenda.array().size(); ++i) {
    In s = agenda.at(i);
    d.plan.agenda.push_back({s.at("title").str(), s.at("minutes").integer(0, 600), s.at("purpose").str(), s.at("notes").str()});
  }
  In stories = plan.at("stories");
  for (size_t i = 0; i < stories.array().size(); ++i) {
    In s = stories.at(i);
    d.plan.stories.push_back({s.text(), s.str_or("attribution")});
  }
  In materials = plan.at("materials");
  for (size_t i = 0; i < materials.array().size(); ++i) {
    In m = materials.at(i);
    d.plan.materials.push_back({m.at("name").str(), m.at("ready").boolean()});
  }

  In subscales = root.at("subscales");
  for (size_t i = 0; i < subscales.array().size(); ++i) {
    In s = subscales.at(i);
    Subscale sub{s.at("id").str(), s.text()};
    if (sub.id.empty()) throw SectionError(s.path + "/id", "must not be empty");
    if (d.bank.find_subscale(sub.id)) throw SectionError(s.path + "/id", "is used twice");
    d.bank.subscales.push_back(std::move(sub));
  }
  In items = root.at("items");
  for (size_t i = 0; i < items.array().size(); ++i) {
    In in = items.at(i);
    Item item;
    item.id = in.at("id").str();
    if (d.bank.find(item.id)) throw SectionError(in.path + "/id", "is used twice");
    item.subscale = in.at("subscale").str();
    item.text = in.text();
    item.points = in.at("points").integer(kMinPoints, kMaxPoints);
    In labels = in.at("labels");
    for (size_t l = 0; l < labels.array().size(); ++l) item.labels.push_back(labels.at(l).text());
    item.reverse = in.at("reverse").boolean();
    item.custom = in.has("custom") && in.at("custom").boolean();
    auto problems = item_problems(item, d.bank);
    if (!problems.empty()) throw SectionError(in.path, problems.front());
    d.bank.items.push_back(std::move(item));
  }
  d.group_column_name = root.str_or("group_column");
  d.pre = survey_from(root.at("pre"), d.bank);
  d.post = survey_from(root.at("post"), d.bank);
  In reflection = root.at("reflection");
  d.reflection = {reflection.at("what_happened").str(), reflection.at("surprises").str(),
                  reflection.at("what_to_change").str()};
  d.kiosk_pin_hash = root.str_or("kiosk_pin_hash");
  return d;
}

}  // namespace belonging
