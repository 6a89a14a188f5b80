// The visit report (HTML), and the results, match and interests as JSON (see exports.hpp).
#include <cmath>

#include "guest_speaker/model/exports.hpp"
#include "stempush/calendar.hpp"
#include "stempush/dates.hpp"
#include "stempush/report.hpp"

namespace guest_speaker {
namespace {

using stempush::report::escape_html;

nlohmann::json num(double v) { return std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v); }
nlohmann::json both(const Sentence& s) {
  return {{"en", render(s, Language::English)}, {"es", render(s, Language::Spanish)}};
}
nlohmann::json merged_json(const std::vector<MergedText>& texts) {
  auto out = nlohmann::json::array();
  for (const auto& t : texts) out.push_back({{"text", t.text}, {"count", t.count}});
  return out;
}

}  // namespace

std::string visit_end(const Visit& visit, std::string* end_date) {
  *end_date = visit.date;
  if (visit.start.size() != 5 || visit.start[2] != ':') return "";
  const int h = std::atoi(visit.start.substr(0, 2).c_str()), m = std::atoi(visit.start.substr(3, 2).c_str());
  const int minutes = h * 60 + m + visit.duration;
  if (stempush::is_iso_date(visit.date))
    *end_date = stempush::iso_from_days(stempush::days_from_iso(visit.date) + minutes / (24 * 60));
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 24, minutes % 60);
  return buf;
}

std::string visits_ics(const GuestSpeakerData& data, const std::vector<const Visit*>& visits, Language lang) {
  std::vector<stempush::calendar::Event> events;
  for (const Visit* v : visits) {
    const Speaker* s = data.find_speaker(v->speaker_id);
    stempush::calendar::Event e;
    e.uid = stempush::calendar::make_uid("guest_speaker", v->id);
    const std::string who = s ? s->name : text("brief.no_speaker", lang);
    e.summary = v->title.empty() ? render({"ics.summary", {who}}, lang) : v->title;
    e.location = v->location;
    std::string description = s ? who + (s->role.empty() ? "" : ", " + s->role) + (s->employer.empty() ? "" : " (" + s->employer + ")") : who;
    description += "\n\n" + text("brief.h_structure", lang) + ":";
    for (const auto& step : v->structure) description += "\n" + std::to_string(step.minutes) + " min: " + step.title;
    e.description = description;
    e.start_date = v->date;
    e.start_time = v->start;
    e.end_time = visit_end(*v, &e.end_date);
    e.sequence = v->sequence;
    events.push_back(std::move(e));
  }
  return stempush::calendar::write_ics(events, {data.time_zone, text("ics.name", lang), 0});
}

std::string visit_report_html(const GuestSpeakerData& data, const Visit& visit, const VisitResults& r, Language lang,
                              const std::string& program) {
  const Speaker* s = data.find_speaker(visit.speaker_id);
  const std::string speaker = s ? s->name : text("brief.no_speaker", lang);
  stempush::report::HtmlReport report(render({"report.title", {speaker, visit.date.empty() ? "?" : visit.date}}, lang),
                                      stempush::i18n::language_code(lang));
  report.context({program, visit.title.empty() ? speaker : visit.title + " (" + speaker + ")", visit.date, text("brief.visit", lang)});

  // The summary: the exit ticket in sentences and its chart.
  const bool shown = !r.suppressed && r.n > 0;
  report.point(render(r.summary, lang));
  std::vector<std::vector<std::string>> rows;
  std::vector<stempush::report::Bar> bars;
  if (shown) {
    for (const auto& sc : r.scales) {
      report.point(render(sc.sentence, lang));
      if (sc.n == 0) continue;  // nobody answered this statement: its sentence says so, no empty row
      const auto* item = ticket_bank().find(sc.item_id);
      const std::string label = item ? item->text.in(lang) : text("report.statement_removed", lang);
      std::string dist;
      for (size_t p = 0; p < sc.counts.size(); ++p)
        dist += (p ? ", " : "") + (item ? item->labels[p].in(lang) : std::to_string(p + 1)) + ": " + std::to_string(sc.counts[p]);
      rows.push_back({label, dist, percent(sc.agree_share), std::to_string(sc.n)});
      bars.push_back({label, std::isnan(sc.agree_share) ? std::nan("") : sc.agree_share * 100, -1});
    }
    if (!bars.empty())
      report.summary().raw("<div class=\"figure\">" + stempush::report::svg_bar_chart(bars, 0, 100, text("report.h_agree", lang), {}, stempush::i18n::language_code(lang)) + "</div>");
  }

  // The appendix: the visit, the exit ticket's figures and answers, the reflection.
  std::string end_date;
  const std::string end = visit_end(visit, &end_date);
  std::vector<std::vector<std::string>> about;
  about.push_back({text("brief.h_when", lang), visit.date.empty() ? text("brief.no_date", lang) : visit.date + " " + visit.start + "-" + end});
  if (!visit.location.empty()) about.push_back({text("brief.h_where", lang), visit.location});
  if (!visit.grade_band.empty()) about.push_back({text("report.h_band", lang), visit.grade_band});
  auto& part = report.appendix(text("report.h_visit", lang));
  part.table({}, about);
  std::vector<std::vector<std::string>> steps;
  for (const auto& step : visit.structure) steps.push_back({std::to_string(step.minutes) + " min", step.title});
  part.table({text("brief.h_minutes", lang), text("brief.h_step", lang)}, steps);
  report.appendix(text("report.h_results", lang))
      .table({text("report.h_statement", lang), text("report.h_answers", lang), text("report.h_agree", lang), text("report.h_n", lang)}, rows);
  if (shown) {
    auto texts = [&](const char* heading, const std::vector<MergedText>& list) {
      std::vector<std::vector<std::string>> answers;
      for (const auto& t : list) answers.push_back({t.text, std::to_string(t.count)});
      report.appendix(text(heading, lang)).table({text("report.h_answer", lang), text("report.h_students", lang)}, answers);
    };
    texts("report.h_next_steps", r.next_steps);
    texts("report.h_questions", r.questions);
  }
  std::vector<std::vector<std::string>> reflection;
  if (!visit.reflection.what_happened.empty()) reflection.push_back({text("reflect.what_happened", lang), visit.reflection.what_happened});
  if (!visit.reflection.students_took.empty()) reflection.push_back({text("reflect.students_took", lang), visit.reflection.students_took});
  if (!visit.reflection.next_time.empty()) reflection.push_back({text("reflect.next_time", lang), visit.reflection.next_time});
  report.appendix(text("report.h_reflection", lang)).table({}, reflection);
  return report.str();
}

