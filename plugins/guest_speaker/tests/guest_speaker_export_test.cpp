// Guest-speaker files read back by real parsers: the .ics by ical.js (escaping and folding with
// commas, semicolons, newlines, accents and a 200-character line), the brief and visit report by
// xmllint --html, the CLI's JSON by nlohmann::json, and the CLI's exit codes on bad input.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>
#include <iterator>
#include <sstream>

#include "guest_speaker/model/exports.hpp"
#include "guest_speaker/model/guest_speaker_model.hpp"
#include "stempush/calendar.hpp"
#include "stempush/csv.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"
#include "unit/ical_reader.hpp"
#include "unit/test_support.hpp"
#include "unit/report_check.hpp"

using namespace guest_speaker;
using nlohmann::json;
using Answer = stempush::survey::Answer;

namespace {

const std::string kLongLine(200, 'x');
const std::string kDescription = "Bring: notebooks, pens; a question.\nSegunda línea: ¿cómo llegó a la ingeniería?\n" + kLongLine;

GuestSpeakerData sample() {
  GuestSpeakerData d;
  d.time_zone = "America/New_York";
  d.interests.responses = {{"A-1", "", {{"fields", Answer::choices({"engineering"})}, {"question", Answer::written("Was it expensive?")}}},
                           {"A-2", "", {{"fields", Answer::choices({"engineering", "health"})}, {"question", Answer::written("<b>Is it hard?</b>")}}}};
  Speaker& s = add_speaker(d);
  s.name = "Ana Ruiz & Co";
  s.role = "Engineer";
  s.topics = {"engineering"};
  Visit& v = add_visit(d, Language::English);
  v.speaker_id = s.id;
  v.title = "Visit: Ana, engineering; bridges";
  v.date = "2026-10-14";
  v.start = "15:30";
  v.location = "Room 204, Main St; Pittsburgh";
  v.grade_band = "9-10";
  v.structure[0].title = kDescription;  // the description lists the steps
  for (int i = 0; i < 6; ++i)
    v.ticket.responses.push_back({"T-" + std::to_string(i), "", {{"useful", Answer(i < 4 ? 4 : 2)},
                                                                   {"next_step", Answer::written("Visit <the> lab & ask")}}});
  Visit& w = add_visit(d, Language::English);
  w.date = "2026-11-20";
  w.start = "23:30";  // ends after midnight
  return d;
}

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = test_support::temp_folder("gs") + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// xmllint parses the file twice: as HTML (its HTML 4 parser does not know the inline SVG chart's
// tags, so only those complaints are set aside) and as XML, which must be clean (the reports are
// XHTML-compatible). Returns the complaints (empty when clean).
test_support::CommandResult xmllint_html(const std::string& path) {
  const std::string command = "{ xmllint --html --noout " + path +
                              " 2>&1 | grep 'error' | grep -v -E 'Tag (svg|line|rect|text|tspan|g|title) invalid'; xmllint --noout " +
                              path + " 2>&1; }";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::string xpath(const std::string& path, const std::string& expr) {
  const std::string command = "xmllint --html --xpath '" + expr + "' " + path + " 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  ::pclose(pipe);
  while (!out.empty() && out.back() == '\n') out.pop_back();  // xmllint ends its answer with a newline
  return out;
}

}  // namespace

TEST_CASE("guest speaker: .ics escaping and folding, read back by ical.js", "[guest_speaker][ics]") {
  GuestSpeakerData d = sample();
  const Visit& v = d.visits[0];
  const std::string ics = visits_ics(d, {&v}, Language::English);
  CHECK(test_support::ics_line_problem(ics).empty());
  CHECK(ics.find("Room 204\\, Main St\\; Pittsburgh") != std::string::npos);
  const json parsed = test_support::read_ics_text_with_icaljs(ics);
  CHECK(parsed["version"] == "2.0");
  CHECK_FALSE(parsed["prodid"].get<std::string>().empty());
  REQUIRE(parsed["events"].size() == 1);
  const json& e = parsed["events"][0];
  CHECK(e["uid"] == stempush::calendar::make_uid("guest_speaker", v.id));
  CHECK(e["summary"] == "Visit: Ana, engineering; bridges");
  CHECK(e["location"] == "Room 204, Main St; Pittsburgh");
  const std::string description = e["description"];
  CHECK_THAT(description, Catch::Matchers::ContainsSubstring(kDescription));
  CHECK_THAT(description, Catch::Matchers::StartsWith("Ana Ruiz & Co, Engineer"));
  CHECK(e["start"]["zone"] == "America/New_York");
  // 15:30 in New York on 14 October 2026 (EDT, UTC-4) = 19:30 UTC; 60 minutes.
  CHECK(e["start"]["unix"] == 1792006200);
  CHECK(e["end"]["unix"] == 1792006200 + 3600);
  CHECK_FALSE(e["dtstamp"].is_null());

  // The whole term, in UTC: a visit that ends after midnight ends the next day.
  d.time_zone = "UTC";
  std::vector<const Visit*> all = {&d.visits[0], &d.visits[1]};
  const json term = test_support::read_ics_text_with_icaljs(visits_ics(d, all, Language::English));
  REQUIRE(term["events"].size() == 2);
  CHECK(term["events"][1]["start"]["unix"] == 1795217400);  // 2026-11-20 23:30 UTC
  CHECK(term["events"][1]["end"]["unix"] == 1795217400 + 3600);
  CHECK(term["events"][1]["summary"] == "Guest speaker: (no speaker chosen)");

  d.visits[1].date = "";
  CHECK_THROWS_AS(visits_ics(d, all, Language::English), stempush::calendar::CalendarError);
}

TEST_CASE("guest speaker: brief and visit report parse as HTML with user text escaped", "[guest_speaker][html][report]") {
  GuestSpeakerData d = sample();
  Visit& v = d.visits[0];
  v.brief.note = "Thank you for coming <3";
  const Brief b = make_brief(d, v, "Bridges Program", 5, Language::English);
  CHECK(b.questions == std::vector<std::string>{"Was it expensive?", "<b>Is it hard?</b>"});
  CHECK_THAT(b.students, Catch::Matchers::ContainsSubstring("Grade band: 9-10"));
  CHECK_THAT(b.students, Catch::Matchers::ContainsSubstring("Engineering"));
  CHECK_THAT(b.students, Catch::Matchers::ContainsSubstring("fewer than 5"));  // 2 answered: counts left out
  CHECK(b.students.find("(2)") == std::string::npos);
  const std::string html_path = write_temp("brief.html", brief_html(b, Language::English));
  report_check::check_html("guest-speaker-brief", brief_html(b, Language::English));
  // The visit's structure was written in English (staff's text, kept as typed).
  report_check::Known typed_steps;
  for (auto& step : v.structure) typed_steps.typed.insert(typed_steps.typed.end(), {step.title, step.notes});
  report_check::check_html("guest-speaker-brief-es", brief_html(make_brief(d, v, "Bridges Program", 5, Language::Spanish), Language::Spanish),
                           typed_steps);
  auto lint = xmllint_html(html_path);
  CHECK(lint.exit_code == 0);
  CHECK(lint.output.empty());
  CHECK(xpath(html_path, "count(//ol/li)") == "2");
  CHECK(xpath(html_path, "string(//ol/li[2])") == "<b>Is it hard?</b>");
  CHECK_THAT(xpath(html_path, "string(//body)"), Catch::Matchers::ContainsSubstring("Thank you for coming <3"));
  CHECK_THAT(xpath(html_path, "string(//body)"), Catch::Matchers::ContainsSubstring("Affirming"));

  // Edits replace the generated text; the plain text carries the same.
  v.brief.questions = "Only this one?\n\n";
  const std::string text = brief_text(make_brief(d, v, "Bridges Program", 5, Language::English), Language::English);
  CHECK_THAT(text, Catch::Matchers::ContainsSubstring("1. Only this one?\n"));
  CHECK(text.find("Was it expensive?") == std::string::npos);
  const Brief es = make_brief(d, v, "", 5, Language::Spanish);
  CHECK_THAT(es.guidance, Catch::Matchers::ContainsSubstring("Afirmar"));

  const std::string report_path = write_temp("report.html", visit_report_html(d, v, visit_results(v, 5), Language::English, "Bridges Program"));
  report_check::check_html("guest-speaker-visit-report", visit_report_html(d, v, visit_results(v, 5), Language::English, "Bridges Program"));
  report_check::check_html("guest-speaker-visit-report-es", visit_report_html(d, v, visit_results(v, 5), Language::Spanish, "Bridges Program"));
  report_check::check_html("guest-speaker-visit-report-hidden", visit_report_html(d, v, visit_results(v, 10), Language::English, "Bridges Program"));
  // The summary says the figure first; the program, the visit and its date are on the first line.
  CHECK_THAT(xpath(report_path, "string(//div[@id=\"summary\"])"), Catch::Matchers::ContainsSubstring("4 of 6 students (67%) found the visit useful."));
  CHECK_THAT(xpath(report_path, "string(//p[@class=\"report-context\"])"), Catch::Matchers::ContainsSubstring("Bridges Program"));
  lint = xmllint_html(report_path);
  CHECK(lint.exit_code == 0);
  CHECK(lint.output.empty());
  CHECK_THAT(xpath(report_path, "string(//body)"), Catch::Matchers::ContainsSubstring("4 of 6 students (67%) found the visit useful."));
  CHECK_THAT(xpath(report_path, "string(//body)"), Catch::Matchers::ContainsSubstring("Visit <the> lab & ask"));
  // Over a threshold of 10 the report says so and shows no figure.
  const std::string hidden_path = write_temp("hidden.html", visit_report_html(d, v, visit_results(v, 10), Language::English));
  CHECK_THAT(xpath(hidden_path, "string(//body)"), Catch::Matchers::ContainsSubstring("Fewer than 10 students answered"));
  CHECK(xpath(hidden_path, "string(//body)").find("67%") == std::string::npos);
}

TEST_CASE("guest speaker CLI: match, ics, brief, results, roster", "[guest_speaker][cli]") {
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  stempush::Workspace ws(registry);
  ws.profile().min_group_size = 5;
  ws.set_section("guest_speaker", data_to_json(sample()));
  const std::string dir = test_support::temp_folder("gs-cli");
  const std::string path = dir + "/ws.json";
  std::ofstream(path) << ws.save();

  auto match = test_support::run_cli("guest-speaker match " + path + " --json");
  REQUIRE(match.exit_code == 0);
  const json m = json::parse(match.output);
  CHECK(m["top_interests"][0]["id"] == "engineering");
  CHECK_FALSE(m["top_interests"][0].contains("count"));  // 2 students < 5
  CHECK(m["speakers"][0]["name"] == "Ana Ruiz & Co");
  CHECK(m["uncovered"][0]["id"] == "health");
  CHECK(m["interests"]["questions"].size() == 2);

  auto ics = test_support::run_cli("guest-speaker ics " + path + " v2 " + dir + "/v2.ics");
  REQUIRE(ics.exit_code == 0);
  const json one = test_support::read_ics_with_icaljs(dir + "/v2.ics");
  REQUIRE(one["events"].size() == 1);
  CHECK(one["events"][0]["start"]["unix"] == 1792006200);
  auto all = test_support::run_cli("guest-speaker ics " + path + " --all " + dir + "/all.ics");
  REQUIRE(all.exit_code == 0);
  CHECK(test_support::read_ics_with_icaljs(dir + "/all.ics")["events"].size() == 2);
  auto missing = test_support::run_cli("guest-speaker ics " + path + " v99 " + dir + "/none.ics");
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.output, Catch::Matchers::ContainsSubstring("no visit \"v99\""));
  CHECK_FALSE(std::ifstream(dir + "/none.ics").good());

