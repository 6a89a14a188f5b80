// Responses CSV and results JSON (see exports.hpp). The HTML report is in report_html.cpp.
#include <cmath>

#include "belonging/model/exports.hpp"
#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"

namespace belonging {
namespace {

nlohmann::json num(double v) { return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v); }

nlohmann::json paired_json(const stempush::stats::PairedResult& c) {
  return {{"n", c.n}, {"mean_pre", num(c.mean_pre)}, {"mean_post", num(c.mean_post)},
          {"mean_difference", num(c.mean_diff)}, {"sd_difference", num(c.sd_diff)},
          {"ci95_low", num(c.ci_low)}, {"ci95_high", num(c.ci_high)}, {"cohens_dz", num(c.cohens_dz)}};
}

nlohmann::json sentence_json(const Sentence& s) {
  return {{"en", render(s, Language::English)}, {"es", render(s, Language::Spanish)}};
}

}  // namespace

std::string responses_csv(const BelongingData& data) {
  // Human headers: the question's wording in the chosen language (the survey import matches the
  // wording in English or Spanish, and still the item ids of older files).
  const Language lang = stempush::i18n::language();
  const auto T = [&](const char* key) { return render({key, {}}, lang); };
  std::vector<stempush::csv::Row> rows;
  stempush::csv::Row header = {T("belonging.csv.survey"), T("belonging.csv.code"),
                               data.group_column_name.empty() ? T("belonging.results.group") : data.group_column_name};
  for (auto& item : data.bank.items) header.push_back(item.text.in(lang));
  rows.push_back(header);
  for (SurveyKind kind : {SurveyKind::Pre, SurveyKind::Post}) {
    for (auto& r : data.survey(kind).responses) {
      stempush::csv::Row row = {T(kind == SurveyKind::Pre ? "belonging.csv.pre" : "belonging.csv.post"), r.code, r.group};
      for (auto& item : data.bank.items) {
        auto it = r.answers.find(item.id);
        row.push_back(it == r.answers.end() ? std::string() : stempush::survey::answer_cell(item, it->second, lang));
      }
      rows.push_back(std::move(row));
    }
  }
  return stempush::csv::write(rows);
}

nlohmann::json results_json(const BelongingData& data, const Results& results) {
  nlohmann::json out;
  out["counts"] = {{"pre", results.counts.pre}, {"post", results.counts.post}, {"paired", results.counts.paired},
                   {"sentence", sentence_json(results.counts.sentence)}};
  out["items"] = nlohmann::json::array();
  for (auto& d : results.items) {
    const Item* item = data.bank.find(d.item_id);
    out["items"].push_back({{"id", d.item_id}, {"text", item ? item->text.en : ""}, {"points", d.points},
                            {"reverse", d.reverse}, {"pre_counts", d.pre_counts}, {"post_counts", d.post_counts},
                            {"pre_n", d.pre_n}, {"post_n", d.post_n}, {"pre_mean", num(d.pre_mean)},
                            {"post_mean", num(d.post_mean)}, {"sentence", sentence_json(d.sentence)}});
  }
  out["scales"] = nlohmann::json::array();
  for (auto& s : results.scales) {
    out["scales"].push_back({{"subscale", s.subscale_id}, {"items", s.items}, {"points", s.points},
                             {"pre_n", s.pre_n}, {"post_n", s.post_n}, {"pre_mean", num(s.pre_mean)},
                             {"post_mean", num(s.post_mean)}, {"alpha_pre", num(s.alpha_pre)},
                             {"alpha_post", num(s.alpha_post)}, {"paired_change", paired_json(s.change)},
                             {"sentence", sentence_json(s.sentence)}});
  }
  nlohmann::json groups = {{"present", results.groups.present}, {"column", data.group_column_name},
                           {"minimum_group_size", results.min_group_size},
                           {"suppressed_groups", results.groups.suppressed_groups}, {"groups", nlohmann::json::array()}};
  if (results.groups.present) groups["sentence"] = sentence_json(results.groups.sentence);
  for (auto& g : results.groups.groups) {
    nlohmann::json entry = {{"group", g.group}, {"suppressed", g.suppressed}};
    if (!g.suppressed) {
      // The size of a hidden group is itself hidden.
      entry["paired_n"] = g.paired_n;
      entry["scales"] = nlohmann::json::array();
      for (size_t i = 0; i < g.change.size() && i < results.scales.size(); ++i)
        entry["scales"].push_back({{"subscale", results.scales[i].subscale_id}, {"paired_change", paired_json(g.change[i])}});
    }
    groups["groups"].push_back(entry);
  }
  out["groups"] = groups;
  out["reflection"] = {{"what_happened", data.reflection.what_happened}, {"surprises", data.reflection.surprises},
                       {"what_to_change", data.reflection.what_to_change}};
  return out;
}

}  // namespace belonging
