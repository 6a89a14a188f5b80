// The staff-discussion plugin driven as a program lead would: plan a session, facilitate two
// steps in the core's facilitator view, add six cards, group them into two themes (one with the
// mouse, one with the keyboard only), add a practice change and send it to the driver diagram
// (the test-only change-idea plugin stands in for the improvement engine here).
#include <catch2/catch_test_macros.hpp>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "steps.hpp"
#include "imgui_internal.h"
#include "stempush/storage.hpp"

using nlohmann::json;
using stempush::testing::Harness;
using stempush::testing::save_offered_file;

namespace {

json section(const Harness& h, const std::string& id) {
  return json::parse(h.workspace_json())["sections"][id]["data"];
}
json session(const Harness& h) { return section(h, "staff_discussion")["sessions"][0]; }

const char* const kCards[] = {"Textbooks name only European scientists", "Flyers show one kind of scientist",
                              "Speakers are rarely people of colour",     "Students' home knowledge is not asked for",
                              "Feedback favours confident talkers",       "Lab roles fall along old lines"};

void add_card(Harness& h, const std::string& text) {
  h.click("New card");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(text);
  h.key(ImGuiKey_Enter);  // Enter adds the card and keeps the field for the next one
}

// Presses Tab until the card `text` has the keyboard focus (the board names it); false if it never does.
bool tab_to_card(Harness& h, const std::string& text) {
  for (int i = 0; i < 80; ++i) {
    if (h.has("Keyboard focus: " + text +
              ". Space picks it, G groups the picked cards into a new theme, ] and [ move it to the next or previous theme."))
      return true;
    h.key(ImGuiKey_Tab);
  }
  return false;
}

// xmllint --html reads it without an error.
bool html_parses(const std::string& html) {
  char path[] = "/tmp/staff-discussion-html-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0) return false;
  const bool written = ::write(fd, html.data(), html.size()) == ssize_t(html.size());
  ::close(fd);
  const int status = std::system(("xmllint --html --noout '" + std::string(path) + "' 2>/dev/null").c_str());
  std::remove(path);
  return written && status == 0;
}

}  // namespace

