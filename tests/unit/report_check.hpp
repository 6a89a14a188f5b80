// Checks every HTML report and CSV export a plugin writes, the same way for all of them:
//   - the report is well-formed (xmllint's XML parser) and its shape is the core's: title, the
//     context line, the summary first, then an appendix whose every part has something in it and
//     no table cell that is only a dash;
//   - no internal id (a dotted id such as "goals.1.c" or "self_study.report.title", a snake_case
//     key such as "belong_unsure") in any text a person reads;
//   - CSV headers, read by the core's CSV reader, are human labels: ids only in the column
//     labelled "Reference id (for re-import)"; no data cell outside those columns is an id (a
//     snake_case or dotted id, or one of the plugin's own ids given in `Known`, also as a part
//     of a "a; b" list);
//   - a Spanish report or CSV holds no English text of the catalogs (core and every plugin) nor
//     the plugin's English data texts given in `Known` (a scale's name, an option's label);
//   - every chart (an SVG with role "img") has a legend (inside it, or one shared key beside it
//     in the same part of the report), a value written beside every bar, an axis whose ticks
//     run from its first value to its last with every bar inside it (and, when `Known` names the
//     scale, exactly the scale's ends), and only the colours of the core's one scheme
//     (report::chart_colors()).
// Each checked report is also copied to $STEMPUSH_REPORT_SAMPLES/<name>.html when that is set:
// the browser test (tests/web/report_print.test.js) prints those in Chromium at A4 and Letter.
#pragma once
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"
#include "stempush/registry.hpp"
#include "stempush/report.hpp"
#include "stempush/survey.hpp"
#include "unit/test_support.hpp"

