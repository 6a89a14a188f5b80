// Staff-discussion model: the default plan, cards and themes, practice changes, the section
// round trip, and the link a practice change keeps to the change idea it became in another plugin
// (through undo, a reload, and that plugin being absent).
#include <catch2/catch_test_macros.hpp>

#include "sample_ideas/model/ideas_model.hpp"
#include "staff_discussion/model/discussion_model.hpp"
#include "staff_discussion/model/summary.hpp"
#include "staff_discussion_assets.hpp"
#include "stempush/history.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"
#include "unit/test_support.hpp"
#include "unit/report_check.hpp"

using namespace staff_discussion;

namespace {

// A session with six cards, as the group would leave step 5.
struct Board {
  DiscussionData data;
  Session* s = nullptr;
  std::vector<std::string> cards;
  Board() {
    const std::string id = add_session(data, Language::English, "Fall staff discussion");
    s = data.session(id);
    for (const char* text : {"Textbooks name only European scientists", "We rarely invite speakers of colour",
                             "Students' home knowledge is not asked for", "Lab roles fall along old lines",
                             "Recruitment flyers show one kind of scientist", "Feedback favours confident talkers"})
      cards.push_back(add_card(data, *s, text));
  }
};

DiscussionModel& discussion(stempush::Workspace& ws) {
  return dynamic_cast<DiscussionModel&>(*ws.plugin("staff_discussion"));
}

}  // namespace

TEST_CASE("the default plan: seven timed steps with prompts and agreements, in English and Spanish", "[staff_discussion]") {
  const Session en = default_session(Language::English);
  const Session es = default_session(Language::Spanish);
  REQUIRE(en.steps.size() == 7);
  REQUIRE(es.steps.size() == 7);
  CHECK(total_minutes(en) == 90);
  CHECK(total_minutes(es) == total_minutes(en));
  CHECK(en.steps[0].title == "Opening and agreements");
  CHECK(es.steps[0].title == "Apertura y acuerdos");
  CHECK(en.steps.back().title == "One change we will try");
  for (size_t i = 0; i < en.steps.size(); ++i) {
    CHECK(!en.steps[i].prompt.empty());
    CHECK(!en.steps[i].notes.empty());
    CHECK(en.steps[i].minutes == es.steps[i].minutes);
    CHECK(en.steps[i].prompt != es.steps[i].prompt);
  }
  CHECK(en.agreements.size() >= 5);
  CHECK(en.agreements.size() == es.agreements.size());
}

TEST_CASE("cards group into themes and back; nothing is lost when a theme goes", "[staff_discussion]") {
  Board b;
  Session& s = *b.s;
  REQUIRE(s.cards.size() == 6);
  CHECK(add_card(b.data, s, "   ").empty());  // a blank card is not a card
  CHECK(s.cards.size() == 6);
  for (auto& c : s.cards) CHECK(c.attribution.empty());  // nobody's name unless chosen

  const std::string materials = group_cards(b.data, s, {b.cards[0], b.cards[4]}, "Who we show as scientists");
  const std::string voice = group_cards(b.data, s, {b.cards[2], b.cards[3], b.cards[5]}, "Whose voice counts");
  REQUIRE(s.themes.size() == 2);
  CHECK(s.cards_in(materials).size() == 2);
  CHECK(s.cards_in(voice).size() == 3);
  CHECK(s.cards_in("").size() == 1);
  CHECK(group_cards(b.data, s, {"nope"}, "x").empty());  // unknown card: no theme made
  CHECK(s.themes.size() == 2);

  // Moving between themes, ungrouping, and the keyboard's step along the board.
  CHECK(move_card(s, b.cards[1], materials));
  CHECK(s.cards_in(materials).size() == 3);
  CHECK(move_card(s, b.cards[1], voice));
  CHECK(s.cards_in(materials).size() == 2);
  CHECK(s.cards_in(voice).size() == 4);
  CHECK(move_card(s, b.cards[1], ""));
  CHECK(s.card(b.cards[1])->theme_id.empty());
  CHECK_FALSE(move_card(s, b.cards[1], "t999"));
  CHECK(shift_card(s, b.cards[1], +1));  // ungrouped -> first theme
  CHECK(s.card(b.cards[1])->theme_id == materials);
  CHECK(shift_card(s, b.cards[1], +1));  // -> second theme
  CHECK(s.card(b.cards[1])->theme_id == voice);
  CHECK_FALSE(shift_card(s, b.cards[1], +1));  // no third theme: stays
  CHECK(s.card(b.cards[1])->theme_id == voice);
  CHECK(shift_card(s, b.cards[1], -2));
  CHECK(s.card(b.cards[1])->theme_id.empty());
  CHECK_FALSE(shift_card(s, b.cards[1], -1));

  CHECK(rename_theme(s, voice, "Whose voice and knowledge count"));
  CHECK(s.theme(voice)->name == "Whose voice and knowledge count");

  // A change answering the theme keeps its text when the theme is removed; cards ungroup.
  const std::string change = add_change(b.data, s, voice, "Ask students what they know first");
  CHECK(remove_theme(s, voice));
  CHECK(s.cards.size() == 6);
  CHECK(s.cards_in("").size() == 4);
  CHECK(s.change(change)->theme_id.empty());
  CHECK(s.change(change)->what == "Ask students what they know first");
  CHECK(remove_card(s, b.cards[0]));
  CHECK(s.cards.size() == 5);
}

