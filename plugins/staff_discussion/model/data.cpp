// The rules of the discussion data (see data.hpp) and the default plan read from assets/.
#include "staff_discussion/model/data.hpp"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "staff_discussion_assets.hpp"
#include "stempush/dates.hpp"

namespace staff_discussion {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

template <class T>
T* find_by_id(std::vector<T>& list, const std::string& id) {
  for (auto& x : list)
    if (x.id == id) return &x;
  return nullptr;
}
template <class T>
const T* find_by_id(const std::vector<T>& list, const std::string& id) {
  for (auto& x : list)
    if (x.id == id) return &x;
  return nullptr;
}

}  // namespace

const char* status_id(ChangeStatus s) {
  switch (s) {
    case ChangeStatus::Planned: return "planned";
    case ChangeStatus::Trying: return "trying";
    case ChangeStatus::Adopted: return "adopted";
    case ChangeStatus::Dropped: return "dropped";
  }
  return "planned";
}

std::optional<ChangeStatus> parse_status(const std::string& id) {
  for (ChangeStatus s : kAllStatuses)
    if (id == status_id(s)) return s;
  return std::nullopt;
}

Card* Session::card(const std::string& id) { return find_by_id(cards, id); }
const Card* Session::card(const std::string& id) const { return find_by_id(cards, id); }
Theme* Session::theme(const std::string& id) { return find_by_id(themes, id); }
const Theme* Session::theme(const std::string& id) const { return find_by_id(themes, id); }
PracticeChange* Session::change(const std::string& id) { return find_by_id(changes, id); }
const PracticeChange* Session::change(const std::string& id) const { return find_by_id(changes, id); }

std::vector<const Card*> Session::cards_in(const std::string& theme_id) const {
  std::vector<const Card*> out;
  for (auto& c : cards)
    if (c.theme_id == theme_id) out.push_back(&c);
  return out;
}

Session* DiscussionData::session(const std::string& id) { return find_by_id(sessions, id); }
const Session* DiscussionData::session(const std::string& id) const { return find_by_id(sessions, id); }
std::string DiscussionData::new_id(const char* prefix) { return prefix + std::to_string(next_id++); }

Session default_session(Language lang) {
  const char* name = lang == Language::Spanish ? "session-default.es.json" : "session-default.en.json";
  const auto text = staff_discussion_assets::asset(name);
  if (text.empty()) throw std::logic_error(std::string("missing compiled-in asset ") + name);
  const auto j = nlohmann::json::parse(text);  // a broken asset is a build bug; a unit test loads both
  Session s;
  for (auto& a : j.at("agreements")) s.agreements.push_back(a.get<std::string>());
  for (auto& step : j.at("steps"))
    s.steps.push_back({step.at("title").get<std::string>(), step.at("minutes").get<int>(),
                       step.at("prompt").get<std::string>(), step.at("notes").get<std::string>(), ""});
  return s;
}

int total_minutes(const Session& s) {
  int total = 0;
  for (auto& step : s.steps) total += step.minutes;
  return total;
}

std::string add_session(DiscussionData& data, Language lang, std::string title) {
  Session s = default_session(lang);
  s.id = data.new_id("s");
  s.title = std::move(title);
  data.sessions.push_back(std::move(s));
  return data.sessions.back().id;
}

bool remove_session(DiscussionData& data, const std::string& session_id) {
  auto& list = data.sessions;
  auto it = std::find_if(list.begin(), list.end(), [&](const Session& s) { return s.id == session_id; });
  if (it == list.end()) return false;
  list.erase(it);
  return true;
}

std::string add_card(DiscussionData& data, Session& s, const std::string& text, const std::string& theme_id) {
  std::string clean = trimmed(text);
  if (clean.empty()) return {};
  if (!theme_id.empty() && !s.theme(theme_id)) return {};
  s.cards.push_back({data.new_id("k"), std::move(clean), theme_id, ""});
  return s.cards.back().id;
}

bool remove_card(Session& s, const std::string& card_id) {
  auto before = s.cards.size();
  s.cards.erase(std::remove_if(s.cards.begin(), s.cards.end(), [&](const Card& c) { return c.id == card_id; }),
                s.cards.end());
  return s.cards.size() != before;
}

