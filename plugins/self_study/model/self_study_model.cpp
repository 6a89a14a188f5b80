#include "self_study/model/self_study_model.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/json_reader.hpp"

namespace self_study {

using namespace stempush::json_reader;  // the core reader: errors name the JSON pointer
using stempush::is_iso_date;
namespace {

// The smallest "<prefix>N" not in use: short, readable ids that stay stable.
template <typename Items, typename IdOf>
std::string next_id(const std::string& prefix, const Items& items, IdOf id_of) {
  std::set<std::string> used;
  for (auto& item : items) used.insert(id_of(item));
  for (size_t n = 1;; ++n) {
    std::string id = prefix + std::to_string(n);
    if (!used.count(id)) return id;
  }
}

std::string trimmed(const std::string& text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string required_name(const std::string& text, const char* what) {
  std::string name = trimmed(text);
  if (name.empty()) throw std::invalid_argument(std::string(what) + " must not be empty");
  return name;
}

int highest_level_used(const std::vector<Cycle>& cycles) {
  int highest = 0;
  for (auto& c : cycles) {
    for (auto& p : c.participants)
      for (auto& [id, r] : p.ratings)
        if (r.state == RatingState::Rated) highest = std::max(highest, r.level);
    for (auto& [id, k] : c.consensus)
      if (k.state == RatingState::Rated) highest = std::max(highest, k.level);
  }
  return highest;
}

}  // namespace

SelfStudyModel::SelfStudyModel() : framework_(default_framework()) {}

const stempush::PluginInfo& SelfStudyModel::info() const {
  static const stempush::PluginInfo plugin_info{STEMPUSH_PLUGIN_ID, "self_study.title", "self_study.purpose", "S", "self_study.guide"};
  return plugin_info;
}

nlohmann::json SelfStudyModel::migrate(nlohmann::json data, int from_version) const {
  if (from_version < 2 && data.is_object()) {
    // Schema 1 embedded the default framework in English only. If this is that default, with
    // its English unchanged (the draft's source sentence was reworded since, so it is left out
    // of the comparison), it becomes today's default with its Spanish; a framework the program
    // loaded or edited stays as it is.
    auto it = data.find("framework");
    if (it != data.end() && it->is_object()) {
      nlohmann::json now = framework_to_json(default_framework());
      auto english_only = [](nlohmann::json fw) {
        fw.erase("format_version");
        fw.erase("source");
        fw.erase("notice");
        fw.erase("i18n");
        for (auto& level : fw["scale"]["levels"]) level.erase("i18n");
        for (auto& domain : fw["domains"]) {
          domain.erase("i18n");
          for (auto& standard : domain["standards"]) {
            standard.erase("i18n");
            for (auto& indicator : standard["indicators"]) indicator.erase("i18n");
            if (standard.contains("resources"))
              for (auto& resource : standard["resources"]) resource.erase("i18n");
          }
        }
        return fw;
      };
      try {
        if (english_only(*it) == english_only(now)) *it = now;
      } catch (const nlohmann::json::exception&) {
        // Not the shape of a framework: from_json will say what is wrong with it.
      }
    }
  }
  return data;
}

const Framework& SelfStudyModel::shown_framework() const {
  const std::string lang = stempush::i18n::language_code(stempush::i18n::language());
  if (shown_language_ != lang) {
    shown_ = localized(framework_, lang);
    labelled_ = tagged(shown_);
    shown_language_ = lang;
  }
  return shown_;
}

const Framework& SelfStudyModel::labelled_framework() const {
  shown_framework();  // brings both up to date
  return labelled_;
}

void SelfStudyModel::from_json(const nlohmann::json& data) {
  // Everything into locals first: a throw leaves the model as it was.
  require_object(data, "");
  reject_unknown_keys(data, {"framework", "cycles", "priorities"}, "");
  auto framework_it = data.find("framework");
  if (framework_it == data.end()) throw stempush::SectionError("/framework", "is missing");
  Framework framework;
  try {
    framework = framework_from_json(*framework_it);
  } catch (const stempush::SectionError& e) {
    std::string message = e.what();
    if (!e.path().empty() && message.rfind(e.path() + ": ", 0) == 0) message.erase(0, e.path().size() + 2);
    throw stempush::SectionError("/framework" + e.path(), message);
  }
  std::vector<Cycle> cycles;
  std::set<std::string> cycle_ids;
  if (auto it = data.find("cycles"); it != data.end()) {
    if (!it->is_array()) throw stempush::SectionError("/cycles", "must be a list ([...])");
    for (size_t i = 0; i < it->size(); ++i) {
      std::string path = child_path("/cycles", i);
      Cycle cycle = cycle_from_json((*it)[i], framework.scale, path);
      if (!cycle_ids.insert(cycle.id).second)
        throw stempush::SectionError(child_path(path, "id"), "\"" + cycle.id + "\" is used by another cycle");
      cycles.push_back(std::move(cycle));
    }
  }
  std::vector<Priority> priorities;
  std::set<std::string> priority_ids;
  if (auto it = data.find("priorities"); it != data.end()) {
    if (!it->is_array()) throw stempush::SectionError("/priorities", "must be a list ([...])");
    for (size_t i = 0; i < it->size(); ++i) {
      std::string path = child_path("/priorities", i);
      Priority priority = priority_from_json((*it)[i], path);
      if (!priority_ids.insert(priority.id).second)
        throw stempush::SectionError(child_path(path, "id"), "\"" + priority.id + "\" is used by another priority");
      priorities.push_back(std::move(priority));
    }
  }
  framework_ = std::move(framework);
  shown_language_.clear();
  cycles_ = std::move(cycles);
  priorities_ = std::move(priorities);
}

nlohmann::json SelfStudyModel::to_json() const {
  nlohmann::json cycles = nlohmann::json::array();
  for (auto& c : cycles_) cycles.push_back(cycle_to_json(c));
  nlohmann::json priorities = nlohmann::json::array();
  for (auto& p : priorities_) priorities.push_back(priority_to_json(p));
  return {{"framework", framework_to_json(framework_)}, {"cycles", std::move(cycles)},
          {"priorities", std::move(priorities)}};
}

void SelfStudyModel::clear() {
  framework_ = default_framework();
  shown_language_.clear();
  cycles_.clear();
  priorities_.clear();
}

std::vector<std::string> SelfStudyModel::check() const {
  std::vector<std::string> problems;
  for (auto& c : cycles_) {
    std::set<std::string> orphans;
    for (auto& p : c.participants)
      for (auto& [id, r] : p.ratings)
        if (!framework_.find_indicator(id).indicator) orphans.insert(id);
    for (auto& [id, k] : c.consensus)
      if (!framework_.find_indicator(id).indicator) orphans.insert(id);
    for (auto& id : orphans)
      problems.push_back("self-study cycle \"" + c.name + "\" has ratings for indicator \"" + id +
                         "\", which the framework \"" + framework_.title + "\" does not contain");
  }
  for (auto& p : priorities_) {
    if (!framework_.find_indicator(p.indicator_id).indicator)
      problems.push_back("self-study priority \"" + p.aim + "\" points to indicator \"" + p.indicator_id +
                         "\", which the framework does not contain");
    if (!p.cycle_id.empty() && !cycle(p.cycle_id))
      problems.push_back("self-study priority \"" + p.aim + "\" points to cycle \"" + p.cycle_id +
                         "\", which no longer exists");
  }
  return problems;
}

void SelfStudyModel::set_framework(Framework framework) {
  if (framework.scale.levels.empty() || framework.domains.empty())
    throw std::invalid_argument("the framework has no scale or no domains");
  int used = highest_level_used(cycles_);
  if (used > framework.scale.max())
    throw std::invalid_argument("the framework's scale stops at " + std::to_string(framework.scale.max()) +
                                " but stored ratings use level " + std::to_string(used));
  framework_ = std::move(framework);
  shown_language_.clear();
}

const Cycle* SelfStudyModel::cycle(std::string_view cycle_id) const {
  for (auto& c : cycles_)
    if (c.id == cycle_id) return &c;
  return nullptr;
}

const Cycle* SelfStudyModel::latest_cycle() const { return self_study::latest_cycle(cycles_); }

const Cycle& SelfStudyModel::cycle_or_throw(std::string_view cycle_id) const {
  if (const Cycle* c = cycle(cycle_id)) return *c;
  throw std::invalid_argument("no self-study cycle \"" + std::string(cycle_id) + "\"");
}

Cycle& SelfStudyModel::cycle_or_throw(std::string_view cycle_id) {
  return const_cast<Cycle&>(static_cast<const SelfStudyModel*>(this)->cycle_or_throw(cycle_id));
}

Participant& SelfStudyModel::participant_or_throw(std::string_view cycle_id, std::string_view participant_id) {
  Cycle& c = cycle_or_throw(cycle_id);
  if (Participant* p = c.participant(participant_id)) return *p;
  throw std::invalid_argument("no participant \"" + std::string(participant_id) + "\" in cycle \"" + c.name + "\"");
}

void SelfStudyModel::indicator_or_throw(std::string_view indicator_id) const {
  if (!framework_.find_indicator(indicator_id).indicator)
    throw std::invalid_argument("no indicator \"" + std::string(indicator_id) + "\" in the framework");
}

void SelfStudyModel::level_or_throw(RatingState state, int level) const {
  if (state == RatingState::Rated && !framework_.scale.level(level))
    throw std::invalid_argument("level " + std::to_string(level) + " is not on the scale");
}

std::string SelfStudyModel::add_cycle(const std::string& name, const std::string& date) {
  Cycle c;
  c.name = required_name(name, "a cycle's name");
  if (!is_iso_date(date)) throw std::invalid_argument("\"" + date + "\" is not a date (YYYY-MM-DD)");
  c.date = date;
  c.id = next_id("c", cycles_, [](const Cycle& x) { return x.id; });
  cycles_.push_back(std::move(c));
  return cycles_.back().id;
}

void SelfStudyModel::rename_cycle(std::string_view cycle_id, const std::string& name) {
  std::string checked = required_name(name, "a cycle's name");
  cycle_or_throw(cycle_id).name = checked;
}

void SelfStudyModel::set_cycle_date(std::string_view cycle_id, const std::string& date) {
  Cycle& c = cycle_or_throw(cycle_id);
  if (!is_iso_date(date)) throw std::invalid_argument("\"" + date + "\" is not a date (YYYY-MM-DD)");
  c.date = date;
}

void SelfStudyModel::remove_cycle(std::string_view cycle_id) {
  cycle_or_throw(cycle_id);
  cycles_.erase(std::remove_if(cycles_.begin(), cycles_.end(), [&](const Cycle& c) { return c.id == cycle_id; }),
                cycles_.end());
  for (auto& p : priorities_)
    if (p.cycle_id == cycle_id) p.cycle_id.clear();
}

std::string SelfStudyModel::add_participant(std::string_view cycle_id, const std::string& name, const std::string& role) {
  Cycle& c = cycle_or_throw(cycle_id);
  Participant p;
  p.name = required_name(name, "a participant's name");
  p.role = trimmed(role);
  p.id = next_id("p", c.participants, [](const Participant& x) { return x.id; });
  c.participants.push_back(std::move(p));
  return c.participants.back().id;
}

void SelfStudyModel::rename_participant(std::string_view cycle_id, std::string_view participant_id,
                                        const std::string& name, const std::string& role) {
  std::string checked = required_name(name, "a participant's name");
  Participant& p = participant_or_throw(cycle_id, participant_id);
  p.name = checked;
  p.role = trimmed(role);
}

void SelfStudyModel::remove_participant(std::string_view cycle_id, std::string_view participant_id) {
  participant_or_throw(cycle_id, participant_id);
  auto& list = cycle_or_throw(cycle_id).participants;
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Participant& p) { return p.id == participant_id; }),
             list.end());
}