TEST_CASE("practice changes carry a status that survives the section round trip", "[staff_discussion]") {
  Board b;
  Session& s = *b.s;
  const std::string theme = add_theme(b.data, s, "Whose voice counts");
  const std::string id = add_change(b.data, s, theme, "Rotate who reports back in labs");
  REQUIRE(!id.empty());
  CHECK(add_change(b.data, s, "t404", "x").empty());
  PracticeChange& c = *s.change(id);
  CHECK(c.status == ChangeStatus::Planned);
  c.who = "Lab instructors";
  c.by_when = "2026-12-15";
  c.how_we_know = "Every student reports at least once in four weeks";
  for (ChangeStatus status : kAllStatuses) {
    CHECK(set_status(s, id, status));
    DiscussionModel model;
    model.from_json(data_to_json(b.data));
    CHECK(model.data().sessions[0].change(id)->status == status);
    CHECK(parse_status(status_id(status)) == status);
  }
  CHECK_FALSE(set_status(s, "c404", ChangeStatus::Adopted));
  // `validate` names wrong dates; unnamed themes and empty changes are work in progress.
  add_theme(b.data, s, "");
  add_change(b.data, s, "", "");
  CHECK(problems(b.data).empty());
  s.change(id)->by_when = "15/12/2026";  // (c may have moved when a change was added)
  REQUIRE(problems(b.data).size() == 1);
  CHECK(problems(b.data)[0] == "session \"Fall staff discussion\": practice change \"Rotate who reports back in labs\" has a date that is not YYYY-MM-DD");
  CHECK_FALSE(parse_status("finished"));
}

TEST_CASE("section round trip; bad input names the field and changes nothing", "[staff_discussion]") {
  Board b;
  group_cards(b.data, *b.s, {b.cards[0], b.cards[1]}, "Theme");
  b.s->readings.push_back({"Whose science?", "https://example.org/reading", "Sets up step 2"});
  b.s->steps[2].captured = "Long talk about textbooks";
  DiscussionModel model;
  model.from_json(data_to_json(b.data));
  CHECK(model.to_json() == data_to_json(b.data));

  auto bad = data_to_json(b.data);
  bad["sessions"][0]["cards"][0]["theme"] = "t999";
  try {
    model.from_json(bad);
    FAIL("a card in a missing theme loaded");
  } catch (const stempush::SectionError& e) {
    CHECK(e.path() == "/sessions/0/cards/0/theme");
  }
  bad = data_to_json(b.data);
  bad["sessions"][0]["changes"] = {{{"id", b.cards[0]}, {"what", "x"}}};  // a card's id again
  try {
    model.from_json(bad);
    FAIL("a repeated id loaded");
  } catch (const stempush::SectionError& e) {
    CHECK(e.path() == "/sessions/0/changes/0/id");
  }
  bad = data_to_json(b.data);
  bad["sessions"][0]["steps"][1]["minutes"] = -3;
  try {
    model.from_json(bad);
    FAIL("negative minutes loaded");
  } catch (const stempush::SectionError& e) {
    CHECK(e.path() == "/sessions/0/steps/1/minutes");
  }
  CHECK(model.to_json() == data_to_json(b.data));  // unchanged by the failures

  // A counter written too low never hands out an id already taken.
  auto low = data_to_json(b.data);
  low["next_id"] = 1;
  model.from_json(low);
  const std::string fresh = add_card(model.data(), model.data().sessions[0], "new");
  CHECK(fresh != b.cards[0]);
  CHECK(model.data().sessions[0].cards.size() == 7);
}

