// Results (see results.hpp). Students are matched by code; each figure states its n.
#include "belonging/model/results.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "belonging_assets.hpp"

namespace belonging {

std::string number(double value, int decimals) {
  if (std::isnan(value)) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

namespace {

using stempush::stats::PairedResult;

std::string signed_number(double value) {
  if (std::isnan(value)) return "-";
  return (value >= 0 ? "+" : "") + number(value);
}

const std::map<std::string, std::string>& catalog(Language lang) {
  static const auto load = [](const char* name) {
    std::map<std::string, std::string> m;
    const auto parsed = nlohmann::json::parse(belonging_assets::asset(name));  // must outlive the loop
    for (auto& [k, v] : parsed.items()) m[k] = v.get<std::string>();
    return m;
  };
  static const auto en = load("i18n/en.json");
  static const auto es = load("i18n/es.json");
  return lang == Language::Spanish ? es : en;
}

// A score for one response on one subscale; NaN when fewer than half the items are answered.
double scale_score(const Response& r, const std::vector<const Item*>& items) {
  double sum = 0;
  int answered = 0;
  for (auto* item : items) {
    auto it = r.answers.find(item->id);
    if (it == r.answers.end()) continue;
    sum += scored_value(*item, it->second.point);
    ++answered;
  }
  if (answered == 0 || answered * 2 < int(items.size())) return std::nan("");
  return sum / answered;
}

// Each group's mean scale score in one survey, when any response has a group.
std::vector<GroupMean> group_means(const Survey& survey, const std::vector<const Item*>& items) {
  bool any_group = false;
  for (auto& r : survey.responses) any_group = any_group || !r.group.empty();
  if (!any_group) return {};
  std::map<std::string, std::vector<double>> scores;
  for (auto& r : survey.responses)
    if (double v = scale_score(r, items); !std::isnan(v)) scores[r.group].push_back(v);
  std::vector<GroupMean> out;
  for (auto& [group, values] : scores) out.push_back({group, int(values.size()), stempush::stats::mean(values)});
  return out;
}

double alpha_of(const Survey& survey, const std::vector<const Item*>& items) {
  std::vector<std::vector<double>> columns(items.size());
  for (auto& r : survey.responses) {
    bool complete = true;
    for (auto* item : items) complete = complete && r.answers.count(item->id);
    if (!complete) continue;
    for (size_t i = 0; i < items.size(); ++i) columns[i].push_back(scored_value(*items[i], r.answers.at(items[i]->id).point));
  }
  return stempush::stats::cronbach_alpha(columns);
}

Sentence change_sentence(const std::string& scale_name, int points, const PairedResult& c) {
  if (c.n < 2) return {"belonging.result.scale_too_few", {scale_name, std::to_string(c.n)}};
  bool clear = !(c.ci_low <= 0 && c.ci_high >= 0);
  std::string key = !clear ? "belonging.result.scale_unclear"
                           : (c.mean_diff > 0 ? "belonging.result.scale_up" : "belonging.result.scale_down");
  return {key, {scale_name, signed_number(c.mean_diff), std::to_string(points), number(c.ci_low), number(c.ci_high),
                number(c.cohens_dz), std::to_string(c.n)}};
}

}  // namespace

std::string render(const Sentence& sentence, Language lang) {
  auto& cat = catalog(lang);
  auto it = cat.find(sentence.key);
  if (it == cat.end()) {
    it = catalog(Language::English).find(sentence.key);
    if (it == catalog(Language::English).end()) return sentence.key;
  }
  std::string text = it->second;
  for (size_t i = 0; i < sentence.args.size(); ++i) {
    std::string marker = "{" + std::to_string(i) + "}";
    for (size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + sentence.args[i].size()))
      text.replace(at, marker.size(), sentence.args[i]);
  }
  return text;
}

Results compute_results(const BelongingData& data, int min_group_size) {
  Results results;
  results.min_group_size = stempush::effective_min_group_size(min_group_size);
  const Survey& pre = data.pre;
  const Survey& post = data.post;
  std::unordered_map<std::string, const Response*> post_by_code;
  for (auto& r : post.responses) post_by_code[r.code] = &r;
  std::vector<std::pair<const Response*, const Response*>> pairs;
  for (auto& r : pre.responses) {
    auto it = post_by_code.find(r.code);
    if (it != post_by_code.end()) pairs.push_back({&r, it->second});
  }
  results.counts.pre = int(pre.responses.size());
  results.counts.post = int(post.responses.size());
  results.counts.paired = int(pairs.size());
  results.counts.sentence = {"belonging.result.counts", {std::to_string(results.counts.pre),
                             std::to_string(results.counts.post), std::to_string(results.counts.paired)}};

  for (auto& item : data.bank.items) {
    if (item.type != stempush::survey::ItemType::Scale) continue;  // figures are of scale items
    ItemDistribution d;
    d.item_id = item.id;
    d.points = item.points;
    d.reverse = item.reverse;
    d.pre_counts.assign(size_t(item.points), 0);
    d.post_counts.assign(size_t(item.points), 0);
    double pre_sum = 0, post_sum = 0;
    auto tally = [&](const Survey& s, std::vector<int>& counts, int& n, double& sum) {
      for (auto& r : s.responses) {
        auto it = r.answers.find(item.id);
        if (it == r.answers.end() || it->second.point < 1 || it->second.point > item.points) continue;
        ++counts[size_t(it->second.point - 1)];
        ++n;
        sum += it->second.point;
      }
    };
    tally(pre, d.pre_counts, d.pre_n, pre_sum);
    tally(post, d.post_counts, d.post_n, post_sum);
    d.pre_mean = d.pre_n ? pre_sum / d.pre_n : std::nan("");
    d.post_mean = d.post_n ? post_sum / d.post_n : std::nan("");
    // Agreement = the top half of the scale (for 5 points: 4 and 5).
    auto agree_share = [&](const std::vector<int>& counts, int n) {
      int agree = 0;
      for (int p = item.points / 2 + item.points % 2 + 1; p <= item.points; ++p) agree += counts[size_t(p - 1)];
      return n ? number(100.0 * agree / n, 0) : std::string("-");
    };
    d.sentence = {"belonging.result.item", {agree_share(d.pre_counts, d.pre_n), agree_share(d.post_counts, d.post_n),
                                            std::to_string(d.pre_n), std::to_string(d.post_n)}};
    results.items.push_back(std::move(d));
  }

  std::vector<std::vector<const Item*>> scale_items;
  for (auto& sub : data.bank.subscales) {
    std::vector<const Item*> items;
    for (auto& item : data.bank.items)
      if (item.subscale == sub.id && item.type == stempush::survey::ItemType::Scale) items.push_back(&item);
    if (items.empty()) continue;
    scale_items.push_back(items);
    ScaleResult s;
    s.subscale_id = sub.id;
    s.items = int(items.size());
    s.points = items[0]->points;
    std::vector<double> pre_scores, post_scores, paired_pre, paired_post;
    for (auto& r : pre.responses)
      if (double v = scale_score(r, items); !std::isnan(v)) pre_scores.push_back(v);
    for (auto& r : post.responses)
      if (double v = scale_score(r, items); !std::isnan(v)) post_scores.push_back(v);
    for (auto& [a, b] : pairs) {
      double x = scale_score(*a, items), y = scale_score(*b, items);
      if (std::isnan(x) || std::isnan(y)) continue;
      paired_pre.push_back(x);
      paired_post.push_back(y);
    }
    s.pre_groups = group_means(pre, items);
    s.post_groups = group_means(post, items);
    s.pre_n = int(pre_scores.size());
    s.post_n = int(post_scores.size());
    s.pre_mean = stempush::stats::mean(pre_scores);
    s.post_mean = stempush::stats::mean(post_scores);
    s.alpha_pre = alpha_of(pre, items);
    s.alpha_post = alpha_of(post, items);
    s.change = stempush::stats::paired(paired_pre, paired_post);
    s.sentence = change_sentence(sub.name.en, s.points, s.change);
    results.scales.push_back(std::move(s));
  }

  // Breakdown by the post survey's group (falling back to pre): the group a student ended in.
  std::map<std::string, std::vector<size_t>> members;  // group -> pair indices
  for (size_t i = 0; i < pairs.size(); ++i) {
    const std::string& g = !pairs[i].second->group.empty() ? pairs[i].second->group : pairs[i].first->group;
    if (!g.empty()) results.groups.present = true;
    members[g].push_back(i);
  }
  if (results.groups.present) {
    for (auto& [name, idx] : members) {
      GroupResult g;
      g.group = name;
      g.paired_n = int(idx.size());
      g.suppressed = g.paired_n < results.min_group_size;
      results.groups.groups.push_back(std::move(g));
    }
    // With exactly one group hidden, its figures could be worked out from the total and the
    // others; hide the next smallest group as well.
    auto hidden = std::count_if(results.groups.groups.begin(), results.groups.groups.end(),
                                [](const GroupResult& g) { return g.suppressed; });
    if (hidden == 1 && results.groups.groups.size() > 1) {
      GroupResult* smallest = nullptr;
      for (auto& g : results.groups.groups)
        if (!g.suppressed && (!smallest || g.paired_n < smallest->paired_n)) smallest = &g;
      if (smallest) smallest->suppressed = true;
    }
    for (auto& g : results.groups.groups) {
      if (g.suppressed) {
        ++results.groups.suppressed_groups;
        continue;
      }
      for (auto& items : scale_items) {
        std::vector<double> a, b;
        for (size_t i : members[g.group]) {
          double x = scale_score(*pairs[i].first, items), y = scale_score(*pairs[i].second, items);
          if (std::isnan(x) || std::isnan(y)) continue;
          a.push_back(x);
          b.push_back(y);
        }
        g.change.push_back(stempush::stats::paired(a, b));
      }
    }
    results.groups.sentence = results.groups.suppressed_groups == 0
        ? Sentence{"belonging.result.groups_none_hidden", {std::to_string(results.min_group_size)}}
        : Sentence{"belonging.result.groups_hidden", {std::to_string(results.groups.suppressed_groups), std::to_string(results.min_group_size)}};
  }
  return results;
}

}  // namespace belonging