TEST_CASE("plan, facilitate two steps, six cards into two themes, a practice change sent to the driver diagram",
          "[ui][staff_discussion]") {
  Harness h(nullptr, 1400, 1500, /*test_plugins*/ true);
  h.click("Staff discussion", "Sidebar");
  REQUIRE(h.current_page() == "staff_discussion");
  REQUIRE(section(h, "staff_discussion")["sessions"].empty());
  h.click("Plan a new session");
  REQUIRE(section(h, "staff_discussion")["sessions"].size() == 1);

  // Plan: title, date, a role, a reading; the default protocol with its total time.
  h.fill("Session title", "Fall staff discussion");
  h.fill("Date", "2026-10-14");
  h.click("Add a role");
  h.fill("Role 1", "instructors");
  h.click("Add a reading or media");
  h.fill("Title of reading 1", "Whose science counts?");
  h.fill("Link or citation of reading 1", "https://example.org/whose-science");
  h.fill("Why we read reading 1", "It names what step 3 asks about");
  h.fill("Agreement 1", "Speak from our own experience");
  h.click("Prompt and facilitator notes");  // step 1's details
  h.fill("Prompt shown to the group", "Which agreements do we add today?");
  h.fill("Facilitator notes", "Write them where everyone can see them");
  REQUIRE(h.has("Total time: 90 minutes in 7 steps"));
  h.fill("Step 1 minutes", "15");
  REQUIRE(h.has("Total time: 95 minutes in 7 steps"));
  json s = session(h);
  CHECK(s["title"] == "Fall staff discussion");
  CHECK(s["date"] == "2026-10-14");
  CHECK(s["roles"] == json::array({"instructors"}));
  CHECK(s["readings"][0]["title"] == "Whose science counts?");
  CHECK(s["steps"][0]["minutes"] == 15);
  CHECK(s["readings"][0]["link"] == "https://example.org/whose-science");
  CHECK(s["readings"][0]["why"] == "It names what step 3 asks about");
  CHECK(s["agreements"].size() >= 5);
  CHECK(s["agreements"][0] == "Speak from our own experience");
  CHECK(s["steps"][0]["prompt"] == "Which agreements do we add today?");
  CHECK(s["steps"][0]["notes"] == "Write them where everyone can see them");

  // Facilitate: the core's facilitator view, full screen, the prompt projected; two steps.
  h.click("Facilitate");
  REQUIRE(h.has("Exit presenter view"));
  REQUIRE_FALSE(h.find("Staff discussion", "Sidebar"));
  REQUIRE(h.has("Step 1 of 7"));
  CHECK(h.has("Time left in this step: 15:00"));
  h.click("Start the clock");
  h.wait(3.0);
  CHECK(h.has("Time left in this step: 14:57"));
  h.key(ImGuiKey_RightArrow);
  REQUIRE(h.has("Step 2 of 7"));
  CHECK(h.has("Time left in this step: 15:00"));
  h.click("Next step");
  REQUIRE(h.has("Step 3 of 7"));
  h.key(ImGuiKey_Escape);
  REQUIRE(h.find("Staff discussion", "Sidebar"));
  // Leaving lands on the capture page, notes open on the step the room reached.
  REQUIRE(h.has("New card"));
  h.click("Notes per step");
  h.fill("What the group said in this step", "Long talk about who gets called a scientist");
  CHECK(session(h)["steps"][2]["captured"] == "Long talk about who gets called a scientist");

  // Six cards, none attributed.
  h.click("Notes per step");  // fold the notes again: the board has the room
  for (const char* text : kCards) add_card(h, text);
  s = session(h);
  REQUIRE(s["cards"].size() == 6);
  for (auto& c : s["cards"]) CHECK(c["attribution"] == "");
  REQUIRE(h.has(kCards[0]));

  // Theme 1 with the mouse: pick three cards, group them, type the name (its field has the keyboard).
  h.click(kCards[0]);
  h.click(kCards[1]);
  h.click(kCards[2]);
  REQUIRE(h.has("3 cards picked"));
  h.click("Group the picked cards into a new theme");
  h.type("Who we show as scientists");
  h.key(ImGuiKey_Enter);
  s = session(h);
  REQUIRE(s["themes"].size() == 1);
  CHECK(s["themes"][0]["name"] == "Who we show as scientists");
  const std::string theme1 = s["themes"][0]["id"];
  for (int i = 0; i < 3; ++i) CHECK(s["cards"][i]["theme"] == theme1);

  // Theme 2 with the keyboard only: Tab to a card, Space picks, Tab on, G groups, type the name.
  REQUIRE(tab_to_card(h, kCards[3]));
  h.key(ImGuiKey_Space);
  REQUIRE(tab_to_card(h, kCards[4]));
  h.key(ImGuiKey_Space);
  REQUIRE(h.has("2 cards picked"));
  REQUIRE(tab_to_card(h, kCards[5]));
  h.key(ImGuiKey_G);
  h.frames(4);  // the name field takes the keyboard once the key's text has gone by
  h.type("Whose voice counts");
  h.key(ImGuiKey_Enter);
  s = session(h);
  REQUIRE(s["themes"].size() == 2);
  CHECK(s["themes"][1]["name"] == "Whose voice counts");
  const std::string theme2 = s["themes"][1]["id"];
  for (int i = 3; i < 6; ++i) CHECK(s["cards"][i]["theme"] == theme2);

  // ] moves a focused card to the next theme, [ back; undo restores the grouping.
  REQUIRE(tab_to_card(h, kCards[2]));
  h.key(ImGuiKey_RightBracket);
  CHECK(session(h)["cards"][2]["theme"] == theme2);
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(session(h)["cards"][2]["theme"] == theme1);

  // Act: a practice change for theme 2, then one click sends it to the driver diagram.
  h.click("Act");
  h.click("Add a practice change to theme 2");
  h.fill("What will change (change 1)", "Rotate who reports back in labs");
  h.fill("Who (change 1)", "Lab instructors");
  h.fill("By when (change 1)", "2026-12-15");
  h.fill("How we will know (change 1)", "Every student reports at least once in four weeks");
  h.click("Status (change 1)");
  h.click("Trying it");
  s = session(h);
  REQUIRE(s["changes"].size() == 1);
  CHECK(s["changes"][0]["theme"] == theme2);
  CHECK(s["changes"][0]["status"] == "trying");
  h.click("Send “Rotate who reports back in labs” to Change ideas");
  const json ideas = section(h, "sample_ideas")["ideas"];
  REQUIRE(ideas.size() == 1);
  CHECK(ideas[0]["text"] == "Rotate who reports back in labs");
  const std::string change_id = s["changes"][0]["id"];
  CHECK(ideas[0]["source"] == json{{"plugin", "staff_discussion"},
                                   {"item", std::string(s["id"]) + "/" + change_id},
                                   {"label", "Rotate who reports back in labs"}});
  s = session(h);
  CHECK(s["changes"][0]["change_idea"] ==
        json{{"plugin", "sample_ideas"}, {"item", ideas[0]["id"]}, {"label", "Rotate who reports back in labs"}});
  REQUIRE(h.has("Change idea: Rotate who reports back in labs"));
  REQUIRE_FALSE(h.has("Send “Rotate who reports back in labs” to Change ideas"));  // sent once

  // Share: notes and cards are out until ticked; the preview says so.
  h.click("Share a summary");
  REQUIRE(h.has("Discussion notes and cards are not included: they stay with the program."));
  h.click("Include the cards");
  REQUIRE(h.has("Cards are included because the program chose to share them; discussion notes are not included."));
  h.click("Include the cards");  // off again: what a summary shares by default
  h.click("Save the summary (HTML, printable)");
  const std::string html = save_offered_file(h);
  CHECK(html.find("Who we show as scientists") != std::string::npos);
  CHECK(html.find("Rotate who reports back in labs") != std::string::npos);
  CHECK(html.find(kCards[0]) == std::string::npos);  // cards stay with the program
  CHECK(html.find("Long talk about who gets called a scientist") == std::string::npos);  // notes too
  CHECK(html_parses(html));
  h.click("Save the summary (plain text)");
  const std::string text = save_offered_file(h);
  CHECK(text.find("Discussion notes and cards are not included: they stay with the program.") != std::string::npos);
  CHECK(text.find("Rotate who reports back in labs [Trying it]") != std::string::npos);
  CHECK(text.find(kCards[0]) == std::string::npos);

  // Over the year: the session's themes beside its change.
  h.click("Over the year");
  CHECK(h.has("Who we show as scientists (3 cards)"));
  CHECK(h.has("Whose voice counts (3 cards)"));

  // A card with a name on it, only because the group ticked it; the next card is anonymous again.
  h.click("Capture and themes");
  h.click("The group chooses to put a name on this card");
  h.fill("Name on the card", "Ana");
  add_card(h, "Ask families what science they do at home");
  CHECK(session(h)["cards"][6]["attribution"] == "Ana");
  h.click("The group chooses to put a name on this card");
  REQUIRE_FALSE(h.has("Name on the card"));
  add_card(h, "Invite alumni to co-plan");
  CHECK(session(h)["cards"][7]["attribution"] == "");

  // Home card.
  h.click("Home", "Sidebar");
  CHECK(h.has("1 session, 1 practice change"));
}