void SelfStudyModel::set_rating(std::string_view cycle_id, std::string_view participant_id,
                                std::string_view indicator_id, RatingState state, int level) {
  indicator_or_throw(indicator_id);
  level_or_throw(state, level);
  Participant& p = participant_or_throw(cycle_id, participant_id);
  Rating& r = p.ratings[std::string(indicator_id)];
  r.state = state;
  r.level = state == RatingState::Rated ? level : 0;
  if (r.empty()) p.ratings.erase(std::string(indicator_id));
}

void SelfStudyModel::set_evidence(std::string_view cycle_id, std::string_view participant_id,
                                  std::string_view indicator_id, const std::string& evidence,
                                  const std::vector<std::string>& links) {
  indicator_or_throw(indicator_id);
  Participant& p = participant_or_throw(cycle_id, participant_id);
  Rating& r = p.ratings[std::string(indicator_id)];
  r.evidence = evidence;
  r.links.clear();
  for (auto& link : links)
    if (!trimmed(link).empty()) r.links.push_back(trimmed(link));
  if (r.empty()) p.ratings.erase(std::string(indicator_id));
}

void SelfStudyModel::set_note(std::string_view cycle_id, std::string_view participant_id,
                              std::string_view indicator_id, const std::string& note) {
  indicator_or_throw(indicator_id);
  Participant& p = participant_or_throw(cycle_id, participant_id);
  Rating& r = p.ratings[std::string(indicator_id)];
  r.note = note;
  if (r.empty()) p.ratings.erase(std::string(indicator_id));
}

