// Survey items, answers, codes and their JSON (see survey.hpp).
#include "stempush/survey.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <mutex>
#include <set>
#include <stdexcept>

#include "stempush/json_reader.hpp"
#include "stempush/plugin.hpp"

namespace stempush::survey {

const char* item_type_name(ItemType type) {
  switch (type) {
    case ItemType::Scale: return "scale";
    case ItemType::SingleChoice: return "single";
    case ItemType::MultipleChoice: return "multiple";
    case ItemType::ShortText: return "text";
  }
  return "scale";
}

std::optional<ItemType> parse_item_type(std::string_view name) {
  for (ItemType t : {ItemType::Scale, ItemType::SingleChoice, ItemType::MultipleChoice, ItemType::ShortText})
    if (name == item_type_name(t)) return t;
  return std::nullopt;
}

const Option* Item::find_option(std::string_view id) const {
  for (auto& o : options)
    if (o.id == id) return &o;
  return nullptr;
}

const Item* ItemBank::find(std::string_view id) const {
  for (auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

const Subscale* ItemBank::find_subscale(std::string_view id) const {
  for (auto& s : subscales)
    if (s.id == id) return &s;
  return nullptr;
}

Item scale_item(std::string id, LocalText text, int points, bool reverse) {
  Item item;
  item.id = std::move(id);
  item.text = std::move(text);
  item.points = points;
  item.labels = agree_labels(points);
  item.reverse = reverse;
  return item;
}

Item choice_item(std::string id, LocalText text, std::vector<Option> options, bool multiple) {
  Item item;
  item.id = std::move(id);
  item.text = std::move(text);
  item.type = multiple ? ItemType::MultipleChoice : ItemType::SingleChoice;
  item.options = std::move(options);
  item.points = 0;
  return item;
}

Item text_item(std::string id, LocalText text) {
  Item item;
  item.id = std::move(id);
  item.text = std::move(text);
  item.type = ItemType::ShortText;
  item.points = 0;
  return item;
}

std::vector<LocalText> agree_labels(int points) {
  // Symmetric agree scales; the middle point exists only for odd counts.
  static const std::map<int, std::vector<LocalText>> kLabels = {
      {4, {{"Strongly disagree", "Totalmente en desacuerdo"}, {"Disagree", "En desacuerdo"},
           {"Agree", "De acuerdo"}, {"Strongly agree", "Totalmente de acuerdo"}}},
      {5, {{"Strongly disagree", "Totalmente en desacuerdo"}, {"Disagree", "En desacuerdo"},
           {"Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo"}, {"Agree", "De acuerdo"},
           {"Strongly agree", "Totalmente de acuerdo"}}},
      {6, {{"Strongly disagree", "Totalmente en desacuerdo"}, {"Disagree", "En desacuerdo"},
           {"Somewhat disagree", "Algo en desacuerdo"}, {"Somewhat agree", "Algo de acuerdo"},
           {"Agree", "De acuerdo"}, {"Strongly agree", "Totalmente de acuerdo"}}},
      {7, {{"Strongly disagree", "Totalmente en desacuerdo"}, {"Disagree", "En desacuerdo"},
           {"Somewhat disagree", "Algo en desacuerdo"}, {"Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo"},
           {"Somewhat agree", "Algo de acuerdo"}, {"Agree", "De acuerdo"}, {"Strongly agree", "Totalmente de acuerdo"}}}};
  auto it = kLabels.find(points);
  return it == kLabels.end() ? std::vector<LocalText>{} : it->second;
}

namespace {

bool is_id(const std::string& id) {
  return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
}

std::string trimmed(std::string_view text) {
  const char* space = " \t\r\n";
  size_t b = text.find_first_not_of(space);
  if (b == std::string_view::npos) return {};
  size_t e = text.find_last_not_of(space);
  return std::string(text.substr(b, e - b + 1));
}

// The option `cell` names (id, or text in either language), or null.
const Option* match_option(const Item& item, const std::string& folded) {
  for (auto& o : item.options)
    if (folded == o.id || folded == fold(o.text.en) || (!o.text.es.empty() && folded == fold(o.text.es))) return &o;
  return nullptr;
}

std::optional<int> parse_scale(const Item& item, const std::string& text) {
  // A leading number: "4", "4 - agree", "4. agree".
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits > 0 && digits <= 2) {
    bool rest_ok = digits == text.size() || text[digits] == ' ' || text[digits] == '-' || text[digits] == '.' ||
                   text[digits] == ')' || text[digits] == ':';
    if (digits == text.size() - 2 && text.substr(digits) == ".0") rest_ok = true;  // "4.0" from a spreadsheet
    if (rest_ok) {
      int value = 0;
      std::from_chars(text.data(), text.data() + digits, value);
      if (value >= 1 && value <= item.points) return value;
      return std::nullopt;
    }
  }
  for (size_t i = 0; i < item.labels.size(); ++i)
    if (text == fold(item.labels[i].en) || (!item.labels[i].es.empty() && text == fold(item.labels[i].es)))
      return int(i) + 1;
  return std::nullopt;
}

// Option ids in the item's order, without repeats: two spellings of one option count once.
std::vector<std::string> in_option_order(const Item& item, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (auto& o : item.options)
    if (std::find(ids.begin(), ids.end(), o.id) != ids.end()) out.push_back(o.id);
  return out;
}

}  // namespace

std::vector<std::string> item_problems(const Item& item, const ItemBank& bank) {
  std::vector<std::string> problems;
  std::string name = "item \"" + item.id + "\"";
  if (!is_id(item.id)) problems.push_back(name + ": the id must be lower-case letters, digits or _");
  if (item.text.en.empty()) problems.push_back(name + ": the English text is empty");
  if (item.type == ItemType::Scale) {
    if (item.points < kMinPoints || item.points > kMaxPoints)
      problems.push_back(name + ": the scale must have 4 to 7 points");
    else if (item.labels.size() != size_t(item.points))
      problems.push_back(name + ": needs one label per scale point (" + std::to_string(item.points) + ")");
  }
  if (item.type == ItemType::SingleChoice || item.type == ItemType::MultipleChoice) {
    if (item.options.size() < 2) problems.push_back(name + ": a choice needs at least 2 options");
    std::set<std::string> ids;
    for (auto& o : item.options) {
      if (!is_id(o.id)) problems.push_back(name + ": option id \"" + o.id + "\" must be lower-case letters, digits or _");
      if (!ids.insert(o.id).second) problems.push_back(name + ": option id \"" + o.id + "\" is used twice");
      if (o.text.en.empty()) problems.push_back(name + ": option \"" + o.id + "\" has no English text");
      // ";" separates the options of a multiple choice in a CSV cell.
      if (o.text.en.find(';') != std::string::npos || o.text.es.find(';') != std::string::npos)
        problems.push_back(name + ": option \"" + o.id + "\" may not contain \";\"");
    }
  }
  if (!item.subscale.empty() && !bank.find_subscale(item.subscale))
    problems.push_back(name + ": unknown subscale \"" + item.subscale + "\"");
  return problems;
}

Answer::Answer(Words words) : bits_(reinterpret_cast<uintptr_t>(new Words(std::move(words)))) {}

Answer Answer::choices(std::vector<std::string> option_ids) {
  return option_ids.empty() ? Answer() : Answer(Words{std::move(option_ids), {}});
}

Answer Answer::written(std::string text) { return text.empty() ? Answer() : Answer(Words{{}, std::move(text)}); }

Answer::Answer(const Answer& other) : bits_(other.bits_) {
  if (const Words* words = other.words()) bits_ = reinterpret_cast<uintptr_t>(new Words(*words));
}

const std::vector<std::string>& Answer::no_choices() {
  static const std::vector<std::string> none;
  return none;
}

const std::string& Answer::no_text() {
  static const std::string none;
  return none;
}

std::string answer_problem(const Item& item, const Answer& a) {
  switch (item.type) {
    case ItemType::Scale:
      if (!a.chosen().empty() || !a.text().empty() || a.point() < 1 || a.point() > item.points)
        return "answers to this item are 1 to " + std::to_string(item.points);
      return {};
    case ItemType::SingleChoice:
    case ItemType::MultipleChoice: {
      if (a.point() != 0 || !a.text().empty() || a.chosen().empty()) return "choose one of the item's options";
      if (item.type == ItemType::SingleChoice && a.chosen().size() != 1) return "this item takes one choice only";
      for (auto& id : a.chosen())
        if (!item.find_option(id)) return "\"" + id + "\" is not an option of this item";
      if (in_option_order(item, a.chosen()) != a.chosen()) return "each option may be chosen once";
      return {};
    }
    case ItemType::ShortText:
      if (a.point() != 0 || !a.chosen().empty() || trimmed(a.text()).empty()) return "the answer is empty";
      if (a.text().size() > kMaxTextAnswer) return "answers are at most " + std::to_string(kMaxTextAnswer) + " characters";
      return {};
  }
  return "unknown item type";
}

int scored_value(const Item& item, int answer) { return item.reverse ? item.points + 1 - answer : answer; }

std::optional<Answer> parse_answer(const Item& item, std::string_view cell) {
  // A scale answer as exports write it, "4": read straight from the cell (no folded copy).
  if (item.type == ItemType::Scale && !cell.empty() && cell.size() <= 2 &&
      std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int value = 0;
    std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (value >= 1 && value <= item.points) return Answer(value);
    return std::nullopt;
  }
  std::string text = fold(cell);
  if (text.empty()) return Answer{};
  switch (item.type) {
    case ItemType::Scale:
      if (auto p = parse_scale(item, text)) return Answer(*p);
      return std::nullopt;
    case ItemType::SingleChoice:
      if (const Option* o = match_option(item, text)) return Answer::choices({o->id});
      return std::nullopt;
    case ItemType::MultipleChoice: {
      std::vector<std::string> ids;
      size_t start = 0;
      while (start <= text.size()) {
        size_t end = text.find(';', start);
        if (end == std::string::npos) end = text.size();
        std::string part = fold(std::string_view(text).substr(start, end - start));
        if (!part.empty()) {
          const Option* o = match_option(item, part);
          if (!o) return std::nullopt;
          ids.push_back(o->id);
        }
        start = end + 1;
      }
      ids = in_option_order(item, ids);
      if (ids.empty()) return Answer{};
      return Answer::choices(ids);
    }
    case ItemType::ShortText: {
      std::string t = trimmed(cell);
      if (t.size() > kMaxTextAnswer) return std::nullopt;
      return Answer::written(t);
    }
  }
  return std::nullopt;
}

std::string answer_cell(const Item& item, const Answer& a) {
  switch (item.type) {
    case ItemType::Scale: return a.point() ? std::to_string(a.point()) : std::string();
    case ItemType::SingleChoice:
    case ItemType::MultipleChoice: {
      std::string out;
      for (auto& id : a.chosen()) out += (out.empty() ? "" : "; ") + id;
      return out;
    }
    case ItemType::ShortText: return a.text();
  }
  return {};
}

std::string answer_cell(const Item& item, const Answer& a, Language lang) {
  return item.type == ItemType::Scale ? answer_cell(item, a) : answer_words(item, a, lang);
}

std::string answer_words(const Item& item, const Answer& a, Language lang) {
  switch (item.type) {
    case ItemType::Scale:
      if (a.point() >= 1 && size_t(a.point()) <= item.labels.size()) return item.labels[size_t(a.point() - 1)].in(lang);
      return a.point() ? std::to_string(a.point()) : std::string();
    case ItemType::SingleChoice:
    case ItemType::MultipleChoice: {
      std::string out;
      for (auto& id : a.chosen()) {
        const Option* o = item.find_option(id);
        out += (out.empty() ? "" : "; ") + (o ? o->text.in(lang) : id);
      }
      return out;
    }
    case ItemType::ShortText: return a.text();
  }
  return {};
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c) || c == 0xA0) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    // Upper-case Latin-1 letters (À..Þ but not ×) are C3 80..9E in UTF-8: lower them too, so
    // Spanish headers in capitals ("¿CÓMO...") match.
    if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      out.push_back(text[i]);
      out.push_back(static_cast<char>((d >= 0x80 && d <= 0x9E && d != 0x97) ? d + 0x20 : d));
      ++i;
      continue;
    }
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