  auto html = test_support::run_cli("guest-speaker brief " + path + " v2 --html " + dir + "/brief.html");
  REQUIRE(html.exit_code == 0);
  CHECK(xmllint_html(dir + "/brief.html").output.empty());
  auto text = test_support::run_cli("guest-speaker brief " + path + " v2 --text --lang es");
  REQUIRE(text.exit_code == 0);
  CHECK_THAT(text.output, Catch::Matchers::ContainsSubstring("Sus preguntas para usted"));
  CHECK(test_support::run_cli("guest-speaker brief " + path + " v2").exit_code == 2);

  auto results = test_support::run_cli("guest-speaker results " + path + " v2 --json");
  REQUIRE(results.exit_code == 0);
  const json r = json::parse(results.output);
  CHECK(r["n"] == 6);
  CHECK(r["scales"][0]["counts"] == json({0, 2, 0, 4}));
  CHECK(r["sentence"]["en"] == "6 students answered the exit ticket.");
  auto report = test_support::run_cli("guest-speaker results " + path + " v2 --html " + dir + "/report.html");
  REQUIRE(report.exit_code == 0);
  CHECK(xmllint_html(dir + "/report.html").output.empty());

  // The roster out and back in through the CLI: the same speakers, nothing added.
  REQUIRE(test_support::run_cli("guest-speaker roster-export " + path + " " + dir + "/roster.csv").exit_code == 0);
  auto again = test_support::run_cli("guest-speaker roster-import " + path + " " + dir + "/roster.csv");
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.output, Catch::Matchers::ContainsSubstring("added 0 speakers, updated 1"));
  std::ofstream(dir + "/bad.csv") << "name,shoe size\nAna,7\n";
  auto bad = test_support::run_cli("guest-speaker roster-import " + path + " " + dir + "/bad.csv");
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.output, Catch::Matchers::ContainsSubstring("nothing was imported"));
}

