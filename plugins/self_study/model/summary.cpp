#include "self_study/model/summary.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace self_study {
using nlohmann::json;
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void count_answer(Distribution& d, RatingState state, int level) {
  switch (state) {
    case RatingState::Rated:
      // Levels are checked on every way in; a stray one is counted as unrated, never indexed.
      if (level >= 1 && static_cast<size_t>(level) <= d.level_counts.size()) ++d.level_counts[static_cast<size_t>(level - 1)];
      else ++d.unrated;
      break;
    case RatingState::NotApplicable: ++d.not_applicable; break;
    case RatingState::DontKnow: ++d.dont_know; break;
    case RatingState::Unrated: ++d.unrated; break;
  }
}

double mean_of(const Distribution& d) {
  int n = d.rated();
  if (n == 0) return kNaN;
  double sum = 0;
  for (size_t i = 0; i < d.level_counts.size(); ++i) sum += static_cast<double>(i + 1) * d.level_counts[i];
  return sum / n;
}

AreaSummary empty_area(const std::string& id, const std::string& title, const RatingScale& scale) {
  AreaSummary a;
  a.id = id;
  a.title = title;
  a.distribution.level_counts.assign(scale.levels.size(), 0);
  a.mean = a.previous_mean = a.change = kNaN;
  return a;
}

// Summary of one cycle without comparison.
CycleSummary summarize_alone(const Framework& framework, const Cycle& cycle) {
  CycleSummary s;
  s.cycle_id = cycle.id;
  s.overall = empty_area("", framework.title, framework.scale);
  for (auto& domain : framework.domains) {
    DomainSummary ds;
    ds.area = empty_area(domain.id, domain.title, framework.scale);
    for (auto& standard : domain.standards) {
      AreaSummary ss = empty_area(standard.id, standard.title, framework.scale);
      for (auto& indicator : standard.indicators) {
        const Consensus* c = cycle.consensus_for(indicator.id);
        RatingState state = c ? c->state : RatingState::Unrated;
        int level = c ? c->level : 0;
        for (AreaSummary* area : {&ss, &ds.area, &s.overall}) {
          ++area->indicators;
          count_answer(area->distribution, state, level);
        }
      }
      ss.mean = mean_of(ss.distribution);
      ds.standards.push_back(std::move(ss));
    }
    ds.area.mean = mean_of(ds.area.distribution);
    s.domains.push_back(std::move(ds));
  }
  s.overall.mean = mean_of(s.overall.distribution);
  return s;
}

void compare(AreaSummary& now, const AreaSummary* before) {
  if (!before) return;
  now.previous_mean = before->mean;
  now.change = now.mean - before->mean;  // NaN propagates when either is NaN
}

// Sorts by date; std::stable_sort keeps list order for equal dates.
std::vector<const Cycle*> by_date(const std::vector<Cycle>& cycles) {
  std::vector<const Cycle*> sorted;
  for (auto& c : cycles) sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Cycle* a, const Cycle* b) { return a->date < b->date; });
  return sorted;
}

json number_or_null(double value) { return std::isnan(value) ? json(nullptr) : json(value); }

json distribution_json(const Distribution& d) {
  return {{"levels", d.level_counts}, {"rated", d.rated()},         {"not_applicable", d.not_applicable},
          {"dont_know", d.dont_know}, {"unrated", d.unrated}};
}

json area_json(const AreaSummary& a) {
  return {{"id", a.id},
          {"title", a.title},
          {"indicators", a.indicators},
          {"mean", number_or_null(a.mean)},
          {"previous_mean", number_or_null(a.previous_mean)},
          {"change", number_or_null(a.change)},
          {"distribution", distribution_json(a.distribution)}};
}

json ranked_json(const std::vector<RankedStandard>& list) {
  json out = json::array();
  for (auto& r : list) out.push_back({{"standard", r.standard_id}, {"domain", r.domain_id}, {"title", r.title}, {"mean", r.mean}});
  return out;
}

}  // namespace

int Distribution::rated() const {
  int n = 0;
  for (int c : level_counts) n += c;
  return n;
}

std::vector<DomainProgress> rating_progress(const Framework& framework, const Cycle& cycle) {
  std::vector<DomainProgress> out;
  for (auto& domain : framework.domains) {
    DomainProgress p;
    p.domain_id = domain.id;
    p.answered_by_participant.assign(cycle.participants.size(), 0);
    for (auto& standard : domain.standards)
      for (auto& indicator : standard.indicators) {
        ++p.indicators;
        for (size_t i = 0; i < cycle.participants.size(); ++i) {
          const Rating* r = cycle.participants[i].rating(indicator.id);
          if (r && r->answered()) ++p.answered_by_participant[i];
        }
        const Consensus* c = cycle.consensus_for(indicator.id);
        if (c && c->state != RatingState::Unrated) ++p.with_consensus;
      }
    for (int n : p.answered_by_participant) p.answered += n;
    p.possible = p.indicators * static_cast<int>(cycle.participants.size());
    out.push_back(std::move(p));
  }
  return out;
}

int disagreements_to_discuss(const std::vector<ConsensusRow>& rows) {
  return int(std::count_if(rows.begin(), rows.end(), [](const ConsensusRow& r) { return r.to_discuss(); }));
}

