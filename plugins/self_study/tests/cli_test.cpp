// The self-study commands of stempush-cli, run as a user would on a workspace written at test time.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "self_study/model/self_study_model.hpp"
#include "self_study_assets.hpp"
#include "self_study_test_support.hpp"
#include "stempush/csv.hpp"

using Catch::Approx;
using Catch::Matchers::ContainsSubstring;
using self_study_test::run_command;
using self_study_test::shell_quote;

namespace {

std::string cli(const std::string& args) { return shell_quote(STEMPUSH_CLI_PATH) + " " + args; }

// A workspace file holding the tiny model, as the app would save it.
std::string write_workspace(const self_study_test::TempDir& dir) {
  self_study::SelfStudyModel model;
  self_study_test::fill_tiny_model(model);
  nlohmann::json doc = {{"format", "stempush-workspace"},
                        {"format_version", 1},
                        {"app_version", "0.1.0"},
                        {"profile", {{"schema", 2}, {"data", {{"program_name", "Robotics <Club>"}}}}},
                        {"sections", {{"self_study", {{"schema", 1}, {"data", model.to_json()}}}}}};
  auto path = dir.file("workspace.json");
  self_study_test::write_text(path, doc.dump(2));
  return path;
}

}  // namespace

TEST_CASE("cli: self-study summary --json prints every figure of the latest cycle", "[self_study]") {
  self_study_test::TempDir dir("self-study-cli-summary");
  auto workspace = write_workspace(dir);
  auto result = run_command(cli("self-study summary " + shell_quote(workspace) + " --json"));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  auto summary = nlohmann::json::parse(result.output);
  CHECK(summary["cycle"]["id"] == "c2");
  CHECK(summary["previous_cycle"] == "c1");
  // Hand-computed in summary_test.cpp: domain A 8/3, change +2/3; B 2.0 with no change; overall 2.5.
  CHECK(summary["domains"][0]["mean"].get<double>() == Approx(8.0 / 3.0));
  CHECK(summary["domains"][0]["change"].get<double>() == Approx(2.0 / 3.0));
  CHECK(summary["domains"][1]["change"].is_null());
  CHECK(summary["domains"][0]["standards"][0]["mean"].get<double>() == Approx(3.5));
  CHECK(summary["domains"][0]["distribution"]["not_applicable"] == 1);
  CHECK(summary["domains"][0]["progress"]["answered"] == 11);
  CHECK(summary["domains"][0]["progress"]["answered_by_participant"]["p3"] == 3);
  CHECK(summary["overall"]["mean"].get<double>() == Approx(2.5));
  CHECK(summary["strengths"][0]["standard"] == "A1");
  CHECK(summary["lowest"][0]["standard"] == "A2");
  CHECK(summary["priorities"][0]["status"] == "in_progress");

  auto earlier = run_command(cli("self-study summary " + shell_quote(workspace) + " --json --cycle c1"));
  REQUIRE(earlier.exit_code == 0);
  CHECK(nlohmann::json::parse(earlier.output)["domains"][0]["mean"].get<double>() == Approx(2.0));

  auto text = run_command(cli("self-study summary " + shell_quote(workspace)));
  CHECK(text.exit_code == 0);
  CHECK_THAT(text.output, ContainsSubstring("Domain A: mean 2.67"));

  auto unknown = run_command(cli("self-study summary " + shell_quote(workspace) + " --cycle c9"));
  CHECK(unknown.exit_code == 1);
  CHECK_THAT(unknown.output, ContainsSubstring("no cycle \"c9\""));
  CHECK(run_command(cli("self-study summary " + shell_quote(dir.file("missing.json")))).exit_code == 1);
  CHECK(run_command(cli("self-study summary")).exit_code == 2);
}

TEST_CASE("cli: self-study report writes a well-formed HTML file", "[self_study]") {
  self_study_test::TempDir dir("self-study-cli-report");
  auto workspace = write_workspace(dir);
  auto out = dir.file("report.html");
  auto result = run_command(cli("self-study report " + shell_quote(workspace) + " --html " + shell_quote(out)));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  auto html = self_study_test::read_text(out);
  CHECK_THAT(html, ContainsSubstring("Robotics &lt;Club&gt;"));
  CHECK_THAT(html, ContainsSubstring("Fall 2026"));
  CHECK(run_command("xmllint --noout " + shell_quote(out)).exit_code == 0);
  CHECK(run_command(cli("self-study report " + shell_quote(workspace))).exit_code == 2);  // no --html

  auto csv_out = dir.file("ratings.csv");
  REQUIRE(run_command(cli("self-study ratings-csv " + shell_quote(workspace) + " --csv " + shell_quote(csv_out))).exit_code == 0);
  CHECK(stempush::csv::parse(self_study_test::read_text(csv_out)).rows.size() == 22);
}

