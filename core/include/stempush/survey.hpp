// Surveys as a core service: a plugin defines its items once and gets three ways of collecting
// answers (kiosk mode on a shared device, CSV import, a typed grid), all landing in one
// ResponseSet with the same rules (anonymous codes, one response per code, valid answers).
//
// A plugin that collects a 3-question survey:
//
//   using namespace stempush::survey;
//   ItemBank bank;
//   bank.items.push_back(scale_item("felt_welcome", {"I felt welcome.", "Me sentí bienvenido."}, 5));
//   bank.items.push_back(choice_item("liked", {"What did you like?", "¿Qué te gustó?"},
//                                    {{"talks", {"Talks", "Charlas"}}, {"lab", {"Lab", "Laboratorio"}}},
//                                    /*multiple*/ true));
//   bank.items.push_back(text_item("idea", {"One idea for next time", "Una idea para la próxima vez"}));
//   ResponseSet responses;  // saved in the plugin's section: responses_to_json / read_responses
//
// and in its view (stempush/ui/survey_ui.hpp):
//
//   ui::SurveyCollector collector;  // a member of the view: remembers the kiosk, import, grid
//   if (collector.draw_running_kiosk(ctx, commit)) return;  // the kiosk takes the whole screen
//   collector.draw(ctx, {{"After the session", &bank, &responses}}, pin_hash, commit);
//
// The pieces: this file (items, answers, codes, JSON, grid edits), survey_kiosk.hpp (the kiosk
// state machine and the staff PIN), survey_import.hpp (the CSV import job). All pure C++: the
// command-line tool and unit tests use them without Dear ImGui.
#pragma once
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/i18n.hpp"

namespace stempush::survey {

using i18n::Language;

// Text shown to students and families exists in English and (optionally) Spanish.
struct LocalText {
  std::string en, es;
  // Spanish when asked and present, English otherwise (a missing translation never shows blank).
  const std::string& in(Language lang) const { return (lang == Language::Spanish && !es.empty()) ? es : en; }
  bool operator==(const LocalText& o) const { return en == o.en && es == o.es; }
};

// ---- Items --------------------------------------------------------------------------------------
inline constexpr int kMinPoints = 4, kMaxPoints = 7;  // scale items: 4 to 7 points

enum class ItemType { Scale, SingleChoice, MultipleChoice, ShortText };
const char* item_type_name(ItemType type);  // "scale", "single", "multiple", "text" (the JSON names)
std::optional<ItemType> parse_item_type(std::string_view name);

struct Option {     // one choice of a choice item
  std::string id;   // stable key stored in answers; [a-z0-9_], unique within the item
  LocalText text;
};

struct Subscale {   // items scored together (a mean per student); may be unused
  std::string id;
  LocalText name;
};

struct Item {
  std::string id;                 // stable key of the answers; [a-z0-9_], unique
  std::string subscale;           // a Subscale id, or "" for an item outside any subscale
  LocalText text;
  int points = 5;                 // Scale: answers are 1..points
  std::vector<LocalText> labels;  // Scale: one per point, 1 first
  bool reverse = false;           // Scale: agreeing means less of the trait: scored points+1-answer
  bool custom = false;            // added by the program's staff, not from a default bank
  // (after the fields above so that existing aggregate initialisers of scale items still read right)
  ItemType type = ItemType::Scale;
  std::vector<Option> options;    // SingleChoice / MultipleChoice
  const Option* find_option(std::string_view id) const;
};

struct ItemBank {
  std::vector<Subscale> subscales;
  std::vector<Item> items;
  const Item* find(std::string_view id) const;
  const Subscale* find_subscale(std::string_view id) const;
};

// Makers for the common cases (id, text in both languages).
Item scale_item(std::string id, LocalText text, int points, bool reverse = false);
Item choice_item(std::string id, LocalText text, std::vector<Option> options, bool multiple = false);
Item text_item(std::string id, LocalText text);

// Agree/disagree labels in both languages for 4..7 points.
std::vector<LocalText> agree_labels(int points);
// Problems with one item (id, text, scale points and labels, options, unknown subscale).
std::vector<std::string> item_problems(const Item& item, const ItemBank& bank);

// ---- Answers ------------------------------------------------------------------------------------
inline constexpr size_t kMaxTextAnswer = 500;  // bytes of a short-text answer

// One answer in one word (8 bytes): a large import holds millions of answers, nearly all scale
// points. The word is either a scale point, tagged by its lowest bit, or a pointer to the choices
// or written text the other item types need (a heap address, so its lowest bit is 0), owned by
// the answer. With the id beside it, an answer map's entry is 16 bytes (issue 12 point 6: a
// 100k-response import held 96 bytes per answer with the choices and text inline).
class Answer {
 public:
  Answer() = default;
  Answer(int scale_point)  // NOLINT: a scale answer reads as its number
      : bits_(scale_point ? (uintptr_t(intptr_t(scale_point)) << 1) | kPointTag : 0) {}
  static Answer choices(std::vector<std::string> option_ids);
  static Answer written(std::string text);
  Answer(const Answer& other);
  Answer& operator=(const Answer& other) {
    if (this != &other) *this = Answer(other);
    return *this;
  }
  Answer(Answer&& other) noexcept : bits_(other.bits_) { other.bits_ = 0; }
  Answer& operator=(Answer&& other) noexcept {
    if (this != &other) {
      release();
      bits_ = other.bits_;
      other.bits_ = 0;
    }
    return *this;
  }
  ~Answer() { release(); }

