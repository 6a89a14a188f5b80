// The core's merge module (merge.hpp) and the survey merge every collecting plugin uses
// (survey_merge.hpp): kiosk tablets merged into one workspace, conflicts and the choices for them,
// merging twice adding nothing, all-or-nothing on a bad file, and `stempush-cli merge` exit codes.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <fstream>
#include <sstream>

#include "stempush/i18n.hpp"
#include "stempush/merge.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"
#include "unit/test_support.hpp"

using nlohmann::json;
using Catch::Matchers::ContainsSubstring;
namespace merge = stempush::merge;

namespace {

const stempush::Registry& registry() {
  static stempush::Registry r = [] {
    stempush::Registry reg;
    stempush::register_plugin_models(reg);
    stempush::register_test_plugin_models(reg);
    stempush::i18n::load_core_catalogs();
    reg.load_catalogs();
    return reg;
  }();
  return r;
}

// A workspace whose sample_visits exit ticket holds `answers` ({code, useful point}).
std::string visits_workspace(const std::vector<std::pair<std::string, int>>& answers) {
  stempush::Workspace ws(registry());
  json list = json::array();
  for (auto& [code, point] : answers) list.push_back({{"code", code}, {"answers", {{"useful", point}}}});
  ws.set_section("sample_visits", {{"date", "2026-10-01"}, {"start", "15:30"}, {"end", "16:30"}, {"pin_hash", ""},
                                   {"answers", list}});
  return ws.save();
}

std::vector<std::string> codes(const stempush::Workspace& ws) {
  std::vector<std::string> out;
  const json section = ws.section("sample_visits");
  for (auto& r : section["answers"]) out.push_back(r["code"]);
  return out;
}

// A workspace whose belonging survey has one response before the session (and one after when
// `post_code` is given), to its first item.
std::string belonging_workspace(const std::string& pre_code, int point, const std::string& post_code = {}) {
  stempush::Workspace ws(registry());
  json data = ws.section("belonging");
  const std::string item = data["items"][0]["id"];
  data["pre"] = json::array({{{"code", pre_code}, {"answers", {{item, point}}}}});
  if (!post_code.empty()) data["post"] = json::array({{{"code", post_code}, {"answers", {{item, 3}}}}});
  ws.set_section("belonging", data);
  return ws.save();
}

std::vector<std::string> pre_codes(const stempush::Workspace& ws) {
  std::vector<std::string> out;
  const json section = ws.section("belonging");
  for (auto& r : section["pre"]) out.push_back(r["code"]);
  return out;
}

}  // namespace

TEST_CASE("merge: two kiosk tablets into one workspace; the same files again add nothing", "[merge]") {
  stempush::Workspace ws(registry());
  ws.load(visits_workspace({{"AB12", 4}}));
  const std::vector<merge::SourceFile> files{{"tablet-1.json", visits_workspace({{"AB12", 4}, {"CD34", 3}})},
                                             {"tablet-2.json", visits_workspace({{"EF56", 1}, {"GH78", 2}})}};
  merge::Preview preview = merge::preview(ws, registry(), files, {});
  CHECK(codes(ws) == std::vector<std::string>{"AB12"});  // a preview changes nothing
  REQUIRE(preview.files.size() == 2);
  REQUIRE(preview.files[0].sections.size() == 1);
  CHECK(preview.files[0].sections[0].plugin_id == "sample_visits");
  CHECK(preview.files[0].sections[0].plan.additions.at(0).text() == "1 new response to the visit's exit ticket");
  CHECK(preview.files[1].sections[0].plan.additions.at(0).text() == "2 new responses to the visit's exit ticket");
  CHECK(preview.conflicts() == 0);
  CHECK(merge::apply(ws, preview) == std::vector<std::string>{"sample_visits"});
  CHECK(codes(ws) == std::vector<std::string>{"AB12", "CD34", "EF56", "GH78"});

  merge::Preview again = merge::preview(ws, registry(), files, {});
  CHECK(again.nothing_to_do());
  CHECK(again.additions() == 0);
  CHECK(again.conflicts() == 0);
}

