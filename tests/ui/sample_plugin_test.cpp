// The minimal plugin of docs/PLUGINS.md (tests/sample_plugin/sample_visits) through real frames:
// its exit ticket collected by the core's kiosk and CSV import, its .ics export, and its feed
// read by another test plugin (feed_reader) that knows nothing of it.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "steps.hpp"

using nlohmann::json;
using namespace stempush::testing;

namespace {

json visits(const Harness& h) { return plugin_section(h, "sample_visits"); }

}  // namespace

TEST_CASE("sample plugin: its survey by kiosk and CSV, its feed read by another plugin", "[ui][sample]") {
  // Tall enough that the sidebar shows every plugin, the four test plugins included.
  Harness h(nullptr, 1280, 1100, /*test_plugins*/ true);
  h.click("Visits", "Sidebar");
  REQUIRE(h.current_page() == "sample_visits");

  // Kiosk: one student answers the scale, the multiple choice and the short text.
  start_kiosk(h, "2468");
  h.click("English");
  h.click("Your code");
  h.type("V1-001");
  h.click("Next");
  h.click("Agree");
  h.click("Apply to a program");
  h.click("Next");
  h.click("Your answer");
  h.type("How do I find a lab?");
  h.click("Next");
  REQUIRE(h.has("Next student"));
  h.click("Next student");
  exit_kiosk(h, "2468");
  json answers = visits(h)["answers"];
  REQUIRE(answers.size() == 1);
  CHECK(answers[0]["code"] == "V1-001");
  CHECK(answers[0]["answers"] == json({{"useful", 3}, {"next", {"apply"}}, {"question", "How do I find a lab?"}}));

  // CSV: four more students, columns matched by the questions' text, options by their text.
  h.click("Import a CSV file");
  h.click("Choose a CSV file…");
  open_text_as_file(h,
                    "Code,The visit was useful.,What will you do next?,A question I still have\r\n"
                    "V1-002,4,Ask a question; Apply to a program,\r\n"
                    "V1-003,Strongly agree,,\"Is it paid?\nAnd when?\"\r\n"
                    "V1-004,2,Ask a question,\r\n"
                    "V1-005,1,,\r\n");
  for (int i = 0; i < 5; ++i) h.wait(0.05);  // the rows are checked a slice per frame
  h.click("Import 4 responses");
  answers = visits(h)["answers"];
  REQUIRE(answers.size() == 5);
  CHECK(answers[1]["answers"] == json({{"useful", 4}, {"next", {"ask", "apply"}}}));
  CHECK(answers[2]["answers"]["question"] == "Is it paid?\nAnd when?");
  CHECK(answers[4]["answers"] == json({{"useful", 1}}));
  CHECK(h.dump_labels().find("Imported 4 responses from ") != std::string::npos);

  // One good row and one bad: every count on the way is said in the singular.
  h.click("Import a CSV file");
  h.click("Choose a CSV file…");
  open_text_as_file(h, "Code,The visit was useful.\r\nV1-006,3\r\nV1-007,seven\r\n");
  for (int i = 0; i < 5; ++i) h.wait(0.05);
  REQUIRE(h.has("Import only the 1 good row"));
  h.click("Import only the 1 good row");
  CHECK(visits(h)["answers"].size() == 6);
  CHECK(h.dump_labels().find(". 1 row was left out.") != std::string::npos);
  CHECK(h.dump_labels().find("Imported 1 response from ") != std::string::npos);
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);  // one undo step takes the whole import back
  REQUIRE(visits(h)["answers"].size() == 5);

  // The feed crosses to a plugin that never names this one: 3 of 5 students agreed (60%), but
  // 5 students are under the default small-group threshold of 10, so the reader sees no value.
  h.click("Feeds", "Sidebar");
  REQUIRE(h.current_page() == "feed_reader");
  CHECK(h.has("sample_visits.useful 2026-10-01: hidden (5 people)"));
  CHECK_FALSE(h.has("sample_visits.useful 2026-10-01: 60.0"));

  // The program lowers the threshold to 5 (its lowest): the same reader now shows the figure.
  h.click("Settings", "Sidebar");
  h.fill("Smallest group shown", "5");
  h.click("Feeds", "Sidebar");
  CHECK(h.has("sample_visits.useful 2026-10-01: 60.0"));
}