  // Scale: 1..points; 0 for other answers.
  int point() const { return (bits_ & kPointTag) ? int(intptr_t(bits_) >> 1) : 0; }
  // SingleChoice (one id) / MultipleChoice (ids in option order); empty for other answers.
  const std::vector<std::string>& chosen() const { return words() ? words()->chosen : no_choices(); }
  // ShortText; empty for other answers.
  const std::string& text() const { return words() ? words()->text : no_text(); }
  bool empty() const { return bits_ == 0; }  // choices and text are only held when not empty
  bool operator==(const Answer& o) const { return point() == o.point() && chosen() == o.chosen() && text() == o.text(); }
  bool operator!=(const Answer& o) const { return !(*this == o); }

 private:
  struct Words {
    std::vector<std::string> chosen;
    std::string text;
  };
  static constexpr uintptr_t kPointTag = 1;
  explicit Answer(Words words);  // owns a copy on the heap
  const Words* words() const { return (bits_ && !(bits_ & kPointTag)) ? reinterpret_cast<const Words*>(bits_) : nullptr; }
  void release() {
    delete words();
    bits_ = 0;
  }
  static const std::vector<std::string>& no_choices();
  static const std::string& no_text();
  uintptr_t bits_ = 0;  // 0: blank
};

// Why `answer` is not a valid answer to `item` (a sentence), or "" when it is.
std::string answer_problem(const Item& item, const Answer& answer);
// Scale answer after reverse coding: points + 1 - answer for reverse items.
int scored_value(const Item& item, int answer);

// Parses a cell typed or exported for `item` (CSV import, the grid). nullopt when the cell is
// not an answer; an empty Answer when the cell is blank (a skipped question).
//  - Scale: "4", "4 - Agree", "4.0", or a label in either language;
//  - SingleChoice: an option's id or its text in either language;
//  - MultipleChoice: options separated by ";" (Google Forms writes "a; b"), each as above;
//  - ShortText: the text, trimmed (at most kMaxTextAnswer bytes).
// Matching ignores case, accents' capitals and runs of spaces (see fold()).
std::optional<Answer> parse_answer(const Item& item, std::string_view cell);
// The cell a grid or a CSV export shows: "4", "talks; lab", the text. Reads back by parse_answer.
std::string answer_cell(const Item& item, const Answer& answer);
// The cell a CSV export that people read shows, in `lang`: a scale answer's number, the chosen
// options' texts ("Lab work; Talks"), the text. No option id: parse_answer reads the texts back
// (in either language), so the export still re-imports.
std::string answer_cell(const Item& item, const Answer& answer, Language lang);
// The answer in words in a language: a scale label, option texts, the text.
std::string answer_words(const Item& item, const Answer& answer, Language lang);

// Lower-case ASCII and Latin-1 capitals, trimmed, inner runs of white space collapsed: for
// matching headers, labels and options.
std::string fold(std::string_view text);

// ---- Anonymous codes ----------------------------------------------------------------------------
// 3 to 12 letters, digits or '-', with at least one digit, so that a name ("Maria") is never
// accepted as a code. Stored upper-case.
std::optional<std::string> normalize_code(std::string_view raw);
std::string code_problem(std::string_view raw);  // why `raw` is not a valid code ("" if it is)

// ---- Responses ----------------------------------------------------------------------------------
// One response's answers by item id, in id order: the part of std::map's interface the toolkit
// uses, over one sorted vector (one allocation per response instead of one node per answer, and
// read in order from contiguous memory: a 200,000-response results page walks them all).
// Unlike std::map, an insert or erase moves the entries: do not keep a reference across one.
// The ids are pointers to one shared copy of each item id (ItemId): a survey has a few dozen item
// ids and a large import millions of answers, so each answer holds 8 bytes of id, not a 32-byte
// string of its own (nor a 16-byte view).
class ItemId {
 public:
  explicit ItemId(std::string_view id);  // the shared copy of `id`, made on first use
  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT: reads as the id
  operator std::string_view() const { return *text_; }    // NOLINT
  friend bool operator==(ItemId a, ItemId b) { return a.text_ == b.text_; }  // one copy per id
  friend bool operator!=(ItemId a, ItemId b) { return a.text_ != b.text_; }
  friend bool operator==(ItemId a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(std::string_view a, ItemId b) { return a == *b.text_; }
  friend bool operator!=(ItemId a, std::string_view b) { return *a.text_ != b; }
  friend bool operator!=(std::string_view a, ItemId b) { return a != *b.text_; }
  friend bool operator<(ItemId a, std::string_view b) { return std::string_view(*a.text_) < b; }

 private:
  const std::string* text_;
};
class AnswerMap {
 public:
  using value_type = std::pair<ItemId, Answer>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  AnswerMap() = default;
  AnswerMap(std::initializer_list<std::pair<std::string_view, Answer>> init) {  // as std::map: the first of a repeated id wins
    for (auto& v : init) emplace(v.first, v.second);
  }
  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  void clear() { items_.clear(); }
  void reserve(size_t n) { items_.reserve(n); }