TEST_CASE("merge: the same code answered differently is a conflict with a choice", "[merge]") {
  stempush::Workspace ws(registry());
  ws.load(visits_workspace({{"AB12", 4}}));
  const std::vector<merge::SourceFile> files{{"tablet.json", visits_workspace({{"AB12", 1}, {"CD34", 3}})}};

  merge::Preview unsettled = merge::preview(ws, registry(), files, {});
  REQUIRE(unsettled.conflicts() == 1);
  const stempush::MergeConflict& conflict = unsettled.files[0].sections[0].plan.conflicts[0];
  CHECK(conflict.id == "1/sample_visits/answers/AB12");
  CHECK(conflict.can_keep_both);
  CHECK_THAT(conflict.what.text(), ContainsSubstring("AB12"));
  CHECK(conflict.mine.text() == "The visit was useful.: Strongly agree");
  CHECK(conflict.theirs.text() == "The visit was useful.: Strongly disagree");
  CHECK(unsettled.unsettled == std::vector<std::string>{"1/sample_visits/answers/AB12"});
  const std::string before = ws.save();
  REQUIRE_THROWS_WITH(merge::apply(ws, unsettled), ContainsSubstring("1 conflict still needs a choice"));
  CHECK(ws.save() == before);  // all or nothing: not even CD34 was added

  SECTION("keep mine, remembered: the same file again neither adds nor asks, even after a reload") {
    merge::Preview kept = merge::preview(ws, registry(), files, {{conflict.id, stempush::MergeChoice::KeepMine}});
    CHECK(kept.newly_settled.size() == 1);
    merge::apply(ws, kept);
    CHECK(ws.section("sample_visits")["answers"][0]["answers"]["useful"] == 4);
    CHECK(codes(ws) == std::vector<std::string>{"AB12", "CD34"});
    stempush::Workspace reopened(registry());
    reopened.load(ws.save());
    CHECK(json::parse(ws.save())["merge_settled"].size() == 1);
    merge::Preview again = merge::preview(reopened, registry(), files, {});
    CHECK(again.conflicts() == 0);
    CHECK(again.unsettled.empty());
    CHECK(again.nothing_to_do());
    REQUIRE(again.files[0].notes.size() == 1);
    CHECK_THAT(again.files[0].notes[0].text(), ContainsSubstring("1 conflict was settled in an earlier merge; what you chose then stays"));
    // Their answer changed on the tablet since: a new conflict, asked again.
    const std::vector<merge::SourceFile> changed{{"tablet.json", visits_workspace({{"AB12", 2}, {"CD34", 3}})}};
    CHECK(merge::preview(reopened, registry(), changed, {}).conflicts() == 1);
    // So does a change of mine (the remembered choice is still there).
    stempush::Workspace edited(registry());
    edited.load(visits_workspace({{"AB12", 3}, {"CD34", 3}}));
    reopened.set_section("sample_visits", edited.section("sample_visits"));
    CHECK(merge::preview(reopened, registry(), files, {}).conflicts() == 1);
    CHECK(merge::preview(reopened, registry(), files, {}).files[0].notes.empty());
  }
  SECTION("a file of only conflicts kept mine still has something to do: remember the choice") {
    const std::vector<merge::SourceFile> only{{"tablet.json", visits_workspace({{"AB12", 1}})}};
    merge::Preview kept = merge::preview(ws, registry(), only, {}, stempush::MergeChoice::KeepMine);
    CHECK(kept.changed.empty());
    CHECK_FALSE(kept.nothing_to_do());
    CHECK(merge::apply(ws, kept).empty());
    CHECK(merge::preview(ws, registry(), only, {}).nothing_to_do());
  }
  SECTION("take theirs (also as --prefer), then the same file adds nothing and has no conflict") {
    const std::string mine_before = ws.save();
    merge::apply(ws, merge::preview(ws, registry(), files, {}, stempush::MergeChoice::TakeTheirs));
    CHECK(ws.section("sample_visits")["answers"][0]["answers"]["useful"] == 1);
    merge::Preview again = merge::preview(ws, registry(), files, {});
    CHECK(again.nothing_to_do());
    CHECK(again.conflicts() == 0);
    // A copy that still holds the version set aside (the tablet's other export): not asked again.
    const std::vector<merge::SourceFile> older{{"old.json", visits_workspace({{"AB12", 4}})}};
    merge::Preview old_again = merge::preview(ws, registry(), older, {});
    CHECK(old_again.conflicts() == 0);
    CHECK(old_again.nothing_to_do());
    // The merge undone (mine is the version set aside again): asked again, never replaced unasked.
    stempush::Workspace undone(registry());
    undone.load(mine_before);
    ws.set_section("sample_visits", undone.section("sample_visits"));
    CHECK(merge::preview(ws, registry(), files, {}).conflicts() == 1);
  }
  SECTION("keep both: theirs is kept as AB12-2, and merging the file again adds nothing") {
    merge::apply(ws, merge::preview(ws, registry(), files, {{conflict.id, stempush::MergeChoice::KeepBoth}}));
    CHECK(codes(ws) == std::vector<std::string>{"AB12", "AB12-2", "CD34"});
    merge::Preview again = merge::preview(ws, registry(), files, {});
    CHECK(again.nothing_to_do());
    CHECK(again.conflicts() == 0);
  }
}