TEST_CASE("a practice change becomes a change idea, and the link survives undo, reload and the other plugin being gone",
          "[staff_discussion][handoff]") {
  stempush::Workspace ws(test_support::registry());
  stempush::EditHistory history(ws);
  DiscussionModel& model = discussion(ws);
  const std::string sid = add_session(model.data(), Language::English, "Fall");
  Session* s = model.data().session(sid);
  const std::string theme = add_theme(model.data(), *s, "Whose voice counts");
  const std::string cid = add_change(model.data(), *s, theme, "Rotate who reports back in labs");
  history.commit("staff_discussion", "add change");

  // The offer is the core's generic kind; plugins that take it are installed (the improvement
  // engine and the test acceptor, which this test sends to).
  REQUIRE(ws.handoff_targets(kChangeIdeaKind).size() == 2);
  const stempush::HandoffLink idea = model.send_change_idea(sid, cid, "sample_ideas");
  // The shell records the receiving section's step, then the view commits the link.
  history.commit("sample_ideas", "hand-off");
  history.commit("staff_discussion", "link");
  auto* ideas = dynamic_cast<sample_ideas::IdeasModel*>(ws.plugin("sample_ideas"));
  REQUIRE(ideas->ideas.size() == 1);
  CHECK(ideas->ideas[0].text == "Rotate who reports back in labs");
  CHECK(ideas->ideas[0].id == idea.item_id);
  // The link back: the change idea points at this practice change, which resolves.
  REQUIRE(ideas->ideas[0].source);
  CHECK(ideas->ideas[0].source->plugin_id == "staff_discussion");
  CHECK(ideas->ideas[0].source->item_id == sid + "/" + cid);
  CHECK(ws.link_available(*ideas->ideas[0].source));
  CHECK(model.change_idea_available(*model.data().session(sid)->change(cid)));

  // Undo a later edit: the link is still there and still resolves.
  set_status(*model.data().session(sid), cid, ChangeStatus::Trying);
  history.commit("staff_discussion", "status");
  history.undo();
  {
    const PracticeChange& c = *model.data().session(sid)->change(cid);
    CHECK(c.status == ChangeStatus::Planned);
    REQUIRE(c.change_idea);
    CHECK(*c.change_idea == idea);
    CHECK(model.change_idea_available(c));
  }
  // Undo the link and the hand-off itself, then redo both: back as it was.
  history.undo();
  CHECK_FALSE(model.data().session(sid)->change(cid)->change_idea);
  history.undo();
  CHECK(ideas->ideas.empty());
  history.redo();
  history.redo();
  CHECK(ideas->ideas.size() == 1);
  REQUIRE(model.data().session(sid)->change(cid)->change_idea);
  CHECK(model.change_idea_available(*model.data().session(sid)->change(cid)));

  // A reload keeps both sides of the link.
  const std::string saved = ws.save();
  {
    stempush::Workspace again(test_support::registry());
    again.load(saved);
    const PracticeChange& c = *discussion(again).data().session(sid)->change(cid);
    REQUIRE(c.change_idea);
    CHECK(*c.change_idea == idea);
    CHECK(discussion(again).change_idea_available(c));
  }

  // The idea is removed in the other plugin: the link shows as unavailable, the change stays.
  ideas->ideas.clear();
  CHECK_FALSE(model.change_idea_available(*model.data().session(sid)->change(cid)));
  CHECK(model.data().session(sid)->change(cid)->what == "Rotate who reports back in labs");

  SECTION("without the accepting plugin: unavailable, nothing offered, nothing lost") {
    stempush::Registry only_real;
    stempush::register_plugin_models(only_real);
    stempush::Workspace without(only_real);
    without.load(saved);
    DiscussionModel& m = discussion(without);
    const PracticeChange& c = *m.data().session(sid)->change(cid);
    REQUIRE(c.change_idea);
    CHECK(*c.change_idea == idea);
    CHECK_FALSE(m.change_idea_available(c));
    // Only the improvement engine takes change ideas here; the absent plugin refuses clearly.
    CHECK(without.handoff_targets(kChangeIdeaKind).size() == 1);
    CHECK_THROWS_AS(m.send_change_idea(sid, cid, "sample_ideas"), std::invalid_argument);
    CHECK(*m.data().session(sid)->change(cid)->change_idea == idea);  // the old link is kept
    // The other plugin's section is kept verbatim for when it comes back.
    const auto resaved = nlohmann::json::parse(without.save());
    CHECK(resaved["sections"]["sample_ideas"]["data"]["ideas"][0]["text"] == "Rotate who reports back in labs");
    CHECK(resaved["sections"]["staff_discussion"]["data"]["sessions"][0]["changes"][0]["change_idea"]["item"] ==
          idea.item_id);
  }
  SECTION("a refused or impossible hand-off changes nothing") {
    const std::string empty = add_change(model.data(), *model.data().session(sid), theme, "");
    CHECK_THROWS_AS(model.send_change_idea(sid, empty, "sample_ideas"), std::invalid_argument);
    CHECK_THROWS_AS(model.send_change_idea(sid, "c404", "sample_ideas"), std::invalid_argument);
    CHECK_THROWS_AS(model.send_change_idea(sid, cid, "self_study"), std::invalid_argument);
    CHECK_FALSE(model.data().session(sid)->change(empty)->change_idea);
    CHECK(ideas->ideas.empty());
  }
}

