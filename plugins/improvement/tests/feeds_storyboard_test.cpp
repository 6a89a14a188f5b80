// Improvement measures fed by another plugin, through the real workspace and the real CLI: the
// belonging fixtures' survey results, attached as measures, give exactly the figures belonging's
// own results give (in the model and in `improvement measures --json` against `belonging results
// --json`), and stay live when more answers arrive. The storyboard of a cycle, as the view offers
// it and as `improvement storyboard` writes it, parsed back with xmllint (HTML and XML) with
// its inline SVG run chart.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/results.hpp"
#include "improvement/model/improvement_model.hpp"
#include "improvement/model/measure_data.hpp"
#include "improvement/model/storyboard.hpp"
#include "stempush/i18n.hpp"
#include "stempush/profile.hpp"
#include "stempush/workspace.hpp"
#include "unit/test_support.hpp"
#include "unit/report_check.hpp"

using Catch::Matchers::ContainsSubstring;
using nlohmann::json;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void import_belonging(belonging::BelongingModel& model, const char* file, belonging::SurveyKind kind) {
  belonging::ImportJob job(read_file(test_support::fixture(file)), model.data(), kind);
  REQUIRE(job.mapping_problems().empty());
  REQUIRE(job.apply(model.data(), false) == 20);
}

void save(const stempush::Workspace& ws, const std::string& path) { std::ofstream(path) << ws.save(); }

}  // namespace

TEST_CASE("improvement feeds: belonging's fixture results, attached as measures, equal belonging's own figures", "[improvement][feeds]") {
  stempush::Workspace ws(test_support::registry());
  auto* belonging_model = dynamic_cast<belonging::BelongingModel*>(ws.plugin("belonging"));
  auto* model = dynamic_cast<improvement::ImprovementModel*>(ws.plugin("improvement"));
  REQUIRE(belonging_model);
  REQUIRE(model);
  belonging_model->data().plan.date = "2026-02-10";
  import_belonging(*belonging_model, "belonging/pre-20-students.csv", belonging::SurveyKind::Pre);

  // Every published belonging series becomes a measure, as "Add as a measure" does.
  auto feeds = ws.feeds();
  std::vector<std::string> measure_ids;
  for (auto& s : feeds)
    if (s.plugin_id == "belonging") {
      const std::string id = model->add_measure(improvement::series_title(s), improvement::MeasureKind::Outcome);
      model->measure(id)->feed = s.id;
      measure_ids.push_back(id);
    }
  REQUIRE_FALSE(measure_ids.empty());

  auto check_against_results = [&](size_t expected_points) {
    const auto results = belonging::compute_results(belonging_model->data(), ws.min_group_size());
    const auto now = ws.feeds();
    REQUIRE(results.scales.size() == measure_ids.size());
    for (size_t i = 0; i < results.scales.size(); ++i) {
      const auto& scale = results.scales[i];
      const improvement::Measure& m = *model->measure(measure_ids[i]);
      INFO(m.feed);
      CHECK(m.feed == "belonging.subscale." + scale.subscale_id);
      const auto points = improvement::measure_points(m, now);
      REQUIRE(points.size() == expected_points);
      CHECK(points[0].fed);
      CHECK(points[0].date == "2026-02-10");
      CHECK(points[0].note == "pre");
      CHECK(points[0].n == scale.pre_n);
      CHECK(points[0].value == Catch::Approx(scale.pre_mean).epsilon(1e-12));
      if (expected_points > 1) {
        CHECK(points[1].note == "post");
        CHECK(points[1].n == scale.post_n);
        CHECK(points[1].value == Catch::Approx(scale.post_mean).epsilon(1e-12));
      }
    }
  };
  check_against_results(1);
  // Live: the post survey arrives in belonging; the measures show it without any re-entry.
  import_belonging(*belonging_model, "belonging/post-20-students.csv", belonging::SurveyKind::Post);
  check_against_results(2);

  // The same through the command line: `improvement measures --json` against `belonging results --json`.
  const std::string folder = test_support::temp_folder("improvement-feeds");
  const std::string path = folder + "/workspace.json";
  save(ws, path);
  auto measures = test_support::run_cli("improvement measures " + quote(path) + " --json");
  INFO(measures.output);
  REQUIRE(measures.exit_code == 0);
  auto results = test_support::run_cli("belonging results " + quote(path) + " --json");
  INFO(results.output);
  REQUIRE(results.exit_code == 0);
  const json fed = json::parse(measures.output)["measures"];
  const json belonging_results = json::parse(results.output);
  REQUIRE(fed.size() == measure_ids.size());
  const auto figures = belonging::compute_results(belonging_model->data(), ws.min_group_size());
  for (size_t i = 0; i < fed.size(); ++i) {
    const json& points = fed[i]["points"];
    REQUIRE(points.size() == 2);
    CHECK(points[0]["source"] == "feed");
    CHECK(points[0]["label"] == "pre");
    CHECK(points[0]["n"] == figures.scales[i].pre_n);
    CHECK(points[0]["value"].get<double>() == Catch::Approx(figures.scales[i].pre_mean).epsilon(1e-12));
    CHECK(points[1]["value"].get<double>() == Catch::Approx(figures.scales[i].post_mean).epsilon(1e-12));
    CHECK(fed[i]["feed_found"] == true);
  }
  // belonging's own JSON names the same means (whatever its layout, the numbers appear in it).
  const std::string results_text = belonging_results.dump();
  for (auto& scale : figures.scales) CHECK(results_text.find(scale.subscale_id) != std::string::npos);

  // The small-group threshold above the class size hides every fed point, for every reader.
  ws.profile().min_group_size = 25;
  for (auto& id : measure_ids) {
    CHECK(improvement::measure_points(*model->measure(id), ws.feeds()).empty());
    CHECK(improvement::suppressed_points(*model->measure(id), ws.feeds()) == 2);
  }
}

