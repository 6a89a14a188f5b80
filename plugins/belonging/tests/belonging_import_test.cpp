// Belonging CSV import (mapping, row problems, all-or-nothing, slices) and the CLI commands run
// as a real process on files in a temp folder.
#include <catch2/catch_test_macros.hpp>

#include <stdexcept>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/exports.hpp"
#include "belonging/model/import.hpp"
#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"
#include "unit/report_check.hpp"

using namespace belonging;
namespace fs = std::filesystem;

namespace {
const std::string kHeader =
    "Timestamp,Your code,Grade,\"Most people find STEM hard at some point, not only me.\","
    "\"If a STEM problem is hard, I usually give up on it.\"\r\n";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
void spit(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// A fresh folder per call: ctest runs test cases as parallel processes, so the name must not
// repeat across processes (an unseeded rand() did).
fs::path temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "belonging-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
  return pattern;
}
int run_cli(const std::string& args, const fs::path& out, const std::string& env = {}) {
  std::string command = (env.empty() ? "" : env + " ") + std::string(STEMPUSH_CLI_PATH) + " " + args + " > " + out.string() + " 2>&1";
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
}  // namespace

TEST_CASE("import auto-maps columns by item text and the code column", "[belonging]") {
  auto data = default_data();
  ImportJob job("\xEF\xBB\xBF" + kHeader + "1/1,ab12,9,4,Disagree\r\n", data, SurveyKind::Pre);
  CHECK(job.mapping().code_column == 1);
  CHECK(job.mapping().item_columns.at("struggle_normal") == 3);
  CHECK(job.mapping().item_columns.at("struggle_quit") == 4);
  CHECK(job.mapping_problems().empty());
  CHECK(job.apply(data, false) == 1);
  CHECK(data.pre.find("AB12")->answers.at("struggle_quit") == 2);
}

TEST_CASE("import lists every bad row and applies nothing unless told to skip them", "[belonging]") {
  auto data = default_data();
  data.pre.responses.push_back({"OLD1", "", {{"struggle_normal", 3}}});
  std::string text = kHeader +
                     "t,AB12,9,4,2\r\n"        // line 2 ok
                     "t,Maria,9,4,2\r\n"       // line 3: a name, not a code
                     "t,CD34,9,9,2\r\n"        // line 4: 9 is off the 1-5 scale
                     "t,ab12,9,3,3\r\n"        // line 5: duplicate of line 2
                     "t,old1,9,3,3\r\n"        // line 6: already in the workspace
                     "t,,9,3,3\r\n"            // line 7: no code
                     "t,EF56,10,\"5\",\r\n";   // line 8 ok (a skipped item is fine)
  ImportJob job(text, data, SurveyKind::Pre);
  CHECK_FALSE(job.step(3));
  CHECK(job.progress() > 0.4);
  CHECK(job.progress() < 0.6);
  while (!job.step(2)) {
  }
  CHECK(job.good_rows() == 2);
  CHECK(job.rejected_lines() == std::vector<size_t>{3, 4, 5, 6, 7});
  bool saw_duplicate = false;
  for (auto& p : job.problems()) saw_duplicate |= p.line == 5 && p.message.find("line 2") != std::string::npos;
  CHECK(saw_duplicate);

  auto before = data_to_json(data);
  CHECK(job.apply(data, false) == 0);
  CHECK(data_to_json(data) == before);  // all or nothing
  CHECK(job.apply(data, true) == 2);
  CHECK(data.pre.responses.size() == 3);
  CHECK(data.pre.find("EF56")->answers.size() == 1);
}

TEST_CASE("a 20,000-row import runs in slices with progress", "[belonging]") {
  auto data = default_data();
  std::string text = "code," + data.bank.items[0].id + "\n";
  for (int i = 0; i < 20000; ++i) text += "S" + std::to_string(10000 + i) + "," + std::to_string(1 + i % 5) + "\n";
  ImportJob job(text, data, SurveyKind::Post);
  int slices = 0;
  double last = 0;
  while (!job.step(500)) {
    ++slices;
    CHECK(job.progress() > last);
    last = job.progress();
  }
  CHECK(slices == 39);
  CHECK(job.apply(data, false) == 20000);
}

TEST_CASE("import rejects non-UTF-8 text and bad mapping files", "[belonging]") {
  auto data = default_data();
  CHECK_THROWS_AS(ImportJob("code,x\nAB12,caf\xE9\n", data, SurveyKind::Pre), stempush::csv::ParseError);
  ImportJob job("id,answer\nAB12,3\n", data, SurveyKind::Pre);
  CHECK_FALSE(job.mapping_problems().empty());  // the answer column matches no item
  CHECK_THROWS(job.set_mapping_json(R"({"code": "id", "items": {"nope": "answer"}})"));
  job.set_mapping_json(R"({"code": "id", "items": {"growth_change": "answer"}})");
  CHECK(job.mapping_problems().empty());
  CHECK(job.apply(data, false) == 1);
}

TEST_CASE("import: quoted cells, CRLF, a BOM, ragged rows and blank lines", "[belonging]") {
  auto data = default_data();
  // The BOM, a quoted code, a short row (its missing answers are skipped questions), a long row
  // (an extra cell is ignored), a blank line, and a quoted group with a comma and a newline.
  const std::string text = "\xEF\xBB\xBF" + kHeader + "t,\"AB12\",\"9th, room\n2\",4,2\r\nt,CD34,9\r\n\r\nt,EF56,9,3,1,extra\r\n";
  ImportJob job(text, data, SurveyKind::Pre);
  CHECK(job.mapping().code_column == 1);
  CHECK(job.apply(data, false) == 0);  // CD34 answered nothing: rejected, so nothing applied
  REQUIRE(job.problems().size() == 1);
  CHECK(job.problems()[0].line == 4);  // the quoted newline counts: CD34 is on the file's line 4
  CHECK(job.problems()[0].message == "the row has no answers");
  CHECK(data.pre.responses.empty());
  ImportJob again(text, data, SurveyKind::Pre);
  auto mapping = again.mapping();
  mapping.group_column = 2;  // "Grade"
  again.set_mapping(mapping);
  CHECK(again.apply(data, true) == 2);
  REQUIRE(data.pre.responses.size() == 2);
  CHECK(data.pre.responses[0].group == "9th, room\n2");
  CHECK(data.pre.responses[0].answers.at("struggle_normal") == 4);
  CHECK(data.pre.responses[1].code == "EF56");
  CHECK(data.pre.responses[1].answers.size() == 2);
}

TEST_CASE("responses CSV has codes only and neutralises formulas", "[belonging][report]") {
  auto data = default_data();
  data.pre.responses.push_back({"AB12", "=cmd|' /C calc'!A0", {{"struggle_normal", 4}}});
  auto rows = report_check::check_csv("belonging-responses", responses_csv(data)).rows;
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][0] == "Survey");
  CHECK(rows[0][1] == "Student code");
  CHECK(rows[1][0] == "Before the session");
  CHECK(rows[1][1] == "AB12");
  CHECK(rows[1][2].front() == '\'');
  CHECK(rows[1][3] == "4");
}