Rating SelfStudyModel::rating(std::string_view cycle_id, std::string_view participant_id,
                              std::string_view indicator_id) const {
  const Cycle& c = cycle_or_throw(cycle_id);
  const Participant* p = c.participant(participant_id);
  if (!p) throw std::invalid_argument("no participant \"" + std::string(participant_id) + "\"");
  const Rating* r = p->rating(indicator_id);
  return r ? *r : Rating{};
}

void SelfStudyModel::set_consensus(std::string_view cycle_id, std::string_view indicator_id, RatingState state,
                                   int level, const std::string& rationale) {
  indicator_or_throw(indicator_id);
  level_or_throw(state, level);
  Cycle& c = cycle_or_throw(cycle_id);
  Consensus consensus{state, state == RatingState::Rated ? level : 0, rationale};
  if (state == RatingState::Unrated && rationale.empty()) c.consensus.erase(std::string(indicator_id));
  else c.consensus[std::string(indicator_id)] = std::move(consensus);
}

void SelfStudyModel::clear_consensus(std::string_view cycle_id, std::string_view indicator_id) {
  cycle_or_throw(cycle_id).consensus.erase(std::string(indicator_id));
}

const Priority* SelfStudyModel::priority(std::string_view priority_id) const {
  for (auto& p : priorities_)
    if (p.id == priority_id) return &p;
  return nullptr;
}