std::string code_problem(std::string_view raw) {
  std::string code = fold(raw);
  if (code.empty()) return "the code is missing";
  if (code.size() < 3 || code.size() > 12) return "a code has 3 to 12 characters";
  bool digit = false;
  for (char c : code) {
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (!(c >= 'a' && c <= 'z') && c != '-') return "a code uses only letters, digits and -";
  }
  if (!digit) return "a code must contain a digit (codes are never names)";
  return {};
}

std::optional<std::string> normalize_code(std::string_view raw) {
  // The same rule as code_problem(), in one pass with no folded copy (an import checks one code per
  // row): a valid code is ASCII letters, digits and '-' once trimmed, so folding could only lower it.
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || static_cast<unsigned char>(c) == 0xA0; };
  size_t begin = 0, end = raw.size();
  while (begin < end && space(raw[begin])) ++begin;
  while (end > begin && space(raw[end - 1])) --end;
  const std::string_view code = raw.substr(begin, end - begin);
  if (code.size() < 3 || code.size() > 12) return std::nullopt;
  bool digit = false;
  std::string out(code);
  for (char& c : out) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    else if (!(c >= 'A' && c <= 'Z') && c != '-') return std::nullopt;
  }
  if (!digit) return std::nullopt;
  return out;
}

ItemId::ItemId(std::string_view id) {
  // Node-based: a stored id never moves, so pointers to it stay valid for the process's life. Ids
  // come from item banks and files, a few dozen; the lock keeps it safe should a thread call in.
  static std::mutex lock;
  static std::set<std::string, std::less<>> ids;
  std::lock_guard<std::mutex> hold(lock);
  auto it = ids.find(id);
  if (it == ids.end()) it = ids.emplace(id).first;
  text_ = &*it;
}

