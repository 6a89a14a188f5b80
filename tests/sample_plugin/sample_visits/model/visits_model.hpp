// The minimal plugin of docs/PLUGINS.md: one guest visit, a three-question exit ticket that the
// core collects (kiosk, CSV import, grid), a measure feed for other plugins, and the visit as .ics.
#pragma once
#include "stempush/calendar.hpp"
#include "stempush/json_reader.hpp"
#include "stempush/plugin.hpp"
#include "stempush/survey.hpp"
#include "stempush/survey_merge.hpp"

namespace sample_visits {
namespace sv = stempush::survey;
namespace jr = stempush::json_reader;

struct VisitsModel : stempush::PluginModel {
  std::string date = "2026-10-01", start = "15:30", end = "16:30";
  sv::ItemBank ticket{{}, {sv::scale_item("useful", {"The visit was useful.", "La visita fue útil."}, 4),
                           sv::choice_item("next", {"What will you do next?", "¿Qué harás después?"},
                                           {{"ask", {"Ask a question", "Hacer una pregunta"}},
                                            {"apply", {"Apply to a program", "Solicitar un programa"}}}, true),
                           sv::text_item("question", {"A question I still have", "Una pregunta que aún tengo"})}};
  sv::ResponseSet answers;
  std::string pin_hash;  // the kiosk's staff PIN (salted hash)

  const stempush::PluginInfo& info() const override {
    static const stempush::PluginInfo info{"sample_visits", "sample_visits.title", "sample_visits.purpose", "", ""};
    return info;
  }
  int schema_version() const override { return 1; }
  void clear() override { *this = VisitsModel(); }
  nlohmann::json to_json() const override {
    return {{"date", date}, {"start", start}, {"end", end}, {"pin_hash", pin_hash},
            {"answers", sv::responses_to_json(answers, ticket)}};
  }
  void from_json(const nlohmann::json& data) override {
    VisitsModel parsed;  // parse into a temporary: on error the model stays as it was
    jr::require_object(data, "");
    parsed.date = jr::require_text(data, "date", ""), parsed.start = jr::require_text(data, "start", "");
    parsed.end = jr::require_text(data, "end", ""), parsed.pin_hash = jr::optional_text(data, "pin_hash", "");
    parsed.answers = sv::read_responses(jr::require_array(data, "answers", ""), "/answers", ticket);
    *this = std::move(parsed);
  }

  // Another tablet's answers: the core's survey merge does it all (stempush/survey_merge.hpp).
  std::optional<nlohmann::json> merge_section(const nlohmann::json& their_section, const stempush::MergeChoices& choices,
                                              stempush::MergePlan& plan) const override {
    VisitsModel theirs, merged = *this;
    theirs.from_json(their_section);
    merged.answers = sv::merge_responses(answers, theirs.answers, ticket, "answers", {"sample_visits.merge.ticket", {}, {}},
                                         choices, plan);
    return merged.to_json();
  }

  // The share of students who agreed (3 or 4) that the visit was useful, as raw counts: the core
  // hides the point from every reader when fewer students answered than the program's threshold.
  std::vector<stempush::MeasureSeries> publish_feeds() const override {
    stempush::MeasurePoint point{date, "", 0, {}, false, {}};
    int agreed = 0;
    for (const auto& r : answers.responses)
      if (auto a = r.answers.find("useful"); a != r.answers.end()) ++point.n, agreed += a->second.point() >= 3;
    if (point.n > 0) point.value = 100.0 * agreed / point.n;
    return {{"useful", "", {"sample_visits.feed.useful", ""}, "%", stempush::BetterDirection::Up, true, {point}}};
  }

  // The visit for a calendar; throws stempush::calendar::CalendarError on a bad date or time.
  std::string ics() const {
    stempush::calendar::Event visit{stempush::calendar::make_uid("sample_visits", "visit"), "Guest visit"};
    visit.start_date = date, visit.start_time = start, visit.end_time = end;
    return stempush::calendar::write_ics({visit}, {"America/New_York", "Visits"});
  }
};

}  // namespace sample_visits
