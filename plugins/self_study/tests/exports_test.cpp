// Exports parsed back: the CSV with the real CSV parser, the HTML with an XML parser (xmllint),
// and the shared summary checked for names and evidence.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <map>

#include "self_study/model/exports.hpp"
#include "self_study_test_support.hpp"
#include "stempush/csv.hpp"
#include "stempush/report.hpp"
#include "unit/report_check.hpp"

using Catch::Approx;
using Catch::Matchers::ContainsSubstring;
using self_study::SelfStudyModel;

TEST_CASE("the ratings CSV has one row per participant and indicator and parses back", "[self_study][report]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  auto table = report_check::check_csv("self-study-ratings", self_study::ratings_csv(model));
  // c2 has 3 participants, c1 and c3 none; 7 indicators -> 3 x 7 = 21 rows plus the header.
  REQUIRE(table.rows.size() == 22);
  const auto& header = table.rows[0];
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < header.size(); ++i) column[header[i]] = i;
  // Human labels; the ids last, under the reference label.
  REQUIRE(column.count("Evidence"));
  REQUIRE(column.count("Reference id (for re-import): Indicator"));
  CHECK(header.back() == "Reference id (for re-import): Indicator");
  const size_t indicator_id = column["Reference id (for re-import): Indicator"];
  size_t rated = 0, not_applicable = 0, dont_know = 0, unrated = 0;
  for (size_t r = 1; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    REQUIRE(row.size() == header.size());
    const auto& state = row[column["Answer"]];
    rated += state == "Rated";
    not_applicable += state == "Not applicable";
    dont_know += state == "Don't know";
    unrated += state == "Not rated yet";
    if (row[column["Person"]] == "Ana" && row[indicator_id] == "a1") {
      CHECK(row[column["Indicator"]] == "Indicator a1");
      CHECK(row[column["Level"]] == "4");
      CHECK(row[column["Level name"]] == "Strong");
      CHECK(row[column["Evidence"]] == "Attendance logs <2025> & \"surveys\"");  // quotes survive the round trip
      CHECK(row[column["Links"]] == "https://example.org/logs?a=1&b=2 javascript:alert(1)");
    }
    if (row[column["Person"]] == "Ben" && row[indicator_id] == "b1") {
      // A note that a spreadsheet would run as a formula is neutralised.
      CHECK(row[column["Note"]] == "'=SUM(A1:A9) ask the team");
    }
  }
  // From the fixture: rated answers 3 (a1) + 2 (a2) + 2 (a3) + 2 (a4) = 9; N/A 1; DK 1; 21 - 11 = 10 unrated.
  CHECK(rated == 9);
  CHECK(not_applicable == 1);
  CHECK(dont_know == 1);
  CHECK(unrated == 10);
}

TEST_CASE("the HTML report is well-formed, escapes user text and holds the figures", "[self_study][report]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  // Hostile text in names that reach the report.
  model.rename_cycle("c2", "Fall <b>2026</b> & \"more\" \x01 \xFF");
  std::string html = self_study::html_report(model, "c2", "Robotics <Club> & Co");
  CHECK_THAT(html, ContainsSubstring("Robotics &lt;Club&gt; &amp; Co"));
  CHECK_THAT(html, ContainsSubstring("Fall &lt;b&gt;2026&lt;/b&gt; &amp; &quot;more&quot;"));
  CHECK(html.find("<b>2026") == std::string::npos);
  CHECK_THAT(html, ContainsSubstring("<svg"));
  CHECK_THAT(html, ContainsSubstring("@media print"));
  CHECK_THAT(html, ContainsSubstring("2.67"));  // domain A mean 8/3
  CHECK_THAT(html, ContainsSubstring("+0.67"));  // change since Spring 2026
  CHECK_THAT(html, ContainsSubstring("<a href=\"https://example.org/logs?a=1&amp;b=2\">"));
  CHECK(html.find("href=\"javascript:") == std::string::npos);
  CHECK_THAT(html, ContainsSubstring("By May, 80% of students attend 100+ hours"));
  report_check::check_html("self-study-report", html);

  self_study_test::TempDir dir("self-study-html");
  auto path = dir.file("report.html");
  self_study_test::write_text(path, html);
  auto lint = self_study_test::run_command("xmllint --noout " + self_study_test::shell_quote(path));
  INFO(lint.output);
  CHECK(lint.exit_code == 0);
  CHECK(lint.output.empty());

  // The check itself must be able to fail: a broken document is caught.
  self_study_test::write_text(path, html.substr(0, html.size() / 2));
  CHECK(self_study_test::run_command("xmllint --noout " + self_study_test::shell_quote(path)).exit_code != 0);
}

