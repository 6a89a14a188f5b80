// The guest-speaker routine's data: the students' interest survey, the speaker roster, and the
// visits (plan, structure, brief edits, exit ticket, reflection). Plain structs a view binds to;
// the rules live in the functions beside them. The two surveys are the core's survey service
// (stempush/survey.hpp) with fixed item banks read from assets/, so only answers are stored.
#pragma once
#include <string>
#include <vector>

#include "stempush/i18n.hpp"
#include "stempush/survey.hpp"

namespace guest_speaker {

namespace sv = stempush::survey;
using stempush::i18n::Language;
using sv::LocalText;

struct Speaker {
  std::string id;  // "s3": stable, never reused
  std::string name, field, role, employer, college_path;
  std::vector<std::string> languages;
  // What they can speak to: interest option ids or texts ("engineering", "Costos y ayuda").
  std::vector<std::string> topics;
  std::string contact, availability, past_visits;
  bool operator==(const Speaker& o) const;
};

struct Step {  // one part of a visit's structure
  std::string title;
  int minutes = 5;
  std::string notes;
  bool operator==(const Step& o) const { return title == o.title && minutes == o.minutes && notes == o.notes; }
};

// What staff changed in a visit's brief before exporting it; an empty field means "the generated
// text" so that a brief nobody edited keeps following the data.
struct BriefEdits {
  std::string note;       // a personal message to the speaker, first in the brief
  std::string students;   // who the students are
  std::string questions;  // one question per line
  std::string guidance;   // affirming and practical content
};

struct Reflection {  // the facilitator's, after the visit
  std::string what_happened, students_took, next_time;
};

inline constexpr int kMaxDuration = 600;  // minutes

struct Visit {
  std::string id;  // "v4": stable (the calendar UID is made from it), never reused
  std::string title;
  std::string speaker_id;  // "" while no speaker is chosen
  std::string date;        // YYYY-MM-DD or "" while undecided
  std::string start = "15:30";
  int duration = 60;       // minutes
  std::string location;    // a place or a meeting link
  std::string grade_band;  // "9-10"
  int expected_students = 0;
  int sequence = 0;        // raised when date, time or place change (calendar updates)
  std::vector<Step> structure;
  BriefEdits brief;
  sv::ResponseSet ticket;  // exit-ticket answers
  Reflection reflection;
};

struct GuestSpeakerData {
  std::string time_zone = "UTC";  // of every visit's times; "UTC" or a calendar zone id
  sv::ResponseSet interests;
  std::vector<Speaker> speakers;
  std::vector<Visit> visits;
  std::string pin_hash;  // the kiosk's staff PIN (salted hash)
  int next_id = 1;       // for the next speaker or visit id

  Speaker* find_speaker(const std::string& id);
  const Speaker* find_speaker(const std::string& id) const;
  Visit* find_visit(const std::string& id);
  const Visit* find_visit(const std::string& id) const;
};

// The package's content, from assets/ (parsed once).
struct Guidance {
  std::vector<LocalText> affirming, practical;
};
const sv::ItemBank& interest_bank();
const sv::ItemBank& ticket_bank();
std::vector<Step> default_structure(Language lang);
const Guidance& guidance();

// New records with fresh ids (next_id advances).
Speaker& add_speaker(GuestSpeakerData& data);
Visit& add_visit(GuestSpeakerData& data, Language lang);
bool remove_speaker(GuestSpeakerData& data, const std::string& id);  // visits keep the id; shown as "removed"
bool remove_visit(GuestSpeakerData& data, const std::string& id);

int total_minutes(const Visit& visit);
// Moves structure step `from` to `to`; false when either is out of range.
bool move_step(Visit& visit, size_t from, size_t to);
// Makes the steps fill the visit's duration: each step keeps its share, rounded so the total is
// exact (at least 1 minute each). Used when staff change the duration ("re-time").
void retime(Visit& visit, int new_duration);

// The term a date falls in: "Spring 2027" (January-May), "Summer 2027" (June-July), "Fall 2026"
// (August-December), with the term's first day; empty for a date that is not YYYY-MM-DD.
struct Term {
  std::string name, first_day;
};
Term term_of(const std::string& date);

// "a; b" lists (roster CSV cells, list fields typed in one box) and back.
std::vector<std::string> split_list(const std::string& text);
std::string join_list(const std::vector<std::string>& items);

}  // namespace guest_speaker
