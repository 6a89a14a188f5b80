// The statistics rules a non-technical reader relies on, with hand-worked numbers: the change
// table's before/after are the PAIRED students' means (the all-students means are kept apart),
// Cronbach's alpha only with 3+ items and 10+ complete students, a low or negative alpha explained,
// and the HTML report (parsed back by xmllint) naming the program, the session and its date.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "belonging/model/exports.hpp"
#include "stempush/i18n.hpp"
#include "unit/report_check.hpp"
#include "belonging/model/results.hpp"

using namespace belonging;
using Catch::Approx;

namespace {

BelongingData two_item_data() {
  BelongingData d;
  d.bank.subscales = {{"s", {"Struggle", "Dificultad"}}};
  d.bank.items = {{"a", "s", {"A", "A"}, 5, agree_labels(5), false, false},
                  {"b", "s", {"B", "B"}, 5, agree_labels(5), true, false}};
  return d;
}

// Three 5-point items of one subscale; `reverse_c` marks the third reverse-scored.
BelongingData three_item_data(bool reverse_c) {
  BelongingData d;
  d.bank.subscales = {{"s", {"Fit", "Encaje"}}};
  d.bank.items = {{"a", "s", {"A", "A"}, 5, agree_labels(5), false, false},
                  {"b", "s", {"B", "B"}, 5, agree_labels(5), false, false},
                  {"c", "s", {"C", "C"}, 5, agree_labels(5), reverse_c, false}};
  return d;
}

// `students` students who each give the same answer x to all three items, x = 1..5 repeating.
std::vector<Response> same_answers(int students) {
  std::vector<Response> out;
  for (int i = 0; i < students; ++i) {
    const int x = i % 5 + 1;
    const std::string code = (i < 10 ? "AB0" : "AB") + std::to_string(i);
    out.push_back({code, "", {{"a", x}, {"b", x}, {"c", x}}});
  }
  return out;
}

// The command's output (with its errors when `with_errors`; xmllint's HTML parser warns about
// inline SVG, which browsers read fine).
std::string run(const std::string& command, bool with_errors = true) {
  FILE* pipe = ::popen((command + (with_errors ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
  std::string out;
  char buf[256];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  const int status = ::pclose(pipe);
  if (WEXITSTATUS(status) != 0) out = "FAILED(" + std::to_string(WEXITSTATUS(status)) + "): " + out;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("the change table's before and after are the paired students' means", "[belonging][stats][report]") {
  auto d = two_item_data();
  // Reverse item b: score = mean(a, 6 - b).
  d.pre.responses = {{"AA01", "", {{"a", 2}, {"b", 4}}}, {"AA02", "", {{"a", 3}, {"b", 3}}},
                     {"AA03", "", {{"a", 1}, {"b", 5}}}, {"ZZ99", "", {{"a", 5}, {"b", 1}}}};
  d.post.responses = {{"AA01", "", {{"a", 4}, {"b", 2}}}, {"AA02", "", {{"a", 4}, {"b", 3}}},
                      {"AA03", "", {{"a", 3}, {"b", 3}}}, {"BB77", "", {{"a", 1}, {"b", 1}}}};
  const auto r = compute_results(d, stempush::kLowestMinGroupSize);
  REQUIRE(r.scales.size() == 1);
  const auto& s = r.scales[0];
  // Paired: pre 2, 3, 1 -> 2.0; post 4, 3.5, 3 -> 3.5.
  CHECK(s.change.n == 3);
  CHECK(s.change.mean_pre == Approx(2.0));
  CHECK(s.change.mean_post == Approx(3.5));
  // All students: pre adds ZZ99 (5): 11 / 4 = 2.75; post adds BB77 (1 + 5) / 2 = 3: 13.5 / 4 = 3.375.
  CHECK(s.pre_mean == Approx(2.75));
  CHECK(s.post_mean == Approx(3.375));
  // Two items: alpha is not shown, and the sentence says why.
  CHECK(s.alpha_pre_verdict == AlphaVerdict::NotShown);
  CHECK(s.alpha_sentence.key == "belonging.result.alpha_not_shown");
  CHECK(render(s.alpha_sentence, Language::English).find("at least 3 items and 10 students") != std::string::npos);

  // The report's table: Before (paired) 2.00, After (paired) 3.50; the all-students pair labelled.
  d.plan.date = "2026-10-01";
  d.plan.cohort = "Group A";
  const std::string html = results_html(d, r, "Robotics <Club>");
  const auto folder = std::filesystem::temp_directory_path() / ("belonging-stats-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const std::string path = (folder / "report.html").string();
  std::ofstream(path) << html;
  const auto xpath = [&](const std::string& expr) {
    return run("xmllint --html --xpath '" + expr + "' '" + path + "'", false);
  };
  CHECK(xpath("string(//h1)") == "Ecological belonging: results: Robotics <Club>");
  CHECK(xpath("normalize-space(//p[@class=\"report-context\"])") == "Program: Robotics <Club> \u00B7 Session: Group A \u00B7 Date: 2026-10-01");
  // The summary says the change in a sentence; the table is in the appendix.
  CHECK(xpath("count(//div[@id=\"summary\"]//table)") == "0");
  CHECK(xpath("count(//div[@id=\"summary\"]//li)") >= "2");
  const std::string table = "//div[@id=\"appendix\"]//table[thead/tr/th[2]=\"Before (paired)\"]";
  CHECK(xpath("string(" + table + "/thead/tr/th[2])") == "Before (paired)");
  CHECK(xpath("string(" + table + "/thead/tr/th[3])") == "After (paired)");
  CHECK(xpath("string(" + table + "/tbody/tr[1]/td[2])") == "2.00");
  CHECK(xpath("string(" + table + "/tbody/tr[1]/td[3])") == "3.50");
  CHECK(xpath("string(" + table + "/tbody/tr[1]/td[8])") == "not shown");
  CHECK(xpath("string(" + table + "/thead/tr/th[10])") == "All students: before / after");
  CHECK(xpath("string(" + table + "/tbody/tr[1]/td[10])") == "2.75 (n=4) / 3.38 (n=4)");
  // The scale chart's axis ends at the scale's top point (5), not 7, and it has a legend.
  CHECK(html.find(">7</text>") == std::string::npos);
  CHECK(html.find(">5</text>") != std::string::npos);
  CHECK(html.find("Before (paired students)") != std::string::npos);
  // The item bars' colour key names each point.
  CHECK(xpath("count(//p[@class=\"legend\"]/span)") == "5");
  const std::string lint = run("xmllint --noout '" + path + "'");  // well-formed as XML too
  INFO(lint);
  CHECK(lint.empty());
  std::filesystem::remove_all(folder);
  // The chart's axis runs over the scale (1 to 5); every bar is labelled, with a legend.
  report_check::Known known{report_check::bank_ids(d.bank), report_check::bank_english(d.bank), 1, 5};
  report_check::check_html("belonging-report", html, known);

  // In Spanish: the same report, its labels, questions and sentences in Spanish.
  stempush::i18n::set_language(Language::Spanish);
  const std::string es = results_html(d, r, "Robotics <Club>");
  stempush::i18n::set_language(Language::English);
  report_check::check_html("belonging-report-es", es, known);
  // The summary's sentences name the scale in Spanish.
  for (auto& s : d.bank.subscales)
    if (!s.name.es.empty() && s.name.es != s.name.en) CHECK(es.find(s.name.en) == std::string::npos);
  CHECK(es.find("Resumen") != std::string::npos);
  CHECK(es.find("Antes (emparejados)") != std::string::npos);
}

TEST_CASE("alpha is shown only with 3 items and 10 students; low or negative is explained", "[belonging][stats]") {
  CHECK(alpha_verdict(3, 10, 0.8) == AlphaVerdict::Fine);
  CHECK(alpha_verdict(3, 10, 0.5) == AlphaVerdict::Fine);
  CHECK(alpha_verdict(3, 10, 0.49) == AlphaVerdict::Low);
  CHECK(alpha_verdict(3, 10, -0.2) == AlphaVerdict::Low);
  CHECK(alpha_verdict(2, 100, 0.9) == AlphaVerdict::NotShown);
  CHECK(alpha_verdict(3, 9, 0.9) == AlphaVerdict::NotShown);
  CHECK(alpha_verdict(3, 10, std::nan("")) == AlphaVerdict::NotShown);

  SECTION("items that agree: alpha 1") {
    // Every item the same answer x: item variances v each, total variance 9v,
    // alpha = 3/2 * (1 - 3v / 9v) = 1.
    auto d = three_item_data(false);
    d.pre.responses = same_answers(10);
    const auto r = compute_results(d, stempush::kLowestMinGroupSize);
    CHECK(r.scales[0].alpha_pre_n == 10);
    CHECK(r.scales[0].alpha_pre == Approx(1.0));
    CHECK(r.scales[0].alpha_pre_verdict == AlphaVerdict::Fine);
    CHECK(r.scales[0].alpha_post_verdict == AlphaVerdict::NotShown);  // nobody answered after
  }
  SECTION("a reverse-scored item read the other way: alpha -3, explained") {
    // c is reverse-scored but answered like a and b: scored c = 6 - x, so the total a + b + c =
    // x + 6 has variance v while the items' variances add to 3v: alpha = 3/2 * (1 - 3v / v) = -3.
    auto d = three_item_data(true);
    d.pre.responses = same_answers(10);
    const auto r = compute_results(d, stempush::kLowestMinGroupSize);
    CHECK(r.scales[0].alpha_pre == Approx(-3.0));
    CHECK(r.scales[0].alpha_pre_verdict == AlphaVerdict::Low);
    CHECK(r.scales[0].alpha_sentence.key == "belonging.result.alpha_negative");
    const std::string text = render(r.scales[0].alpha_sentence, Language::English);
    CHECK(text.find("-3.00") != std::string::npos);
    CHECK(text.find("these items may not measure one thing: check the reverse-scored items") != std::string::npos);
    CHECK(render(r.scales[0].alpha_sentence, Language::Spanish).find("puntuación inversa") != std::string::npos);
  }
  SECTION("nine students: not shown, whatever it is") {
    auto d = three_item_data(false);
    d.pre.responses = same_answers(9);
    const auto r = compute_results(d, stempush::kLowestMinGroupSize);
    CHECK(r.scales[0].alpha_pre_n == 9);
    CHECK(r.scales[0].alpha_pre_verdict == AlphaVerdict::NotShown);
    CHECK(r.scales[0].alpha_sentence.key == "belonging.result.alpha_not_shown");
  }
}
