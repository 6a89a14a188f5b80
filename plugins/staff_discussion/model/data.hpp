// The staff-discussion plugin's data: sessions of the Network's discussion routine on the
// subjectivity of STEM and racism, each with its plan (date, roles, readings, agreements, timed
// protocol), what the group captured (notes per step, one-sentence cards grouped into named
// themes) and what it will do (practice changes with status, optionally sent to the improvement
// engine's driver diagram). Plain structs a view binds to, and the edits as functions beside them
// so that the unit tests and the CLI use the same rules as the app.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "stempush/handoff.hpp"
#include "stempush/i18n.hpp"

namespace staff_discussion {

using stempush::i18n::Language;

struct Reading {  // pre-reading or media
  std::string title;
  std::string link;  // a URL or a citation
  std::string why;   // why the group reads it
};

struct ProtocolStep {
  std::string title;
  int minutes = 10;
  std::string prompt;  // the question projected to the room
  std::string notes;   // for the facilitator
  std::string captured;  // what the group noted during the step (private unless shared)
};

// One idea that came up, in a sentence. Anonymous unless the group chose to attribute it.
struct Card {
  std::string id;
  std::string text;
  std::string theme_id;     // "" while ungrouped
  std::string attribution;  // "" (the default): nobody's name
};

struct Theme {
  std::string id;
  std::string name;
};

enum class ChangeStatus { Planned, Trying, Adopted, Dropped };
inline constexpr ChangeStatus kAllStatuses[] = {ChangeStatus::Planned, ChangeStatus::Trying, ChangeStatus::Adopted,
                                                ChangeStatus::Dropped};
const char* status_id(ChangeStatus s);  // "planned", "trying", "adopted", "dropped"
std::optional<ChangeStatus> parse_status(const std::string& id);

struct PracticeChange {
  std::string id;
  std::string theme_id;  // the theme it answers ("" if the theme was removed)
  std::string what, who, by_when, how_we_know;  // by_when: YYYY-MM-DD or ""
  ChangeStatus status = ChangeStatus::Planned;
  // The change idea it became in another plugin (the improvement engine's driver diagram).
  std::optional<stempush::HandoffLink> change_idea;
};

struct Session {
  std::string id;  // "s1"
  std::string title;
  std::string date;  // YYYY-MM-DD or ""
  std::vector<std::string> roles;  // who takes part, by role ("program lead", "instructor")
  std::vector<Reading> readings;
  std::vector<std::string> agreements;
  std::vector<ProtocolStep> steps;
  std::vector<Card> cards;
  std::vector<Theme> themes;
  std::vector<PracticeChange> changes;

  Card* card(const std::string& id);
  const Card* card(const std::string& id) const;
  Theme* theme(const std::string& id);
  const Theme* theme(const std::string& id) const;
  PracticeChange* change(const std::string& id);
  const PracticeChange* change(const std::string& id) const;
  std::vector<const Card*> cards_in(const std::string& theme_id) const;  // "" = ungrouped
};

inline constexpr int kDefaultYearStartMonth = 8;  // August: the school year

struct DiscussionData {
  std::vector<Session> sessions;
  int next_id = 1;  // ids are never reused: links from other plugins keep pointing at the right item
  int year_start_month = kDefaultYearStartMonth;  // the program year starts in this month (1..12; year.hpp)

  Session* session(const std::string& id);
  const Session* session(const std::string& id) const;
  std::string new_id(const char* prefix);
};

// ---- Plan ----
// A session with the package's default agreements and protocol in `lang` (assets/).
Session default_session(Language lang);
int total_minutes(const Session& s);
// Appends a new session (default plan) and returns its id.
std::string add_session(DiscussionData& data, Language lang, std::string title);
bool remove_session(DiscussionData& data, const std::string& session_id);
// Moves element `from` to `to` in any list (steps, agreements); false if either is out of range.
template <class T>
bool move_item(std::vector<T>& list, size_t from, size_t to) {
  if (from >= list.size() || to >= list.size()) return false;
  T moved = std::move(list[from]);
  list.erase(list.begin() + long(from));
  list.insert(list.begin() + long(to), std::move(moved));
  return true;
}

// ---- Capture ----
// Adds a card (trimmed text; "" when the text is blank and nothing is added) and returns its id.
std::string add_card(DiscussionData& data, Session& s, const std::string& text, const std::string& theme_id = {});
bool remove_card(Session& s, const std::string& card_id);
// A new theme named `name` (may be empty until the group names it); returns its id.
std::string add_theme(DiscussionData& data, Session& s, std::string name);
// Puts the card in the theme ("" ungroups it); false if either does not exist.
bool move_card(Session& s, const std::string& card_id, const std::string& theme_id);
// Groups cards into a new theme in one step (the keyboard's "group selected"); returns its id.
std::string group_cards(DiscussionData& data, Session& s, const std::vector<std::string>& card_ids, std::string name);
// Removes the theme; its cards become ungrouped (never lost) and its changes keep their text.
bool remove_theme(Session& s, const std::string& theme_id);
bool rename_theme(Session& s, const std::string& theme_id, std::string name);
// Moves a card one theme left/right along the board (ungrouped, theme 1, theme 2, ...).
bool shift_card(Session& s, const std::string& card_id, int delta);

// ---- Act ----
std::string add_change(DiscussionData& data, Session& s, const std::string& theme_id, std::string what);
bool remove_change(Session& s, const std::string& change_id);
bool set_status(Session& s, const std::string& change_id, ChangeStatus status);

// The id other plugins use for a practice change ("s1/c7"), and back.
std::string change_item_id(const Session& s, const PracticeChange& c);
bool split_item_id(const std::string& item_id, std::string* session_id, std::string* change_id);

// Problems in data that loaded (`stempush-cli validate` lists them): dates that are not YYYY-MM-DD.
std::vector<std::string> problems(const DiscussionData& data);

}  // namespace staff_discussion