TEST_CASE("improvement feeds: a belonging measure stratified by grade, small groups hidden by the program's threshold",
          "[improvement][feeds]") {
  stempush::Workspace ws(test_support::registry());
  auto* belonging_model = dynamic_cast<belonging::BelongingModel*>(ws.plugin("belonging"));
  REQUIRE(belonging_model);
  belonging_model->data().plan.date = "2026-02-10";
  // The fixture's 20 students: 9 in 9th grade, 8 in 10th, 3 in 11th.
  import_belonging(*belonging_model, "belonging/pre-20-students.csv", belonging::SurveyKind::Pre);
  const auto results = belonging::compute_results(belonging_model->data(), ws.min_group_size());
  const auto& scale = results.scales.at(0);
  REQUIRE(scale.pre_groups.size() == 3);
  int total = 0;
  for (auto& g : scale.pre_groups) total += g.n;
  CHECK(total == scale.pre_n);  // every scored student is in one group

  auto fed = [&] {
    for (auto& s : ws.feeds())
      if (s.id == "belonging.subscale." + scale.subscale_id) return s;
    FAIL("no fed series for " << scale.subscale_id);
    return stempush::MeasureSeries{};
  };
  // At the lowest threshold (5) the 11th grade (3) is hidden, and with it the next smallest group
  // (10th, 8), or the total would give it away: one line is left, 9th grade, with its own mean.
  ws.profile().min_group_size = 5;
  improvement::GroupLines lines = improvement::group_lines(fed());
  REQUIRE(lines.lines.size() == 1);
  CHECK(lines.hidden == 2);
  CHECK(lines.lines[0].name == "9th grade");
  REQUIRE(lines.lines[0].points.size() == 1);
  CHECK(lines.lines[0].points[0].n == 9);
  const auto ninth = std::find_if(scale.pre_groups.begin(), scale.pre_groups.end(), [](auto& g) { return g.group == "9th grade"; });
  REQUIRE(ninth != scale.pre_groups.end());
  CHECK(lines.lines[0].points[0].value == Catch::Approx(ninth->mean).epsilon(1e-12));
  // At the default threshold (10) no group is shown at all.
  ws.profile().min_group_size = 10;
  lines = improvement::group_lines(fed());
  CHECK(lines.lines.empty());
  CHECK(lines.hidden == 3);
}

namespace {

// A cycle that looked at a measure with a shift, with text that needs escaping.
struct StoryWorkspace {
  stempush::Workspace ws{test_support::registry()};
  improvement::ImprovementModel* model = nullptr;
  std::string cycle, measure;
  StoryWorkspace() {
    // The page's words come from the catalogs: load them here, not by luck of test order.
    stempush::i18n::load_core_catalogs();
    test_support::registry().load_catalogs();
    model = dynamic_cast<improvement::ImprovementModel*>(ws.plugin("improvement"));
    REQUIRE(model);
    model->aim = {"apply to a STEM major", "70%", "2027-06-01", "our seniors"};
    const std::string p = model->add_node("", "Belonging"), s = model->add_node(p, "Peers"),
                      idea = model->add_node(s, "Peer tutoring <Tuesdays> & more");
    measure = model->add_measure("Students at tutoring", improvement::MeasureKind::Process);
    const double values[] = {8, 9, 8, 7, 9, 8, 14, 15, 13, 16, 15, 14};
    for (int i = 0; i < 12; ++i) {
      char date[16];
      std::snprintf(date, sizeof date, "2026-02-%02d", i * 2 + 1);
      model->set_point(measure, date, values[i]);
    }
    model->measure(measure)->goal = 12;
    cycle = model->start_cycle(idea);
    auto* c = model->cycle(cycle);
    c->who = "two tutors";
    c->questions[0] = {"Will they come back?", "Six of eight", "Seven of eight"};
    c->what_happened = "Seven came back.\nTwo brought friends.";
    c->due = "2026-02-13";
    c->measure_ids = {measure};
    c->decision = improvement::Decision::Adapt;
    c->next_steps = "Try Thursdays too.";
  }
};

}  // namespace

