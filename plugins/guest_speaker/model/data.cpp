// Rules of the guest-speaker data (see data.hpp) and the package content read from assets/.
#include "guest_speaker/model/data.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <tuple>

#include <nlohmann/json.hpp>

#include "guest_speaker_assets.hpp"
#include "stempush/dates.hpp"

namespace guest_speaker {
namespace {

nlohmann::json asset_json(const char* name) {
  auto text = guest_speaker_assets::asset(name);
  if (text.empty()) throw std::logic_error(std::string("missing compiled-in asset ") + name);
  return nlohmann::json::parse(text);  // a broken asset is a build bug; a unit test loads each one
}

LocalText local_text(const nlohmann::json& j) { return {j.at("en").get<std::string>(), j.value("es", std::string())}; }

sv::ItemBank bank_from(const char* asset) {
  sv::ItemBank bank;
  const nlohmann::json parsed = asset_json(asset);  // outlives the loop (a temporary's member would not)
  for (const auto& i : parsed.at("items")) {
    const std::string id = i.at("id").get<std::string>(), type = i.at("type").get<std::string>();
    if (type == "scale") {
      bank.items.push_back(sv::scale_item(id, local_text(i), i.at("points").get<int>()));
    } else if (type == "multiple" || type == "single") {
      std::vector<sv::Option> options;
      for (const auto& o : i.at("options")) options.push_back({o.at("id").get<std::string>(), local_text(o)});
      bank.items.push_back(sv::choice_item(id, local_text(i), std::move(options), type == "multiple"));
    } else {
      bank.items.push_back(sv::text_item(id, local_text(i)));
    }
  }
  return bank;
}

std::string fresh_id(GuestSpeakerData& data, char prefix) { return prefix + std::to_string(data.next_id++); }

}  // namespace

bool Speaker::operator==(const Speaker& o) const {
  auto fields = [](const Speaker& s) {
    return std::tie(s.id, s.name, s.field, s.role, s.employer, s.college_path, s.languages, s.topics, s.contact,
                    s.availability, s.past_visits);
  };
  return fields(*this) == fields(o);
}

Speaker* GuestSpeakerData::find_speaker(const std::string& id) {
  for (auto& s : speakers)
    if (s.id == id) return &s;
  return nullptr;
}
const Speaker* GuestSpeakerData::find_speaker(const std::string& id) const {
  return const_cast<GuestSpeakerData*>(this)->find_speaker(id);
}
Visit* GuestSpeakerData::find_visit(const std::string& id) {
  for (auto& v : visits)
    if (v.id == id) return &v;
  return nullptr;
}
const Visit* GuestSpeakerData::find_visit(const std::string& id) const {
  return const_cast<GuestSpeakerData*>(this)->find_visit(id);
}

const sv::ItemBank& interest_bank() {
  static const sv::ItemBank bank = bank_from("interests.json");
  return bank;
}
const sv::ItemBank& ticket_bank() {
  static const sv::ItemBank bank = bank_from("exit_ticket.json");
  return bank;
}

std::vector<Step> default_structure(Language lang) {
  static const nlohmann::json steps = asset_json("visit_structure.json").at("steps");
  std::vector<Step> out;
  for (const auto& s : steps) {
    const auto& text = s.at(lang == Language::Spanish ? "es" : "en");
    out.push_back({text.at("title").get<std::string>(), s.at("minutes").get<int>(), text.at("notes").get<std::string>()});
  }
  return out;
}

const Guidance& guidance() {
  static const Guidance g = [] {
    const auto j = asset_json("guidance.json");
    Guidance out;
    auto read = [&](const char* part, std::vector<LocalText>& into) {
      const auto& en = j.at(part).at("en");
      const auto& es = j.at(part).at("es");
      for (size_t i = 0; i < en.size(); ++i)
        into.push_back({en[i].get<std::string>(), i < es.size() ? es[i].get<std::string>() : std::string()});
    };
    read("affirming", out.affirming);
    read("practical", out.practical);
    return out;
  }();
  return g;
}

Speaker& add_speaker(GuestSpeakerData& data) {
  Speaker s;
  s.id = fresh_id(data, 's');
  data.speakers.push_back(std::move(s));
  return data.speakers.back();
}

Visit& add_visit(GuestSpeakerData& data, Language lang) {
  Visit v;
  v.id = fresh_id(data, 'v');
  v.structure = default_structure(lang);
  v.duration = total_minutes(v);
  data.visits.push_back(std::move(v));
  return data.visits.back();
}

bool remove_speaker(GuestSpeakerData& data, const std::string& id) {
  auto it = std::find_if(data.speakers.begin(), data.speakers.end(), [&](const Speaker& s) { return s.id == id; });
  if (it == data.speakers.end()) return false;
  data.speakers.erase(it);
  return true;
}

bool remove_visit(GuestSpeakerData& data, const std::string& id) {
  auto it = std::find_if(data.visits.begin(), data.visits.end(), [&](const Visit& v) { return v.id == id; });
  if (it == data.visits.end()) return false;
  data.visits.erase(it);
  return true;
}

int total_minutes(const Visit& visit) {
  int total = 0;
  for (const auto& s : visit.structure) total += s.minutes;
  return total;
}

bool move_step(Visit& visit, size_t from, size_t to) {
  auto& a = visit.structure;
  if (from >= a.size() || to >= a.size()) return false;
  if (from < to) std::rotate(a.begin() + long(from), a.begin() + long(from) + 1, a.begin() + long(to) + 1);
  else if (from > to) std::rotate(a.begin() + long(to), a.begin() + long(from), a.begin() + long(from) + 1);
  return true;
}

void retime(Visit& visit, int new_duration) {
  new_duration = std::clamp(new_duration, 1, kMaxDuration);
  visit.duration = new_duration;
  auto& steps = visit.structure;
  if (steps.empty()) return;
  const int old_total = std::max(1, total_minutes(visit));
  // Largest-remainder rounding: each step's exact share, floored, then the minutes left over go
  // to the steps that lost the most, so the steps add up to the duration exactly.
  std::vector<double> exact;
  int assigned = 0;
  for (auto& s : steps) {
    exact.push_back(double(new_duration) * (old_total == 0 ? 1 : s.minutes) / old_total);
    s.minutes = std::max(1, int(std::floor(exact.back())));
    assigned += s.minutes;
  }
  std::vector<size_t> order(steps.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return exact[a] - std::floor(exact[a]) > exact[b] - std::floor(exact[b]);
  });
  for (size_t k = 0; assigned < new_duration; k = (k + 1) % order.size(), ++assigned) ++steps[order[k]].minutes;
  // Too many minutes only when steps were raised to 1: take them from the longest steps.
  while (assigned > new_duration) {
    auto longest = std::max_element(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.minutes < b.minutes; });
    if (longest->minutes <= 1) break;
    --longest->minutes, --assigned;
  }
}

Term term_of(const std::string& date) {
  if (!stempush::is_iso_date(date)) return {};
  const std::string year = date.substr(0, 4);
  const int month = std::stoi(date.substr(5, 2));
  if (month <= 5) return {"Spring " + year, year + "-01-01"};
  if (month <= 7) return {"Summer " + year, year + "-06-01"};
  return {"Fall " + year, year + "-08-01"};
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    const auto first = part.find_first_not_of(" \t\r\n");
    if (first != std::string::npos) out.push_back(part.substr(first, part.find_last_not_of(" \t\r\n") - first + 1));
    start = end + 1;
  }
  return out;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

}  // namespace guest_speaker
