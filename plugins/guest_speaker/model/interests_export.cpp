// The interests summary as CSV and as a printable page (see exports.hpp).
#include "guest_speaker/model/exports.hpp"
#include "stempush/csv.hpp"
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
  std::vector<stempush::csv::Row> rows{{"kind", "rank", "item", "option", "text", "students"}};
  for (const auto& c : summary.interests)
    rows.push_back({"interest", std::to_string(c.rank), c.item_id, c.option_id, c.label.in(lang),
                    counts ? std::to_string(c.count) : ""});
  for (size_t i = 0; i < summary.questions.size(); ++i)
    rows.push_back({"question", std::to_string(i + 1), "question", "", summary.questions[i].text,
                    std::to_string(summary.questions[i].count)});
  return stempush::csv::write(rows);  // with the BOM: spreadsheets then read Spanish accents right
}

std::string interests_html(const InterestSummary& summary, const std::string& program, int min_group_size, Language lang) {
  const bool counts = summary.respondents >= min_group_size;
  const std::string title = text("summary.title", lang);
  stempush::report::HtmlReport report(program.empty() ? title : title + ": " + program, stempush::i18n::language_code(lang));
  report.paragraph(render({"summary.respondents", {std::to_string(summary.respondents)}, summary.respondents}, lang));
  report.paragraph(text("summary.anonymous", lang));
  if (!counts) report.paragraph(render({"summary.counts_hidden", {std::to_string(min_group_size)}}, lang));

  report.heading(text("summary.h_interests", lang));
  if (summary.interests.empty()) {
    report.paragraph(text("interests.empty", lang));
  } else {
    std::vector<std::vector<std::string>> rows;
    std::vector<stempush::report::Bar> bars;
    for (const auto& c : summary.interests) {
      std::vector<std::string> row{std::to_string(c.rank), c.label.in(lang), item_text(c.item_id, lang)};
      if (counts) row.push_back(std::to_string(c.count));
      rows.push_back(std::move(row));
      bars.push_back({c.label.in(lang), double(c.count), -1});
    }
    std::vector<std::string> header{text("summary.h_rank", lang), text("summary.h_interest", lang), text("summary.h_item", lang)};
    if (counts) header.push_back(text("summary.h_students", lang));
    report.table(header, rows);
    if (counts)
      report.raw(stempush::report::svg_bar_chart(bars, 0, double(summary.interests.front().count), text("summary.h_students", lang)));
  }

  report.heading(text("summary.h_questions", lang));
  if (summary.questions.empty()) {
    report.paragraph(text("interests.no_questions", lang));
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& q : summary.questions) rows.push_back({q.text, std::to_string(q.count)});
    report.table({text("summary.h_question", lang), text("summary.h_times", lang)}, rows);
  }
  return report.str();
}

}  // namespace guest_speaker