TEST_CASE("without a plugin that takes change ideas, a stored link reads unavailable and nothing is lost",
          "[ui][staff_discussion]") {
  // A workspace saved where the change-idea plugin was installed, opened where it is not.
  const json change{{"id", "c2"},       {"theme", ""},          {"what", "Ask students what they already know"},
                    {"who", ""},        {"by_when", ""},        {"how_we_know", ""},
                    {"status", "planned"},
                    {"change_idea", {{"plugin", "sample_ideas"}, {"item", "idea1"}, {"label", "Ask students what they already know"}}}};
  const json data{{"sessions", {{{"id", "s1"}, {"title", "Spring"}, {"changes", {change}}}}}, {"next_id", 3}};
  const json doc{{"format", "stempush-workspace"},
                 {"format_version", 1},
                 {"profile", {{"schema", 2}, {"data", json::object()}}},
                 {"sections", {{"staff_discussion", {{"schema", 1}, {"data", data}}},
                               {"sample_ideas", {{"schema", 1}, {"data", {{"ideas", json::array()}}}}}}}};
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] = doc.dump();
  Harness h(storage, 1400, 1200);  // the installed plugins only
  h.click("Staff discussion", "Sidebar");
  h.click("Act");
  INFO(h.dump_labels());
  CHECK(h.has("Change idea: Ask students what they already know (no longer available)"));
  CHECK_FALSE(h.has("Send “Rotate who reports back in labs” to Change ideas"));
  // An edit saves the change with its link, and the absent plugin's section is kept.
  h.fill("Who (change 1)", "Program lead");
  const json saved = json::parse(h.workspace_json());
  CHECK(saved["sections"]["staff_discussion"]["data"]["sessions"][0]["changes"][0]["change_idea"] == change["change_idea"]);
  CHECK(saved["sections"]["staff_discussion"]["data"]["sessions"][0]["changes"][0]["who"] == "Program lead");
  CHECK(saved["sections"].contains("sample_ideas"));
}