TEST_CASE("responses CSV: choice answers are the options' words in the file's language, and import back", "[belonging][report]") {
  // A program's own multiple-choice and single-choice questions beside the scale items.
  auto data = default_data();
  using stempush::survey::choice_item;
  data.bank.items.push_back(choice_item("liked", {"What did you like?", "¿Qué te gustó?"},
                                        {{"lab_work", {"Lab work", "Trabajo de laboratorio"}},
                                         {"guest_talks", {"Talks by guests", "Charlas de invitados"}},
                                         {"belong_unsure", {"Not sure yet", "Todavía no sé"}}},
                                        true));
  data.bank.items.push_back(choice_item("come_back", {"Will you come back?", "¿Vas a volver?"},
                                        {{"yes_sure", {"Yes", "Sí"}}, {"no_thanks", {"No", "No"}}}));
  const std::string scale = data.bank.items[0].id;
  data.pre.responses.push_back({"AB12", "G1", {{scale, 4},
                                               {"liked", stempush::survey::Answer::choices({"lab_work", "belong_unsure"})},
                                               {"come_back", stempush::survey::Answer::choices({"yes_sure"})}}});
  report_check::Known known{report_check::bank_ids(data.bank), report_check::bank_english(data.bank)};
  for (Language lang : {Language::English, Language::Spanish}) {
    const bool es = lang == Language::Spanish;
    stempush::i18n::set_language(lang);
    const std::string csv = responses_csv(data);
    stempush::i18n::set_language(Language::English);
    INFO("language " << stempush::i18n::language_code(lang));
    const auto rows = report_check::check_csv(es ? "belonging-choices-es" : "belonging-choices", csv, known, es ? "es" : "en").rows;
    REQUIRE(rows.size() == 2);
    const size_t liked = rows[0].size() - 2, come_back = rows[0].size() - 1;
    CHECK(rows[0][liked] == (es ? "¿Qué te gustó?" : "What did you like?"));
    CHECK(rows[1][liked] == (es ? "Trabajo de laboratorio; Todavía no sé" : "Lab work; Not sure yet"));
    CHECK(rows[1][come_back] == (es ? "Sí" : "Yes"));
    CHECK(rows[1][3] == "4");
    // Imported back (as the other survey), every answer is the same.
    ImportJob job(csv, data, SurveyKind::Post);
    CHECK(job.mapping_problems().empty());
    CHECK(job.apply(data, false) == 1);
    REQUIRE(data.post.responses.size() == 1);
    CHECK(data.post.responses[0].answers == data.pre.responses[0].answers);
    data.post.responses.clear();
  }
}