TEST_CASE("guest speaker: the interests summary as CSV and a printable page, read back by parsers", "[guest_speaker][csv][html][report]") {
  GuestSpeakerData d;
  for (int i = 0; i < 6; ++i)
    d.interests.responses.push_back({"S-" + std::to_string(i), "",
                                     {{"fields", Answer::choices(i < 4 ? std::vector<std::string>{"engineering"}
                                                                       : std::vector<std::string>{"health", "engineering"})},
                                      {"question", Answer::written(i < 3 ? "¿Cuánto cuesta, \"de verdad\"?" : "<b>Is it hard?</b>\nReally")}}});
  const InterestSummary summary = summarize_interests(d.interests);

  // CSV: the core's reader gives back every interest (ranked, counted) and each question once.
  const auto table = report_check::check_csv("guest-speaker-interests-es", interests_csv(summary, 5, Language::Spanish));
  REQUIRE(table.rows.size() == 1 + 2 + 2);
  CHECK(table.rows[0][0] == "Tipo");
  CHECK(table.rows[0][5] == "Identificador de referencia (para volver a importar): pregunta de la encuesta");
  CHECK(table.rows[1][0] == "Interés");
  CHECK(table.rows[1][1] == "1");
  CHECK(table.rows[1][3] == "Ingeniería");
  CHECK(table.rows[1][4] == "6");
  CHECK(table.rows[1][5] == "fields");       // the ids, for programs, last
  CHECK(table.rows[1][6] == "engineering");
  CHECK(table.rows[2][6] == "health");
  CHECK(table.rows[2][4] == "2");
  // Equally often asked: in the order they came.
  CHECK(table.rows[3][0] == "Pregunta de estudiante");
  CHECK(table.rows[3][3] == "¿Cuánto cuesta, \"de verdad\"?");
  CHECK(table.rows[3][4] == "3");
  CHECK(table.rows[3][5].empty());
  CHECK(table.rows[4][3] == "<b>Is it hard?</b>\nReally");
  // Under the threshold the ranking stays, the counts of interests go.
  const auto hidden = report_check::check_csv("guest-speaker-interests-hidden", interests_csv(summary, 10, Language::English));
  CHECK(hidden.rows[0][0] == "Kind");
  CHECK(hidden.rows[1] == stempush::csv::Row{"Interest", "1", "Which STEM fields are you curious about?", "Engineering", "", "fields", "engineering"});

  // HTML: well-formed, user text escaped, the tables say what the CSV says.
  const std::string html_path = write_temp("interests.html", interests_html(summary, "Bridge <Program>", 5, Language::English));
  CHECK(xmllint_html(html_path).output.empty());
  CHECK(xpath(html_path, "string(//h1)") == "What students want from a guest speaker: Bridge <Program>");
  CHECK(xpath(html_path, "string((//table)[1]/tbody/tr[1]/td[2])") == "Engineering");
  CHECK(xpath(html_path, "string((//table)[1]/tbody/tr[1]/td[4])") == "6");
  CHECK(xpath(html_path, "count((//table)[2]/tbody/tr)") == "2");
  CHECK(xpath(html_path, "string((//table)[2]/tbody/tr[2]/td[1])") == "<b>Is it hard?</b>\nReally");
  report_check::check_html("guest-speaker-interests", interests_html(summary, "Bridge <Program>", 5, Language::English));
  report_check::check_html("guest-speaker-interests-hidden-es", interests_html(summary, "", 10, Language::Spanish));
  CHECK_THAT(xpath(html_path, "string(//div[@id=\"summary\"])"), Catch::Matchers::ContainsSubstring("Most chosen: Engineering (6); Health and medicine (2)."));
  CHECK_THAT(xpath(html_path, "string(//body)"), Catch::Matchers::ContainsSubstring("6 students answered the interest survey."));
  const std::string hidden_path = write_temp("interests-hidden.html", interests_html(summary, "", 10, Language::Spanish));
  CHECK(xmllint_html(hidden_path).output.empty());
  CHECK(xpath(hidden_path, "count((//table)[1]/thead/tr/th)") == "3");  // no "Students" column
  CHECK_THAT(xpath(hidden_path, "string(//body)"), Catch::Matchers::ContainsSubstring("Respondieron menos de 10 estudiantes"));
  // Nobody answered yet: still a whole page that says so.
  const std::string empty_path = write_temp("interests-empty.html", interests_html(InterestSummary{}, "", 5, Language::English));
  CHECK(xmllint_html(empty_path).output.empty());
  CHECK_THAT(xpath(empty_path, "string(//body)"), Catch::Matchers::ContainsSubstring("0 students answered the interest survey."));
}