std::string SelfStudyModel::add_priority(std::string_view indicator_id, std::string_view cycle_id) {
  indicator_or_throw(indicator_id);
  if (!cycle_id.empty()) cycle_or_throw(cycle_id);
  Priority p;
  p.id = next_id("pr", priorities_, [](const Priority& x) { return x.id; });
  p.indicator_id = std::string(indicator_id);
  p.cycle_id = std::string(cycle_id);
  priorities_.push_back(std::move(p));
  return priorities_.back().id;
}

void SelfStudyModel::update_priority(const Priority& priority) {
  auto it = std::find_if(priorities_.begin(), priorities_.end(), [&](const Priority& p) { return p.id == priority.id; });
  if (it == priorities_.end()) throw std::invalid_argument("no priority \"" + priority.id + "\"");
  indicator_or_throw(priority.indicator_id);
  if (!priority.cycle_id.empty()) cycle_or_throw(priority.cycle_id);
  if (!priority.due_date.empty() && !is_iso_date(priority.due_date))
    throw std::invalid_argument("\"" + priority.due_date + "\" is not a date (YYYY-MM-DD)");
  *it = priority;
}

void SelfStudyModel::remove_priority(std::string_view priority_id) {
  if (!priority(priority_id)) throw std::invalid_argument("no priority \"" + std::string(priority_id) + "\"");
  priorities_.erase(std::remove_if(priorities_.begin(), priorities_.end(),
                                   [&](const Priority& p) { return p.id == priority_id; }),
                    priorities_.end());
}

std::vector<DomainProgress> SelfStudyModel::progress(std::string_view cycle_id) const {
  return rating_progress(framework_, cycle_or_throw(cycle_id));
}

std::vector<ConsensusRow> SelfStudyModel::consensus(std::string_view cycle_id) const {
  return consensus_rows(framework_, cycle_or_throw(cycle_id));
}

CycleSummary SelfStudyModel::summary(std::string_view cycle_id) const {
  const Cycle& c = cycle_or_throw(cycle_id);
  return summarize(labelled_framework(), c, previous_cycle(cycles_, c.id));
}

std::vector<CycleSummary> SelfStudyModel::all_summaries() const {
  std::vector<CycleSummary> out;
  for (auto& c : cycles_) out.push_back(summarize(labelled_framework(), c, previous_cycle(cycles_, c.id)));
  return out;
}

}  // namespace self_study