TEST_CASE("has_item resolves links to practice changes only while they exist", "[staff_discussion]") {
  DiscussionModel model;
  const std::string sid = add_session(model.data(), Language::English, "");
  const std::string cid = add_change(model.data(), *model.data().session(sid), "", "Change");
  CHECK(model.has_item(sid + "/" + cid));
  CHECK_FALSE(model.has_item(sid));
  CHECK_FALSE(model.has_item("/" + cid));
  CHECK_FALSE(model.has_item(sid + "/c404"));
  remove_change(*model.data().session(sid), cid);
  CHECK_FALSE(model.has_item(sid + "/" + cid));
}

TEST_CASE("summary: notes and cards stay out unless ticked, and the summary says so", "[staff_discussion][report]") {
  test_support::registry().load_catalogs();
  Board b;
  const std::string theme = group_cards(b.data, *b.s, {b.cards[0], b.cards[4]}, "Who we show as scientists");
  b.s->steps[2].captured = "PRIVATE NOTE about the textbook talk";
  add_change(b.data, *b.s, theme, "Add three scientists of colour to each unit");

  SummaryOptions closed;
  auto j = summary_json(*b.s, closed);
  const std::string dumped = j.dump();
  CHECK(dumped.find("PRIVATE NOTE") == std::string::npos);
  CHECK(dumped.find("Textbooks name only") == std::string::npos);
  CHECK(j["privacy"]["notes_included"] == false);
  CHECK(j["privacy"]["cards_included"] == false);
  CHECK(j["privacy"]["statement"] == "Discussion notes and cards are not included: they stay with the program.");
  CHECK(j["themes"][0]["name"] == "Who we show as scientists");
  CHECK(j["changes"][0]["what"] == "Add three scientists of colour to each unit");
  CHECK(summary_text(*b.s, closed).find("PRIVATE NOTE") == std::string::npos);
  CHECK(summary_html(*b.s, closed).find("PRIVATE NOTE") == std::string::npos);
  CHECK(summary_text(*b.s, closed).find("they stay with the program") != std::string::npos);

  SummaryOptions open{true, true, Language::Spanish};
  j = summary_json(*b.s, open);
  CHECK(j["notes"][0]["text"] == "PRIVATE NOTE about the textbook talk");
  CHECK(j["themes"][0]["cards"].size() == 2);
  CHECK(j["ungrouped_cards"].size() == 4);
  CHECK(j["privacy"]["statement"].get<std::string>().find("eligió compartirlas") != std::string::npos);

  // The HTML summary: a one-page summary (themes, each change, the privacy sentence), then only
  // the parts that have something; the same rules in English and Spanish.
  closed.program = "Robotics Club";
  const std::string html = summary_html(*b.s, closed);
  report_check::check_html("staff-discussion-summary", html);
  const std::string path = report_check::save("staff-discussion-summary", html, "html");
  const std::string points = test_support::html_xpath(path, "//div[@id='summary']//li//text()");
  CHECK(points.find("1 theme came out of the discussion: Who we show as scientists.") != std::string::npos);
  CHECK(points.find("Add three scientists of colour to each unit") != std::string::npos);
  CHECK(test_support::html_xpath(path, "string(//p[@class='report-context'])").find("Robotics Club") != std::string::npos);
  CHECK(test_support::html_xpath(path, "count(//h3[.='Discussion notes'])") == "0");
  open.program = "Robotics Club";
  // The session's title was typed in English (by staff, kept as typed).
  report_check::Known typed;
  typed.typed = {"Fall staff discussion"};
  report_check::check_html("staff-discussion-summary-es", summary_html(*b.s, open), typed);
}

TEST_CASE("plugin catalogs have the same keys in English and Spanish", "[staff_discussion]") {
  auto en = nlohmann::json::parse(staff_discussion_assets::asset("i18n/en.json"));
  auto es = nlohmann::json::parse(staff_discussion_assets::asset("i18n/es.json"));
  for (auto& [key, value] : en.items()) CHECK(es.contains(key));
  CHECK(en.size() == es.size());
}
