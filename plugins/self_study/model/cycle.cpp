#include "self_study/model/cycle.hpp"

#include <set>

#include "stempush/dates.hpp"
#include "stempush/json_reader.hpp"

namespace self_study {

using namespace stempush::json_reader;  // the core reader: errors name the JSON pointer
using stempush::is_iso_date;
namespace {

// Reads "state" and "level" together: a level only makes sense for a rated answer.
void read_state_and_level(const json& data, const RatingScale& scale, const std::string& path,
                          RatingState* state, int* level) {
  std::string state_text = require_text(data, "state", path);
  auto parsed = rating_state_from(state_text);
  if (!parsed)
    throw stempush::SectionError(child_path(path, "state"),
                                 "\"" + state_text + "\" is not one of rated, not_applicable, dont_know, unrated");
  *state = *parsed;
  *level = 0;
  if (*state == RatingState::Rated) {
    *level = require_int(data, "level", path);
    if (!scale.level(*level))
      throw stempush::SectionError(child_path(path, "level"), std::to_string(*level) + " is not on the scale (" +
                                                                  std::to_string(scale.min()) + " to " +
                                                                  std::to_string(scale.max()) + ")");
  } else if (data.contains("level") && !data["level"].is_null()) {
    throw stempush::SectionError(child_path(path, "level"), "is only allowed when state is \"rated\"");
  }
}

json state_json(RatingState state, int level) {
  json out = {{"state", to_string(state)}};
  if (state == RatingState::Rated) out["level"] = level;
  return out;
}

}  // namespace

const char* to_string(RatingState state) {
  switch (state) {
    case RatingState::Rated: return "rated";
    case RatingState::NotApplicable: return "not_applicable";
    case RatingState::DontKnow: return "dont_know";
    case RatingState::Unrated: break;
  }
  return "unrated";
}

std::optional<RatingState> rating_state_from(std::string_view text) {
  for (auto state : {RatingState::Unrated, RatingState::Rated, RatingState::NotApplicable, RatingState::DontKnow})
    if (text == to_string(state)) return state;
  return std::nullopt;
}

const Rating* Participant::rating(std::string_view indicator_id) const {
  auto it = ratings.find(indicator_id);
  return it == ratings.end() ? nullptr : &it->second;
}

const Participant* Cycle::participant(std::string_view participant_id) const {
  for (auto& p : participants)
    if (p.id == participant_id) return &p;
  return nullptr;
}

Participant* Cycle::participant(std::string_view participant_id) {
  for (auto& p : participants)
    if (p.id == participant_id) return &p;
  return nullptr;
}

const Consensus* Cycle::consensus_for(std::string_view indicator_id) const {
  auto it = consensus.find(indicator_id);
  return it == consensus.end() ? nullptr : &it->second;
}

Cycle cycle_from_json(const json& data, const RatingScale& scale, const std::string& path) {
  require_object(data, path);
  reject_unknown_keys(data, {"id", "name", "date", "participants", "consensus"}, path);
  Cycle cycle;
  cycle.id = require_text(data, "id", path);
  cycle.name = require_text(data, "name", path);
  cycle.date = require_text(data, "date", path);
  if (!is_iso_date(cycle.date))
    throw stempush::SectionError(child_path(path, "date"), "\"" + cycle.date + "\" is not a date (YYYY-MM-DD)");
  const json& participants = require_array(data, "participants", path);
  std::set<std::string> ids;
  for (size_t i = 0; i < participants.size(); ++i) {
    std::string p_path = child_path(child_path(path, "participants"), i);
    const json& item = require_object(participants[i], p_path);
    reject_unknown_keys(item, {"id", "name", "role", "ratings"}, p_path);
    Participant participant;
    participant.id = require_text(item, "id", p_path);
    if (!ids.insert(participant.id).second)
      throw stempush::SectionError(child_path(p_path, "id"), "\"" + participant.id + "\" is used twice in this cycle");
    participant.name = require_text(item, "name", p_path);
    participant.role = optional_text(item, "role", p_path);
    if (auto it = item.find("ratings"); it != item.end()) {
      std::string r_path = child_path(p_path, "ratings");
      require_object(*it, r_path);
      for (auto entry = it->begin(); entry != it->end(); ++entry) {
        std::string e_path = child_path(r_path, entry.key());
        require_object(entry.value(), e_path);
        reject_unknown_keys(entry.value(), {"state", "level", "evidence", "links", "note"}, e_path);
        Rating rating;
        read_state_and_level(entry.value(), scale, e_path, &rating.state, &rating.level);
        rating.evidence = optional_text(entry.value(), "evidence", e_path);
        rating.links = optional_text_list(entry.value(), "links", e_path);
        rating.note = optional_text(entry.value(), "note", e_path);
        participant.ratings.emplace(entry.key(), std::move(rating));
      }
    }
    cycle.participants.push_back(std::move(participant));
  }
  if (auto it = data.find("consensus"); it != data.end()) {
    std::string c_path = child_path(path, "consensus");
    require_object(*it, c_path);
    for (auto entry = it->begin(); entry != it->end(); ++entry) {
      std::string e_path = child_path(c_path, entry.key());
      require_object(entry.value(), e_path);
      reject_unknown_keys(entry.value(), {"state", "level", "rationale"}, e_path);
      Consensus consensus;
      read_state_and_level(entry.value(), scale, e_path, &consensus.state, &consensus.level);
      consensus.rationale = optional_text(entry.value(), "rationale", e_path);
      cycle.consensus.emplace(entry.key(), std::move(consensus));
    }
  }
  return cycle;
}

json rating_to_json(const Rating& r) {
  json item = state_json(r.state, r.level);
  if (!r.evidence.empty()) item["evidence"] = r.evidence;
  if (!r.links.empty()) item["links"] = r.links;
  if (!r.note.empty()) item["note"] = r.note;
  return item;
}

json cycle_to_json(const Cycle& cycle) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  json out;
  out["id"] = cycle.id;
  out["name"] = cycle.name;
  out["date"] = cycle.date;
  json& participants = out["participants"] = json::array();
  for (auto& p : cycle.participants) {
    json& jp = participants.emplace_back();
    jp["id"] = p.id;
    jp["name"] = p.name;
    jp["role"] = p.role;
    json& ratings = jp["ratings"] = json::object();
    for (auto& [indicator_id, r] : p.ratings)
      if (!r.empty()) ratings[indicator_id] = rating_to_json(r);
  }
  json& consensus = out["consensus"] = json::object();
  for (auto& [indicator_id, c] : cycle.consensus) {
    json& item = consensus[indicator_id] = state_json(c.state, c.level);
    if (!c.rationale.empty()) item["rationale"] = c.rationale;
  }
  return out;
}

}  // namespace self_study
