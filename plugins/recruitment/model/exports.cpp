// Exports (see exports.hpp).
#include "recruitment/model/exports.hpp"

#include <stdexcept>

#include "stempush/calendar.hpp"
#include "stempush/dates.hpp"
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

std::string T(const std::string& key) { return stempush::tr("recruitment." + key); }
std::string lang_code() { return stempush::i18n::language_code(stempush::i18n::language()); }

std::string count_cell(int n, int k) { return is_suppressed(n, k) ? stempush::trf("recruitment.report.fewer_than", {std::to_string(k)}) : std::to_string(n); }

std::string conversion_cell(const StageCounts& c, int s, int k) {
  if (is_suppressed(c[size_t(s)], k) || is_suppressed(c[size_t(s + 1)], k)) return T("csv.hidden");
  return percent_text(conversion(c, Stage(s), Stage(s + 1)));
}

// A catalog label for a known id ("library" -> "Library branch"); free text stays as typed.
std::string label_of(const std::string& prefix, const std::string& id) {
  const std::string key = "recruitment." + prefix + id;
  const std::string text = stempush::tr(key);
  return text == key ? id : text;
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
  std::vector<stempush::csv::Row> rows{{T("csv.name"), T("csv.kind"), T("csv.community"), T("csv.contact"), T("csv.status"),
                                        T("csv.new_this_year"), T("csv.notes"), stempush::report::reference_header({}, lang_code())}};
  for (auto& s : d.spaces)
    rows.push_back({s.name, label_of("space_kind.", s.kind), community_name(d, s.community), s.contact,
                    label_of("status.", space_status_id(s.status)), T(s.is_new ? "csv.yes" : "csv.no"), s.notes, s.id});
  return stempush::csv::write(rows);
}

std::string events_csv(const RecruitmentData& d) {
  std::vector<stempush::csv::Row> rows{{T("csv.title"), T("csv.kind"), T("csv.date"), T("csv.start"), T("csv.end"),
                                        T("csv.space"), T("csv.who"), T("csv.materials"), T("csv.expected_reach"),
                                        T("csv.held"), stempush::report::reference_header({}, lang_code())}};
  for (auto& e : d.events) {
    std::string materials;
    for (auto& m : e.materials)
      if (const Material* found = d.material(m)) materials += (materials.empty() ? "" : "; ") + found->name;
    const Space* space = d.space(e.space);
    rows.push_back({e.title, label_of("event_kind.", event_kind_id(e.kind)), e.date, e.start, e.end, space ? space->name : "",
                    e.who, materials, std::to_string(e.expected_reach), T(e.held ? "csv.yes" : "csv.no"), e.id});
  }
  return stempush::csv::write(rows);
}

std::string funnel_csv(const Funnel& f, int k) {
  std::vector<stempush::csv::Row> rows;
  stempush::csv::Row header{T("csv.breakdown"), T("csv.group"), T("csv.year")};
  for (int s = 0; s < kStageCount; ++s) header.push_back(stage_name(Stage(s)));
  for (int s = 0; s + 1 < kStageCount; ++s)
    header.push_back(stempush::trf("recruitment.csv.conversion", {stage_name(Stage(s)), stage_name(Stage(s + 1))}));
  rows.push_back(header);
  auto add = [&](const char* breakdown, const FunnelRow& r) {
    for (bool now : {true, false}) {
      const StageCounts& c = now ? r.now : r.base;
      stempush::csv::Row row{T(breakdown), r.label, std::to_string(now ? f.year : f.baseline_year)};
      for (int s = 0; s < kStageCount; ++s) row.push_back(count_cell(c[size_t(s)], k));
      for (int s = 0; s + 1 < kStageCount; ++s) row.push_back(conversion_cell(c, s, k));
      rows.push_back(std::move(row));
    }
  };
  add("csv.all", f.total);
  for (auto& r : f.by_community) add("csv.community", r);
  for (auto& r : f.by_source) add("csv.source", r);
  return stempush::csv::write(rows);
}

