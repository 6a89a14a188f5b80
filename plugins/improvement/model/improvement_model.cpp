#include "improvement/model/improvement_model.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "stempush/dates.hpp"
#include "stempush/json_reader.hpp"
#include "stempush/i18n.hpp"

namespace improvement {
namespace {

// Finds a node and the list that holds it (its siblings), depth-first.
struct Found {
  std::vector<DriverNode>* siblings = nullptr;
  size_t index = 0;
  int depth = 0;
};

Found find(std::vector<DriverNode>& list, const std::string& id, int depth = 0) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i].id == id) return {&list, i, depth};
    Found inner = find(list[i].children, id, depth + 1);
    if (inner.siblings) return inner;
  }
  return {};
}

void collect_ids(const std::vector<DriverNode>& list, std::set<std::string>& out) {
  for (auto& n : list) {
    out.insert(n.id);
    collect_ids(n.children, out);
  }
}

}  // namespace

const char* decision_id(Decision d) {
  switch (d) {
    case Decision::Undecided: return "undecided";
    case Decision::Adopt: return "adopt";
    case Decision::Adapt: return "adapt";
    case Decision::Abandon: return "abandon";
  }
  return "undecided";
}

const char* measure_kind_id(MeasureKind k) {
  switch (k) {
    case MeasureKind::Outcome: return "outcome";
    case MeasureKind::Process: return "process";
    case MeasureKind::Balancing: return "balancing";
  }
  return "outcome";
}

const char* better_id(Better b) { return b == Better::Higher ? "higher" : "lower"; }

const stempush::PluginInfo& ImprovementModel::info() const {
  static const stempush::PluginInfo info{STEMPUSH_PLUGIN_ID, "improvement.title", "improvement.purpose", "", "improvement.guide"};
  return info;
}

void ImprovementModel::clear() {
  aim = {};
  drivers_.clear();
  cycles_.clear();
  measures_.clear();
  inbox_id_.clear();
  next_id_ = 1;
}

std::string ImprovementModel::new_id(char prefix) { return std::string(1, prefix) + std::to_string(next_id_++); }

// ---- driver diagram ----

std::string ImprovementModel::add_node(const std::string& parent_id, const std::string& text) {
  std::vector<DriverNode>* list = &drivers_;
  if (!parent_id.empty()) {
    Found parent = find(drivers_, parent_id);
    if (!parent.siblings || parent.depth >= 2) return {};
    list = &(*parent.siblings)[parent.index].children;
  }
  DriverNode node;
  node.id = new_id('n');
  node.text = text;
  list->push_back(node);
  return node.id;
}

const DriverNode* ImprovementModel::node(const std::string& id) const {
  Found f = find(const_cast<std::vector<DriverNode>&>(drivers_), id);
  return f.siblings ? &(*f.siblings)[f.index] : nullptr;
}

NodeKind ImprovementModel::kind_of(const std::string& id) const {
  Found f = find(const_cast<std::vector<DriverNode>&>(drivers_), id);
  return f.depth == 2 ? NodeKind::ChangeIdea : f.depth == 1 ? NodeKind::Secondary : NodeKind::Primary;
}

bool ImprovementModel::rename_node(const std::string& id, const std::string& text) {
  Found f = find(drivers_, id);
  if (!f.siblings) return false;
  (*f.siblings)[f.index].text = text;
  return true;
}

bool ImprovementModel::set_addresses(const std::string& id, const std::optional<stempush::HandoffLink>& link) {
  Found f = find(drivers_, id);
  if (!f.siblings || f.depth != 2) return false;
  (*f.siblings)[f.index].addresses = link;
  return true;
}

bool ImprovementModel::move_under(const std::string& id, const std::string& new_parent_id) {
  Found f = find(drivers_, id);
  Found parent = find(drivers_, new_parent_id);
  if (!f.siblings || !parent.siblings || f.depth == 0 || parent.depth != f.depth - 1) return false;
  std::vector<DriverNode>& children = (*parent.siblings)[parent.index].children;
  if (&children == f.siblings) return true;  // already there
  DriverNode moved = std::move((*f.siblings)[f.index]);
  f.siblings->erase(f.siblings->begin() + static_cast<long>(f.index));
  // Erasing from one list never moves another list's elements, so the parent found above stays valid.
  children.push_back(std::move(moved));
  return true;
}