TEST_CASE("guest speaker CLI: interests as CSV, HTML and JSON; usage errors", "[guest_speaker][cli]") {
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  stempush::Workspace ws(registry);
  ws.profile().min_group_size = 5;
  ws.set_section("guest_speaker", data_to_json(sample()));
  const std::string dir = test_support::temp_folder("gs-cli-interests");
  const std::string path = dir + "/ws.json";
  std::ofstream(path) << ws.save();

  auto csv = test_support::run_cli("guest-speaker interests " + path + " --csv " + dir + "/i.csv");
  REQUIRE(csv.exit_code == 0);
  CHECK_THAT(csv.output, Catch::Matchers::ContainsSubstring("wrote " + dir + "/i.csv"));
  std::ifstream in(dir + "/i.csv", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto table = stempush::csv::parse(bytes);
  REQUIRE(table.rows.size() == 1 + 2 + 2);  // engineering, health; two questions
  CHECK(table.rows[1][3] == "Engineering");
  CHECK(table.rows[1][4].empty());  // 2 < 5
  CHECK(table.rows[1][6] == "engineering");
  CHECK(table.rows[3][3] == "Was it expensive?");

  auto html = test_support::run_cli("guest-speaker interests " + path + " --html " + dir + "/i.html --lang es");
  REQUIRE(html.exit_code == 0);
  CHECK(xmllint_html(dir + "/i.html").output.empty());
  CHECK(xpath(dir + "/i.html", "string((//table)[1]/tbody/tr[1]/td[2])") == "Ingeniería");

  auto js = test_support::run_cli("guest-speaker interests " + path + " --json");
  REQUIRE(js.exit_code == 0);
  const json j = json::parse(js.output);
  CHECK(j["respondents"] == 2);
  CHECK(j["questions"].size() == 2);

  CHECK(test_support::run_cli("guest-speaker interests " + path).exit_code == 2);
  CHECK(test_support::run_cli("guest-speaker interests " + path + " --json --csv x.csv").exit_code == 2);
  CHECK(test_support::run_cli("guest-speaker interests " + path + " --csv").exit_code == 2);
  auto unwritable = test_support::run_cli("guest-speaker interests " + path + " --csv " + dir + "/no/such/i.csv");
  CHECK(unwritable.exit_code == 1);
  CHECK_THAT(unwritable.output, Catch::Matchers::ContainsSubstring("error: "));
}
