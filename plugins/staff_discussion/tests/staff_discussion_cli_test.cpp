// `stempush-cli staff-discussion summary` through the real binary: JSON parsed back, HTML parsed
// back by xmllint --html (and queried with XPath), plain text, and every way it refuses.
#include <catch2/catch_test_macros.hpp>

#include <fstream>
#include <sstream>

#include "staff_discussion/model/discussion_model.hpp"
#include "stempush/registry.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"
#include "unit/test_support.hpp"

using namespace staff_discussion;

namespace {

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

test_support::CommandResult run(const std::string& command) {
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  const int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// A workspace file with one session: two themes, a private note and a card with a < and &.
std::string write_workspace(const std::string& folder) {
  stempush::Workspace ws(test_support::registry());
  auto& model = dynamic_cast<DiscussionModel&>(*ws.plugin("staff_discussion"));
  auto& data = model.data();
  const std::string sid = add_session(data, Language::English, "Fall <staff> & friends");
  Session& s = *data.session(sid);
  s.date = "2026-10-14";
  s.roles = {"program lead", "instructors"};
  std::vector<std::string> cards;
  for (const char* text : {"Textbooks name only European scientists", "Flyers show one kind of scientist",
                           "Feedback favours <confident> talkers & fast talkers", "Home knowledge is not asked for"})
    cards.push_back(add_card(data, s, text));
  const std::string shown = group_cards(data, s, {cards[0], cards[1]}, "Who we show as scientists");
  group_cards(data, s, {cards[2], cards[3]}, "Whose voice counts");
  s.steps[3].captured = "PRIVATE NOTE on our own paths";
  const std::string change = add_change(data, s, shown, "Add three scientists of colour to each unit");
  s.change(change)->who = "Curriculum lead";
  const std::string path = folder + "/workspace.json";
  stempush::write_file_atomic(path, ws.save());
  return path;
}

}  // namespace

TEST_CASE("cli: staff-discussion summary as JSON, HTML and text; notes and cards only when asked",
          "[staff_discussion][cli]") {
  const std::string folder = test_support::temp_folder("discussion-cli");
  const std::string ws = write_workspace(folder);

  auto json_run = test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --json");
  REQUIRE(json_run.exit_code == 0);
  const auto j = nlohmann::json::parse(json_run.output);
  CHECK(j["session"]["title"] == "Fall <staff> & friends");
  CHECK(j["session"]["total_minutes"] == 90);
  REQUIRE(j["themes"].size() == 2);
  CHECK(j["themes"][1]["name"] == "Whose voice counts");
  CHECK_FALSE(j["themes"][0].contains("cards"));
  CHECK_FALSE(j.contains("notes"));
  CHECK(j["changes"][0]["who"] == "Curriculum lead");
  CHECK(j["changes"][0]["status"] == "planned");
  CHECK(j["agreements"].size() >= 5);
  CHECK(json_run.output.find("PRIVATE NOTE") == std::string::npos);

  auto with_all = test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --json --include-notes --include-cards");
  REQUIRE(with_all.exit_code == 0);
  const auto open = nlohmann::json::parse(with_all.output);
  CHECK(open["notes"][0]["text"] == "PRIVATE NOTE on our own paths");
  CHECK(open["themes"][1]["cards"][0]["text"] == "Feedback favours <confident> talkers & fast talkers");
  CHECK(open["privacy"]["cards_included"] == true);

  const std::string html = folder + "/summary.html";
  auto html_run = test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --html " + quoted(html));
  REQUIRE(html_run.exit_code == 0);
  CHECK(run("xmllint --html --noout " + quoted(html)).exit_code == 0);
  auto themes = run("xmllint --html --xpath \"//ul[@class='themes']/li/strong/text()\" " + quoted(html));
  REQUIRE(themes.exit_code == 0);
  CHECK(themes.output.find("Who we show as scientists") != std::string::npos);
  CHECK(themes.output.find("Whose voice counts") != std::string::npos);
  auto privacy = run("xmllint --html --xpath \"string(//p[@class='privacy'])\" " + quoted(html));
  CHECK(privacy.output.find("Discussion notes and cards are not included") != std::string::npos);
  auto title = run("xmllint --html --xpath \"string(//title)\" " + quoted(html));
  CHECK(title.output.find("Fall <staff> & friends") != std::string::npos);  // escaped in the file, text again when parsed
  auto cards = run("xmllint --html --xpath \"count(//li[@class='card'])\" " + quoted(html));
  CHECK(cards.output.find('0') == 0);  // no card in a summary nobody ticked

  const std::string html_all = folder + "/summary-all.html";
  REQUIRE(test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --include-cards --lang es --html " +
                                quoted(html_all))
              .exit_code == 0);
  CHECK(run("xmllint --html --noout " + quoted(html_all)).exit_code == 0);
  auto card_count = run("xmllint --html --xpath \"count(//li[@class='card'])\" " + quoted(html_all));
  CHECK(card_count.output.find('4') == 0);
  auto lang = run("xmllint --html --xpath \"string(//html/@lang)\" " + quoted(html_all));
  CHECK(lang.output.find("es") != std::string::npos);

  auto text_run = test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --text");
  REQUIRE(text_run.exit_code == 0);
  CHECK(text_run.output.find("Who we show as scientists") != std::string::npos);
  CHECK(text_run.output.find("Add three scientists of colour to each unit [Planned]") != std::string::npos);
  CHECK(text_run.output.find("they stay with the program") != std::string::npos);
  CHECK(text_run.output.find("PRIVATE NOTE") == std::string::npos);

  auto list = test_support::run_cli("staff-discussion list " + quoted(ws));
  CHECK(list.exit_code == 0);
  CHECK(list.output.find("s1\t2026-10-14\tFall <staff> & friends\t2 themes\t1 change") != std::string::npos);
}

TEST_CASE("cli: staff-discussion summary refuses clearly and writes nothing", "[staff_discussion][cli]") {
  const std::string folder = test_support::temp_folder("discussion-cli-bad");
  const std::string ws = write_workspace(folder);
  auto missing = test_support::run_cli("staff-discussion summary " + quoted(ws) + " s9 --text");
  CHECK(missing.exit_code == 1);
  CHECK(missing.output.find("no session \"s9\"") != std::string::npos);
  CHECK(test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1").exit_code == 2);
  CHECK(test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --text --json").exit_code == 2);
  CHECK(test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --text --lang fr").exit_code == 2);
  auto no_file = test_support::run_cli("staff-discussion summary " + quoted(folder + "/none.json") + " s1 --text");
  CHECK(no_file.exit_code == 1);
  // An unwritable output: exit 1, and no half-written file.
  const std::string out = folder + "/no-such-folder/summary.html";
  CHECK(test_support::run_cli("staff-discussion summary " + quoted(ws) + " s1 --html " + quoted(out)).exit_code == 1);
  std::ifstream probe(out);
  CHECK_FALSE(probe.good());
}