nlohmann::json results_json(const Visit& visit, const VisitResults& r) {
  nlohmann::json out = {{"visit", visit.id}, {"date", visit.date}, {"n", r.n}, {"min_group_size", r.min_group_size},
                        {"suppressed", r.suppressed}, {"sentence", both(r.summary)}};
  out["scales"] = nlohmann::json::array();
  if (!r.suppressed)
    for (const auto& s : r.scales)
      out["scales"].push_back({{"item", s.item_id}, {"points", s.points}, {"counts", s.counts}, {"n", s.n},
                               {"agree", s.agree}, {"agree_share", num(s.agree_share)}, {"mean", num(s.mean)},
                               {"sentence", both(s.sentence)}});
  out["next_steps"] = merged_json(r.next_steps);
  out["questions"] = merged_json(r.questions);
  return out;
}

nlohmann::json interests_json(const InterestSummary& summary, int min_group_size) {
  const bool counts = summary.respondents >= min_group_size;
  nlohmann::json out = {{"respondents", summary.respondents}, {"counts_shown", counts}, {"min_group_size", min_group_size}};
  out["interests"] = nlohmann::json::array();
  for (const auto& c : summary.interests) {
    nlohmann::json j = {{"item", c.item_id}, {"id", c.option_id}, {"label", c.label.en}, {"rank", c.rank}};
    if (counts) j["count"] = c.count;
    out["interests"].push_back(j);
  }
  out["questions"] = merged_json(summary.questions);
  return out;
}

nlohmann::json match_json(const GuestSpeakerData& data, const InterestSummary& summary, const MatchResult& match,
                          int min_group_size) {
  const bool counts = summary.respondents >= min_group_size;
  auto interest = [&](const InterestCount& c) {
    nlohmann::json j = {{"id", c.option_id}, {"item", c.item_id}, {"label", c.label.en}, {"rank", c.rank}};
    if (counts) j["count"] = c.count;
    return j;
  };
  nlohmann::json out = {{"respondents", summary.respondents}, {"counts_shown", counts}, {"sentence", both(match.sentence)}};
  out["top_interests"] = nlohmann::json::array();
  for (const auto& c : match.top) out["top_interests"].push_back(interest(c));
  out["uncovered"] = nlohmann::json::array();
  for (const auto& c : match.uncovered) out["uncovered"].push_back(interest(c));
  out["speakers"] = nlohmann::json::array();
  for (const auto& m : match.speakers) {
    const Speaker* s = data.find_speaker(m.speaker_id);
    out["speakers"].push_back({{"id", m.speaker_id}, {"name", s ? s->name : ""}, {"rank", m.rank}, {"tied", m.tied},
                               {"coverage", m.coverage}, {"covers", m.covered}});
  }
  return out;
}

}  // namespace guest_speaker
