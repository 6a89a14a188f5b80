// Checks every HTML report and CSV export a plugin writes, the same way for all of them:
//   - the report is well-formed (xmllint's XML parser) and its shape is the core's: title, the
//     context line, the summary first, then an appendix whose every part has something in it and
//     no table cell that is only a dash;
//   - no internal id (a dotted id such as "goals.1.c" or "self_study.report.title", a snake_case
//     key such as "belong_unsure") in any text a person reads;
//   - CSV headers, read by the core's CSV reader, are human labels: ids only in the column
//     labelled "Reference id (for re-import)".
// Each checked report is also copied to $STEMPUSH_REPORT_SAMPLES/<name>.html when that is set:
// the browser test (tests/web/report_print.test.js) prints those in Chromium at A4 and Letter.
#pragma once
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"
#include "stempush/report.hpp"
#include "unit/test_support.hpp"

namespace report_check {

// The internal ids in `text`: dotted ids with two dots or more ("goals.1.c"), a word and a
// number ("goals.1"), and snake_case keys ("belong_unsure"). Web addresses and e-mail addresses
// are skipped (a person reads those as they are).
inline std::vector<std::string> internal_ids(const std::string& text) {
  static const std::regex address(R"((https?://|mailto:|www\.)[^\s<>"]+|[^\s<>"@]+@[^\s<>"@]+)");
  static const std::regex id(
      R"((^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+){2,}|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[a-z][a-z0-9]*\.[0-9]+[a-z]?)(?=$|[^A-Za-z0-9_]))");
  const std::string plain = std::regex_replace(text, address, " ");
  std::vector<std::string> found;
  for (std::sregex_iterator it(plain.begin(), plain.end(), id), end; it != end; ++it) found.push_back((*it)[2].str());
  return found;
}

inline std::string joined(const std::vector<std::string>& list) {
  std::string out;
  for (auto& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Writes `html` where the browser test finds it (or to a temporary folder) and returns the path.
inline std::string save(const std::string& name, const std::string& text, const std::string& extension) {
  const char* samples = std::getenv("STEMPUSH_REPORT_SAMPLES");
  static const std::string temp = test_support::temp_folder("report-check");
  const std::string folder = samples && *samples ? std::string(samples) : temp;
  const std::string path = folder + "/" + name + "." + extension;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// Every rule above for one HTML report; `name` names the file in failure messages.
inline void check_html(const std::string& name, const std::string& html) {
  using test_support::html_xpath;
  INFO("report " << name);
  const std::string path = save(name, html, "html");
  INFO("written to " << path);
  const auto lint = test_support::xml_lint(path);
  CHECK(lint.exit_code == 0);
  CHECK(lint.output.empty());
  // The shape: h1, the context line, then the summary; the appendix (if any) after it.
  CHECK(html_xpath(path, "name(/html/body/*[1])") == "h1");
  CHECK(html_xpath(path, "string(/html/body/p[1]/@class)") == "report-context");
  CHECK(html_xpath(path, "count(/html/body/div[@id='summary'])") == "1");
  CHECK(html_xpath(path, "count(/html/body/div[@id='summary']/preceding-sibling::*"
                         "[not(self::h1) and not(@class='report-context')])") == "0");
  CHECK(html_xpath(path, "count(/html/body/div[@id='summary']/following-sibling::*[not(@id='appendix')])") == "0");
  CHECK(html_xpath(path, "count(//div[@id='summary']//li | //div[@id='summary']//p)") != "0");
  // Only what has data: no appendix part that is a heading alone, no cell that is only a dash.
  CHECK(html_xpath(path, "count(//div[@class='appendix-part'][count(*) < 2])") == "0");
  CHECK(html_xpath(path, "count(//td[normalize-space()='-' or normalize-space()='\xE2\x80\x94' or "
                         "normalize-space()='\xE2\x80\x93'])") == "0");
  CHECK(html_xpath(path, "count(//table[not(.//td)])") == "0");
  // No internal id in any text a person reads (the title included).
  const std::string text = html_xpath(path, "//head/title//text() | //body//text()");
  CHECK(!text.empty());
  const auto ids = internal_ids(text);
  INFO("internal ids: " << joined(ids));
  CHECK(ids.empty());
}

// The header of a CSV export: human labels; an id only under the reference column's label (in
// English or Spanish). Returns the parsed table for further checks.
inline stempush::csv::Table check_csv(const std::string& name, const std::string& csv) {
  INFO("CSV " << name);
  save(name, csv, "csv");
  stempush::csv::Table table = stempush::csv::parse(csv);
  REQUIRE(!table.rows.empty());
  bool reference_seen = false;
  for (auto& header : table.rows[0]) {
    INFO("header \"" << header << "\"");
    CHECK(!header.empty());
    CHECK(internal_ids(header).empty());
    // Reference columns (ids for programs) come after every column a person reads.
    const bool reference = stempush::report::is_reference_header(header);
    CHECK((reference || !reference_seen));
    reference_seen = reference_seen || reference;
  }
  return table;
}

}  // namespace report_check
