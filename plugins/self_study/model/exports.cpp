#include "self_study/model/exports.hpp"

#include <cmath>
#include <cstdio>

#include "self_study_assets.hpp"
#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/report.hpp"

namespace self_study {
namespace {

using stempush::report::escape_html;

std::string fixed(double value, int decimals = 2) {
  if (std::isnan(value)) return stempush::tr("report.no_data");
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string signed_fixed(double value) {
  if (std::isnan(value)) return stempush::tr("report.no_data");
  return (value > 0 ? "+" : "") + fixed(value);
}

std::string tr(std::string_view key) { return stempush::tr(key); }

// Only web and mail links become clickable; anything else ("javascript:", a file path) stays text.
std::string link_html(const std::string& url) {
  bool safe = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0;
  if (!safe) return escape_html(url);
  return "<a href=\"" + escape_html(url) + "\">" + escape_html(url) + "</a>";
}

std::string answer_text(const Framework& framework, RatingState state, int level) {
  switch (state) {
    case RatingState::Rated: {
      const ScaleLevel* l = framework.scale.level(level);
      return std::to_string(level) + (l ? " \xC2\xB7 " + l->label : std::string());
    }
    case RatingState::NotApplicable: return tr("self_study.state.not_applicable");
    case RatingState::DontKnow: return tr("self_study.state.dont_know");
    case RatingState::Unrated: break;
  }
  return tr("self_study.state.unrated");
}

std::string cell(const std::string& text, bool numeric = false) {
  return std::string(numeric ? "<td class=\"num\">" : "<td>") + escape_html(text) + "</td>";
}

// One table row per area: title, mean, change, counts per level, N/A, don't know, unrated.
std::string area_row(const AreaSummary& area, bool with_change) {
  std::string row = "<tr>" + cell(area.title) + cell(fixed(area.mean), true);
  if (with_change) row += cell(signed_fixed(area.change), true);
  for (int count : area.distribution.level_counts) row += cell(std::to_string(count), true);
  row += cell(std::to_string(area.distribution.not_applicable), true) +
         cell(std::to_string(area.distribution.dont_know), true) + cell(std::to_string(area.distribution.unrated), true);
  return row + "</tr>\n";
}

std::string area_header(const Framework& framework, const std::string& first, bool with_change) {
  std::string row = "<thead><tr><th scope=\"col\">" + escape_html(first) + "</th><th scope=\"col\" class=\"num\">" +
                    escape_html(tr("self_study.report.mean")) + "</th>";
  if (with_change) row += "<th scope=\"col\" class=\"num\">" + escape_html(tr("self_study.report.change")) + "</th>";
  for (auto& level : framework.scale.levels)
    row += "<th scope=\"col\" class=\"num\">" + escape_html(std::to_string(level.value) + " " + level.label) + "</th>";
  row += "<th scope=\"col\" class=\"num\">" + escape_html(tr("self_study.state.not_applicable")) +
         "</th><th scope=\"col\" class=\"num\">" + escape_html(tr("self_study.state.dont_know")) +
         "</th><th scope=\"col\" class=\"num\">" + escape_html(tr("self_study.report.no_consensus")) + "</th>";
  return row + "</tr></thead>\n";
}

// The opening tag of an area table: "wide" (smaller type in print) when it has many columns.
std::string area_table(const Framework& framework, bool with_change) {
  const size_t columns = 2 + (with_change ? 1 : 0) + framework.scale.levels.size() + 3;
  return columns > stempush::report::kWideTableColumns ? "<table class=\"wide\">\n" : "<table>\n";
}

std::string ranked_list(const std::vector<RankedStandard>& list) {
  if (list.empty()) return "<p class=\"muted\">" + escape_html(tr("self_study.report.none")) + "</p>";
  std::string html = "<ul>\n";
  for (auto& r : list) html += "<li>" + escape_html(r.title) + " (" + escape_html(fixed(r.mean)) + ")</li>\n";
  return html + "</ul>";
}

std::string indicator_label(const Framework& framework, const std::string& indicator_id) {
  auto ref = framework.find_indicator(indicator_id);
  return ref.indicator ? ref.indicator->text : tr("self_study.report.indicator_removed");
}

}  // namespace

void ensure_self_study_catalogs() {
  for (auto& key : stempush::i18n::keys(stempush::i18n::Language::English))
    if (key == "self_study.report.title") return;
  stempush::i18n::add_catalog(stempush::i18n::Language::English, self_study_assets::asset("i18n/en.json"));
  stempush::i18n::add_catalog(stempush::i18n::Language::Spanish, self_study_assets::asset("i18n/es.json"));
}

std::string html_report(const SelfStudyModel& model, std::string_view cycle_id, std::string_view program_name) {
  ensure_self_study_catalogs();
  const Cycle* cycle = model.cycle(cycle_id);
  if (!cycle) throw std::invalid_argument("no self-study cycle \"" + std::string(cycle_id) + "\"");
  const Framework& framework = model.labelled_framework();
  CycleSummary summary = model.summary(cycle_id);
  const Cycle* previous = summary.previous_cycle_id.empty() ? nullptr : model.cycle(summary.previous_cycle_id);
  bool with_change = previous != nullptr;

  std::string title = tr("self_study.report.title");
  if (!program_name.empty()) title += ": " + std::string(program_name);
  stempush::report::HtmlReport report(title, stempush::i18n::language_code(stempush::i18n::language()));
  report.context({std::string(program_name), cycle->name, cycle->date, tr("self_study.report.cycle")});

  // The summary: the figures a board asks about, in sentences, then the chart by domain.
  const Distribution& all = summary.overall.distribution;
  const int total = all.total();
  int at_or_above = 0;
  for (size_t i = 0; i < all.level_counts.size(); ++i)
    if (int(i) + 1 >= framework.scale.meets_level) at_or_above += all.level_counts[i];
  const ScaleLevel* meets = framework.scale.level(framework.scale.meets_level);
  if (meets)
    report.point(stempush::trn("self_study.report.point.meets", at_or_above, {std::to_string(total), meets->label}));
  if (!std::isnan(summary.overall.mean)) {
    if (with_change && !std::isnan(summary.overall.previous_mean))
      report.point(stempush::trf("self_study.report.point.mean_change",
                                 {fixed(summary.overall.mean), std::to_string(framework.scale.max()),
                                  fixed(summary.overall.previous_mean), previous->name}));
    else
      report.point(stempush::trf("self_study.report.point.mean", {fixed(summary.overall.mean), std::to_string(framework.scale.max())}));
  }
  const DomainSummary *best = nullptr, *worst = nullptr;
  for (auto& d : summary.domains) {
    if (std::isnan(d.area.mean)) continue;
    if (!best || d.area.mean > best->area.mean) best = &d;
    if (!worst || d.area.mean < worst->area.mean) worst = &d;
  }
  if (best && worst && best != worst)
    report.point(stempush::trf("self_study.report.point.best_worst",
                               {best->area.title, fixed(best->area.mean), worst->area.title, fixed(worst->area.mean)}));
  if (all.unrated > 0) report.point(stempush::trn("self_study.report.point.unrated", all.unrated));
  if (all.not_applicable + all.dont_know > 0)
    report.point(stempush::trf("self_study.report.point.not_counted",
                               {std::to_string(all.not_applicable), std::to_string(all.dont_know)}));
  if (!model.priorities().empty())
    report.point(stempush::trn("self_study.report.point.priorities", long(model.priorities().size())));
  std::vector<stempush::report::Bar> bars;
  for (auto& d : summary.domains)
    bars.push_back({d.area.title, d.area.mean, with_change && !std::isnan(d.area.previous_mean) ? d.area.previous_mean : -1});
  report.summary().raw("<div class=\"figure\">" +
                       stempush::report::svg_bar_chart(bars, framework.scale.min(), framework.scale.max(), cycle->name,
                                                       previous ? std::string_view(previous->name) : std::string_view(),
                                                       stempush::i18n::language_code(stempush::i18n::language())) +
                       "</div>");
  report.summary().raw("<p class=\"muted\">" + escape_html(tr("self_study.report.summary_rule")) + "</p>");

  // The appendix: only what has data.
  std::string people;
  for (auto& p : cycle->participants)
    people += (people.empty() ? "" : ", ") + p.name + (p.role.empty() ? "" : " (" + p.role + ")");
  std::vector<std::vector<std::string>> about = {{tr("self_study.report.framework"), framework.title + " " + framework.version}};
  if (!people.empty()) about.push_back({tr("self_study.report.participants"), people});
  if (previous) about.push_back({tr("self_study.report.compared_with"), previous->name + " (" + previous->date + ")"});
  report.appendix(tr("self_study.report.about")).table({}, about);

  std::string table = area_table(framework, with_change) + area_header(framework, tr("self_study.report.domain"), with_change) + "<tbody>\n";
  for (auto& d : summary.domains) table += area_row(d.area, with_change);
  table += "</tbody><tfoot>" + area_row(summary.overall, with_change) + "</tfoot></table>";
  report.appendix(tr("self_study.report.by_domain")).raw(table);

  if (!summary.strengths.empty()) report.appendix(tr("self_study.report.strengths")).raw(ranked_list(summary.strengths));
  if (!summary.lowest.empty()) report.appendix(tr("self_study.report.lowest")).raw(ranked_list(summary.lowest));

  auto& by_standard = report.appendix(tr("self_study.report.by_standard"));
  for (auto& d : summary.domains) {
    std::string rows;
    for (auto& s : d.standards)
      if (s.distribution.unrated < s.distribution.total()) rows += area_row(s, with_change);  // something recorded
    if (rows.empty()) continue;
    by_standard.heading(d.area.title, 4);
    by_standard.raw(area_table(framework, with_change) + area_header(framework, tr("self_study.report.standard"), with_change) + "<tbody>\n" +
                    rows + "</tbody></table>");
  }

  if (!model.priorities().empty()) {
    std::string rows = "<table>\n<thead><tr>";
    for (auto* key : {"self_study.report.indicator", "self_study.priority.aim", "self_study.priority.owner",
                      "self_study.priority.due", "self_study.priority.status", "self_study.priority.change_ideas"})
      rows += "<th scope=\"col\">" + escape_html(tr(key)) + "</th>";
    rows += "</tr></thead>\n<tbody>\n";
    for (auto& p : model.priorities()) {
      std::string ideas = "<ul>";
      for (auto& idea : p.change_ideas) ideas += "<li>" + escape_html(idea) + "</li>";
      ideas += "</ul>";
      rows += "<tr>" + cell(indicator_label(framework, p.indicator_id)) + cell(p.aim) + cell(p.owner) +
              cell(p.due_date) + cell(tr(std::string("self_study.status.") + to_string(p.status))) + "<td>" +
              (p.change_ideas.empty() ? std::string() : ideas) + "</td></tr>\n";
    }
    report.appendix(tr("self_study.report.priorities")).raw(rows + "</tbody></table>");
  }

  // The evidence: per indicator that has a consensus or a rating, the consensus with its
  // rationale and what each person said.
  auto& evidence = report.appendix(tr("self_study.report.evidence"));
  for (auto& domain : framework.domains) {
    std::string rows;
    for (auto& standard : domain.standards)
      for (auto& indicator : standard.indicators) {
        const Consensus* c = cycle->consensus_for(indicator.id);
        std::string said;
        for (auto& p : cycle->participants) {
          const Rating* r = p.rating(indicator.id);
          if (!r || (r->state == RatingState::Unrated && r->evidence.empty() && r->links.empty() && r->note.empty())) continue;
          said += "<div><strong>" + escape_html(p.name) + ":</strong> " + escape_html(answer_text(framework, r->state, r->level));
          if (!r->evidence.empty()) said += "<br/>" + escape_html(r->evidence);
          for (auto& link : r->links) said += "<br/>" + link_html(link);
          if (!r->note.empty()) said += "<br/><em>" + escape_html(r->note) + "</em>";
          said += "</div>";
        }
        const bool agreed = c && c->state != RatingState::Unrated;
        if (!agreed && said.empty()) continue;
        rows += "<tr>" + cell(indicator.text) + "<td>" +
                escape_html(agreed ? answer_text(framework, c->state, c->level) : tr("self_study.report.no_consensus"));
        if (c && !c->rationale.empty()) rows += "<br/><span class=\"muted\">" + escape_html(c->rationale) + "</span>";
        rows += "</td><td>" + (said.empty() ? escape_html(tr("self_study.report.no_ratings")) : said) + "</td></tr>\n";
      }
    if (rows.empty()) continue;
    evidence.heading(domain.title, 4);
    evidence.raw("<table>\n<thead><tr><th scope=\"col\">" + escape_html(tr("self_study.report.indicator")) +
                 "</th><th scope=\"col\">" + escape_html(tr("self_study.report.consensus")) + "</th><th scope=\"col\">" +
                 escape_html(tr("self_study.report.ratings")) + "</th></tr></thead>\n<tbody>\n" + rows + "</tbody></table>");
  }
  if (!framework.notice.empty() || !framework.source.empty()) {
    auto& about = report.appendix(tr("self_study.report.source"));
    if (!framework.notice.empty()) about.raw("<p class=\"muted\">" + escape_html(framework.notice) + "</p>");
    if (!framework.source.empty()) about.raw("<p class=\"muted\">" + escape_html(framework.source) + "</p>");
  }
  return report.str();
}

std::string ratings_csv(const SelfStudyModel& model) {
  ensure_self_study_catalogs();
  const Framework& framework = model.labelled_framework();
  const std::string lang = stempush::i18n::language_code(stempush::i18n::language());
  std::vector<stempush::csv::Row> rows;
  // Human labels first; the ids a program needs to join or re-import, last, under their own label.
  stempush::csv::Row header;
  for (auto* key : {"cycle", "date", "person", "role", "domain", "standard", "indicator", "answer", "level",
                    "level_label", "evidence", "links", "note"})
    header.push_back(tr(std::string("self_study.csv.") + key));
  for (auto* key : {"cycle", "person", "indicator"})
    header.push_back(stempush::report::reference_header(tr(std::string("self_study.csv.") + key), lang));
  rows.push_back(header);
  for (auto& cycle : model.cycles())
    for (auto& p : cycle.participants)
      for (auto& domain : framework.domains)
        for (auto& standard : domain.standards)
          for (auto& indicator : standard.indicators) {
            const Rating* r = p.rating(indicator.id);
            Rating rating = r ? *r : Rating{};
            const ScaleLevel* level = rating.state == RatingState::Rated ? framework.scale.level(rating.level) : nullptr;
            std::string links;
            for (auto& link : rating.links) links += (links.empty() ? "" : " ") + link;
            rows.push_back({cycle.name, cycle.date, p.name, p.role, domain.title, standard.title, indicator.text,
                            tr(std::string("self_study.state.") + to_string(rating.state)),
                            level ? std::to_string(level->value) : std::string(), level ? level->label : std::string(),
                            rating.evidence, links, rating.note, cycle.id, p.id, indicator.id});
          }
  return stempush::csv::write(rows);
}

nlohmann::json deidentified_summary(const SelfStudyModel& model) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  using nlohmann::json;
  const Framework& framework = model.labelled_framework();
  json out;
  out["format"] = "stempush-self-study-shared-summary";
  out["format_version"] = 1;
  json& about = out["framework"];
  about["id"] = framework.id;
  about["version"] = framework.version;
  out["scale_levels"] = framework.scale.levels.size();
  json& cycles = out["cycles"] = json::array();
  for (auto& cycle : model.cycles()) {
    CycleSummary summary = model.summary(cycle.id);
    json& jc = cycles.emplace_back();
    jc["date"] = cycle.date;
    jc["participants"] = cycle.participants.size();
    json& consensus = jc["consensus"] = json::object();
    for (auto& domain : framework.domains)
      for (auto& standard : domain.standards)
        for (auto& indicator : standard.indicators) {
          const Consensus* c = cycle.consensus_for(indicator.id);
          RatingState state = c ? c->state : RatingState::Unrated;
          json& item = consensus[indicator.id];
          item["state"] = to_string(state);
          if (state == RatingState::Rated) item["level"] = c->level;
        }
    json& domains = jc["domains"] = json::array();
    for (auto& d : summary.domains) {
      json& jd = domains.emplace_back();
      jd["id"] = d.area.id;
      jd["mean"] = std::isnan(d.area.mean) ? json(nullptr) : json(d.area.mean);
      jd["levels"] = d.area.distribution.level_counts;
      jd["not_applicable"] = d.area.distribution.not_applicable;
      jd["dont_know"] = d.area.distribution.dont_know;
      jd["unrated"] = d.area.distribution.unrated;
    }
  }
  json& priorities = out["priorities"] = json::array();
  for (auto& p : model.priorities()) {
    json& jp = priorities.emplace_back();
    jp["indicator"] = p.indicator_id;
    jp["status"] = to_string(p.status);
  }
  return out;
}

}  // namespace self_study