namespace report_check {

// What a plugin tells the checks about its own words.
struct Known {
  std::vector<std::string> ids;      // ids the plugin keeps internally (options, items, scales)
  std::vector<std::string> english;  // English texts from its data files (checked in Spanish files)
  double axis_min = NAN, axis_max = NAN;  // the scale every bar chart's axis must run over
  // Text the fixture's user typed in English (a session's title, a visit's notes): kept as typed,
  // so not a leak in a Spanish file.
  std::vector<std::string> typed = {};
};

// The ids of a survey bank: items, their options and subscales.
inline std::vector<std::string> bank_ids(const stempush::survey::ItemBank& bank) {
  std::vector<std::string> ids;
  for (auto& item : bank.items) {
    ids.push_back(item.id);
    for (auto& o : item.options) ids.push_back(o.id);
  }
  for (auto& s : bank.subscales) ids.push_back(s.id);
  return ids;
}
// The English texts of a survey bank that differ from their Spanish (questions, options, labels,
// subscale names).
inline std::vector<std::string> bank_english(const stempush::survey::ItemBank& bank) {
  std::vector<std::string> out;
  auto add = [&](const stempush::survey::LocalText& t) {
    if (!t.es.empty() && t.es != t.en) out.push_back(t.en);
  };
  for (auto& item : bank.items) {
    add(item.text);
    for (auto& o : item.options) add(o.text);
    for (auto& l : item.labels) add(l);
  }
  for (auto& s : bank.subscales) add(s.name);
  return out;
}

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

// English texts that must not appear in a Spanish file: every catalog text (the core's and each
// plugin's) whose Spanish differs, cut at its {n} placeholders, keeping the pieces of two words
// or more and 12 characters or more, and `extra` (the plugin's data texts).
inline std::vector<std::string> english_texts(const std::vector<std::string>& extra) {
  static const std::vector<std::string> catalogs = [] {
    namespace i18n = stempush::i18n;
    std::vector<std::pair<std::string, std::string>> pairs;
    for (auto& key : i18n::keys(i18n::Language::English))
      pairs.emplace_back(i18n::tr_in(i18n::Language::English, key), i18n::tr_in(i18n::Language::Spanish, key));
    for (auto& entry : test_support::registry().entries()) {
      if (entry.catalog_en.empty() || entry.catalog_es.empty()) continue;
      const auto en = nlohmann::json::parse(entry.catalog_en), es = nlohmann::json::parse(entry.catalog_es);
      for (auto& [key, value] : en.items())
        if (value.is_string() && es.contains(key) && es[key].is_string()) pairs.emplace_back(value.get<std::string>(), es[key].get<std::string>());
    }
    std::set<std::string> out;
    static const std::regex placeholder(R"(\{[0-9]+\})");
    for (auto& [en, es] : pairs) {
      if (en == es) continue;
      for (std::sregex_token_iterator it(en.begin(), en.end(), placeholder, -1), end; it != end; ++it) {
        std::string piece = it->str();
        const auto edge = [](char c) { return c == ' ' || c == ',' || c == '.' || c == ':' || c == ';' || c == '(' || c == ')' || c == '"' || c == '\n'; };
        while (!piece.empty() && edge(piece.front())) piece.erase(piece.begin());
        while (!piece.empty() && edge(piece.back())) piece.pop_back();
        if (piece.size() >= 12 && piece.find(' ') != std::string::npos && es.find(piece) == std::string::npos) out.insert(piece);
      }
    }
    return std::vector<std::string>(out.begin(), out.end());
  }();
  std::vector<std::string> all = catalogs;
  for (auto& e : extra)  // a single short word ("Engineer") is too often in people's own text
    if (e.size() >= 10 || e.find(' ') != std::string::npos) all.push_back(e);
  return all;
}

// The English texts found in `text` (a Spanish file's words), leaving out `typed` (user text).
inline std::vector<std::string> english_leaks(std::string text, const std::vector<std::string>& extra,
                                              const std::vector<std::string>& typed = {}) {
  for (auto& t : typed)
    for (size_t at = t.empty() ? std::string::npos : text.find(t); at != std::string::npos; at = text.find(t, at))
      text.replace(at, t.size(), " ");
  std::vector<std::string> found;
  for (auto& english : english_texts(extra)) {
    // A whole-word match: "Scale" inside "Scales" is another word.
    for (size_t at = text.find(english); at != std::string::npos; at = text.find(english, at + 1)) {
      const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
      const bool before = at > 0 && word(text[at - 1]);
      const bool after = at + english.size() < text.size() && word(text[at + english.size()]);
      if (!before && !after) {
        found.push_back(english);
        break;
      }
    }
  }
  return found;
}

// A cell (or a part of a "a; b" list) that is one of `ids`, or looks like an id.
inline std::vector<std::string> ids_in_cell(const std::string& cell, const std::vector<std::string>& ids) {
  std::vector<std::string> found = internal_ids(cell);
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find(';', start);
    if (end == std::string::npos) end = cell.size();
    std::string part = cell.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    if (!part.empty() && std::find(ids.begin(), ids.end(), part) != ids.end()) found.push_back(part);
    start = end + 1;
  }
  return found;
}