std::string add_theme(DiscussionData& data, Session& s, std::string name) {
  s.themes.push_back({data.new_id("t"), trimmed(name)});
  return s.themes.back().id;
}

bool move_card(Session& s, const std::string& card_id, const std::string& theme_id) {
  Card* c = s.card(card_id);
  if (!c || (!theme_id.empty() && !s.theme(theme_id))) return false;
  c->theme_id = theme_id;
  return true;
}

std::string group_cards(DiscussionData& data, Session& s, const std::vector<std::string>& card_ids, std::string name) {
  for (auto& id : card_ids)
    if (!s.card(id)) return {};
  std::string theme = add_theme(data, s, std::move(name));
  for (auto& id : card_ids) move_card(s, id, theme);
  return theme;
}

bool remove_theme(Session& s, const std::string& theme_id) {
  auto it = std::find_if(s.themes.begin(), s.themes.end(), [&](const Theme& t) { return t.id == theme_id; });
  if (it == s.themes.end()) return false;
  s.themes.erase(it);
  for (auto& c : s.cards)
    if (c.theme_id == theme_id) c.theme_id.clear();
  for (auto& change : s.changes)
    if (change.theme_id == theme_id) change.theme_id.clear();
  return true;
}

bool rename_theme(Session& s, const std::string& theme_id, std::string name) {
  Theme* t = s.theme(theme_id);
  if (!t) return false;
  t->name = std::move(name);
  return true;
}

bool shift_card(Session& s, const std::string& card_id, int delta) {
  Card* c = s.card(card_id);
  if (!c) return false;
  // Column 0 is "ungrouped", then the themes in board order.
  long column = 0;
  for (size_t i = 0; i < s.themes.size(); ++i)
    if (s.themes[i].id == c->theme_id) column = long(i) + 1;
  const long target = column + delta;
  if (target < 0 || target > long(s.themes.size()) || delta == 0) return false;
  c->theme_id = target == 0 ? std::string() : s.themes[size_t(target - 1)].id;
  return true;
}

std::string add_change(DiscussionData& data, Session& s, const std::string& theme_id, std::string what) {
  if (!theme_id.empty() && !s.theme(theme_id)) return {};
  PracticeChange c;
  c.id = data.new_id("c");
  c.theme_id = theme_id;
  c.what = trimmed(what);
  s.changes.push_back(std::move(c));
  return s.changes.back().id;
}

bool remove_change(Session& s, const std::string& change_id) {
  auto before = s.changes.size();
  s.changes.erase(std::remove_if(s.changes.begin(), s.changes.end(),
                                 [&](const PracticeChange& c) { return c.id == change_id; }),
                  s.changes.end());
  return s.changes.size() != before;
}

bool set_status(Session& s, const std::string& change_id, ChangeStatus status) {
  PracticeChange* c = s.change(change_id);
  if (!c) return false;
  c->status = status;
  return true;
}

std::string change_item_id(const Session& s, const PracticeChange& c) { return s.id + "/" + c.id; }

bool split_item_id(const std::string& item_id, std::string* session_id, std::string* change_id) {
  const auto slash = item_id.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == item_id.size()) return false;
  *session_id = item_id.substr(0, slash);
  *change_id = item_id.substr(slash + 1);
  return true;
}

std::vector<std::string> problems(const DiscussionData& data) {
  std::vector<std::string> out;
  for (auto& s : data.sessions) {
    const std::string where = "session \"" + (s.title.empty() ? s.id : s.title) + "\"";
    if (!s.date.empty() && !stempush::is_iso_date(s.date)) out.push_back(where + ": the date is not YYYY-MM-DD");
    // Unnamed themes and empty changes are work in progress, not problems: only wrong data counts.
    for (auto& c : s.changes) {
      if (!c.by_when.empty() && !stempush::is_iso_date(c.by_when))
        out.push_back(where + ": practice change \"" + c.what + "\" has a date that is not YYYY-MM-DD");
    }
  }
  return out;
}

}  // namespace staff_discussion
