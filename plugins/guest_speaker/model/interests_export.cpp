// The interests summary as CSV and as a printable page (see exports.hpp).
#include "guest_speaker/model/exports.hpp"
#include "stempush/csv.hpp"
#include "stempush/dates.hpp"
#include "stempush/report.hpp"

namespace guest_speaker {
namespace {

// The survey question an interest answers ("Which fields are you curious about?").
std::string item_text(const std::string& item_id, Language lang) {
  const sv::Item* item = interest_bank().find(item_id);
  return item ? item->text.in(lang) : item_id;
}

}  // namespace

std::string interests_csv(const InterestSummary& summary, int min_group_size, Language lang) {
  const bool counts = summary.respondents >= min_group_size;
  const std::string code = stempush::i18n::language_code(lang);
  std::vector<stempush::csv::Row> rows{{text("csv.kind", lang), text("summary.h_rank", lang), text("summary.h_item", lang),
                                        text("csv.text", lang), text("summary.h_students", lang),
                                        stempush::report::reference_header(text("csv.ref_question", lang), code),
                                        stempush::report::reference_header(text("csv.ref_answer", lang), code)}};
  for (const auto& c : summary.interests)
    rows.push_back({text("csv.interest", lang), std::to_string(c.rank), item_text(c.item_id, lang), c.label.in(lang),
                    counts ? std::to_string(c.count) : "", c.item_id, c.option_id});
  for (size_t i = 0; i < summary.questions.size(); ++i)
    rows.push_back({text("csv.question", lang), std::to_string(i + 1), text("summary.h_questions", lang), summary.questions[i].text,
                    std::to_string(summary.questions[i].count), "", ""});
  return stempush::csv::write(rows);  // with the BOM: spreadsheets then read Spanish accents right
}

std::string interests_html(const InterestSummary& summary, const std::string& program, int min_group_size, Language lang) {
  const bool counts = summary.respondents >= min_group_size;
  const std::string title = text("summary.title", lang);
  stempush::report::HtmlReport report(program.empty() ? title : title + ": " + program, stempush::i18n::language_code(lang));
  report.context({program, text("summary.session", lang), stempush::today_iso(), text("summary.session_label", lang)});

  // The summary: how many answered, the top interests, the questions; the chart of counts.
  report.point(render({"summary.respondents", {std::to_string(summary.respondents)}, summary.respondents}, lang));
  if (!summary.interests.empty()) {
    std::string top;
    for (size_t i = 0; i < summary.interests.size() && i < 3; ++i) {
      const auto& c = summary.interests[i];
      top += (top.empty() ? "" : "; ") + c.label.in(lang) + (counts ? " (" + std::to_string(c.count) + ")" : "");
    }
    report.point(render({"summary.point.top", {top}}, lang));
  }
  if (!summary.questions.empty())
    report.point(render({"summary.point.questions", {std::to_string(summary.questions.size())}, int(summary.questions.size())}, lang));
  if (!counts) report.point(render({"summary.counts_hidden", {std::to_string(min_group_size)}}, lang));
  if (counts && !summary.interests.empty()) {
    std::vector<stempush::report::Bar> bars;
    for (size_t i = 0; i < summary.interests.size() && i < 8; ++i)
      bars.push_back({summary.interests[i].label.in(lang), double(summary.interests[i].count), -1});
    report.summary().raw("<div class=\"figure\">" +
                         stempush::report::svg_bar_chart(bars, 0, double(summary.interests.front().count), text("summary.h_students", lang), {},
                                                         stempush::i18n::language_code(lang)) +
                         "</div>");
  }
  report.summary().raw("<p class=\"muted\">" + stempush::report::escape_html(text("summary.anonymous", lang)) + "</p>");

  // The appendix: every interest, every question.
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : summary.interests) {
    std::vector<std::string> row{std::to_string(c.rank), c.label.in(lang), item_text(c.item_id, lang)};
    if (counts) row.push_back(std::to_string(c.count));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> header{text("summary.h_rank", lang), text("summary.h_interest", lang), text("summary.h_item", lang)};
  if (counts) header.push_back(text("summary.h_students", lang));
  report.appendix(text("summary.h_interests", lang)).table(header, rows);
  std::vector<std::vector<std::string>> questions;
  for (const auto& q : summary.questions) questions.push_back({q.text, std::to_string(q.count)});
  report.appendix(text("summary.h_questions", lang)).table({text("summary.h_question", lang), text("summary.h_times", lang)}, questions);
  return report.str();
}

}  // namespace guest_speaker