TEST_CASE("cli: self-study check-framework names each problem and its line", "[self_study]") {
  self_study_test::TempDir dir("self-study-cli-framework");
  auto good = dir.file("good.json");
  self_study_test::write_text(good, self_study_test::kTinyFramework);
  auto ok = run_command(cli("self-study check-framework " + shell_quote(good)));
  INFO(ok.output);
  CHECK(ok.exit_code == 0);
  CHECK_THAT(ok.output, ContainsSubstring("7 indicators"));

  auto data = nlohmann::json::parse(self_study_test::kTinyFramework);
  data["scale"]["levels"][1].erase("label");
  data["domains"][1]["standards"][0]["indicators"][0]["id"] = "a1";
  auto bad = dir.file("bad.json");
  self_study_test::write_text(bad, data.dump(1));
  auto result = run_command(cli("self-study check-framework " + shell_quote(bad)));
  INFO(result.output);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, ContainsSubstring("/scale/levels/1/label: is missing"));
  CHECK_THAT(result.output, ContainsSubstring("/domains/1/standards/0/indicators/0/id"));
  CHECK_THAT(result.output, ContainsSubstring("2 problems"));

  auto broken = dir.file("broken.json");
  self_study_test::write_text(broken, "{\n\"format\": \n}");
  auto parse = run_command(cli("self-study check-framework " + shell_quote(broken)));
  CHECK(parse.exit_code == 1);
  CHECK_THAT(parse.output, ContainsSubstring("line 3"));
}

TEST_CASE("cli: check-framework lists missing translations as notes and still exits 0", "[self_study]") {
  self_study_test::TempDir dir("self-study-cli-translations");
  // Format 2 with Spanish for domain A's title only.
  auto data = nlohmann::json::parse(self_study_test::kTinyFramework);
  data["format_version"] = 2;
  data["domains"][0]["i18n"] = {{"es", {{"title", "Dimensión A"}}}};
  auto partly = dir.file("partly.json");
  self_study_test::write_text(partly, data.dump(1));
  auto result = run_command(cli("self-study check-framework " + shell_quote(partly)));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, ContainsSubstring("note: line "));
  CHECK_THAT(result.output, ContainsSubstring("/domains/1/title: no Spanish text yet"));
  CHECK_THAT(result.output, ContainsSubstring("/domains/0/standards/0/indicators/0/text: no Spanish text yet"));
  CHECK_THAT(result.output, !ContainsSubstring("/domains/0/title:"));  // translated
  // 8 level texts, domain B, 3 standards, 7 indicators, the title: all but one field.
  CHECK_THAT(result.output, ContainsSubstring(": OK (Tiny framework 1: 2 domains, 7 indicators, 4-level scale; 20 notes on translations"));
  CHECK_THAT(result.output, !ContainsSubstring("problem"));

  // English only: one note for the file. The default framework: none.
  auto english = dir.file("english.json");
  self_study_test::write_text(english, self_study_test::kTinyFramework);
  auto one = run_command(cli("self-study check-framework " + shell_quote(english)));
  INFO(one.output);
  CHECK(one.exit_code == 0);
  CHECK_THAT(one.output, ContainsSubstring("note: line 1, no Spanish translation"));
  CHECK_THAT(one.output, ContainsSubstring("; 1 note on translations)"));
  auto fallback_default = dir.file("default.json");
  self_study_test::write_text(fallback_default, std::string(self_study_assets::asset("framework-default.json")));
  auto none = run_command(cli("self-study check-framework " + shell_quote(fallback_default)));
  INFO(none.output);
  CHECK(none.exit_code == 0);
  CHECK_THAT(none.output, !ContainsSubstring("note:"));
  CHECK_THAT(none.output, !ContainsSubstring("on translations"));
  CHECK_THAT(none.output, ContainsSubstring("6 domains"));

  // A bad translation is a problem, not a note: exit 1.
  data["domains"][1]["i18n"] = {{"es", {{"titel", "B"}}}};
  auto bad = dir.file("bad.json");
  self_study_test::write_text(bad, data.dump(1));
  auto refused = run_command(cli("self-study check-framework " + shell_quote(bad)));
  INFO(refused.output);
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.output, ContainsSubstring("/domains/1/i18n/es"));
}