// ---- other plugins ----

std::vector<std::string> ImprovementModel::accepted_handoffs() const { return {stempush::kProposeChangeIdea}; }

std::string ImprovementModel::accept_handoff(const stempush::Handoff& handoff) {
  if (handoff.text.empty()) throw std::invalid_argument(stempush::tr("improvement.inbox.empty_text"));
  // The group is found again by id (the user may have renamed it) and made again if removed.
  Found inbox = find(drivers_, inbox_id_);
  if (!inbox.siblings || inbox.depth != 1) {
    const std::string primary = add_node("", stempush::tr("improvement.inbox.primary"));
    inbox_id_ = add_node(primary, stempush::tr("improvement.inbox.secondary"));
  }
  const std::string id = add_node(inbox_id_, handoff.text);
  Found added = find(drivers_, id);
  (*added.siblings)[added.index].source = handoff.source;
  return id;
}

bool ImprovementModel::has_item(std::string_view item_id) const { return node(std::string(item_id)) != nullptr; }

bool ImprovementModel::move_node(const std::string& id, int delta) {
  Found f = find(drivers_, id);
  if (!f.siblings) return false;
  const long target = static_cast<long>(f.index) + delta;
  if (target < 0 || target >= static_cast<long>(f.siblings->size())) return false;
  std::swap((*f.siblings)[f.index], (*f.siblings)[static_cast<size_t>(target)]);
  return true;
}

bool ImprovementModel::remove_node(const std::string& id) {
  Found f = find(drivers_, id);
  if (!f.siblings) return false;
  std::set<std::string> removed;
  collect_ids({(*f.siblings)[f.index]}, removed);
  f.siblings->erase(f.siblings->begin() + static_cast<long>(f.index));
  for (auto& c : cycles_)
    if (removed.count(c.change_idea_id)) c.change_idea_id.clear();
  return true;
}

// ---- cycles ----

Cycle* ImprovementModel::cycle(const std::string& id) {
  for (auto& c : cycles_)
    if (c.id == id) return &c;
  return nullptr;
}

std::string ImprovementModel::start_cycle(const std::string& change_idea_id) {
  const DriverNode* idea = node(change_idea_id);
  if (!idea || kind_of(change_idea_id) != NodeKind::ChangeIdea) return {};
  Cycle c;
  c.id = new_id('c');
  c.change_idea_id = change_idea_id;
  c.title = idea->text;
  c.change = idea->text;
  c.questions.push_back({});
  cycles_.push_back(c);
  return c.id;
}

std::string ImprovementModel::next_cycle(const std::string& cycle_id) {
  const Cycle* previous = cycle(cycle_id);
  if (!previous) return {};
  Cycle c;
  c.id = new_id('c');
  c.change_idea_id = previous->change_idea_id;
  c.previous_id = previous->id;
  c.title = previous->title;
  c.change = previous->change;
  c.who = previous->who;
  c.where = previous->where;
  c.when = previous->when;
  c.data_to_collect = previous->data_to_collect;
  c.measure_ids = previous->measure_ids;
  for (auto& q : previous->questions) c.questions.push_back({q.question, q.prediction, ""});
  if (c.questions.empty()) c.questions.push_back({});
  cycles_.push_back(c);
  return c.id;
}

