// Rules of the belonging data (see data.hpp) and the defaults read from assets/.
#include "belonging/model/data.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "belonging_assets.hpp"

namespace belonging {
namespace {

nlohmann::json asset_json(const char* name) {
  auto text = belonging_assets::asset(name);
  if (text.empty()) throw std::logic_error(std::string("missing compiled-in asset ") + name);
  return nlohmann::json::parse(text);  // a broken asset is a build bug; the tests load each one
}

LocalText local_text(const nlohmann::json& j) {
  return {j.at("en").get<std::string>(), j.value("es", std::string())};
}

}  // namespace

SessionPlan default_plan() {
  auto j = asset_json("session-default.json");
  SessionPlan plan;
  for (auto& s : j.at("agenda"))
    plan.agenda.push_back({s.at("title").get<std::string>(), s.at("minutes").get<int>(),
                           s.at("purpose").get<std::string>(), s.at("notes").get<std::string>()});
  for (auto& s : j.at("stories"))
    plan.stories.push_back({local_text(s), s.value("attribution", std::string())});
  for (auto& m : j.at("materials")) plan.materials.push_back({m.get<std::string>(), false});
  return plan;
}

int total_minutes(const SessionPlan& plan) {
  int total = 0;
  for (auto& step : plan.agenda) total += step.minutes;
  return total;
}

bool move_step(SessionPlan& plan, size_t from, size_t to) {
  auto& a = plan.agenda;
  if (from >= a.size() || to >= a.size()) return false;
  if (from < to) std::rotate(a.begin() + long(from), a.begin() + long(from) + 1, a.begin() + long(to) + 1);
  else if (from > to) std::rotate(a.begin() + long(to), a.begin() + long(from), a.begin() + long(from) + 1);
  return true;
}

std::string agenda_warning(const SessionPlan& plan) {
  int total = total_minutes(plan);
  if (total == kSessionMinutes) return {};
  int off = total - kSessionMinutes;
  return "The agenda adds up to " + std::to_string(total) + " minutes, " +
         std::to_string(off > 0 ? off : -off) + (off > 0 ? " more" : " less") +
         " than the 60-minute session.";
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

ItemBank default_item_bank() {
  auto j = asset_json("items-default.json");
  ItemBank bank;
  for (auto& s : j.at("subscales")) bank.subscales.push_back({s.at("id").get<std::string>(), local_text(s)});
  for (auto& i : j.at("items")) {
    Item item;
    item.id = i.at("id").get<std::string>();
    item.subscale = i.at("subscale").get<std::string>();
    item.text = local_text(i);
    auto& scale = j.at("scales").at(i.at("scale").get<std::string>());
    item.points = scale.at("points").get<int>();
    for (auto& l : scale.at("labels")) item.labels.push_back(local_text(l));
    item.reverse = i.value("reverse", false);
    bank.items.push_back(std::move(item));
  }
  return bank;
}

int scored_value(const Item& item, int answer) { return item.reverse ? item.points + 1 - answer : answer; }

std::vector<std::string> item_problems(const Item& item, const ItemBank& bank) {
  std::vector<std::string> problems;
  std::string name = "item \"" + item.id + "\"";
  if (item.id.empty() || item.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
    problems.push_back(name + ": the id must be lower-case letters, digits or _");
  if (item.text.en.empty()) problems.push_back(name + ": the English text is empty");
  if (item.points < kMinPoints || item.points > kMaxPoints)
    problems.push_back(name + ": the scale must have 4 to 7 points");
  else if (item.labels.size() != size_t(item.points))
    problems.push_back(name + ": needs one label per scale point (" + std::to_string(item.points) + ")");
  if (!bank.find_subscale(item.subscale)) problems.push_back(name + ": unknown subscale \"" + item.subscale + "\"");
  return problems;
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

Item new_custom_item(const ItemBank& bank, std::string subscale, int points) {
  Item item;
  for (int n = 1;; ++n) {
    item.id = "custom_" + std::to_string(n);
    if (!bank.find(item.id)) break;
  }
  item.subscale = std::move(subscale);
  item.points = points;
  item.labels = agree_labels(points);
  item.custom = true;
  return item;
}

const char* survey_name(SurveyKind kind) { return kind == SurveyKind::Pre ? "pre" : "post"; }
std::optional<SurveyKind> parse_survey_kind(std::string_view text) {
  if (text == "pre") return SurveyKind::Pre;
  if (text == "post") return SurveyKind::Post;
  return std::nullopt;
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
  if (!code_problem(raw).empty()) return std::nullopt;
  std::string code = fold(raw);
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code;
}

Response* Survey::find(std::string_view code) {
  for (auto& r : responses)
    if (r.code == code) return &r;
  return nullptr;
}
const Response* Survey::find(std::string_view code) const {
  return const_cast<Survey*>(this)->find(code);
}

BelongingData default_data() {
  BelongingData data;
  data.plan = default_plan();
  data.bank = default_item_bank();
  return data;
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

std::optional<int> parse_answer(const Item& item, std::string_view cell) {
  std::string text = fold(cell);
  if (text.empty()) return std::nullopt;
  // A leading number: "4", "4 - agree", "4. agree".
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits > 0 && digits <= 2) {
    bool rest_ok = digits == text.size() || text[digits] == ' ' || text[digits] == '-' ||
                   text[digits] == '.' || text[digits] == ')' || text[digits] == ':';
    if (digits == text.size() - 2 && text.substr(digits) == ".0") rest_ok = true;  // "4.0" from a spreadsheet
    if (rest_ok) {
      int value = std::stoi(text.substr(0, digits));
      if (value >= 1 && value <= item.points) return value;
      return std::nullopt;
    }
  }
  for (size_t i = 0; i < item.labels.size(); ++i)
    if (text == fold(item.labels[i].en) || (!item.labels[i].es.empty() && text == fold(item.labels[i].es)))
      return int(i) + 1;
  return std::nullopt;
}

}  // namespace belonging