  iterator find(std::string_view id) {
    auto it = lower_bound(id);
    return it != items_.end() && it->first == id ? it : items_.end();
  }
  const_iterator find(std::string_view id) const { return const_cast<AnswerMap*>(this)->find(id); }
  size_t count(std::string_view id) const { return find(id) != end() ? 1 : 0; }
  const Answer& at(std::string_view id) const;  // throws std::out_of_range
  Answer& operator[](std::string_view id) {
    auto it = lower_bound(id);
    if (it == items_.end() || it->first != id) it = items_.insert(it, value_type(ItemId(id), Answer{}));
    return it->second;
  }
  // Inserts unless the id is there (then returns it, unchanged).
  std::pair<iterator, bool> emplace(std::string_view id, Answer answer) {
    auto it = lower_bound(id);
    if (it != items_.end() && it->first == id) return {it, false};
    return {items_.insert(it, value_type(ItemId(id), std::move(answer))), true};
  }
  // Appends when `id` comes after every id already there (an import adds them in order).
  iterator emplace_hint(const_iterator, ItemId id, Answer answer) {
    if (items_.empty() || items_.back().first < id) {
      items_.emplace_back(id, std::move(answer));
      return items_.end() - 1;
    }
    return emplace(id, std::move(answer)).first;
  }
  size_t erase(std::string_view id) {
    auto it = find(id);
    if (it == items_.end()) return 0;
    items_.erase(it);
    return 1;
  }
  iterator erase(const_iterator it) { return items_.erase(it); }
  bool operator==(const AnswerMap& o) const { return items_ == o.items_; }
  bool operator!=(const AnswerMap& o) const { return !(*this == o); }

 private:
  iterator lower_bound(std::string_view id) {
    return std::lower_bound(items_.begin(), items_.end(), id,
                            [](const value_type& v, std::string_view key) { return v.first < key; });
  }
  std::vector<value_type> items_;
};

struct Response {
  std::string code;                       // normalized anonymous code
  std::string group;                      // optional student group ("9th grade"); may be empty
  AnswerMap answers;                      // item id -> answer; unanswered items are absent
  // Kept by staff when a kiosk was closed before the student finished (stored as "partial": true).
  bool partial = false;
};

// The responses of one survey administration (belonging has two: before and after a session).
struct ResponseSet {
  std::vector<Response> responses;  // at most one per code, in the order they came
  Response* find(std::string_view code);
  const Response* find(std::string_view code) const;

  // Grid edits, one cell at a time. Each returns a sentence saying why it was refused, or "".
  // set_answer creates the student's response when needed; an empty Answer clears the cell.
  std::string set_answer(const ItemBank& bank, std::string_view raw_code, const std::string& item_id, Answer answer);
  // Parses `cell` as parse_answer does, then set_answer.
  std::string set_cell(const ItemBank& bank, std::string_view raw_code, const std::string& item_id, std::string_view cell);
  std::string add_student(std::string_view raw_code);  // an empty row, for the grid
  std::string set_group(std::string_view raw_code, const std::string& group);
  bool remove(std::string_view code);
};

// ---- JSON (a plugin's section) ------------------------------------------------------------------
// Items: [{"id", "type", "subscale", "en", "es", "points", "labels", "reverse", "custom", "options"}].
// Answers: a scale point is a number, a single choice its option id, a multiple choice a list of
// ids, a short text a string.
nlohmann::json items_to_json(const std::vector<Item>& items);
nlohmann::json subscales_to_json(const std::vector<Subscale>& subscales);
nlohmann::json responses_to_json(const ResponseSet& set, const ItemBank& bank);
// Readers throw stempush::SectionError naming the JSON pointer of the bad field; `path` is the
// pointer of the list itself ("/items"). read_items checks each item against `bank` (subscales
// and items already read) and appends.
std::vector<Subscale> read_subscales(const nlohmann::json& list, const std::string& path);
void read_items(const nlohmann::json& list, const std::string& path, ItemBank& bank);
ResponseSet read_responses(const nlohmann::json& list, const std::string& path, const ItemBank& bank);
nlohmann::json answer_to_json(const Item& item, const Answer& answer);

}  // namespace stempush::survey