std::vector<const Cycle*> ImprovementModel::ramp(const std::string& cycle_id) const {
  std::vector<const Cycle*> chain;
  std::set<std::string> seen;  // a hand-edited file could hold a loop
  std::string id = cycle_id;
  while (!id.empty() && !seen.count(id)) {
    seen.insert(id);
    auto it = std::find_if(cycles_.begin(), cycles_.end(), [&](const Cycle& c) { return c.id == id; });
    if (it == cycles_.end()) break;
    chain.push_back(&*it);
    id = it->previous_id;
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

bool ImprovementModel::remove_cycle(const std::string& id) {
  auto it = std::find_if(cycles_.begin(), cycles_.end(), [&](const Cycle& c) { return c.id == id; });
  if (it == cycles_.end()) return false;
  const std::string previous = it->previous_id;
  cycles_.erase(it);
  // Keep the ladder whole: cycles that ramped from the removed one now ramp from its predecessor.
  for (auto& c : cycles_)
    if (c.previous_id == id) c.previous_id = previous;
  return true;
}

// ---- measures ----

Measure* ImprovementModel::measure(const std::string& id) {
  for (auto& m : measures_)
    if (m.id == id) return &m;
  return nullptr;
}

std::string ImprovementModel::add_measure(const std::string& name, MeasureKind kind) {
  Measure m;
  m.id = new_id('m');
  m.name = name;
  m.kind = kind;
  measures_.push_back(m);
  return m.id;
}

bool ImprovementModel::remove_measure(const std::string& id) {
  auto it = std::find_if(measures_.begin(), measures_.end(), [&](const Measure& m) { return m.id == id; });
  if (it == measures_.end()) return false;
  measures_.erase(it);
  for (auto& c : cycles_) c.measure_ids.erase(std::remove(c.measure_ids.begin(), c.measure_ids.end(), id), c.measure_ids.end());
  return true;
}

bool ImprovementModel::set_point(const std::string& measure_id, const std::string& date, double value,
                                 const std::string& note) {
  Measure* m = measure(measure_id);
  if (!m || !stempush::is_iso_date(date) || !std::isfinite(value)) return false;
  auto it = std::lower_bound(m->points.begin(), m->points.end(), date,
                             [](const MeasurePoint& p, const std::string& d) { return p.date < d; });
  if (it != m->points.end() && it->date == date) *it = {date, value, note};
  else m->points.insert(it, {date, value, note});
  return true;
}

bool ImprovementModel::remove_point(const std::string& measure_id, const std::string& date) {
  Measure* m = measure(measure_id);
  if (!m) return false;
  auto it = std::find_if(m->points.begin(), m->points.end(), [&](const MeasurePoint& p) { return p.date == date; });
  if (it == m->points.end()) return false;
  m->points.erase(it);
  return true;
}

ImportReport ImprovementModel::import_points_csv(const std::string& measure_id, std::string_view text) {
  ImportReport report;
  Measure* m = measure(measure_id);
  if (!m) {
    report.problems.push_back({0, stempush::tr("improvement.import.no_measure")});
    return report;
  }
  auto read = stempush::runchart::read_points_csv(text);
  report.problems = read.problems;
  if (!report.ok()) return report;
  // A date the measure already has would silently overwrite a typed point: ask the user instead.
  for (size_t i = 0; i < read.points.size(); ++i)
    for (auto& p : m->points)
      if (p.date == read.points[i].date)
        report.problems.push_back({0, stempush::trf("improvement.import.date_exists", {p.date})});
  if (!report.ok()) return report;
  for (size_t i = 0; i < read.points.size(); ++i) set_point(measure_id, read.points[i].date, read.points[i].value, read.notes[i]);
  report.added = read.points.size();
  return report;
}

// ---- JSON ----

namespace {

using nlohmann::json;
using stempush::SectionError;

// Fields are read with the core's reader (stempush/json_reader.hpp): every error names the JSON
// pointer of the field. Absent text and lists read as empty, so older sections keep loading.
using stempush::json_reader::child_path;
std::string text_at(const json& object, const char* key, const std::string& path) {
  return stempush::json_reader::optional_text(object, key, path);
}

std::string date_at(const json& object, const char* key, const std::string& path) {
  std::string d = text_at(object, key, path);
  if (!d.empty() && !stempush::is_iso_date(d)) throw SectionError(child_path(path, key), "must be a date YYYY-MM-DD");
  return d;
}

const json& list_at(const json& object, const char* key, const std::string& path) {
  return stempush::json_reader::optional_array(object, key, path);
}

void need_object(const json& v, const std::string& path) { stempush::json_reader::require_object(v, path); }

template <typename Enum>
Enum enum_at(const json& object, const char* key, const std::string& path, const std::vector<std::pair<const char*, Enum>>& names) {
  const std::string value = text_at(object, key, path);
  if (value.empty()) return names.front().second;
  for (auto& [name, e] : names)
    if (value == name) return e;
  throw SectionError(child_path(path, key), "unknown value \"" + value + "\"");
}

std::vector<DriverNode> nodes_from_json(const json& list, const std::string& path, int depth, std::set<std::string>& ids) {
  std::vector<DriverNode> out;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string here = path + "/" + std::to_string(i);
    need_object(list[i], here);
    DriverNode n;
    n.id = text_at(list[i], "id", here);
    if (n.id.empty() || !ids.insert(n.id).second) throw SectionError(here + "/id", "must be a unique id");
    n.text = text_at(list[i], "text", here);
    if (list[i].contains("addresses")) {
      if (depth != 2) throw SectionError(here + "/addresses", "only a change idea addresses an item");
      n.addresses = stempush::link_from_json(list[i]["addresses"], here + "/addresses");
    }
    if (list[i].contains("source")) n.source = stempush::link_from_json(list[i]["source"], here + "/source");
    const json& children = list_at(list[i], "children", here);
    if (depth == 2 && !children.empty()) throw SectionError(here + "/children", "a change idea has no children");
    n.children = nodes_from_json(children, here + "/children", depth + 1, ids);
    out.push_back(std::move(n));
  }
  return out;
}

json nodes_to_json(const std::vector<DriverNode>& list) {
  json out = json::array();
  for (auto& n : list) {
    json j = {{"id", n.id}, {"text", n.text}};
    if (n.addresses) j["addresses"] = stempush::link_to_json(*n.addresses);
    if (n.source) j["source"] = stempush::link_to_json(*n.source);
    if (!n.children.empty()) j["children"] = nodes_to_json(n.children);
    out.push_back(j);
  }
  return out;
}

// The highest number used by any id, so that new ids never repeat one in the file.
int id_number(const std::string& id) {
  if (id.size() < 2) return 0;
  int n = 0;
  for (size_t i = 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9' || n > 100000000) return 0;
    n = n * 10 + (id[i] - '0');
  }
  return n;
}

}  // namespace

json ImprovementModel::migrate(json data, int from_version) const {
  if (from_version == 1) {
    // Schema 1 kept a change idea's link as one string "plugin:item" under "link".
    std::function<void(json&)> lift = [&](json& list) {
      if (!list.is_array()) return;
      for (auto& n : list) {
        if (!n.is_object()) continue;
        if (n.contains("link") && n["link"].is_string()) {
          const std::string link = n["link"].get<std::string>();
          const size_t colon = link.find(':');
          if (!link.empty())
            n["addresses"] = {{"plugin", colon == std::string::npos ? std::string() : link.substr(0, colon)},
                              {"item", colon == std::string::npos ? link : link.substr(colon + 1)},
                              {"label", link}};
          n.erase("link");
        }
        if (n.contains("children")) lift(n["children"]);
      }
    };
    if (data.is_object() && data.contains("drivers")) lift(data["drivers"]);
    from_version = 2;
  }
  return stempush::PluginModel::migrate(std::move(data), from_version);
}

void ImprovementModel::from_json(const json& data) {
  need_object(data, "");
  Aim new_aim;
  if (data.contains("aim")) {
    need_object(data["aim"], "/aim");
    const json& a = data["aim"];
    new_aim = {text_at(a, "what", "/aim"), text_at(a, "how_much", "/aim"), date_at(a, "by_when", "/aim"),
               text_at(a, "for_whom", "/aim")};
  }
  std::set<std::string> node_ids;
  std::vector<DriverNode> new_drivers = nodes_from_json(list_at(data, "drivers", ""), "/drivers", 0, node_ids);

  std::set<std::string> measure_ids;
  std::vector<Measure> new_measures;
  const json& measures = list_at(data, "measures", "");
  for (size_t i = 0; i < measures.size(); ++i) {
    const std::string here = "/measures/" + std::to_string(i);
    need_object(measures[i], here);
    const json& j = measures[i];
    Measure m;
    m.id = text_at(j, "id", here);
    if (m.id.empty() || !measure_ids.insert(m.id).second) throw SectionError(here + "/id", "must be a unique id");
    m.name = text_at(j, "name", here);
    m.kind = enum_at<MeasureKind>(j, "kind", here,
                                  {{"outcome", MeasureKind::Outcome}, {"process", MeasureKind::Process}, {"balancing", MeasureKind::Balancing}});
    m.definition = text_at(j, "definition", here);
    m.unit = text_at(j, "unit", here);
    m.better = enum_at<Better>(j, "better", here, {{"higher", Better::Higher}, {"lower", Better::Lower}});
    if (j.contains("goal") && !j["goal"].is_null()) {
      if (!j["goal"].is_number()) throw SectionError(here + "/goal", "must be a number");
      m.goal = j["goal"].get<double>();
    }
    m.feed = text_at(j, "feed", here);
    m.rules = enum_at<stempush::runchart::RuleSet>(j, "rules", here,
                                                   {{"ihi", stempush::runchart::RuleSet::Ihi}, {"anhoj", stempush::runchart::RuleSet::Anhoj}});
    if (j.contains("freeze")) {
      if (!j["freeze"].is_number_unsigned() || j["freeze"].get<unsigned long long>() > 1000000)
        throw SectionError(here + "/freeze", "must be a whole number from 0");
      m.freeze = j["freeze"].get<size_t>();
    }
    const json& splits = list_at(j, "splits", here);
    for (size_t k = 0; k < splits.size(); ++k) {
      if (!splits[k].is_string() || !stempush::is_iso_date(splits[k].get<std::string>()))
        throw SectionError(here + "/splits/" + std::to_string(k), "must be a date YYYY-MM-DD");
      m.splits.push_back(splits[k].get<std::string>());
    }
    if (j.contains("by_group")) {
      if (!j["by_group"].is_boolean()) throw SectionError(here + "/by_group", "must be true or false");
      m.by_group = j["by_group"].get<bool>();
    }
    const json& points = list_at(j, "points", here);
    for (size_t k = 0; k < points.size(); ++k) {
      const std::string at = here + "/points/" + std::to_string(k);
      need_object(points[k], at);
      MeasurePoint p;
      p.date = date_at(points[k], "date", at);
      if (p.date.empty()) throw SectionError(at + "/date", "must be a date YYYY-MM-DD");
      if (!points[k].contains("value") || !points[k]["value"].is_number())
        throw SectionError(at + "/value", "must be a number");
      p.value = points[k]["value"].get<double>();
      p.note = text_at(points[k], "note", at);
      if (!m.points.empty() && p.date <= m.points.back().date)
        throw SectionError(at + "/date", "must come after the previous point's date");
      m.points.push_back(p);
    }
    new_measures.push_back(std::move(m));
  }

  std::set<std::string> cycle_ids;
  std::vector<Cycle> new_cycles;
  const json& cycles = list_at(data, "cycles", "");
  for (size_t i = 0; i < cycles.size(); ++i) {
    const std::string here = "/cycles/" + std::to_string(i);
    need_object(cycles[i], here);
    const json& j = cycles[i];
    Cycle c;
    c.id = text_at(j, "id", here);
    if (c.id.empty() || !cycle_ids.insert(c.id).second) throw SectionError(here + "/id", "must be a unique id");
    c.change_idea_id = text_at(j, "change_idea", here);
    if (!c.change_idea_id.empty() && !node_ids.count(c.change_idea_id))
      throw SectionError(here + "/change_idea", "no driver-diagram node \"" + c.change_idea_id + "\"");
    c.previous_id = text_at(j, "previous", here);
    c.title = text_at(j, "title", here);
    c.change = text_at(j, "change", here);
    c.who = text_at(j, "who", here);
    c.where = text_at(j, "where", here);
    c.when = text_at(j, "when", here);
    const json& questions = list_at(j, "questions", here);
    for (size_t k = 0; k < questions.size(); ++k) {
      const std::string at = here + "/questions/" + std::to_string(k);
      need_object(questions[k], at);
      c.questions.push_back({text_at(questions[k], "question", at), text_at(questions[k], "prediction", at),
                             text_at(questions[k], "result", at)});
    }
    c.data_to_collect = text_at(j, "data_to_collect", here);
    c.due = date_at(j, "due", here);
    c.what_happened = text_at(j, "what_happened", here);
    c.surprises = text_at(j, "surprises", here);
    c.study_summary = text_at(j, "study", here);
    const json& looked_at = list_at(j, "measures", here);
    for (size_t k = 0; k < looked_at.size(); ++k) {
      const std::string at = here + "/measures/" + std::to_string(k);
      if (!looked_at[k].is_string() || !measure_ids.count(looked_at[k].get<std::string>()))
        throw SectionError(at, "must be the id of a measure");
      c.measure_ids.push_back(looked_at[k].get<std::string>());
    }
    c.decision = enum_at<Decision>(j, "decision", here,
                                   {{"undecided", Decision::Undecided}, {"adopt", Decision::Adopt}, {"adapt", Decision::Adapt}, {"abandon", Decision::Abandon}});
    c.next_steps = text_at(j, "next_steps", here);
    new_cycles.push_back(std::move(c));
  }
  for (size_t i = 0; i < new_cycles.size(); ++i)
    if (!new_cycles[i].previous_id.empty() && !cycle_ids.count(new_cycles[i].previous_id))
      throw SectionError("/cycles/" + std::to_string(i) + "/previous", "no cycle \"" + new_cycles[i].previous_id + "\"");

  int next = 1;
  if (data.contains("next_id")) {
    if (!data["next_id"].is_number_integer() || data["next_id"].get<long long>() < 1 || data["next_id"].get<long long>() > 1000000000)
      throw SectionError("/next_id", "must be a whole number from 1");
    next = data["next_id"].get<int>();
  }
  // Never hand out an id the file already uses, even if next_id was edited by hand.
  for (auto& id : node_ids) next = std::max(next, id_number(id) + 1);
  for (auto& id : measure_ids) next = std::max(next, id_number(id) + 1);
  for (auto& id : cycle_ids) next = std::max(next, id_number(id) + 1);

  std::string new_inbox = text_at(data, "inbox", "");
  if (!new_inbox.empty() && !node_ids.count(new_inbox)) new_inbox.clear();  // removed: made again when needed

  aim = new_aim;
  inbox_id_ = new_inbox;
  drivers_ = std::move(new_drivers);
  measures_ = std::move(new_measures);
  cycles_ = std::move(new_cycles);
  next_id_ = next;
}

// Members set one by one, not a nested initializer list: the same JSON (an object's keys are
// sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
json measure_json(const Measure& m) {
  json out;
  out["id"] = m.id;
  out["name"] = m.name;
  out["kind"] = measure_kind_id(m.kind);
  out["definition"] = m.definition;
  out["unit"] = m.unit;
  out["better"] = better_id(m.better);
  out["goal"] = m.goal ? json(*m.goal) : json();
  out["feed"] = m.feed;
  out["rules"] = stempush::runchart::rule_set_id(m.rules);
  out["freeze"] = m.freeze;
  out["splits"] = m.splits;
  out["by_group"] = m.by_group;
  json& points = out["points"] = json::array();
  for (auto& p : m.points) {
    json& jp = points.emplace_back();
    jp["date"] = p.date;
    jp["value"] = p.value;
    if (!p.note.empty()) jp["note"] = p.note;
  }
  return out;
}

json ImprovementModel::to_json() const {
  json out;
  json& a = out["aim"];
  a["what"] = aim.what;
  a["how_much"] = aim.how_much;
  a["by_when"] = aim.by_when;
  a["for_whom"] = aim.for_whom;
  out["drivers"] = nodes_to_json(drivers_);
  json& cycles = out["cycles"] = json::array();
  for (auto& c : cycles_) {
    json& o = cycles.emplace_back();
    o["id"] = c.id;
    o["change_idea"] = c.change_idea_id;
    o["previous"] = c.previous_id;
    o["title"] = c.title;
    o["change"] = c.change;
    o["who"] = c.who;
    o["where"] = c.where;
    o["when"] = c.when;
    json& questions = o["questions"] = json::array();
    for (auto& q : c.questions) {
      json& jq = questions.emplace_back();
      jq["question"] = q.question;
      jq["prediction"] = q.prediction;
      jq["result"] = q.result;
    }
    o["data_to_collect"] = c.data_to_collect;
    o["due"] = c.due;
    o["what_happened"] = c.what_happened;
    o["surprises"] = c.surprises;
    o["study"] = c.study_summary;
    o["measures"] = c.measure_ids;
    o["decision"] = decision_id(c.decision);
    o["next_steps"] = c.next_steps;
  }
  json& measures = out["measures"] = json::array();
  for (auto& m : measures_) measures.push_back(measure_json(m));
  out["inbox"] = inbox_id_;
  out["next_id"] = next_id_;
  return out;
}

std::vector<std::string> ImprovementModel::check() const {
  std::vector<std::string> problems;
  for (auto& c : cycles_)
    if (!ramp(c.id).empty() && ramp(c.id).front()->previous_id != "")
      problems.push_back("cycle " + c.id + " ramps from a loop of cycles");
  return problems;
}

}  // namespace improvement

// The factory that the generated register_plugin_models() calls.
std::unique_ptr<stempush::PluginModel> stempush_make_improvement_model() {
  return std::make_unique<improvement::ImprovementModel>();
}
