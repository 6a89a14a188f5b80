// Results (see results.hpp). Students are matched by code; each figure states its n.
#include "belonging/model/results.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "stempush/i18n_plural.hpp"

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

// Each response's scale answers as one dense row (item columns in bank order), read once from the
// string-keyed answer maps: the passes below (distributions, scores, alpha, pairs, groups) then
// read arrays. With 200k responses the repeated map look-ups were most of the time.
constexpr int kUnanswered = std::numeric_limits<int>::min();
struct AnswerMatrix {
  size_t width = 0;
  std::vector<int> points;  // rows x width; kUnanswered where the item is absent
  int at(size_t row, size_t column) const { return points[row * width + column]; }
};

AnswerMatrix answer_matrix(const Survey& survey, const std::vector<const Item*>& columns) {
  // The answers map is ordered by id: walk it beside the columns sorted by id (a merge, no look-ups).
  std::vector<std::pair<std::string_view, size_t>> by_id;
  for (size_t c = 0; c < columns.size(); ++c) by_id.push_back({columns[c]->id, c});
  std::sort(by_id.begin(), by_id.end());
  AnswerMatrix m;
  m.width = columns.size();
  m.points.assign(survey.responses.size() * m.width, kUnanswered);
  for (size_t r = 0; r < survey.responses.size(); ++r) {
    int* row = m.points.data() + r * m.width;
    auto a = survey.responses[r].answers.begin();
    const auto a_end = survey.responses[r].answers.end();
    for (size_t k = 0; k < by_id.size() && a != a_end;) {
      const int cmp = std::string_view(a->first).compare(by_id[k].first);
      if (cmp < 0) {
        ++a;
      } else if (cmp > 0) {
        ++k;
      } else {
        row[by_id[k].second] = a->second.point();
        ++a;
        ++k;
      }
    }
  }
  return m;
}

// A score for one response on one subscale (its item columns); NaN when fewer than half the items
// are answered.
double scale_score(const AnswerMatrix& m, size_t row, const std::vector<const Item*>& items,
                   const std::vector<size_t>& columns) {
  double sum = 0;
  int answered = 0;
  for (size_t i = 0; i < columns.size(); ++i) {
    const int point = m.at(row, columns[i]);
    if (point == kUnanswered) continue;
    sum += scored_value(*items[i], point);
    ++answered;
  }
  if (answered == 0 || answered * 2 < int(columns.size())) return std::nan("");
  return sum / answered;
}

// Alpha over the students who answered every item; `complete` receives their number.
double alpha_of(const AnswerMatrix& m, const std::vector<const Item*>& items, const std::vector<size_t>& columns,
                int& complete) {
  std::vector<std::vector<double>> values(items.size());
  const size_t rows = m.width ? m.points.size() / m.width : 0;
  complete = 0;
  for (auto& v : values) v.reserve(rows);
  for (size_t r = 0; r < rows; ++r) {
    bool all = true;
    for (size_t c : columns) all = all && m.at(r, c) != kUnanswered;
    if (!all) continue;
    ++complete;
    for (size_t i = 0; i < items.size(); ++i) values[i].push_back(scored_value(*items[i], m.at(r, columns[i])));
  }
  return stempush::stats::cronbach_alpha(values);
}

// Each response's group as an index into the survey's group names (in name order), found once
// per survey rather than once per response and scale.
// Answers per point, their number and their sum, for every column at once: one pass along the rows
// (a pass per column strides through the whole matrix once per item).
struct ColumnTally {
  std::vector<int> counts;  // counts[p - 1]: answers of point p
  int n = 0;
  double sum = 0;
};
std::vector<ColumnTally> tally_columns(const AnswerMatrix& m, const std::vector<const Item*>& columns) {
  std::vector<ColumnTally> tally(columns.size());
  std::vector<int> points(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) {
    points[c] = columns[c]->points;
    tally[c].counts.assign(size_t(points[c]), 0);
  }
  const size_t rows = m.width ? m.points.size() / m.width : 0;
  for (size_t r = 0; r < rows; ++r) {
    const int* row = m.points.data() + r * m.width;
    for (size_t c = 0; c < m.width; ++c) {
      const int point = row[c];
      if (point < 1 || point > points[c]) continue;  // also kUnanswered
      ColumnTally& t = tally[c];
      ++t.counts[size_t(point - 1)];
      ++t.n;
      t.sum += point;
    }
  }
  return tally;
}

struct Groups {
  bool any = false;                      // some response has a group
  std::vector<std::string_view> names;   // in name order
  std::vector<uint32_t> of;              // response -> index in names
};

Groups groups_of(const Survey& survey) {
  Groups g;
  for (auto& r : survey.responses) g.any = g.any || !r.group.empty();
  if (!g.any) return g;
  std::map<std::string_view, uint32_t> sorted;
  for (auto& r : survey.responses) sorted.emplace(r.group, 0);
  std::unordered_map<std::string_view, uint32_t> index;
  index.reserve(sorted.size());
  for (auto& [name, i] : sorted) {
    index[name] = uint32_t(g.names.size());
    g.names.push_back(name);
  }
  g.of.reserve(survey.responses.size());
  for (auto& r : survey.responses) g.of.push_back(index[r.group]);
  return g;
}