TEST_CASE("over the year: a program-year filter shows one year's sessions side by side", "[ui][staff_discussion]") {
  // Three sessions in two school years and one without a date, planned out of order.
  auto session_json = [](const char* id, const char* title, const char* date, const char* theme) {
    return json{{"id", id}, {"title", title}, {"date", date},
                {"themes", {{{"id", std::string("t") + (id + 1)}, {"name", theme}}}}};
  };
  const json data{{"sessions", {session_json("s1", "Spring", "2027-03-02", "Whose knowledge counts"),
                                session_json("s2", "Last fall", "2025-10-01", "Who we show as scientists"),
                                session_json("s3", "Fall", "2026-10-14", "Feedback and voice"),
                                session_json("s4", "Someday", "", "Lab roles")}},
                  {"next_id", 10}};
  const json doc{{"format", "stempush-workspace"},
                 {"format_version", 1},
                 {"profile", {{"schema", 2}, {"data", json::object()}}},
                 {"sections", {{"staff_discussion", {{"schema", 2}, {"data", data}}}}}};
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] = doc.dump();
  Harness h(storage, 1400, 1200);
  h.click("Staff discussion", "Sidebar");
  // The page opens on the latest session planned (Someday); pick Fall, then look at its year.
  h.click("Session");
  h.click("Fall (2026-10-14)");
  h.click("Over the year");
  INFO(h.dump_labels());
  // The year of the session on screen: Fall and Spring of 2026–27, in date order; not last year.
  REQUIRE(h.has("Program year 2026\xe2\x80\x93" "27: 2 sessions"));
  CHECK(h.has("Fall"));
  CHECK(h.has("Spring"));
  CHECK_FALSE(h.has("Last fall"));
  CHECK_FALSE(h.has("Someday"));
  CHECK(h.has("Feedback and voice (0 cards)"));
  CHECK_FALSE(h.has("Who we show as scientists (0 cards)"));
  REQUIRE(h.find("Fall")->y < h.find("Spring")->y);
  CHECK(h.has("Sessions without a date (1) are listed under All years only."));

  // Another year.
  h.click("Program year");
  h.click("Program year 2025\xe2\x80\x93" "26");
  CHECK(h.has("Program year 2025\xe2\x80\x93" "26: 1 session"));
  CHECK(h.has("Last fall"));
  CHECK(h.has("Who we show as scientists (0 cards)"));
  CHECK_FALSE(h.has("Fall"));
  CHECK_FALSE(h.has("Spring"));

  // All years: every session, the undated one last.
  h.click("Program year");
  h.click("All years");
  CHECK(h.has("All years: 4 sessions"));
  for (const char* title : {"Last fall", "Fall", "Spring", "Someday"}) CHECK(h.has(title));
  CHECK(h.find("Spring")->y < h.find("Someday")->y);
  CHECK_FALSE(h.has("Sessions without a date (1) are listed under All years only."));

  // A program whose year is the calendar year: the month is saved, and Spring (March 2027) is
  // then in another year than Fall (October 2026).
  h.click("The program year starts in");
  h.click("January");
  CHECK(json::parse(h.workspace_json())["sections"]["staff_discussion"]["data"]["year_start_month"] == 1);
  h.click("Program year");
  h.click("Program year 2026");
  CHECK(h.has("Program year 2026: 1 session"));
  CHECK(h.has("Fall"));
  CHECK_FALSE(h.has("Spring"));
  CHECK_FALSE(h.has("Last fall"));
  // Undo brings the school year back.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(json::parse(h.workspace_json())["sections"]["staff_discussion"]["data"]["year_start_month"] == 8);
  CHECK(h.has("Program year 2026\xe2\x80\x93" "27: 2 sessions"));
  CHECK(h.has("Spring"));
}