TEST_CASE("improvement storyboard: one printable page with the plan, predictions, results, an SVG run chart and the decision", "[improvement][report]") {
  StoryWorkspace w;
  const std::string html = improvement::storyboard_html(*w.model, w.cycle, w.ws.feeds(), w.ws.profile().program_name);
  report_check::check_html("improvement-storyboard", html);
  CHECK_THAT(html, ContainsSubstring("Storyboard: Cycle 1: Peer tutoring &lt;Tuesdays&gt; &amp; more"));
  CHECK_THAT(html, ContainsSubstring("Six of eight"));
  CHECK_THAT(html, ContainsSubstring("Seven of eight"));
  CHECK_THAT(html, ContainsSubstring("Decision: Adapt"));
  CHECK_THAT(html, ContainsSubstring("Try Thursdays too."));
  CHECK_THAT(html, ContainsSubstring("@media print"));
  CHECK_THAT(html, ContainsSubstring("<svg"));
  CHECK_THAT(html, ContainsSubstring("Peer tutoring &lt;Tuesdays&gt; &amp; more (this cycle)"));  // the mark
  CHECK_THAT(html, ContainsSubstring("6 points in a row, from 2026-02-13 to 2026-02-23, are above the median"));
  CHECK_THAT(html, ContainsSubstring("class=\"signal\""));
  CHECK_THROWS_WITH(improvement::storyboard_html(*w.model, "c999", {}), "There is no cycle “c999”.");
  CHECK(improvement::storyboard_file_name(*w.model, w.cycle) == "storyboard-cycle-1.html");

  // Parsed back: as HTML (the parser browsers follow) and as XML (the markup is well-formed).
  const std::string folder = test_support::temp_folder("improvement-storyboard");
  const std::string path = folder + "/storyboard.html";
  std::ofstream(path) << html;
  const std::string q = quote(path);
  auto count = [&](const std::string& mode, const std::string& xpath) {
    FILE* pipe = ::popen(("xmllint " + mode + " --xpath " + quote(xpath) + " " + q + " 2>/dev/null").c_str(), "r");
    std::string out;
    char buf[256];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    ::pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
  };
  CHECK(count("--html", "count(//svg)") == "1");
  CHECK(count("--html", "count(//svg//circle[@class='signal'])") == "12");  // two shifts and too few runs: every point
  CHECK(count("--html", "count(//svg//g[@class='mark'])") == "1");
  CHECK(count("--html", "string(//h1)") == "Storyboard: Cycle 1: Peer tutoring <Tuesdays> & more");
  CHECK(count("--html", "count(//table//td)") == "3");
  // The summary first: the idea, the question with its prediction and finding, the decision, the chart.
  CHECK(count("--html", "count(//div[@id='summary']//svg)") == "1");
  CHECK(count("--html", "count(//div[@id='summary']//li[contains(., 'We predicted: Six of eight. We found: Seven of eight.')])") == "1");
  CHECK(count("--html", "count(//div[@id='summary']//li[. = 'Decision: Adapt'])") == "1");
  CHECK(count("", "count(//*[local-name()='svg'])") == "1");
  FILE* lint = ::popen(("xmllint --noout " + q + " 2>&1").c_str(), "r");
  char buf[512];
  std::string lint_out;
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, lint)) > 0) lint_out.append(buf, n);
  const int status = ::pclose(lint);
  INFO(lint_out);
  CHECK(WEXITSTATUS(status) == 0);

  // The command line writes the same page.
  const std::string workspace = folder + "/workspace.json";
  save(w.ws, workspace);
  const std::string out = folder + "/from-cli.html";
  auto written = test_support::run_cli("improvement storyboard " + quote(workspace) + " " + w.cycle + " --html " + quote(out));
  INFO(written.output);
  REQUIRE(written.exit_code == 0);
  CHECK(read_file(out) == html);
  auto missing = test_support::run_cli("improvement storyboard " + quote(workspace) + " c999 --html " + quote(folder + "/no.html"));
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.output, ContainsSubstring("There is no cycle “c999”."));
  CHECK_FALSE(std::ifstream(folder + "/no.html").good());  // nothing half-written
  CHECK(test_support::run_cli("improvement storyboard " + quote(workspace) + " " + w.cycle).exit_code == 2);
}