// Each group's mean scale score in one survey (from every response's score), when any response
// has a group. Sums run in response order, as a mean over each group's list of scores would.
std::vector<GroupMean> group_means(const Groups& groups, const std::vector<double>& score_of) {
  if (!groups.any) return {};
  std::vector<double> sum(groups.names.size(), 0.0);
  std::vector<int> n(groups.names.size(), 0);
  for (size_t i = 0; i < score_of.size(); ++i)
    if (!std::isnan(score_of[i])) sum[groups.of[i]] += score_of[i], ++n[groups.of[i]];
  std::vector<GroupMean> out;
  for (size_t g = 0; g < groups.names.size(); ++g)
    if (n[g] > 0) out.push_back({std::string(groups.names[g]), n[g], sum[g] / n[g]});
  return out;
}

Sentence change_sentence(const std::string& scale_name, int points, const PairedResult& c) {
  if (c.n < 2) return {"belonging.result.scale_too_few", {scale_name, std::to_string(c.n)}};
  bool clear = !(c.ci_low <= 0 && c.ci_high >= 0);
  std::string key = !clear ? "belonging.result.scale_unclear"
                           : (c.mean_diff > 0 ? "belonging.result.scale_up" : "belonging.result.scale_down");
  return {key, {scale_name, signed_number(c.mean_diff), std::to_string(points), number(c.ci_low), number(c.ci_high),
                number(c.cohens_dz), std::to_string(c.n)}};
}

Sentence alpha_sentence(const std::string& scale_name, const ScaleResult& s) {
  const auto shown = [](AlphaVerdict v) { return v != AlphaVerdict::NotShown; };
  if (s.alpha_pre_verdict == AlphaVerdict::Low || s.alpha_post_verdict == AlphaVerdict::Low) {
    const double low = s.alpha_pre_verdict == AlphaVerdict::Low ? s.alpha_pre : s.alpha_post;
    return {low < 0 ? "belonging.result.alpha_negative" : "belonging.result.alpha_low", {scale_name, number(low)}};
  }
  if (!shown(s.alpha_pre_verdict) || !shown(s.alpha_post_verdict))
    return {"belonging.result.alpha_not_shown", {scale_name, std::to_string(s.items), std::to_string(s.alpha_pre_n),
                                                 std::to_string(s.alpha_post_n), std::to_string(kAlphaMinItems),
                                                 std::to_string(kAlphaMinStudents)}};
  return {};
}

}  // namespace

AlphaVerdict alpha_verdict(int items, int complete_students, double alpha) {
  if (items < kAlphaMinItems || complete_students < kAlphaMinStudents || std::isnan(alpha)) return AlphaVerdict::NotShown;
  return alpha < kAlphaLow ? AlphaVerdict::Low : AlphaVerdict::Fine;
}

std::string render(const Sentence& sentence, Language lang) {
  std::string key = sentence.key;
  std::vector<std::string> args = sentence.args;
  for (auto& [index, words] : sentence.words)  // the survey file's words in the sentence's language
    if (index < args.size()) args[index] = words.in(lang);
  if (sentence.count >= 0) {
    key = stempush::i18n::plural_key(lang, key, sentence.count);
    args.insert(args.begin(), std::to_string(sentence.count));
  }
  auto& cat = catalog(lang);
  auto it = cat.find(key);
  if (it == cat.end()) {
    it = catalog(Language::English).find(key);
    if (it == catalog(Language::English).end()) return key;
  }
  return stempush::i18n::fill(it->second, args);
}