const Answer& AnswerMap::at(std::string_view id) const {
  auto it = find(id);
  if (it == end()) throw std::out_of_range("no answer to item " + std::string(id));
  return it->second;
}

Response* ResponseSet::find(std::string_view code) {
  for (auto& r : responses)
    if (r.code == code) return &r;
  return nullptr;
}

const Response* ResponseSet::find(std::string_view code) const { return const_cast<ResponseSet*>(this)->find(code); }

std::string ResponseSet::set_answer(const ItemBank& bank, std::string_view raw_code, const std::string& item_id,
                                    Answer answer) {
  auto code = normalize_code(raw_code);
  if (!code) return code_problem(raw_code);
  const Item* item = bank.find(item_id);
  if (!item) return "no item " + item_id;
  if (answer.empty()) {
    if (Response* r = find(*code)) r->answers.erase(item_id);
    return {};
  }
  if (auto problem = answer_problem(*item, answer); !problem.empty()) return problem;
  Response* r = find(*code);
  if (!r) {
    responses.push_back({*code, {}, {}});
    r = &responses.back();
  }
  r->answers[item_id] = std::move(answer);
  return {};
}

std::string ResponseSet::set_cell(const ItemBank& bank, std::string_view raw_code, const std::string& item_id,
                                  std::string_view cell) {
  const Item* item = bank.find(item_id);
  if (!item) return "no item " + item_id;
  auto answer = parse_answer(*item, cell);
  if (!answer) {
    if (item->type == ItemType::Scale) return "answers to this item are 1 to " + std::to_string(item->points);
    if (item->type == ItemType::ShortText) return "answers are at most " + std::to_string(kMaxTextAnswer) + " characters";
    return "\"" + std::string(cell) + "\" is not an option of this item";
  }
  return set_answer(bank, raw_code, item_id, std::move(*answer));
}

