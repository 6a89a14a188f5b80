// The workspace section (schema 2) in and out. Everything is checked before the model changes:
// a card or change pointing at a theme the session does not have, a repeated id or an id at or
// above next_id is a SectionError naming the field.
#include <algorithm>
#include <cctype>
#include <set>

#include "staff_discussion/model/discussion_model.hpp"
#include "stempush/json_reader.hpp"

namespace staff_discussion {
namespace {

using namespace stempush::json_reader;
using nlohmann::json;

// Ids carry a letter and the counter value ("k12"); a loaded counter must stay above them all so
// that a new item never takes an id some other plugin still links to.
int id_number(const std::string& id) {
  size_t i = 0;
  while (i < id.size() && !std::isdigit(static_cast<unsigned char>(id[i]))) ++i;
  if (i == id.size()) return 0;
  try {
    return std::stoi(id.substr(i));
  } catch (...) {
    return 0;
  }
}

std::string read_id(const json& obj, const std::string& path, std::set<std::string>& seen, int& highest) {
  std::string id = require_text(obj, "id", path);
  if (id.find('/') != std::string::npos) throw stempush::SectionError(child_path(path, "id"), "must not contain /");
  if (!seen.insert(id).second) throw stempush::SectionError(child_path(path, "id"), "repeats an earlier id");
  highest = std::max(highest, id_number(id));
  return id;
}

Session read_session(const json& j, const std::string& path, std::set<std::string>& ids, int& highest) {
  require_object(j, path);
  Session s;
  s.id = read_id(j, path, ids, highest);
  s.title = optional_text(j, "title", path);
  s.date = optional_text(j, "date", path);
  s.roles = optional_text_list(j, "roles", path);
  s.agreements = optional_text_list(j, "agreements", path);
  const auto& readings = optional_array(j, "readings", path);
  for (size_t i = 0; i < readings.size(); ++i) {
    const std::string p = child_path(child_path(path, "readings"), i);
    require_object(readings[i], p);
    s.readings.push_back({optional_text(readings[i], "title", p), optional_text(readings[i], "link", p),
                          optional_text(readings[i], "why", p)});
  }
  const auto& steps = optional_array(j, "steps", path);
  for (size_t i = 0; i < steps.size(); ++i) {
    const std::string p = child_path(child_path(path, "steps"), i);
    require_object(steps[i], p);
    s.steps.push_back({optional_text(steps[i], "title", p), require_int(steps[i], "minutes", p, 0, 600),
                       optional_text(steps[i], "prompt", p), optional_text(steps[i], "notes", p),
                       optional_text(steps[i], "captured", p)});
  }
  const auto& themes = optional_array(j, "themes", path);
  for (size_t i = 0; i < themes.size(); ++i) {
    const std::string p = child_path(child_path(path, "themes"), i);
    require_object(themes[i], p);
    s.themes.push_back({read_id(themes[i], p, ids, highest), optional_text(themes[i], "name", p)});
  }
  auto theme_ref = [&](const json& obj, const std::string& p) {
    std::string theme = optional_text(obj, "theme", p);
    if (!theme.empty() && !s.theme(theme)) throw stempush::SectionError(child_path(p, "theme"), "names no theme of this session");
    return theme;
  };
  const auto& cards = optional_array(j, "cards", path);
  for (size_t i = 0; i < cards.size(); ++i) {
    const std::string p = child_path(child_path(path, "cards"), i);
    require_object(cards[i], p);
    Card c;
    c.id = read_id(cards[i], p, ids, highest);
    c.text = require_text(cards[i], "text", p);
    c.theme_id = theme_ref(cards[i], p);
    c.attribution = optional_text(cards[i], "attribution", p);
    s.cards.push_back(std::move(c));
  }
  const auto& changes = optional_array(j, "changes", path);
  for (size_t i = 0; i < changes.size(); ++i) {
    const std::string p = child_path(child_path(path, "changes"), i);
    require_object(changes[i], p);
    PracticeChange c;
    c.id = read_id(changes[i], p, ids, highest);
    c.theme_id = theme_ref(changes[i], p);
    c.what = optional_text(changes[i], "what", p);
    c.who = optional_text(changes[i], "who", p);
    c.by_when = optional_text(changes[i], "by_when", p);
    c.how_we_know = optional_text(changes[i], "how_we_know", p);
    const std::string status = optional_text(changes[i], "status", p);
    if (!status.empty()) {
      auto parsed = parse_status(status);
      if (!parsed) throw stempush::SectionError(child_path(p, "status"), "must be planned, trying, adopted or dropped");
      c.status = *parsed;
    }
    if (changes[i].contains("change_idea"))
      c.change_idea = stempush::link_from_json(changes[i]["change_idea"], child_path(p, "change_idea"));
    s.changes.push_back(std::move(c));
  }
  return s;
}

}  // namespace

DiscussionData data_from_json(const json& j) {
  require_object(j, "");
  DiscussionData d;
  std::set<std::string> ids;
  int highest = 0;
  const auto& sessions = optional_array(j, "sessions", "");
  for (size_t i = 0; i < sessions.size(); ++i)
    d.sessions.push_back(read_session(sessions[i], child_path("/sessions", i), ids, highest));
  d.next_id = j.contains("next_id") ? require_int(j, "next_id", "", 1, 1 << 30) : 1;
  d.next_id = std::max(d.next_id, highest + 1);
  if (j.contains("year_start_month")) d.year_start_month = require_int(j, "year_start_month", "", 1, 12);
  return d;
}

json data_to_json(const DiscussionData& d) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  json out;
  json& sessions = out["sessions"] = json::array();
  for (auto& s : d.sessions) {
    json& session = sessions.emplace_back();
    session["id"] = s.id;
    session["title"] = s.title;
    session["date"] = s.date;
    session["roles"] = s.roles;
    session["agreements"] = s.agreements;
    json& readings = session["readings"] = json::array();
    for (auto& r : s.readings) {
      json& o = readings.emplace_back();
      o["title"] = r.title;
      o["link"] = r.link;
      o["why"] = r.why;
    }
    json& steps = session["steps"] = json::array();
    for (auto& st : s.steps) {
      json& o = steps.emplace_back();
      o["title"] = st.title;
      o["minutes"] = st.minutes;
      o["prompt"] = st.prompt;
      o["notes"] = st.notes;
      o["captured"] = st.captured;
    }
    json& themes = session["themes"] = json::array();
    for (auto& t : s.themes) {
      json& o = themes.emplace_back();
      o["id"] = t.id;
      o["name"] = t.name;
    }
    json& cards = session["cards"] = json::array();
    for (auto& c : s.cards) {
      json& o = cards.emplace_back();
      o["id"] = c.id;
      o["text"] = c.text;
      o["theme"] = c.theme_id;
      o["attribution"] = c.attribution;
    }
    json& changes = session["changes"] = json::array();
    for (auto& c : s.changes) {
      json& o = changes.emplace_back();
      o["id"] = c.id;
      o["theme"] = c.theme_id;
      o["what"] = c.what;
      o["who"] = c.who;
      o["by_when"] = c.by_when;
      o["how_we_know"] = c.how_we_know;
      o["status"] = status_id(c.status);
      if (c.change_idea) o["change_idea"] = stempush::link_to_json(*c.change_idea);
    }
  }
  out["next_id"] = d.next_id;
  out["year_start_month"] = d.year_start_month;
  return out;
}

}  // namespace staff_discussion