Results compute_results(const BelongingData& data, int min_group_size) {
  Results results;
  results.min_group_size = stempush::effective_min_group_size(min_group_size);
  const Survey& pre = data.pre;
  const Survey& post = data.post;
  std::unordered_map<std::string_view, size_t> post_by_code;
  post_by_code.reserve(post.responses.size());
  for (size_t i = 0; i < post.responses.size(); ++i) post_by_code[post.responses[i].code] = i;  // the last wins
  std::vector<std::pair<size_t, size_t>> pairs;  // (pre row, post row) of one student
  for (size_t i = 0; i < pre.responses.size(); ++i) {
    auto it = post_by_code.find(pre.responses[i].code);
    if (it != post_by_code.end()) pairs.push_back({i, it->second});
  }
  results.counts.pre = int(pre.responses.size());
  results.counts.post = int(post.responses.size());
  results.counts.paired = int(pairs.size());
  results.counts.sentence = {"belonging.result.counts", {std::to_string(results.counts.pre),
                             std::to_string(results.counts.post), std::to_string(results.counts.paired)}};

  std::vector<const Item*> columns;  // the scale items: figures are of scale items
  for (auto& item : data.bank.items)
    if (item.type == stempush::survey::ItemType::Scale) columns.push_back(&item);
  const AnswerMatrix pre_m = answer_matrix(pre, columns);
  const AnswerMatrix post_m = answer_matrix(post, columns);
  const Groups pre_groups = groups_of(pre), post_groups = groups_of(post);

  std::vector<ColumnTally> pre_tally = tally_columns(pre_m, columns), post_tally = tally_columns(post_m, columns);
  for (size_t c = 0; c < columns.size(); ++c) {
    const Item& item = *columns[c];
    ItemDistribution d;
    d.item_id = item.id;
    d.points = item.points;
    d.reverse = item.reverse;
    d.pre_counts = std::move(pre_tally[c].counts);
    d.post_counts = std::move(post_tally[c].counts);
    d.pre_n = pre_tally[c].n;
    d.post_n = post_tally[c].n;
    d.pre_mean = d.pre_n ? pre_tally[c].sum / d.pre_n : std::nan("");
    d.post_mean = d.post_n ? post_tally[c].sum / d.post_n : std::nan("");
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

  // Per scale, every response's score once (NaN: no score); the paired and group figures reuse them.
  std::vector<std::vector<double>> pre_scores_of, post_scores_of;
  for (auto& sub : data.bank.subscales) {
    std::vector<const Item*> items;
    std::vector<size_t> cols;
    for (size_t c = 0; c < columns.size(); ++c)
      if (columns[c]->subscale == sub.id) items.push_back(columns[c]), cols.push_back(c);
    if (items.empty()) continue;
    ScaleResult s;
    s.subscale_id = sub.id;
    s.items = int(items.size());
    s.points = items[0]->points;
    std::vector<double> pre_all(pre.responses.size()), post_all(post.responses.size());
    std::vector<double> pre_scores, post_scores, paired_pre, paired_post;
    for (size_t r = 0; r < pre_all.size(); ++r)
      if ((pre_all[r] = scale_score(pre_m, r, items, cols)); !std::isnan(pre_all[r])) pre_scores.push_back(pre_all[r]);
    for (size_t r = 0; r < post_all.size(); ++r)
      if ((post_all[r] = scale_score(post_m, r, items, cols)); !std::isnan(post_all[r])) post_scores.push_back(post_all[r]);
    for (auto& [a, b] : pairs) {
      double x = pre_all[a], y = post_all[b];
      if (std::isnan(x) || std::isnan(y)) continue;
      paired_pre.push_back(x);
      paired_post.push_back(y);
    }
    s.pre_n = int(pre_scores.size());
    s.post_n = int(post_scores.size());
    s.pre_mean = stempush::stats::mean(pre_scores);
    s.post_mean = stempush::stats::mean(post_scores);
    s.pre_groups = group_means(pre_groups, pre_all);
    s.post_groups = group_means(post_groups, post_all);
    s.alpha_pre = alpha_of(pre_m, items, cols, s.alpha_pre_n);
    s.alpha_post = alpha_of(post_m, items, cols, s.alpha_post_n);
    s.alpha_pre_verdict = alpha_verdict(s.items, s.alpha_pre_n, s.alpha_pre);
    s.alpha_post_verdict = alpha_verdict(s.items, s.alpha_post_n, s.alpha_post);
    s.change = stempush::stats::paired(paired_pre, paired_post);
    // The scale's name in the sentence's language (English stays the fallback of a missing one).
    s.sentence = change_sentence(sub.name.en, s.points, s.change);
    s.alpha_sentence = alpha_sentence(sub.name.en, s);
    for (Sentence* sentence : {&s.sentence, &s.alpha_sentence})
      if (!sentence->key.empty()) sentence->words.push_back({0, sub.name});
    results.scales.push_back(std::move(s));
    pre_scores_of.push_back(std::move(pre_all));
    post_scores_of.push_back(std::move(post_all));
  }

  // Breakdown by the post survey's group (falling back to pre): the group a student ended in.
  std::map<std::string, std::vector<size_t>> members;  // group -> pair indices
  for (size_t i = 0; i < pairs.size(); ++i) {
    const std::string& post_group = post.responses[pairs[i].second].group;
    const std::string& g = !post_group.empty() ? post_group : pre.responses[pairs[i].first].group;
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
      for (size_t k = 0; k < pre_scores_of.size(); ++k) {
        std::vector<double> a, b;
        for (size_t i : members[g.group]) {
          double x = pre_scores_of[k][pairs[i].first], y = post_scores_of[k][pairs[i].second];
          if (std::isnan(x) || std::isnan(y)) continue;
          a.push_back(x);
          b.push_back(y);
        }
        g.change.push_back(stempush::stats::paired(a, b));
      }
    }
    results.groups.sentence = results.groups.suppressed_groups == 0
        ? Sentence{"belonging.result.groups_none_hidden", {std::to_string(results.min_group_size)}}
        : Sentence{"belonging.result.groups_hidden", {std::to_string(results.min_group_size)}, results.groups.suppressed_groups};
  }
  return results;
}

}  // namespace belonging