std::string ResponseSet::add_student(std::string_view raw_code) {
  auto code = normalize_code(raw_code);
  if (!code) return code_problem(raw_code);
  if (find(*code)) return *code + " already has a row in this survey";
  responses.push_back({*code, {}, {}});
  return {};
}

std::string ResponseSet::set_group(std::string_view raw_code, const std::string& group) {
  auto code = normalize_code(raw_code);
  if (!code) return code_problem(raw_code);
  Response* r = find(*code);
  if (!r) return "no response with code " + *code;
  r->group = group;
  return {};
}

bool ResponseSet::remove(std::string_view code) {
  auto it = std::find_if(responses.begin(), responses.end(), [&](const Response& r) { return r.code == code; });
  if (it == responses.end()) return false;
  responses.erase(it);
  return true;
}

// ---- JSON ---------------------------------------------------------------------------------------
namespace {

using nlohmann::json;
using namespace json_reader;

json text_json(const LocalText& t) { return {{"en", t.en}, {"es", t.es}}; }
LocalText read_text(const json& obj, const std::string& path) {
  return {require_string(obj, "en", path), optional_text(obj, "es", path)};
}

Answer read_answer(const Item& item, const json& value, const std::string& path) {
  Answer a;
  switch (item.type) {
    case ItemType::Scale: a = Answer(int_value(value, path, 1, item.points)); break;
    case ItemType::SingleChoice: a = Answer::choices({text_value(value, path)}); break;
    case ItemType::MultipleChoice: {
      require_list(value, path);
      std::vector<std::string> chosen;
      for (size_t i = 0; i < value.size(); ++i) chosen.push_back(text_value(value[i], child_path(path, i)));
      a = Answer::choices(std::move(chosen));
      break;
    }
    case ItemType::ShortText: a = Answer::written(text_value(value, path)); break;
  }
  if (auto problem = answer_problem(item, a); !problem.empty()) throw SectionError(path, problem);
  return a;
}

}  // namespace

