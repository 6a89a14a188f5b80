// The guest-speaker routine driven as staff and students would, through real frames: a roster
// imported from CSV, the interest survey in kiosk mode for three students, the match, a visit
// planned from it and re-timed, the facilitator view, the speaker's brief edited and exported,
// the exit ticket imported from CSV, and the results with the facilitator's reflection.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "stempush/csv.hpp"
#include "unit/ical_reader.hpp"
#include "steps.hpp"

using nlohmann::json;
using namespace stempush::testing;

namespace {

json section(const Harness& h) { return plugin_section(h, "guest_speaker"); }

void kiosk_student(Harness& h, const std::string& code, const std::string& field, const std::string& question) {
  h.click("English");
  h.click("Your code");
  h.type(code);
  h.click("Next");
  h.click(field);  // which fields (several may be chosen)
  h.click("Next");
  h.click("Skip this question");  // careers
  h.click("College costs and financial aid");
  h.click("Next");
  h.click("Your answer");
  h.type(question);
  h.click("Next");
  REQUIRE(h.has("Next student"));
  h.click("Next student");
}

}  // namespace

TEST_CASE("guest speaker: roster, kiosk interests, match, brief, plan, exit ticket, results", "[ui][guest_speaker]") {
  Harness h(nullptr, 1280, 1000);
  h.click("Settings", "Sidebar");
  h.fill("Smallest group shown", "5");
  h.click("Guest speakers", "Sidebar");
  REQUIRE(h.current_page() == "guest_speaker");

  // Roster: two speakers from a CSV (Spanish topic text matches the interests too).
  h.click("Speakers");
  REQUIRE(h.has("Import roster (CSV)"));
  h.click("Import roster (CSV)");
  open_text_as_file(h,
                    "name,field,role,topics,contact\r\n"
                    "Ana Ruiz,Civil engineering,Engineer,\"Engineering; Costos de la universidad y ayuda financiera\",ana@example.org\r\n"
                    "Bo Chen,Biology,Researcher,biology,'+1 412 555 0100\r\n");
  json gs = section(h);
  REQUIRE(gs["speakers"].size() == 2);
  CHECK(gs["speakers"][0]["topics"] == json({"Engineering", "Costos de la universidad y ayuda financiera"}));
  CHECK(gs["speakers"][1]["contact"] == "+1 412 555 0100");
  // A bad roster is refused whole, with the line named.
  h.click("Import roster (CSV)");
  open_text_as_file(h, "name,shoe size\r\nCy,7\r\n");
  CHECK(section(h)["speakers"].size() == 2);

  // Interests: three students at the kiosk.
  h.click("Interests");
  start_kiosk(h, "2468");
  kiosk_student(h, "GS-101", "Engineering", "How much does college cost?");
  kiosk_student(h, "GS-102", "Engineering", "how much does college  cost?");
  kiosk_student(h, "GS-103", "Biology and life sciences", "Did you like school?");
  exit_kiosk(h, "2468");
  gs = section(h);
  REQUIRE(gs["interests"].size() == 3);
  CHECK(gs["interests"][0]["answers"]["fields"] == json({"engineering"}));
  CHECK(gs["interests"][2]["answers"]["want_to_know"] == json({"costs_aid"}));
  CHECK(gs["interests"][1]["answers"]["question"] == "how much does college  cost?");
  CHECK_FALSE(gs["interests"][0]["answers"].contains("careers"));

  // The summary exported for staff or a speaker: ranked interests and the questions, the two
  // spellings of the cost question merged; read back by the core's CSV reader.
  REQUIRE(h.has("Export the summary (CSV)"));
  h.click("Export the summary (CSV)");
  const auto summary = stempush::csv::parse(save_offered_file(h));
  REQUIRE(summary.rows.size() == 1 + 3 + 2);  // costs (3), engineering (2), biology (1); two questions
  // 3 students are under the threshold of 5: the ranking is shared, the counts are not.
  // Human labels for a person; the survey's ids only in the two reference columns at the end.
  CHECK(summary.rows[0][0] == "Kind");
  CHECK(summary.rows[1][0] == "Interest");
  CHECK(summary.rows[1][3] == "College costs and financial aid");
  CHECK(summary.rows[1][4].empty());
  CHECK(summary.rows[1][6] == "costs_aid");
  CHECK(summary.rows[2][3] == "Engineering");
  CHECK(summary.rows[4][0] == "Student question");
  CHECK(summary.rows[4][3] == "How much does college cost?");
  CHECK(summary.rows[4][4] == "2");
  CHECK(summary.rows[5][3] == "Did you like school?");
  h.click("Printable summary (HTML)");
  CHECK(save_offered_file(h).find("<td>How much does college cost?</td>") != std::string::npos);

  // Match: Ana covers engineering and costs (the two top interests), Bo biology. Planning a
  // visit from the match opens it with Ana as the speaker.
  h.click("Match");
  REQUIRE(h.has("Speakers by coverage"));
  CHECK(h.has("Ana Ruiz covers the most: 2 of the group's 3 top interests. Every top interest is covered by at least one speaker."));
  REQUIRE(h.has("Plan a visit with Ana Ruiz"));
  h.click("Plan a visit with Ana Ruiz");
  gs = section(h);
  REQUIRE(gs["visits"].size() == 1);
  CHECK(gs["visits"][0]["speaker"] == gs["speakers"][0]["id"]);
  CHECK(gs["visits"][0]["structure"].size() == 5);

  // The visit plan: when and where, then a shorter visit re-timed to fit.
  REQUIRE(h.has("Run the visit"));
  h.fill("Date", "2026-10-14");
  h.fill("Start time", "15:30");
  h.fill("Place or meeting link", "Room 204, Main St");
  h.fill("Grade band", "9-10");
  h.fill("Duration (minutes)", "45");
  h.scroll("guest_speaker_page", 15);  // the structure is under the fields
  REQUIRE(h.has("Re-time the steps to fit"));
  h.click("Re-time the steps to fit");
  gs = section(h);
  json visit = gs["visits"][0];
  CHECK(visit["date"] == "2026-10-14");
  CHECK(visit["location"] == "Room 204, Main St");
  CHECK(visit["duration"] == 45);
  int total = 0;
  for (auto& step : visit["structure"]) total += step["minutes"].get<int>();
  CHECK(total == 45);
  CHECK(visit["sequence"].get<int>() > 0);  // the calendar will update the event

  // The facilitator view steps through the structure with its count-down.
  h.scroll("guest_speaker_page", -30);
  h.click("Run the visit");
  REQUIRE(h.has("Exit presenter view"));
  CHECK(h.has("Time left in this step: 4:00"));
  h.click("Next step");
  CHECK(h.has("Time left in this step: 11:00"));
  h.key(ImGuiKey_Escape);
  REQUIRE(h.has("Run the visit"));

  // The calendar file for this visit, saved through the native prompt.
  h.click("Add to calendar (.ics)");
  const std::string ics = save_offered_file(h);
  CHECK(ics.find("LOCATION:Room 204\\, Main St") != std::string::npos);
  const json cal = test_support::read_ics_text_with_icaljs(ics);  // ical.js, a real RFC 5545 parser
  REQUIRE(cal["events"].size() == 1);
  CHECK(cal["events"][0]["location"] == "Room 204, Main St");
  CHECK(cal["events"][0]["summary"] == "Guest speaker: Ana Ruiz");
  CHECK(cal["events"][0]["start"]["text"] == "2026-10-14T15:30:00Z");  // UTC: no zone picked
  CHECK(cal["events"][0]["end"]["text"] == "2026-10-14T16:15:00Z");  // re-timed to 45 minutes

  // The brief: a note, an edited question list and back to the generated one; exported.
  h.click("Speaker's brief");
  h.fill("A note to the speaker", "Thank you for coming!");
  h.fill("Their questions (one per line)", "Only this one?");
  CHECK(section(h)["visits"][0]["brief"]["questions"] == "Only this one?");
  h.click("Use the generated text for: Their questions (one per line)");
  CHECK(section(h)["visits"][0]["brief"]["questions"] == "");
  CHECK(section(h)["visits"][0]["brief"]["note"] == "Thank you for coming!");
  h.click("Export the brief (printable page)");
  const std::string brief = save_offered_file(h);
  CHECK(brief.find("Thank you for coming!") != std::string::npos);
  CHECK(brief.find("How much does college cost?") != std::string::npos);
  CHECK(brief.find("Did you like school?") != std::string::npos);

  // The exit ticket from a CSV: six students (the threshold is 5).
  h.click("Exit ticket");
  h.click("Import a CSV file");
  h.click("Choose a CSV file…");
  open_text_as_file(h,
                    "Code,The visit was useful to me.,I can see myself on a path like the speaker's.,One thing I will do next\r\n"
                    "T1-001,4,3,Apply to the summer lab\r\n"
                    "T1-002,Agree,2,apply to the summer lab\r\n"
                    "T1-003,3,4,\r\n"
                    "T1-004,2,2,\r\n"
                    "T1-005,4,3,Talk to my counselor\r\n"
                    "T1-006,1,1,\r\n");
  for (int i = 0; i < 5; ++i) h.wait(0.05);  // the rows are checked a slice per frame
  h.click("Import 6 responses");
  REQUIRE(section(h)["visits"][0]["ticket"].size() == 6);

  // Results: the distributions are drawn, the reflection is saved and undone.
  h.click("Results");
  CHECK(h.has("The visit was useful to me."));
  CHECK(h.has("Export the visit report (HTML)"));
  h.fill("What happened", "Students asked about costs for 20 minutes.");
  CHECK(section(h)["visits"][0]["reflection"]["what_happened"] == "Students asked about costs for 20 minutes.");
  h.scroll("guest_speaker_page", -30);
  h.click("Export the visit report (HTML)");
  const std::string report = save_offered_file(h);
  CHECK(report.find("4 of 6 students (67%) found the visit useful.") != std::string::npos);
  CHECK(report.find("Students asked about costs for 20 minutes.") != std::string::npos);
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(section(h)["visits"][0]["reflection"]["what_happened"] == "");

  // The home page's card counts in words (plural forms: "1 visit", not "1 visits").
  h.click("Home", "Sidebar");
  CHECK(h.has("3 interest answers, 2 speakers, 1 visit"));
}