std::string funnel_html(const RecruitmentData& d, const Funnel& f, int k, std::string_view program) {
  using stempush::tr;
  using stempush::trf;
  stempush::report::HtmlReport report(trf("recruitment.report.title", {std::to_string(f.year)}), lang_code());
  report.context({std::string(program), trf("recruitment.report.season", {std::to_string(f.year), std::to_string(f.baseline_year)}),
                  stempush::today_iso(), tr("recruitment.report.year")});

  // The summary: the focus communities' share, each step of the whole funnel, the chart.
  auto share_sentence = [&](const Share& s, Stage stage, int year) {
    if (is_suppressed(s.part, k) || is_suppressed(s.whole, k)) return trf("recruitment.report.hidden_share", {std::to_string(year)});
    return focus_share_sentence(s, stage, year);
  };
  report.point(share_sentence(f.focus_applicants_now, Stage::Applied, f.year));
  report.point(share_sentence(f.focus_applicants_base, Stage::Applied, f.baseline_year));
  report.point(share_sentence(f.focus_enrolled_now, Stage::Enrolled, f.year));
  auto sentences = [&](stempush::report::HtmlBlock* block, const FunnelRow& r, bool whole) {
    for (int s = 0; s + 1 < kStageCount; ++s) {
      if (is_suppressed(r.now[size_t(s)], k) || is_suppressed(r.now[size_t(s + 1)], k)) continue;
      if (!whole && s != int(Stage::Applied)) continue;  // per group: the step a program asks about first
      const std::string text = conversion_sentence(r.now, Stage(s), Stage(s + 1), whole ? "" : r.label, f.year);
      if (block) block->paragraph(text);
      else report.point(text);
    }
  };
  sentences(nullptr, f.total, true);
  std::vector<stempush::report::Bar> bars;
  double hi = 1;
  for (auto& r : f.by_community) {
    const int now = r.now[size_t(Stage::Applied)], base = r.base[size_t(Stage::Applied)];
    if (is_suppressed(now, k) || is_suppressed(base, k)) continue;  // a bar would show the hidden count
    bars.push_back({r.label, double(now), double(base)});
    hi = std::max(hi, double(std::max(now, base)));
  }
  if (!bars.empty()) {
    report.summary().paragraph(trf("recruitment.report.bars_caption", {std::to_string(f.year), std::to_string(f.baseline_year)}));
    report.summary().raw("<div class=\"figure\">" + stempush::report::svg_bar_chart(bars, 0, hi, std::to_string(f.year), std::to_string(f.baseline_year)) + "</div>");
  }
  report.summary().raw("<p class=\"muted\">" + stempush::report::escape_html(trf("recruitment.report.intro", {std::to_string(f.year), std::to_string(f.baseline_year), std::to_string(k)})) + "</p>");

  // The appendix: the tables, only groups that have someone in them.
  std::vector<std::string> header{tr("recruitment.report.group"), tr("recruitment.report.year")};
  for (int s = 0; s < kStageCount; ++s) header.push_back(stage_name(Stage(s)));
  auto table = [&](stempush::report::HtmlBlock& block, const std::vector<const FunnelRow*>& rows) {
    std::vector<std::vector<std::string>> cells;
    for (const FunnelRow* r : rows)
      for (bool now : {true, false}) {
        const StageCounts& c = now ? r->now : r->base;
        int total = 0;
        for (int n : c) total += n;
        if (total == 0) continue;  // nobody in this group that year
        std::vector<std::string> row{r->label + (r->focus ? " *" : "") + (r->new_space ? " " + std::string(tr("recruitment.report.new_mark")) : std::string()),
                                     std::to_string(now ? f.year : f.baseline_year)};
        for (int s = 0; s < kStageCount; ++s) row.push_back(count_cell(c[size_t(s)], k));
        cells.push_back(std::move(row));
      }
    block.table(header, cells);
  };
  auto& everyone = report.appendix(tr("recruitment.report.all"));
  table(everyone, {&f.total});

  auto& community = report.appendix(tr("recruitment.report.by_community"));
  std::vector<const FunnelRow*> rows;
  for (auto& r : f.by_community) rows.push_back(&r);
  table(community, rows);
  if (!community.empty()) {
    community.paragraph(tr("recruitment.report.focus_mark"));
    for (auto& r : f.by_community) sentences(&community, r, false);
  }

  auto& source = report.appendix(tr("recruitment.report.by_source"));
  rows.clear();
  for (auto& r : f.by_source) rows.push_back(&r);
  table(source, rows);
  if (!source.empty())
    for (auto& r : f.by_source) sentences(&source, r, false);
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