std::vector<ConsensusRow> consensus_rows(const Framework& framework, const Cycle& cycle) {
  std::vector<ConsensusRow> rows;
  for (auto& domain : framework.domains)
    for (auto& standard : domain.standards)
      for (auto& indicator : standard.indicators) {
        ConsensusRow row;
        row.indicator_id = indicator.id;
        row.standard_id = standard.id;
        row.domain_id = domain.id;
        std::vector<int> levels;
        for (auto& participant : cycle.participants) {
          const Rating* r = participant.rating(indicator.id);
          ParticipantAnswer answer{participant.id, r ? r->state : RatingState::Unrated, r ? r->level : 0};
          switch (answer.state) {
            case RatingState::Rated: ++row.rated; levels.push_back(answer.level); break;
            case RatingState::NotApplicable: ++row.not_applicable; break;
            case RatingState::DontKnow: ++row.dont_know; break;
            case RatingState::Unrated: ++row.unrated; break;
          }
          row.answers.push_back(answer);
        }
        if (!levels.empty()) {
          std::sort(levels.begin(), levels.end());
          row.lowest = levels.front();
          row.highest = levels.back();
          row.spread = row.highest - row.lowest;
          row.suggested_level = levels[(levels.size() - 1) / 2];
        }
        row.disagreement = row.spread >= kDisagreementSpread;
        if (const Consensus* c = cycle.consensus_for(indicator.id)) row.consensus = *c;
        rows.push_back(std::move(row));
      }
  // Disagreements first, widest first; the rest keep framework order (stable sort).
  std::stable_sort(rows.begin(), rows.end(), [](const ConsensusRow& a, const ConsensusRow& b) {
    if (a.disagreement != b.disagreement) return a.disagreement;
    return a.disagreement && a.spread > b.spread;
  });
  return rows;
}

const Cycle* previous_cycle(const std::vector<Cycle>& cycles, const std::string& cycle_id) {
  auto sorted = by_date(cycles);
  for (size_t i = 0; i < sorted.size(); ++i)
    if (sorted[i]->id == cycle_id) return i == 0 ? nullptr : sorted[i - 1];
  return nullptr;
}

const Cycle* latest_cycle(const std::vector<Cycle>& cycles) {
  auto sorted = by_date(cycles);
  return sorted.empty() ? nullptr : sorted.back();
}

CycleSummary summarize(const Framework& framework, const Cycle& cycle, const Cycle* previous) {
  CycleSummary s = summarize_alone(framework, cycle);
  if (previous) {
    CycleSummary before = summarize_alone(framework, *previous);
    s.previous_cycle_id = previous->id;
    compare(s.overall, &before.overall);
    // Same framework, same order: domains and standards line up by index.
    for (size_t d = 0; d < s.domains.size(); ++d) {
      compare(s.domains[d].area, &before.domains[d].area);
      for (size_t k = 0; k < s.domains[d].standards.size(); ++k)
        compare(s.domains[d].standards[k], &before.domains[d].standards[k]);
    }
  }
  std::vector<RankedStandard> ranked;
  for (auto& d : s.domains)
    for (auto& st : d.standards)
      if (!std::isnan(st.mean)) ranked.push_back({st.id, d.area.id, st.title, st.mean});
  double meets = framework.scale.meets_level;
  for (auto& r : ranked) (r.mean >= meets ? s.strengths : s.lowest).push_back(r);
  std::stable_sort(s.strengths.begin(), s.strengths.end(),
                   [](const RankedStandard& a, const RankedStandard& b) { return a.mean > b.mean; });
  std::stable_sort(s.lowest.begin(), s.lowest.end(),
                   [](const RankedStandard& a, const RankedStandard& b) { return a.mean < b.mean; });
  if (s.strengths.size() > CycleSummary::kListLength) s.strengths.resize(CycleSummary::kListLength);
  if (s.lowest.size() > CycleSummary::kListLength) s.lowest.resize(CycleSummary::kListLength);
  return s;
}

json summary_to_json(const Framework& framework, const Cycle& cycle, const CycleSummary& summary,
                     const std::vector<DomainProgress>& progress) {
  json domains = json::array();
  for (size_t d = 0; d < summary.domains.size(); ++d) {
    json item = area_json(summary.domains[d].area);
    json standards = json::array();
    for (auto& st : summary.domains[d].standards) standards.push_back(area_json(st));
    item["standards"] = std::move(standards);
    if (d < progress.size()) {
      auto& p = progress[d];
      json by_participant = json::object();
      for (size_t i = 0; i < cycle.participants.size() && i < p.answered_by_participant.size(); ++i)
        by_participant[cycle.participants[i].id] = p.answered_by_participant[i];
      item["progress"] = {{"answered", p.answered}, {"possible", p.possible}, {"with_consensus", p.with_consensus},
                          {"answered_by_participant", std::move(by_participant)}};
    }
    domains.push_back(std::move(item));
  }
  json scale = json::array();
  for (auto& l : framework.scale.levels) scale.push_back({{"value", l.value}, {"label", l.label}});
  return {{"framework", {{"id", framework.id}, {"version", framework.version}, {"title", framework.title}}},
          {"scale", std::move(scale)},
          {"meets_level", framework.scale.meets_level},
          {"cycle", {{"id", cycle.id}, {"name", cycle.name}, {"date", cycle.date},
                     {"participants", cycle.participants.size()}}},
          {"previous_cycle", summary.previous_cycle_id.empty() ? json(nullptr) : json(summary.previous_cycle_id)},
          {"overall", area_json(summary.overall)},
          {"domains", std::move(domains)},
          {"strengths", ranked_json(summary.strengths)},
          {"lowest", ranked_json(summary.lowest)}};
}

}  // namespace self_study