namespace {
// The board's scrolling child window (board.cpp's "##board").
ImGuiWindow* board_window() {
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->Active && std::string(w->Name).find("##board") != std::string::npos &&
        std::string(w->Name).find("##column") == std::string::npos)
      return w;
  return nullptr;
}
}  // namespace

TEST_CASE("the theme board fits a laptop window, and scrolls sideways to every column past that",
          "[ui][staff_discussion]") {
  json cards = json::array();
  for (int i = 0; i < 6; ++i)
    cards.push_back({{"id", "k" + std::to_string(i + 1)}, {"text", kCards[i]}, {"theme", i < 3 ? "t7" : "t8"}});
  const json data{{"sessions", {{{"id", "s1"},
                                 {"title", "Fall"},
                                 {"themes", {{{"id", "t7"}, {"name", "Who we show"}}, {{"id", "t8"}, {"name", "Voice"}}}},
                                 {"cards", cards}}}},
                  {"next_id", 10}};
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] =
      json{{"format", "stempush-workspace"},
           {"format_version", 1},
           {"profile", {{"schema", 2}, {"data", json::object()}}},
           {"sections", {{"staff_discussion", {{"schema", 2}, {"data", data}}}}}}
          .dump();
  Harness h(storage, 1280, 1100);  // a laptop's width
  h.click("Staff discussion", "Sidebar");
  h.click("Capture and themes");
  INFO(h.dump_labels());
  // Two themes: every column, "New theme" included, is inside the board; nothing to scroll.
  ImGuiWindow* board = board_window();
  REQUIRE(board);
  CHECK(board->ScrollMax.x == 0);
  const auto* region = h.find("Theme board columns");
  const auto* zone = h.find("New theme");
  const auto* add = h.find("Add an empty theme");
  REQUIRE(region);
  REQUIRE(zone);
  REQUIRE(add);
  CHECK(zone->x + zone->w <= region->x + region->w - 2);  // not cut at the board's edge
  CHECK(add->x + add->w < zone->x + zone->w);

  // More themes than fit: the board scrolls sideways and "New theme" goes past the edge.
  size_t themes = 2;
  for (; themes < 8 && board_window()->ScrollMax.x == 0; ++themes) {
    h.click("Add an empty theme");
    h.key(ImGuiKey_Escape);  // leave the new theme's name field
  }
  CHECK(themes >= 3);  // two themes fit
  REQUIRE(json::parse(h.workspace_json())["sections"]["staff_discussion"]["data"]["sessions"][0]["themes"].size() == themes);
  board = board_window();
  REQUIRE(board->ScrollMax.x > 0);
  region = h.find("Theme board columns");
  zone = h.find("New theme");
  CHECK((!zone || zone->x + zone->w >= region->x + region->w));  // cut at the edge, or out of sight
  // Shift and the wheel over the board scroll it sideways (as a trackpad's sideways swipe does).
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(board->Pos.x + 20, board->Pos.y + board->Size.y * 0.5f);
  h.frames(1);
  io.AddKeyEvent(ImGuiMod_Shift, true);
  for (int i = 0; i < 10; ++i) {
    io.AddMouseWheelEvent(0, -5);
    h.frames(1);
  }
  io.AddKeyEvent(ImGuiMod_Shift, false);
  h.frames(2);
  board = board_window();
  CHECK(board->Scroll.x == board->ScrollMax.x);
  region = h.find("Theme board columns");
  zone = h.find("New theme");
  REQUIRE(zone);
  CHECK(zone->x + zone->w <= region->x + region->w);
  CHECK(zone->x + zone->w <= region->x + region->w);
  add = h.find("Add an empty theme");
  REQUIRE(add);
  CHECK(add->x + add->w < zone->x + zone->w);  // the whole button is in sight
  h.click("Add an empty theme");
  CHECK(json::parse(h.workspace_json())["sections"]["staff_discussion"]["data"]["sessions"][0]["themes"].size() == themes + 1);
}