// The charts of a report (see the top of this file). `path` is the written report.
inline void check_charts(const std::string& path, const std::string& html, const Known& known) {
  using test_support::html_xpath;
  const std::string chart = "//svg[@role='img'][not(contains(@class,'no-data'))]";
  // A legend inside the chart, or one key beside it in the same part of the report.
  CHECK(html_xpath(path, "count(" + chart + "[not(.//*[contains(@class,'legend')][.//text()[normalize-space()]]) and "
                         "not(ancestor::div[@class='appendix-part' or @id='summary']//*[contains(@class,'legend')][normalize-space()])])") == "0");
  // Every bar (a rect with its own tooltip) has its value written beside it: not only one series.
  CHECK(html_xpath(path, "count(//svg[@role='img'][count(.//rect[title]) != count(.//text[@class='value'][normalize-space()])])") == "0");
  // The axis: ticks from its first value to its last, every bar inside it.
  const std::string bar_chart = "//svg[@data-axis-min]";
  CHECK(html_xpath(path, "count(" + bar_chart + "[string(.//g[@class='axis']/text[1]) != @data-axis-min or "
                         "string(.//g[@class='axis']/text[last()]) != @data-axis-max])") == "0");
  CHECK(html_xpath(path, "count(" + bar_chart + "//rect[@data-value][number(@data-value) < number(ancestor::svg/@data-axis-min) or "
                         "number(@data-value) > number(ancestor::svg/@data-axis-max)])") == "0");
  if (!std::isnan(known.axis_min)) {
    INFO("the scale runs from " << known.axis_min << " to " << known.axis_max);
    CHECK(html_xpath(path, "count(" + bar_chart + ")") != "0");
    CHECK(html_xpath(path, "count(" + bar_chart + "[number(@data-axis-min) != " + std::to_string(known.axis_min) +
                           " or number(@data-axis-max) != " + std::to_string(known.axis_max) + "])") == "0");
  }
  // One colour scheme: every fill and stroke of every SVG is one of the core's chart colours.
  const auto& allowed = stempush::report::chart_colors();
  static const std::regex colour_attr(R"re((fill|stroke)="([^"]*)")re");
  std::set<std::string> strays;
  size_t pos = 0;
  while ((pos = html.find("<svg", pos)) != std::string::npos) {
    const size_t end = html.find("</svg>", pos);
    const std::string svg = html.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    for (std::sregex_iterator it(svg.begin(), svg.end(), colour_attr), stop; it != stop; ++it) {
      std::string colour = (*it)[2].str();
      std::transform(colour.begin(), colour.end(), colour.begin(), [](unsigned char c) { return char(std::tolower(c)); });
      if (colour.size() == 4 && colour[0] == '#') colour = {'#', colour[1], colour[1], colour[2], colour[2], colour[3], colour[3]};
      if (colour != "none" && std::find(allowed.begin(), allowed.end(), colour) == allowed.end()) strays.insert(colour);
    }
    pos = end == std::string::npos ? html.size() : end;
  }
  INFO("colours outside the scheme: " << joined(std::vector<std::string>(strays.begin(), strays.end())));
  CHECK(strays.empty());
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
inline void check_html(const std::string& name, const std::string& html, const Known& known = {}) {
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
  // A Spanish report says nothing in English (user text aside).
  if (html_xpath(path, "string(/html/@lang)").rfind("es", 0) == 0) {
    const auto english = english_leaks(text, known.english, known.typed);
    INFO("English in a Spanish report: " << joined(english));
    CHECK(english.empty());
  }
  check_charts(path, html, known);
}

// The header of a CSV export: human labels; an id only under the reference column's label (in
// English or Spanish). Returns the parsed table for further checks.
// `lang` is the export's language: "es" also checks that no English text is in it.
inline stempush::csv::Table check_csv(const std::string& name, const std::string& csv, const Known& known = {},
                                      const std::string& lang = "en") {
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
  // Data cells a person reads: no id (reference columns keep them for programs).
  std::vector<bool> reference_column;
  for (auto& header : table.rows[0]) reference_column.push_back(stempush::report::is_reference_header(header));
  std::string all_text;
  for (size_t r = 1; r < table.rows.size(); ++r)
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      if (c < reference_column.size() && reference_column[c]) continue;
      const std::string& cell = table.rows[r][c];
      all_text += cell + "\n";
      const auto ids = ids_in_cell(cell, known.ids);
      INFO("line " << table.row_lines[r] << ", column \"" << (c < table.rows[0].size() ? table.rows[0][c] : "") << "\": "
                   << cell << " (ids: " << joined(ids) << ")");
      CHECK(ids.empty());
    }
  if (lang.rfind("es", 0) == 0) {
    for (auto& header : table.rows[0]) all_text += header + "\n";
    const auto english = english_leaks(all_text, known.english, known.typed);
    INFO("English in a Spanish CSV: " << joined(english));
    CHECK(english.empty());
  }
  return table;
}

}  // namespace report_check