TEST_CASE("CLI: import all-or-nothing, --skip-bad-rows, results --json and --html", "[belonging]") {
  auto dir = temp_dir();
  auto ws = dir / "ws.json";
  spit(ws, R"({"format": "stempush-workspace", "format_version": 1, "app_version": "0.1.0",
               "profile": {"schema": 2, "data": {}}, "sections": {}})");
  spit(dir / "pre.csv", kHeader + "t,AB12,9,4,2\r\nt,CD34,9,2,4\r\nt,Maria,9,4,2\r\n");
  spit(dir / "post.csv", kHeader + "t,AB12,9,5,1\r\nt,CD34,9,3,3\r\n");
  const std::string original = slurp(ws);

  CHECK(run_cli("belonging import " + ws.string() + " " + (dir / "pre.csv").string(), dir / "out1") == 1);
  CHECK(slurp(dir / "out1").find(":4:") != std::string::npos);  // the bad row's line
  // Counts in words, one or many (the catalogs' plural forms), never "row(s)".
  CHECK(slurp(dir / "out1").find("1 row of 3 rejected; nothing was imported") != std::string::npos);
  CHECK(slurp(ws) == original);                                 // nothing written
  CHECK(run_cli("belonging import " + ws.string() + " " + (dir / "pre.csv").string() + " --skip-bad-rows",
                dir / "out2") == 0);
  CHECK(slurp(dir / "out2").find("imported 2 responses (Before the session); skipped 1 row with problems") != std::string::npos);
  CHECK(run_cli("belonging import " + ws.string() + " " + (dir / "post.csv").string() + " --survey post",
                dir / "out3") == 0);
  CHECK(run_cli("belonging import " + ws.string() + " " + (dir / "post.csv").string() + " --survey later",
                dir / "out4") == 2);

  REQUIRE(run_cli("belonging results " + ws.string() + " --json", dir / "results.json") == 0);
  auto results = nlohmann::json::parse(slurp(dir / "results.json"));
  CHECK(results["counts"]["pre"] == 2);
  CHECK(results["counts"]["paired"] == 2);
  CHECK(results["items"][0]["post_counts"] == nlohmann::json::array({0, 0, 1, 0, 1}));
  // 2 of the 5 struggle items answered is under half: no scale score, and the sentence says so.
  CHECK(results["scales"][0]["paired_change"]["n"] == 0);
  CHECK(results["scales"][0]["sentence"]["en"].get<std::string>().find("too few") != std::string::npos);
  CHECK(results["counts"]["sentence"]["es"].get<std::string>().find("estudiantes") != std::string::npos);

  CHECK(run_cli("belonging results " + ws.string() + " --html " + (dir / "r.html").string(), dir / "out5") == 0);
  CHECK(slurp(dir / "r.html").find("<svg") != std::string::npos);
  CHECK(run_cli("validate " + ws.string(), dir / "out6") == 0);
  CHECK(run_cli("belonging results " + (dir / "missing.json").string() + " --json", dir / "out7") == 1);

  // A file over this device's import limit: refused before it is read, the limit said, exit 1.
  const std::string before_big = slurp(ws);
  CHECK(run_cli("belonging import " + ws.string() + " " + (dir / "pre.csv").string(), dir / "out8",
                "STEMPUSH_MAX_IMPORT_BYTES=100") == 1);
  CHECK(slurp(dir / "out8").find("this device imports files of at most 100 bytes") != std::string::npos);
  CHECK(slurp(dir / "out8").find("bad_alloc") == std::string::npos);
  CHECK(slurp(ws) == before_big);
  fs::remove_all(dir);
}

TEST_CASE("the responses CSV imports back: its question headers (English or Spanish) and older id headers", "[belonging][report]") {
  auto data = default_data();
  REQUIRE(data.bank.items.size() >= 2);
  const std::string first = data.bank.items[0].id, second = data.bank.items[1].id;
  data.pre.responses.push_back({"AB12", "G1", {{first, 4}, {second, 2}}});
  data.pre.responses.push_back({"CD34", "G2", {{first, 3}}});
  for (Language lang : {Language::English, Language::Spanish}) {
    stempush::i18n::set_language(lang);
    const std::string csv = responses_csv(data);
    stempush::i18n::set_language(Language::English);
    report_check::check_csv(lang == Language::English ? "belonging-responses-en" : "belonging-responses-es", csv);
    BelongingData fresh = default_data();
    ImportJob job(csv, fresh, SurveyKind::Post);
    INFO("language " << stempush::i18n::language_code(lang));
    CHECK(job.mapping_problems().empty());
    CHECK(job.mapping().item_columns.size() == fresh.bank.items.size());  // every question found by its wording
    CHECK(job.mapping().group_column == 2);
    CHECK(job.apply(fresh, false) == 2);
    REQUIRE(fresh.post.responses.size() == 2);
    CHECK(fresh.post.responses[0].code == "AB12");
    CHECK(fresh.post.responses[0].answers.at(second).point() == 2);
  }
  // A file written before the headers became labels (item ids as headers) still imports.
  ImportJob old("survey,code,group," + first + "," + second + "\r\npre,EF56,G1,5,1\r\n", data, SurveyKind::Post);
  CHECK(old.mapping_problems().empty());
  CHECK(old.mapping().item_columns.size() == 2);
  CHECK(old.apply(data, false) == 1);
}