TEST_CASE("escape_html keeps any text well-formed", "[self_study]") {
  using stempush::report::escape_html;
  CHECK(escape_html("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
  CHECK(escape_html("é ñ") == "é ñ");
  CHECK(escape_html("x\xFFy") == "x\xEF\xBF\xBDy");        // a broken byte
  CHECK(escape_html("x\x02y") == "x\xEF\xBF\xBDy");        // a control character XML forbids
  CHECK(escape_html("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // a truncated sequence
}

TEST_CASE("the shared summary carries consensus per indicator and no names or evidence", "[self_study]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  auto shared = self_study::deidentified_summary(model);
  std::string text = shared.dump();
  for (const char* secret : {"Ana", "Ben", "Caro", "Attendance logs", "Logs show", "We have no labs", "Fall 2026",
                             "SUM(A1", "By May", "example.org"})
    CHECK(text.find(secret) == std::string::npos);
  REQUIRE(shared["cycles"].size() == 3);
  auto& c2 = shared["cycles"][1];
  CHECK(c2["date"] == "2026-10-01");
  CHECK(c2["participants"] == 3);
  CHECK(c2["consensus"]["a1"]["level"] == 4);
  CHECK(c2["consensus"]["a3"]["state"] == "not_applicable");
  CHECK(c2["consensus"]["b2"]["state"] == "unrated");
  CHECK(c2["domains"][0]["mean"].get<double>() == Approx(8.0 / 3.0));
  CHECK(shared["priorities"][0]["indicator"] == "a4");
}

TEST_CASE("the self-study report opens with a summary in sentences and lists only what has data", "[self_study][report]") {
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  const std::string html = self_study::html_report(model, "c2", "Robotics Club");
  const std::string path = report_check::save("self-study-report-summary", html, "html");
  using test_support::html_xpath;
  // c2 consensus: a1=4, a2=3, a3=N/A, a4=1, a5=don't know, b1=2, b2 none: 2 of 7 at "In place" or above.
  const std::string points = html_xpath(path, "//div[@id='summary']//li//text()");
  CHECK_THAT(points, ContainsSubstring("2 of 7 indicators are at \"In place\" or above"));
  CHECK_THAT(points, ContainsSubstring("1 indicator has no agreed rating yet."));
  CHECK_THAT(points, ContainsSubstring("1 marked \"not applicable\" and 1 marked \"don't know\""));
  CHECK_THAT(points, ContainsSubstring("it was"));  // against the previous cycle
  CHECK(html_xpath(path, "count(//div[@id='summary']//svg)") == "1");
  // The context line: program, cycle, date.
  const std::string context = html_xpath(path, "string(//p[@class='report-context'])");
  CHECK_THAT(context, ContainsSubstring("Robotics Club"));
  CHECK_THAT(context, ContainsSubstring("Fall 2026"));
  CHECK_THAT(context, ContainsSubstring("2026-10-01"));
  // b2 has neither a consensus nor a rating in c2: not in the evidence.
  CHECK(html_xpath(path, "count(//td[normalize-space()='Indicator b2'])") == "0");
  CHECK(html_xpath(path, "count(//td[normalize-space()='Indicator a1'])") == "1");
  // No id anywhere: "a1" was written "a1 Indicator a1" before.
  CHECK(html.find(">a1 ") == std::string::npos);

  // A cycle with nothing recorded: no evidence part at all, no by-standard part.
  const std::string empty = self_study::html_report(model, "c3", "Robotics Club");
  report_check::check_html("self-study-report-empty-cycle", empty);
  const std::string empty_path = report_check::save("self-study-report-empty-cycle", empty, "html");
  CHECK(html_xpath(empty_path, "count(//div[@class='appendix-part']/h3[.='Ratings and evidence'])") == "0");
  CHECK(html_xpath(empty_path, "count(//div[@class='appendix-part']/h3[.='By standard'])") == "0");

  // In Spanish: the shared labels and the sentences follow the language.
  stempush::i18n::set_language(stempush::i18n::Language::Spanish);
  const std::string es = self_study::html_report(model, "c2", "Robotics Club");
  stempush::i18n::set_language(stempush::i18n::Language::English);
  report_check::check_html("self-study-report-es", es);
  CHECK_THAT(es, ContainsSubstring("Resumen"));
  CHECK_THAT(es, ContainsSubstring("2 de 7 indicadores"));
  CHECK_THAT(es, ContainsSubstring("lang=\"es\""));
}

TEST_CASE("a framework text with no Spanish is tagged (EN) in the report, the CSV and the summary, as on the pages", "[self_study][report]") {
  // The tiny framework has English only: in Spanish every framework text falls back to English.
  SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  stempush::i18n::set_language(stempush::i18n::Language::Spanish);
  const std::string html = self_study::html_report(model, "c2", "Robotics Club");
  const std::string csv = self_study::ratings_csv(model);
  const auto summary = model.summary("c2");
  const std::string page_text = self_study::shown_text(model.shown_framework().domains[0].title,
                                                       model.shown_framework().domains[0].texts, "title");
  stempush::i18n::set_language(stempush::i18n::Language::English);
  CHECK(page_text == "Domain A (EN)");  // what the pages show
  CHECK_THAT(html, ContainsSubstring("Domain A (EN)"));
  CHECK_THAT(html, ContainsSubstring("Indicator a1 (EN)"));
  CHECK(html.find("Domain A<") == std::string::npos);
  REQUIRE(!summary.domains.empty());
  CHECK(summary.domains[0].area.title == "Domain A (EN)");
  const auto table = report_check::check_csv("self-study-ratings-es", csv, {}, "es");
  std::map<std::string, size_t> column;
  for (size_t i = 0; i < table.rows[0].size(); ++i) column[table.rows[0][i]] = i;
  REQUIRE(column.count("Indicador"));
  CHECK(table.rows[1][column["Indicador"]] == "Indicator a1 (EN)");
  // In English nothing is tagged.
  CHECK(self_study::html_report(model, "c2", "Robotics Club").find("(EN)") == std::string::npos);
}

TEST_CASE("the internal-id checker catches ids and leaves plain words, numbers and addresses", "[report]") {
  using report_check::internal_ids;
  CHECK(internal_ids("Indicator goals.1.c is strong").size() == 1);
  CHECK(internal_ids("belong_unsure went up") == std::vector<std::string>{"belong_unsure"});
  CHECK(internal_ids("self_study.report.title") == std::vector<std::string>{"self_study.report.title"});
  CHECK(internal_ids("see goals.1").size() == 1);
  CHECK(internal_ids("Belonging rose from 3.1 to 3.6 among the 24 students, e.g. in June.").empty());
  CHECK(internal_ids("https://example.org/a_b.c.d and ana_ruiz@school.org").empty());
  CHECK(internal_ids("Reference id (for re-import): Indicator").empty());
}
