// Interest summary, speaker matching and exit-ticket results (see analysis.hpp).
#include "guest_speaker/model/analysis.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "guest_speaker_assets.hpp"
#include "stempush/i18n_plural.hpp"

namespace guest_speaker {
namespace {

const std::map<std::string, std::string>& catalog(Language lang) {
  static const auto load = [](const char* name) {
    std::map<std::string, std::string> m;
    const auto parsed = nlohmann::json::parse(guest_speaker_assets::asset(name));
    for (auto& [k, v] : parsed.items()) m[k] = v.get<std::string>();
    return m;
  };
  static const auto en = load("i18n/en.json");
  static const auto es = load("i18n/es.json");
  return lang == Language::Spanish ? es : en;
}

}  // namespace

std::string text(const std::string& key, Language lang) {
  const std::string full = "guest_speaker." + key;
  const auto& table = catalog(lang);
  if (auto it = table.find(full); it != table.end()) return it->second;
  if (auto it = catalog(Language::English).find(full); it != catalog(Language::English).end()) return it->second;
  return full;
}

std::string render(const Sentence& sentence, Language lang) {
  const std::string key =
      sentence.count >= 0 ? stempush::i18n::plural_key(lang, sentence.key, sentence.count) : sentence.key;
  std::string out = stempush::i18n::fill(text(key, lang), sentence.args);
  for (const auto& next : sentence.then) out += " " + render(next, lang);
  return out;
}

std::string percent(double share) {
  if (std::isnan(share)) return "-";
  return std::to_string(int(std::lround(share * 100))) + "%";
}

std::vector<MergedText> merge_texts(const std::vector<std::string>& texts) {
  std::vector<MergedText> merged;
  std::map<std::string, size_t> index;  // folded text -> position in merged
  for (const auto& t : texts) {
    const std::string key = sv::fold(t);
    if (key.empty()) continue;
    auto [it, fresh] = index.emplace(key, merged.size());
    if (fresh) merged.push_back({t, 0});
    ++merged[it->second].count;
  }
  std::stable_sort(merged.begin(), merged.end(), [](const MergedText& a, const MergedText& b) { return a.count > b.count; });
  return merged;
}

InterestSummary summarize_interests(const sv::ResponseSet& responses) {
  const sv::ItemBank& bank = interest_bank();
  InterestSummary summary;
  std::vector<InterestCount> counts;
  for (const auto& item : bank.items)
    if (item.type == sv::ItemType::MultipleChoice || item.type == sv::ItemType::SingleChoice)
      for (const auto& option : item.options) counts.push_back({item.id, option.id, option.text, 0, 0});
  std::vector<std::string> questions;
  for (const auto& r : responses.responses) {
    bool answered = false;
    for (const auto& [item_id, answer] : r.answers) {
      if (answer.empty()) continue;
      answered = true;
      for (const auto& chosen : answer.chosen())
        for (auto& c : counts)
          if (c.item_id == item_id && c.option_id == chosen) ++c.count;
      if (!answer.text().empty()) questions.push_back(answer.text());
    }
    summary.respondents += answered ? 1 : 0;
  }
  counts.erase(std::remove_if(counts.begin(), counts.end(), [](const InterestCount& c) { return c.count == 0; }), counts.end());
  // Most chosen first; equal counts keep the survey's order, and share a rank.
  std::stable_sort(counts.begin(), counts.end(), [](const InterestCount& a, const InterestCount& b) { return a.count > b.count; });
  for (size_t i = 0; i < counts.size(); ++i)
    counts[i].rank = (i > 0 && counts[i].count == counts[i - 1].count) ? counts[i - 1].rank : int(i) + 1;
  summary.interests = std::move(counts);
  summary.questions = merge_texts(questions);
  return summary;
}

std::vector<InterestCount> top_interests(const InterestSummary& summary, size_t how_many) {
  std::vector<InterestCount> top;
  for (const auto& c : summary.interests) {
    if (top.size() >= how_many && c.count != top.back().count) break;
    top.push_back(c);
  }
  return top;
}

std::string topic_option(const std::string& topic) {
  const std::string key = sv::fold(topic);
  if (key.empty()) return {};
  for (const auto& item : interest_bank().items)
    for (const auto& option : item.options)
      if (key == sv::fold(option.id) || key == sv::fold(option.text.en) || key == sv::fold(option.text.es)) return option.id;
  return {};
}

MatchResult match_speakers(const InterestSummary& summary, const std::vector<Speaker>& speakers, size_t top_count) {
  MatchResult result;
  result.top = top_interests(summary, top_count);
  int total_weight = 0;
  for (const auto& t : result.top) total_weight += t.count;
  std::vector<bool> covered_by_someone(result.top.size(), false);
  for (const auto& speaker : speakers) {
    std::vector<std::string> options;
    for (const auto& topic : speaker.topics)
      if (auto o = topic_option(topic); !o.empty()) options.push_back(o);
    SpeakerMatch m;
    m.speaker_id = speaker.id;
    int weight = 0;
    for (size_t i = 0; i < result.top.size(); ++i)
      if (std::find(options.begin(), options.end(), result.top[i].option_id) != options.end()) {
        m.covered.push_back(result.top[i].option_id);
        weight += result.top[i].count;
        covered_by_someone[i] = true;
      }
    m.coverage = total_weight > 0 ? double(weight) / total_weight : 0;
    result.speakers.push_back(std::move(m));
  }
  auto name_of = [&](const SpeakerMatch& m) {
    for (const auto& s : speakers)
      if (s.id == m.speaker_id) return sv::fold(s.name);
    return std::string();
  };
  auto same_score = [](const SpeakerMatch& a, const SpeakerMatch& b) {
    return std::abs(a.coverage - b.coverage) < 1e-12 && a.covered.size() == b.covered.size();
  };
  std::stable_sort(result.speakers.begin(), result.speakers.end(), [&](const SpeakerMatch& a, const SpeakerMatch& b) {
    if (!same_score(a, b)) {
      if (std::abs(a.coverage - b.coverage) >= 1e-12) return a.coverage > b.coverage;
      return a.covered.size() > b.covered.size();
    }
    return name_of(a) < name_of(b);
  });
  auto& ranked = result.speakers;
  for (size_t i = 0; i < ranked.size(); ++i) {
    ranked[i].rank = (i > 0 && same_score(ranked[i], ranked[i - 1])) ? ranked[i - 1].rank : int(i) + 1;
    if ((i > 0 && same_score(ranked[i], ranked[i - 1])) || (i + 1 < ranked.size() && same_score(ranked[i], ranked[i + 1])))
      ranked[i].tied = true;
  }
  for (size_t i = 0; i < result.top.size(); ++i)
    if (!covered_by_someone[i]) result.uncovered.push_back(result.top[i]);

  const long long top = static_cast<long long>(result.top.size());
  if (summary.respondents == 0) {
    result.sentence = {"match.no_interests", {}};
  } else if (speakers.empty()) {
    result.sentence = {"match.no_speakers", {std::to_string(top)}, top};
  } else if (ranked.front().covered.empty()) {
    result.sentence = {"match.none_cover", {std::to_string(top)}, top};
  } else {
    const Speaker* best = nullptr;
    for (const auto& s : speakers)
      if (s.id == ranked.front().speaker_id) best = &s;
    result.sentence = {"match.best", {best ? best->name : "", std::to_string(ranked.front().covered.size()), std::to_string(top)}, top};
    const long long uncovered = static_cast<long long>(result.uncovered.size());
    result.sentence.then.push_back(uncovered == 0 ? Sentence{"match.all_covered", {}}
                                                  : Sentence{"match.uncovered_n", {std::to_string(uncovered)}, uncovered});
  }
  return result;
}

VisitResults visit_results(const Visit& visit, int min_group_size) {
  const sv::ItemBank& bank = ticket_bank();
  VisitResults r;
  r.min_group_size = min_group_size;
  std::vector<std::string> next_steps, questions;
  for (const auto& resp : visit.ticket.responses) {
    bool answered = false;
    for (const auto& [id, a] : resp.answers) answered = answered || !a.empty();
    r.n += answered ? 1 : 0;
    if (auto it = resp.answers.find("next_step"); it != resp.answers.end() && !it->second.text().empty())
      next_steps.push_back(it->second.text());
    if (auto it = resp.answers.find("still_question"); it != resp.answers.end() && !it->second.text().empty())
      questions.push_back(it->second.text());
  }
  r.suppressed = r.n < min_group_size;
  for (const auto& item : bank.items) {
    if (item.type != sv::ItemType::Scale) continue;
    ScaleResult s;
    s.item_id = item.id;
    s.points = item.points;
    s.counts.assign(size_t(item.points), 0);
    double sum = 0;
    for (const auto& resp : visit.ticket.responses) {
      auto it = resp.answers.find(item.id);
      if (it == resp.answers.end() || it->second.point() < 1 || it->second.point() > item.points) continue;
      ++s.counts[size_t(it->second.point() - 1)];
      ++s.n;
      sum += it->second.point();
      if (it->second.point() * 2 > item.points) ++s.agree;  // the top half: 3 and 4 of 4
    }
    s.agree_share = s.n > 0 ? double(s.agree) / s.n : std::nan("");
    s.mean = s.n > 0 ? sum / s.n : std::nan("");
    s.sentence = {"results." + item.id, {std::to_string(s.agree), std::to_string(s.n), percent(s.agree_share)}, s.n};
    if (s.n == 0) s.sentence = {"results.no_answers", {}};
    r.scales.push_back(std::move(s));
  }
  r.next_steps = merge_texts(next_steps);
  r.questions = merge_texts(questions);
  if (r.n == 0) r.summary = {"results.empty", {}};
  else if (r.suppressed) r.summary = {"results.suppressed", {std::to_string(min_group_size)}};
  else r.summary = {"results.answered", {std::to_string(r.n)}, r.n};
  if (r.suppressed) {  // nothing computed over too few students leaves this function
    for (auto& s : r.scales) {
      std::fill(s.counts.begin(), s.counts.end(), 0);
      s.n = s.agree = 0;
      s.agree_share = s.mean = std::nan("");
      s.sentence = {"results.hidden", {}};
    }
    r.next_steps.clear();
    r.questions.clear();
  }
  return r;
}

}  // namespace guest_speaker