json answer_to_json(const Item& item, const Answer& a) {
  switch (item.type) {
    case ItemType::Scale: return a.point();
    case ItemType::SingleChoice: return a.chosen().empty() ? json() : json(a.chosen().front());
    case ItemType::MultipleChoice: return a.chosen();
    case ItemType::ShortText: return a.text();
  }
  return nullptr;
}

// Members set one by one, not a nested initializer list: the same JSON (an object's keys are
// sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md), and
// no copy of each response's answers.
json items_to_json(const std::vector<Item>& items) {
  json out = json::array();
  for (auto& i : items) {
    json& item = out.emplace_back();
    item["id"] = i.id;
    item["type"] = item_type_name(i.type);
    item["subscale"] = i.subscale;
    item["en"] = i.text.en;
    item["es"] = i.text.es;
    item["custom"] = i.custom;
    if (i.type == ItemType::Scale) {
      json& labels = item["labels"] = json::array();
      for (auto& l : i.labels) labels.push_back(text_json(l));
      item["points"] = i.points;
      item["reverse"] = i.reverse;
    } else if (i.type != ItemType::ShortText) {
      json& options = item["options"] = json::array();
      for (auto& o : i.options) {
        json& option = options.emplace_back();
        option["id"] = o.id;
        option["en"] = o.text.en;
        option["es"] = o.text.es;
      }
    }
  }
  return out;
}

json subscales_to_json(const std::vector<Subscale>& subscales) {
  json out = json::array();
  for (auto& s : subscales) {
    json& subscale = out.emplace_back();
    subscale["id"] = s.id;
    subscale["en"] = s.name.en;
    subscale["es"] = s.name.es;
  }
  return out;
}

