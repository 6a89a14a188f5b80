// The funnel arithmetic and its sentences (see funnel.hpp).
#include "recruitment/model/funnel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/table_import.hpp"

namespace recruitment {
namespace {

void add_through(StageCounts& counts, Stage reached) {
  for (int s = 0; s <= int(reached); ++s) ++counts[size_t(s)];
}

// "applied", "were accepted": agreeing with how many students it is said of.
std::string verb(Stage s, long long students) { return stempush::trn(std::string("recruitment.verb.") + stage_id(s), students); }

}  // namespace

Funnel compute_funnel(const RecruitmentData& data, int year, int baseline_year) {
  Funnel f;
  f.year = year;
  f.baseline_year = baseline_year;
  f.total.label = stempush::tr("recruitment.funnel.all_students");

  // Community rows first in the user's order, so the list reads as the program set it up.
  std::unordered_map<std::string, size_t> community_row;
  auto community_index = [&](const std::string& id) -> size_t {
    auto it = community_row.find(id);
    if (it != community_row.end()) return it->second;
    FunnelRow row;
    row.key = id;
    if (const Community* c = data.community(id)) {
      row.label = c->name;
      row.focus = c->focus;
    } else {
      row.label = stempush::tr("recruitment.funnel.unknown_community");
    }
    f.by_community.push_back(row);
    return community_row[id] = f.by_community.size() - 1;
  };
  for (auto& c : data.communities)
    if (c.focus) community_index(c.id);

  std::unordered_map<std::string, size_t> source_row;
  auto source_index = [&](const std::string& source) -> size_t {
    auto known = source_row.find(source);
    if (known != source_row.end()) return known->second;
    FunnelRow row;
    if (source == "hand") {
      row.key = "hand";
      row.label = stempush::tr("recruitment.funnel.by_hand");
    } else if (const Space* s = data.space(source)) {
      row.key = s->id;
      row.label = s->name;
      row.new_space = s->is_new;
    } else if (stempush::table_import::fold_header(source).empty()) {
      row.key = "";
      row.label = stempush::tr("recruitment.funnel.unknown_source");
    } else {
      // Free text: "Instagram" and "instagram " are one source.
      const std::string key = "text:" + stempush::table_import::fold_header(source);
      for (size_t i = 0; i < f.by_source.size(); ++i)
        if (f.by_source[i].key == key) return source_row[source] = i;
      row.key = key;
      row.label = source;
    }
    f.by_source.push_back(row);
    return source_row[source] = f.by_source.size() - 1;
  };

  auto count_focus = [&](bool now, bool focus, const StageCounts& c) {
    Share& applicants = now ? f.focus_applicants_now : f.focus_applicants_base;
    Share& enrolled = now ? f.focus_enrolled_now : f.focus_enrolled_base;
    applicants.whole += c[size_t(Stage::Applied)];
    enrolled.whole += c[size_t(Stage::Enrolled)];
    if (focus) {
      applicants.part += c[size_t(Stage::Applied)];
      enrolled.part += c[size_t(Stage::Enrolled)];
    }
  };

  for (const Student& s : data.students) {
    const bool now = s.year == year;
    if (!now && s.year != baseline_year) continue;
    StageCounts one{};
    add_through(one, s.stage);
    auto add = [&](FunnelRow& row) {
      StageCounts& c = now ? row.now : row.base;
      for (size_t k = 0; k < kStageCount; ++k) c[k] += one[k];
    };
    add(f.total);
    const size_t community = community_index(s.community);  // its row knows whether it is a focus community
    add(f.by_community[community]);
    add(f.by_source[source_index(s.source)]);
    count_focus(now, f.by_community[community].focus, one);
  }
  for (const HandCount& h : data.hand_counts) {
    const bool now = h.year == year;
    if (!now && h.year != baseline_year) continue;
    StageCounts c = h.counts;
    auto add = [&](FunnelRow& row) {
      StageCounts& t = now ? row.now : row.base;
      for (size_t k = 0; k < kStageCount; ++k) t[k] += c[k];
    };
    add(f.total);
    const size_t community = community_index(h.community);
    add(f.by_community[community]);
    add(f.by_source[source_index("hand")]);
    count_focus(now, f.by_community[community].focus, c);
  }
  // Unknown rows last: they are what the program should shrink, not what it reads first.
  auto unknown_last = [](std::vector<FunnelRow>& rows) {
    std::stable_partition(rows.begin(), rows.end(), [](const FunnelRow& r) { return !r.key.empty(); });
  };
  unknown_last(f.by_community);
  unknown_last(f.by_source);
  return f;
}

std::optional<double> conversion(const StageCounts& counts, Stage from, Stage to) {
  const int whole = counts[size_t(from)];
  if (whole <= 0) return std::nullopt;
  return 100.0 * counts[size_t(to)] / whole;
}

std::string percent_text(std::optional<double> percent) {
  if (!percent || !std::isfinite(*percent)) return "\xe2\x80\x93";  // en dash
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", *percent);
  return buf;
}

std::string stage_name(Stage s) { return stempush::tr(std::string("recruitment.stage.") + stage_id(s)); }

std::string conversion_sentence(const StageCounts& counts, Stage from, Stage to, const std::string& group, int year) {
  const std::string of_group = group.empty() ? "" : stempush::trf("recruitment.sentence.of_group", {group});
  auto c = conversion(counts, from, to);
  if (!c)
    return stempush::trf("recruitment.sentence.no_base", {of_group, stage_name(from), stage_name(to), std::to_string(year)});
  return stempush::trn("recruitment.sentence.conversion", counts[size_t(from)],
                       {std::to_string(counts[size_t(to)]), of_group, verb(from, counts[size_t(from)]), verb(to, counts[size_t(to)]),
                        percent_text(c), std::to_string(year)});
}

std::string focus_share_sentence(const Share& share, Stage stage, int year) {
  if (share.whole == 0)
    return stempush::trf("recruitment.sentence.focus_none", {stage_name(stage), std::to_string(year)});
  return stempush::trn("recruitment.sentence.focus_share", share.whole,
                       {std::to_string(share.part), verb(stage, share.whole), std::to_string(year), percent_text(share.percent())});
}

bool is_suppressed(int count, int min_group_size) { return count > 0 && count < min_group_size; }

namespace {

nlohmann::json counts_json(const StageCounts& c, int k) {
  nlohmann::json out = nlohmann::json::object();
  for (int s = 0; s < kStageCount; ++s) {
    if (k > 0 && is_suppressed(c[size_t(s)], k)) out[stage_id(Stage(s))] = {{"suppressed", true}};
    else out[stage_id(Stage(s))] = c[size_t(s)];
  }
  return out;
}

nlohmann::json conversions_json(const StageCounts& c, int k) {
  nlohmann::json out = nlohmann::json::array();
  for (int s = 0; s + 1 < kStageCount; ++s) {
    nlohmann::json step = {{"from", stage_id(Stage(s))}, {"to", stage_id(Stage(s + 1))}};
    auto p = conversion(c, Stage(s), Stage(s + 1));
    if (k > 0 && (is_suppressed(c[size_t(s)], k) || is_suppressed(c[size_t(s + 1)], k))) step["suppressed"] = true;
    else if (p) step["percent"] = *p;
    else step["percent"] = nullptr;  // nobody at the earlier stage: no share, never NaN
    out.push_back(step);
  }
  return out;
}

nlohmann::json row_json(const FunnelRow& r, int k) {
  nlohmann::json j = {{"key", r.key}, {"label", r.label}, {"now", counts_json(r.now, k)}, {"baseline", counts_json(r.base, k)},
                      {"conversion_now", conversions_json(r.now, k)}, {"conversion_baseline", conversions_json(r.base, k)}};
  if (r.focus) j["focus"] = true;
  if (r.new_space) j["new_space"] = true;
  return j;
}

nlohmann::json share_json(const Share& s, int k) {
  if (k > 0 && (is_suppressed(s.part, k) || is_suppressed(s.whole, k))) return {{"suppressed", true}};
  nlohmann::json j = {{"part", s.part}, {"whole", s.whole}};
  auto p = s.percent();
  j["percent"] = p ? nlohmann::json(*p) : nlohmann::json(nullptr);
  return j;
}

}  // namespace

nlohmann::json funnel_json(const Funnel& f, int k) {
  nlohmann::json j = {{"year", f.year}, {"baseline_year", f.baseline_year}, {"total", row_json(f.total, k)}};
  j["by_community"] = nlohmann::json::array();
  for (auto& r : f.by_community) j["by_community"].push_back(row_json(r, k));
  j["by_source"] = nlohmann::json::array();
  for (auto& r : f.by_source) j["by_source"].push_back(row_json(r, k));
  j["focus_share"] = {{"applicants_now", share_json(f.focus_applicants_now, k)},
                      {"applicants_baseline", share_json(f.focus_applicants_base, k)},
                      {"enrolled_now", share_json(f.focus_enrolled_now, k)},
                      {"enrolled_baseline", share_json(f.focus_enrolled_base, k)}};
  if (k > 0) j["min_group_size"] = k;
  return j;
}

}  // namespace recruitment
