// The driver diagram's ties to other plugins and its printable page (issue 8, point 2 and the
// hand-off): a change idea proposed by another plugin lands in the diagram with its link back
// and can be tested in a PDSA cycle; a change idea addresses a self-study indicator or dimension
// picked from what the installed plugins offer; ideas move under another driver; schema-1 links
// migrate; the landscape HTML export parsed back with xmllint, and written the same by the CLI.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "improvement/model/diagram_export.hpp"
#include "improvement/model/improvement_model.hpp"
#include "self_study/model/self_study_model.hpp"
#include "stempush/i18n.hpp"
#include "stempush/profile.hpp"
#include "stempush/workspace.hpp"
#include "unit/test_support.hpp"
#include "unit/report_check.hpp"

using Catch::Matchers::ContainsSubstring;
using improvement::ImprovementModel;
using nlohmann::json;

namespace {

struct Linked {
  stempush::Workspace ws{test_support::registry()};
  ImprovementModel* model = nullptr;
  self_study::SelfStudyModel* self_study = nullptr;
  Linked() {
    stempush::i18n::load_core_catalogs();
    test_support::registry().load_catalogs();
    stempush::i18n::set_language(stempush::i18n::Language::English);
    model = dynamic_cast<ImprovementModel*>(ws.plugin("improvement"));
    self_study = dynamic_cast<self_study::SelfStudyModel*>(ws.plugin("self_study"));
    REQUIRE(model);
    REQUIRE(self_study);
  }
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("improvement: a proposed change idea lands in the diagram with its link back", "[improvement][handoff]") {
  Linked w;
  const auto targets = w.ws.handoff_targets(stempush::kProposeChangeIdea);
  REQUIRE(std::any_of(targets.begin(), targets.end(), [](auto& t) { return t.plugin_id == "improvement"; }));

  const stempush::HandoffLink from{"staff_discussion", "pc3", "Invite families to the first lab"};
  const std::string id = w.ws.hand_off("improvement", {stempush::kProposeChangeIdea, "Invite families to the first lab", from});
  REQUIRE(w.model->node(id));
  CHECK(w.model->kind_of(id) == improvement::NodeKind::ChangeIdea);
  CHECK(w.model->node(id)->source == from);
  // It waits in the "ideas from other packages" group, which the first hand-off made.
  REQUIRE(w.model->drivers().size() == 1);
  CHECK(w.model->drivers()[0].text == "Ideas from other packages");
  CHECK(w.model->drivers()[0].children[0].id == w.model->inbox_id());
  CHECK(w.model->drivers()[0].children[0].text == "To place under a driver");
  // The offering plugin's link to it is available, and a PDSA cycle can test it.
  CHECK(w.ws.link_available({"improvement", id, "x"}));
  CHECK_FALSE(w.model->start_cycle(id).empty());

  // A second one joins the same group, even after the user renamed it.
  w.model->rename_node(w.model->inbox_id(), "Sort these");
  const std::string second = w.ws.hand_off("improvement", {stempush::kProposeChangeIdea, "Bus passes", from});
  CHECK(w.model->drivers().size() == 1);
  CHECK(w.model->drivers()[0].children[0].children.size() == 2);

  // Survives the section's round trip (undo and reload go through it).
  const json saved = w.model->to_json();
  ImprovementModel loaded;
  loaded.from_json(json::parse(saved.dump()));
  CHECK(loaded.node(second)->source == from);
  CHECK(loaded.inbox_id() == w.model->inbox_id());
  CHECK(loaded.to_json() == saved);

  // An empty text is refused and nothing changes.
  REQUIRE_THROWS_AS(w.ws.hand_off("improvement", {stempush::kProposeChangeIdea, "", from}), std::invalid_argument);
  CHECK(w.model->to_json() == saved);

  // Its group removed, the next idea makes a new one; the removed idea's link is no longer available.
  w.model->remove_node(w.model->drivers()[0].id);
  CHECK_FALSE(w.ws.link_available({"improvement", id, "x"}));
  const std::string third = w.ws.hand_off("improvement", {stempush::kProposeChangeIdea, "Snacks", from});
  CHECK(w.model->kind_of(third) == improvement::NodeKind::ChangeIdea);
  CHECK(w.model->drivers().size() == 1);
}

TEST_CASE("improvement: ideas and drivers move under another driver", "[improvement]") {
  ImprovementModel m;
  const std::string p1 = m.add_node("", "P1"), p2 = m.add_node("", "P2");
  const std::string s1 = m.add_node(p1, "S1"), s2 = m.add_node(p2, "S2");
  const std::string idea = m.add_node(s1, "Idea");
  CHECK(m.move_under(idea, s2));
  CHECK(m.node(s1)->children.empty());
  REQUIRE(m.node(s2)->children.size() == 1);
  CHECK(m.node(s2)->children[0].id == idea);
  CHECK(m.move_under(s2, p1));  // a secondary with its ideas
  CHECK(m.node(p1)->children.size() == 2);
  CHECK(m.node(p2)->children.empty());
  CHECK(m.kind_of(idea) == improvement::NodeKind::ChangeIdea);
  CHECK(m.move_under(idea, s2));  // already there: nothing to do
  CHECK_FALSE(m.move_under(idea, p1));   // an idea goes under a secondary driver
  CHECK_FALSE(m.move_under(s1, s2));     // a secondary under a primary
  CHECK_FALSE(m.move_under(p1, p2));     // primaries hang from the aim
  CHECK_FALSE(m.move_under("n99", s1));
  CHECK_FALSE(m.move_under(idea, "n99"));
}

TEST_CASE("improvement: a change idea addresses a self-study indicator or dimension", "[improvement][links]") {
  Linked w;
  const auto items = w.ws.linkable_items();
  auto find = [&](const std::string& item_id) {
    for (auto& item : items)
      if (item.link.item_id == item_id) return item;
    FAIL("no linkable item " << item_id);
    return stempush::LinkableItem{};
  };
  const stempush::LinkableItem dimension = find("dimension:recruitment");
  CHECK(dimension.link.plugin_id == "self_study");
  CHECK(dimension.link.label == "The whole dimension: Student Recruitment");
  CHECK(dimension.group == "Dimension: Student Recruitment");
  const stempush::LinkableItem indicator = find("indicator:recruitment.1.a");
  CHECK_THAT(indicator.link.label, ContainsSubstring("We recruit in places"));
  CHECK(indicator.group == dimension.group);
  // Every indicator of the framework is offered, plus one entry per dimension.
  CHECK(items.size() == w.self_study->framework().indicator_count() + w.self_study->framework().domains.size());

  const std::string p = w.model->add_node("", "P"), s = w.model->add_node(p, "S"), idea = w.model->add_node(s, "Go to churches");
  REQUIRE(w.model->set_addresses(idea, indicator.link));
  CHECK(w.ws.link_available(*w.model->node(idea)->addresses));
  CHECK(w.ws.link_available(dimension.link));
  CHECK_FALSE(w.ws.link_available({"self_study", "indicator:zz.9", "gone"}));
  CHECK_FALSE(w.ws.link_available({"self_study", "dimension:zz", "gone"}));
  REQUIRE(w.model->set_addresses(idea, std::nullopt));
  CHECK_FALSE(w.model->node(idea)->addresses);

  // A self-study priority's change idea links back to the priority it came from.
  const std::string priority = w.self_study->add_priority("recruitment.1.a");
  CHECK(w.ws.link_available({"self_study", self_study::priority_item_id(priority), "x"}));
  w.self_study->remove_priority(priority);
  CHECK_FALSE(w.ws.link_available({"self_study", self_study::priority_item_id(priority), "x"}));
}

TEST_CASE("improvement: a schema-1 section's change-idea link migrates", "[improvement][migration]") {
  Linked w;
  const json v1 = {{"drivers", json::array({{{"id", "n1"}, {"text", "P"}, {"children", json::array({
      {{"id", "n2"}, {"text", "S"}, {"children", json::array({{{"id", "n3"}, {"text", "I"}, {"link", "self_study:indicator:goals.1.a"}}})}}})}}})}};
  const json document = {{"format", "stempush-workspace"}, {"format_version", 1}, {"app_version", "0.1.0"},
                         {"sections", {{"improvement", {{"schema", 1}, {"data", v1}}}}}};
  w.ws.load(document.dump());
  const improvement::DriverNode* idea = w.model->node("n3");
  REQUIRE(idea);
  REQUIRE(idea->addresses);
  CHECK(idea->addresses->plugin_id == "self_study");
  CHECK(idea->addresses->item_id == "indicator:goals.1.a");
  CHECK(w.ws.link_available(*idea->addresses));
  CHECK_FALSE(w.model->to_json()["drivers"][0]["children"][0]["children"][0].contains("link"));
}

TEST_CASE("improvement: the driver diagram as a printable landscape page", "[improvement][export][report]") {
  Linked w;
  auto& m = *w.model;
  m.aim = {"apply to a STEM major", "70%", "2027-06-01", "our seniors"};
  const std::string p1 = m.add_node("", "Students <see> themselves & belong"), p2 = m.add_node("", "Families know the path");
  const std::string s1 = m.add_node(p1, "Mentors"), s2 = m.add_node(p1, "Peers");
  const std::string i1 = m.add_node(s1, "Monthly mentor calls"), i2 = m.add_node(s1, "Alumni panel");
  m.add_node(s2, "Study groups");
  m.set_addresses(i1, stempush::HandoffLink{"self_study", "indicator:goals.1.a", "Our written goals"});
  m.set_addresses(i2, stempush::HandoffLink{"self_study", "indicator:gone.1", "An indicator since removed"});
  w.ws.hand_off("improvement", {stempush::kProposeChangeIdea, "Invite families", {"staff_discussion", "pc1", "Families at the lab"}});

  const std::string html = improvement::diagram_html(m, &w.ws, w.ws.profile().program_name);
  report_check::check_html("improvement-diagram", html);
  const std::string folder = test_support::temp_folder("improvement-diagram");
  const std::string path = folder + "/" + improvement::diagram_file_name();
  std::ofstream(path) << html;

  auto lint = test_support::xml_lint(path);
  INFO(lint.output);
  CHECK(lint.exit_code == 0);
  CHECK(lint.output.empty());
  using test_support::html_xpath;
  CHECK(html_xpath(path, "string(//h1)") == "Driver diagram");
  // Rows: 3 ideas under p1, p2 alone, 1 handed-over idea: 5; the aim spans them all.
  CHECK(html_xpath(path, "count(//table[@class='diagram']/tbody/tr)") == "5");
  CHECK(html_xpath(path, "string(//td[@class='aim']/@rowspan)") == "5");
  CHECK(html_xpath(path, "string((//td[@class='primary'])[1]/@rowspan)") == "3");
  CHECK(html_xpath(path, "count(//td[@class='primary'])") == "3");
  CHECK(html_xpath(path, "count(//td[@class='secondary'])") == "3");
  CHECK(html_xpath(path, "count(//td[@class='idea'])") == "4");
  CHECK(html_xpath(path, "count(//th)") == "4");
  CHECK(html_xpath(path, "normalize-space((//td[@class='primary'])[1])") == "Students <see> themselves & belong");
  CHECK(html_xpath(path, "normalize-space((//td[@class='idea'])[1]//div[@class='link'])") == "Addresses: Our written goals");
  CHECK(html_xpath(path, "normalize-space((//td[@class='idea'])[2]//div[@class='link'])") ==
        "Addresses: An indicator since removed (no longer available)");
  CHECK(html_xpath(path, "normalize-space((//td[@class='idea'])[4]//div[@class='link'])") == "Proposed in: Families at the lab (no longer available)");
  // Each row holds the aim's column or is covered by its rowspan: 4 columns in the first row, fewer after.
  CHECK(html_xpath(path, "count(//tbody/tr[1]/td)") == "4");
  CHECK(html_xpath(path, "count(//tbody/tr[4]/td)") == "3");  // p2 with two empty cells
  CHECK_THAT(html, ContainsSubstring("@page { size: landscape"));
  CHECK_THAT(html, !ContainsSubstring("<img"));

  // The type shrinks with the rows so that the page stays one sheet.
  CHECK(improvement::diagram_font_pt(5) == 11.0);
  CHECK(improvement::diagram_font_pt(12) == 11.0);
  CHECK(improvement::diagram_font_pt(22) == 6.0);
  CHECK(improvement::diagram_font_pt(200) == 6.0);
  CHECK(improvement::diagram_font_pt(16) == 8.25);

  // The command line writes the same page, atomically; a bad workspace writes nothing.
  const std::string workspace = folder + "/workspace.json";
  std::ofstream(workspace) << w.ws.save();
  const std::string out = folder + "/from-cli.html";
  auto written = test_support::run_cli("improvement diagram " + test_support::shell_quote(workspace) + " --html " + test_support::shell_quote(out));
  INFO(written.output);
  REQUIRE(written.exit_code == 0);
  CHECK(read_file(out) == html);
  std::ofstream(folder + "/bad.json") << "{ not json";
  auto bad = test_support::run_cli("improvement diagram " + test_support::shell_quote(folder + "/bad.json") + " --html " +
                                   test_support::shell_quote(folder + "/no.html"));
  CHECK(bad.exit_code == 1);
  CHECK_FALSE(std::ifstream(folder + "/no.html").good());
  CHECK(test_support::run_cli("improvement diagram " + test_support::shell_quote(workspace)).exit_code == 2);
}
