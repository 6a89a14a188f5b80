// A self-study cycle: who took part, what each of them rated, and what the team agreed.
//
// A rating has a state as well as a level because "not applicable" and "don't know" are answers,
// not gaps: they are counted apart from the levels and never pulled into a mean.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "self_study/model/framework.hpp"

namespace self_study {

enum class RatingState { Unrated, Rated, NotApplicable, DontKnow };
const char* to_string(RatingState state);                  // "unrated", "rated", "not_applicable", "dont_know"
std::optional<RatingState> rating_state_from(std::string_view text);

// One participant's answer for one indicator.
struct Rating {
  RatingState state = RatingState::Unrated;
  int level = 0;                   // a scale value when state == Rated, else 0
  std::string evidence;            // what they based it on
  std::vector<std::string> links;  // documents, photos, pages that show it
  std::string note;                // anything else (a question for the team)
  bool answered() const { return state != RatingState::Unrated; }
  // True when there is nothing worth keeping (unrated, no text): such ratings are not stored.
  bool empty() const { return state == RatingState::Unrated && evidence.empty() && links.empty() && note.empty(); }
  bool operator==(const Rating& o) const {
    return state == o.state && level == o.level && evidence == o.evidence && links == o.links && note == o.note;
  }
};

struct Participant {
  std::string id;    // stable within the cycle ("p1"); names can change
  std::string name;
  std::string role;  // "Director", "Instructor", "Student alum"...
  std::map<std::string, Rating, std::less<>> ratings;  // by indicator id; absent = unrated
  const Rating* rating(std::string_view indicator_id) const;
};

// The team's agreed answer for an indicator.
struct Consensus {
  RatingState state = RatingState::Unrated;
  int level = 0;
  std::string rationale;  // why the team settled there (the sheet's reflection column)
  bool operator==(const Consensus& o) const { return state == o.state && level == o.level && rationale == o.rationale; }
};

struct Cycle {
  std::string id;    // "c1"; stable
  std::string name;  // "Fall 2026 self-study"
  std::string date;  // YYYY-MM-DD; orders cycles for change over time
  std::vector<Participant> participants;
  std::map<std::string, Consensus, std::less<>> consensus;  // by indicator id; absent = none yet

  const Participant* participant(std::string_view participant_id) const;
  Participant* participant(std::string_view participant_id);
  const Consensus* consensus_for(std::string_view indicator_id) const;
};

// JSON of a cycle (inside the section). `scale` bounds the levels; `path` prefixes error paths.
Cycle cycle_from_json(const nlohmann::json& data, const RatingScale& scale, const std::string& path);
nlohmann::json cycle_to_json(const Cycle& cycle);
nlohmann::json rating_to_json(const Rating& rating);  // as cycle_to_json stores it

}  // namespace self_study
