// Exports (see exports.hpp).
#include "recruitment/model/exports.hpp"

#include <stdexcept>

#include "stempush/calendar.hpp"
#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/report.hpp"

namespace recruitment {
namespace {

std::string community_name(const RecruitmentData& d, const std::string& id) {
  const Community* c = d.community(id);
  return c ? c->name : std::string();
}

std::string count_cell(int n, int k) { return is_suppressed(n, k) ? "suppressed" : std::to_string(n); }

std::string conversion_cell(const StageCounts& c, int s, int k) {
  if (is_suppressed(c[size_t(s)], k) || is_suppressed(c[size_t(s + 1)], k)) return "suppressed";
  return percent_text(conversion(c, Stage(s), Stage(s + 1)));
}

// "HH:MM" plus an hour, kept within the day; text that is not a time is returned for the writer to refuse.
std::string one_hour_after(const std::string& start) {
  if (start.size() != 5 || start[2] != ':') return start;
  int h = (start[0] - '0') * 10 + (start[1] - '0') + 1;
  if (h > 23) return "23:59";
  return (h < 10 ? "0" : "") + std::to_string(h) + start.substr(2);
}

}  // namespace

std::string spaces_csv(const RecruitmentData& d) {
  std::vector<stempush::csv::Row> rows{{"id", "name", "kind", "community", "contact", "status", "new_this_year", "notes"}};
  for (auto& s : d.spaces)
    rows.push_back({s.id, s.name, s.kind, community_name(d, s.community), s.contact, space_status_id(s.status),
                    s.is_new ? "yes" : "no", s.notes});
  return stempush::csv::write(rows);
}

std::string events_csv(const RecruitmentData& d) {
  std::vector<stempush::csv::Row> rows{
      {"id", "title", "kind", "date", "start", "end", "space", "who", "materials", "expected_reach", "held"}};
  for (auto& e : d.events) {
    std::string materials;
    for (auto& m : e.materials)
      if (const Material* found = d.material(m)) materials += (materials.empty() ? "" : "; ") + found->name;
    const Space* space = d.space(e.space);
    rows.push_back({e.id, e.title, event_kind_id(e.kind), e.date, e.start, e.end, space ? space->name : "", e.who,
                    materials, std::to_string(e.expected_reach), e.held ? "yes" : "no"});
  }
  return stempush::csv::write(rows);
}

std::string funnel_csv(const Funnel& f, int k) {
  std::vector<stempush::csv::Row> rows;
  stempush::csv::Row header{"breakdown", "group", "year"};
  for (int s = 0; s < kStageCount; ++s) header.push_back(stage_id(Stage(s)));
  for (int s = 0; s + 1 < kStageCount; ++s) header.push_back(std::string(stage_id(Stage(s))) + "_to_" + stage_id(Stage(s + 1)));
  rows.push_back(header);
  auto add = [&](const char* breakdown, const FunnelRow& r) {
    for (bool now : {true, false}) {
      const StageCounts& c = now ? r.now : r.base;
      stempush::csv::Row row{breakdown, r.label, std::to_string(now ? f.year : f.baseline_year)};
      for (int s = 0; s < kStageCount; ++s) row.push_back(count_cell(c[size_t(s)], k));
      for (int s = 0; s + 1 < kStageCount; ++s) row.push_back(conversion_cell(c, s, k));
      rows.push_back(std::move(row));
    }
  };
  add("all", f.total);
  for (auto& r : f.by_community) add("community", r);
  for (auto& r : f.by_source) add("source", r);
  return stempush::csv::write(rows);
}

std::string funnel_html(const RecruitmentData& d, const Funnel& f, int k) {
  using stempush::tr;
  using stempush::trf;
  const std::string lang = stempush::i18n::language_code(stempush::i18n::language());
  stempush::report::HtmlReport report(trf("recruitment.report.title", {std::to_string(f.year)}), lang);
  report.paragraph(trf("recruitment.report.intro", {std::to_string(f.year), std::to_string(f.baseline_year), std::to_string(k)}));

  report.heading(tr("recruitment.report.focus"));
  auto share_sentence = [&](const Share& s, Stage stage, int year) {
    if (is_suppressed(s.part, k) || is_suppressed(s.whole, k)) return trf("recruitment.report.hidden_share", {std::to_string(year)});
    return focus_share_sentence(s, stage, year);
  };
  report.paragraph(share_sentence(f.focus_applicants_now, Stage::Applied, f.year));
  report.paragraph(share_sentence(f.focus_applicants_base, Stage::Applied, f.baseline_year));
  report.paragraph(share_sentence(f.focus_enrolled_now, Stage::Enrolled, f.year));

  std::vector<std::string> header{tr("recruitment.report.group"), tr("recruitment.report.year")};
  for (int s = 0; s < kStageCount; ++s) header.push_back(stage_name(Stage(s)));
  auto table = [&](const std::vector<const FunnelRow*>& rows) {
    std::vector<std::vector<std::string>> cells;
    for (const FunnelRow* r : rows)
      for (bool now : {true, false}) {
        const StageCounts& c = now ? r->now : r->base;
        std::vector<std::string> row{r->label + (r->focus ? " *" : "") + (r->new_space ? " (new)" : ""),
                                     std::to_string(now ? f.year : f.baseline_year)};
        for (int s = 0; s < kStageCount; ++s)
          row.push_back(is_suppressed(c[size_t(s)], k) ? trf("recruitment.report.fewer_than", {std::to_string(k)})
                                                       : std::to_string(c[size_t(s)]));
        cells.push_back(std::move(row));
      }
    report.table(header, cells);
  };
  auto sentences = [&](const FunnelRow& r, bool whole) {
    for (int s = 0; s + 1 < kStageCount; ++s) {
      if (is_suppressed(r.now[size_t(s)], k) || is_suppressed(r.now[size_t(s + 1)], k)) continue;
      if (!whole && s != int(Stage::Applied)) continue;  // per group: the step a program asks about first
      report.paragraph(conversion_sentence(r.now, Stage(s), Stage(s + 1), whole ? "" : r.label, f.year));
    }
  };

  report.heading(tr("recruitment.report.all"));
  table({&f.total});
  sentences(f.total, true);

  report.heading(tr("recruitment.report.by_community"));
  report.paragraph(tr("recruitment.report.focus_mark"));
  std::vector<const FunnelRow*> rows;
  std::vector<stempush::report::Bar> bars;
  double hi = 1;
  for (auto& r : f.by_community) {
    rows.push_back(&r);
    const int now = r.now[size_t(Stage::Applied)], base = r.base[size_t(Stage::Applied)];
    if (is_suppressed(now, k) || is_suppressed(base, k)) continue;  // a bar would show the hidden count
    bars.push_back({r.label, double(now), double(base)});
    hi = std::max(hi, double(std::max(now, base)));
  }
  table(rows);
  if (!bars.empty()) {
    report.paragraph(trf("recruitment.report.bars_caption", {std::to_string(f.year), std::to_string(f.baseline_year)}));
    report.raw(stempush::report::svg_bar_chart(bars, 0, hi, std::to_string(f.year), std::to_string(f.baseline_year)));
  }
  for (auto& r : f.by_community) sentences(r, false);

  report.heading(tr("recruitment.report.by_source"));
  rows.clear();
  for (auto& r : f.by_source) rows.push_back(&r);
  table(rows);
  for (auto& r : f.by_source) sentences(r, false);
  (void)d;
  return report.str();
}

std::string events_ics(const RecruitmentData& d, const std::string& event_id, std::time_t stamp) {
  std::vector<stempush::calendar::Event> out;
  for (auto& e : d.events) {
    if (!event_id.empty() && e.id != event_id) continue;
    stempush::calendar::Event ev;
    ev.uid = stempush::calendar::make_uid("recruitment", e.id);
    ev.summary = e.title;
    if (const Space* s = d.space(e.space)) ev.location = s->name;
    std::string description;
    if (!e.who.empty()) description += stempush::trf("recruitment.ics.who", {e.who}) + "\n";
    std::string materials;
    for (auto& m : e.materials)
      if (const Material* found = d.material(m)) materials += (materials.empty() ? "" : ", ") + found->name;
    if (!materials.empty()) description += stempush::trf("recruitment.ics.materials", {materials}) + "\n";
    if (e.expected_reach > 0) description += stempush::trn("recruitment.ics.reach", e.expected_reach) + "\n";
    while (!description.empty() && description.back() == '\n') description.pop_back();
    ev.description = description;
    ev.start_date = e.date;
    ev.all_day = e.start.empty();
    ev.start_time = e.start;
    ev.end_time = e.end.empty() ? one_hour_after(e.start) : e.end;  // an event typed with a start only lasts an hour
    ev.sequence = e.sequence;
    out.push_back(std::move(ev));
  }
  if (!event_id.empty() && out.empty()) throw std::invalid_argument("no event with the id \"" + event_id + "\"");
  stempush::calendar::Options options;
  options.time_zone = d.time_zone;
  options.name = stempush::tr("recruitment.ics.name");
  options.stamp = stamp;
  return stempush::calendar::write_ics(out, options);
}

}  // namespace recruitment