TEST_CASE("a practice change sent to the real improvement engine: a change idea in its driver diagram, linked both ways",
          "[ui][staff_discussion][improvement][handoff]") {
  const json change{{"id", "c3"},     {"theme", "t2"},      {"what", "Rotate who reports back in labs"},
                    {"who", ""},      {"by_when", ""},      {"how_we_know", ""},
                    {"status", "trying"}};
  const json data{{"sessions", {{{"id", "s1"},
                                 {"title", "Fall"},
                                 {"date", "2026-10-14"},
                                 {"themes", {{{"id", "t2"}, {"name", "Whose voice counts"}}}},
                                 {"changes", {change}}}}},
                  {"next_id", 4}};
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["workspace.json"] =
      json{{"format", "stempush-workspace"},
           {"format_version", 1},
           {"profile", {{"schema", 2}, {"data", json::object()}}},
           {"sections", {{"staff_discussion", {{"schema", 2}, {"data", data}}}}}}
          .dump();
  Harness h(storage, 1280, 1000);  // the installed plugins only: the improvement engine takes change ideas
  h.click("Staff discussion", "Sidebar");
  h.click("Act");
  INFO(h.dump_labels());
  h.click("Send “Rotate who reports back in labs” to Improvement");

  // The improvement engine made a change idea of it, linked back to the practice change...
  const json drivers = section(h, "improvement")["drivers"];
  REQUIRE(drivers.size() == 1);
  CHECK(drivers[0]["text"] == "Ideas from other packages");
  const json idea = drivers[0]["children"][0]["children"][0];
  CHECK(idea["text"] == "Rotate who reports back in labs");
  CHECK(idea["source"] == json{{"plugin", "staff_discussion"}, {"item", "s1/c3"}, {"label", "Rotate who reports back in labs"}});
  // ...and the practice change keeps the link to that idea, shown resolved (not "no longer available").
  const json link = session(h)["changes"][0]["change_idea"];
  CHECK(link == json{{"plugin", "improvement"}, {"item", idea["id"]}, {"label", "Rotate who reports back in labs"}});
  REQUIRE(h.has("Change idea: Rotate who reports back in labs"));
  CHECK_FALSE(h.has("Send “Rotate who reports back in labs” to Improvement"));  // sent once

  // In the driver diagram: the idea's box, and where it was proposed.
  h.click("Improvement", "Sidebar");
  REQUIRE(h.has("Change idea: Rotate who reports back in labs"));
  h.click("Change idea: Rotate who reports back in labs");
  CHECK(h.has("Proposed in: Rotate who reports back in labs"));

  // The idea removed in the improvement engine: the practice change says so and can be sent again;
  // undo brings the idea and the link back.
  h.click("Remove box");
  if (h.find("Remove box", "Remove this box?")) h.click("Remove box", "Remove this box?");  // asked when it has links
  REQUIRE(section(h, "improvement")["drivers"][0]["children"][0]["children"].empty());
  h.click("Staff discussion", "Sidebar");
  h.click("Act");
  CHECK(h.has("Change idea: Rotate who reports back in labs (no longer available)"));
  CHECK(h.has("Send “Rotate who reports back in labs” to Improvement"));
  CHECK(session(h)["changes"][0]["change_idea"] == link);  // nothing lost on this side
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(h.has("Change idea: Rotate who reports back in labs"));
  CHECK_FALSE(h.has("Change idea: Rotate who reports back in labs (no longer available)"));
}