json responses_to_json(const ResponseSet& set, const ItemBank& bank) {
  json out = json::array();
  for (auto& r : set.responses) {
    json& row = out.emplace_back();
    row["code"] = r.code;
    row["group"] = r.group;
    json& answers = row["answers"] = json::object();
    for (auto& [id, a] : r.answers) {
      if (const Item* item = bank.find(id)) answers[id] = answer_to_json(*item, a);
      // An answer to an item no longer in the bank is kept as it was typed, never dropped: the
      // reader then names it, instead of the data silently shrinking.
      else if (!a.text().empty()) answers[id] = a.text();
      else if (!a.chosen().empty()) answers[id] = a.chosen();
      else answers[id] = a.point();
    }
    if (r.partial) row["partial"] = true;
  }
  return out;
}

std::vector<Subscale> read_subscales(const json& list, const std::string& path) {
  require_list(list, path);
  std::vector<Subscale> out;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = child_path(path, i);
    Subscale sub{require_string(list[i], "id", p), read_text(list[i], p)};
    if (sub.id.empty()) throw SectionError(p + "/id", "must not be empty");
    for (auto& s : out)
      if (s.id == sub.id) throw SectionError(p + "/id", "is used twice");
    out.push_back(std::move(sub));
  }
  return out;
}

void read_items(const json& list, const std::string& path, ItemBank& bank) {
  require_list(list, path);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string p = child_path(path, i);
    const json& in = list[i];
    Item item;
    item.id = require_string(in, "id", p);
    if (bank.find(item.id)) throw SectionError(p + "/id", "is used twice");
    const std::string type_name = require_string(in, "type", p);
    auto type = parse_item_type(type_name);
    if (!type) throw SectionError(p + "/type", "must be one of scale, single, multiple, text");
    item.type = *type;
    item.subscale = optional_text(in, "subscale", p);
    item.text = read_text(in, p);
    item.custom = optional_bool(in, "custom", p);
    if (item.type == ItemType::Scale) {
      item.points = require_int(in, "points", p, kMinPoints, kMaxPoints);
      const json& labels = require_array(in, "labels", p);
      for (size_t l = 0; l < labels.size(); ++l) item.labels.push_back(read_text(labels[l], child_path(p + "/labels", l)));
      item.reverse = require_bool(in, "reverse", p);
    } else {
      item.points = 0;
      if (item.type != ItemType::ShortText) {
        const json& options = require_array(in, "options", p);
        for (size_t o = 0; o < options.size(); ++o) {
          const std::string op = child_path(p + "/options", o);
          item.options.push_back({require_string(options[o], "id", op), read_text(options[o], op)});
        }
      }
    }
    auto problems = item_problems(item, bank);
    if (!problems.empty()) throw SectionError(p, problems.front());
    bank.items.push_back(std::move(item));
  }
}

ResponseSet read_responses(const json& list, const std::string& path, const ItemBank& bank) {
  ResponseSet set;
  std::set<std::string> codes;
  require_list(list, path);
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string r = child_path(path, i);
    Response response;
    const std::string code = require_string(list[i], "code", r);
    auto normalized = normalize_code(code);
    if (!normalized || *normalized != code) throw SectionError(child_path(r, "code"), "is not a valid student code");
    if (!codes.insert(*normalized).second) throw SectionError(child_path(r, "code"), "appears twice in this survey");
    response.code = *normalized;
    response.group = optional_text(list[i], "group", r);
    response.partial = optional_bool(list[i], "partial", r);
    const std::string answers_path = child_path(r, "answers");
    const json& answers = require_object(require_field(list[i], "answers", r), answers_path);
    for (auto& [id, value] : answers.items()) {
      const std::string answer_path = child_path(answers_path, id);
      const Item* item = bank.find(id);
      if (!item) throw SectionError(answer_path, "is not an item of the item bank");
      response.answers[id] = read_answer(*item, value, answer_path);
    }
    set.responses.push_back(std::move(response));
  }
  return set;
}

}  // namespace stempush::survey