TEST_CASE("merge: a bad file anywhere in the list merges nothing and says which file", "[merge]") {
  stempush::Workspace ws(registry());
  ws.load(visits_workspace({{"AB12", 4}}));
  const std::string before = ws.save();
  const merge::SourceFile good{"tablet-1.json", visits_workspace({{"CD34", 3}})};

  SECTION("not a workspace") {
    REQUIRE_THROWS_WITH(merge::preview(ws, registry(), {good, {"notes.txt", "code,useful\nAB12,4\n"}}, {}),
                        ContainsSubstring("notes.txt cannot be merged") && ContainsSubstring("Nothing was changed"));
  }
  SECTION("a damaged section") {
    json doc = json::parse(visits_workspace({{"EF56", 2}}));
    doc["sections"]["sample_visits"]["data"]["answers"][0]["answers"]["useful"] = 9;
    REQUIRE_THROWS_WITH(merge::preview(ws, registry(), {good, {"tablet-2.json", doc.dump()}}, {}),
                        ContainsSubstring("tablet-2.json cannot be merged") && ContainsSubstring("/answers/0"));
  }
  CHECK(ws.save() == before);
}

TEST_CASE("merge: belonging's responses before and after the session merge by code", "[merge][belonging]") {
  stempush::Workspace ws(registry());
  ws.load(belonging_workspace("AB12", 4, ""));
  const std::vector<merge::SourceFile> files{{"tablet.json", belonging_workspace("AB12", 2, "AB12")}};
  merge::Preview preview = merge::preview(ws, registry(), files, {});
  REQUIRE(preview.files[0].sections.size() == 1);
  const stempush::MergePlan& plan = preview.files[0].sections[0].plan;
  REQUIRE(plan.additions.size() == 1);
  CHECK(plan.additions[0].text() == "1 new response to After the session (post)");
  REQUIRE(plan.conflicts.size() == 1);
  CHECK(plan.conflicts[0].id == "1/belonging/pre/AB12");
  merge::apply(ws, merge::preview(ws, registry(), files, {}, stempush::MergeChoice::KeepMine));
  CHECK(ws.section("belonging")["post"].size() == 1);
  CHECK(ws.section("belonging")["pre"][0]["code"] == "AB12");
}

TEST_CASE("merge: an answer to a question this workspace does not have refuses the file", "[merge][belonging]") {
  stempush::Workspace theirs(registry());
  json data = theirs.section("belonging");
  json custom = data["items"][0];
  custom["id"] = "only_there";
  custom["custom"] = true;
  data["items"].push_back(custom);
  data["pre"] = json::array({{{"code", "AB12"}, {"answers", {{"only_there", 3}}}}});
  theirs.set_section("belonging", data);
  stempush::Workspace ws(registry());
  const std::string before = ws.save();
  REQUIRE_THROWS_WITH(merge::preview(ws, registry(), {{"tablet.json", theirs.save()}}, {}),
                      ContainsSubstring("tablet.json cannot be merged") && ContainsSubstring("only_there"));
  CHECK(ws.save() == before);
}

TEST_CASE("cli: merge WORKSPACE FILE... exit codes, --prefer, --dry-run, nothing written on failure", "[merge][cli]") {
  const std::string dir = test_support::temp_folder("merge-cli");
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir + "/" + name, std::ios::binary) << bytes;
    return dir + "/" + name;
  };
  auto read = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const std::string team = write("team.json", belonging_workspace("AB12", 4));
  const std::string tablet1 = write("tablet-1.json", belonging_workspace("CD34", 3));
  const std::string tablet2 = write("tablet-2.json", belonging_workspace("AB12", 1, "EF56"));
  const std::string bad = write("bad.json", "{\"format\": \"stempush-workspace\", ");
  const std::string original = read(team);

  auto r = test_support::run_cli("merge " + team + " " + tablet1 + " " + tablet2);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, ContainsSubstring("code AB12") && ContainsSubstring("--prefer mine or --prefer theirs"));
  CHECK(read(team) == original);

  r = test_support::run_cli("merge " + team + " " + tablet1 + " " + bad);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, ContainsSubstring("bad.json cannot be merged"));
  CHECK(read(team) == original);

  r = test_support::run_cli("merge " + team + " " + tablet1 + " --prefer sometimes");
  CHECK(r.exit_code == 2);

  r = test_support::run_cli("merge " + team + " " + tablet1 + " " + tablet2 + " --prefer theirs --dry-run");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, ContainsSubstring("1 new response") && ContainsSubstring("was not written"));
  CHECK(read(team) == original);

  r = test_support::run_cli("merge " + team + " " + tablet1 + " " + tablet2 + " --prefer theirs");
  CHECK(r.exit_code == 0);
  stempush::Workspace merged(registry());
  merged.load(read(team));  // a real reader of the file written
  CHECK(pre_codes(merged) == std::vector<std::string>{"AB12", "CD34"});
  const json belonging = merged.section("belonging");
  CHECK(belonging["pre"][0]["answers"].begin().value() == 1);  // theirs
  CHECK(belonging["post"].size() == 1);

  const std::string after = read(team);
  r = test_support::run_cli("merge " + team + " " + tablet1 + " " + tablet2);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, ContainsSubstring("Nothing to add"));
  CHECK(read(team) == after);
}
