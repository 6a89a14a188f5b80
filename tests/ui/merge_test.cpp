// "Merge from files…" driven as the lead would: two kiosk tablets' exports and a colleague's
// self-study ratings merged into this workspace through the file picker, a conflict settled in the
// dialog, the whole merge one undo step, and the same file again adding nothing.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <stdlib.h>

#include <optional>

#include "harness.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {

// A tablet's copy: belonging's "before the session" answers {code, point of the first item}.
std::string tablet(const stempush::Registry& registry, const std::vector<std::pair<std::string, int>>& answers) {
  stempush::Workspace ws(registry);
  json data = ws.section("belonging");
  const std::string item = data["items"][0]["id"];
  for (auto& [code, point] : answers) data["pre"].push_back({{"code", code}, {"answers", {{item, point}}}});
  ws.set_section("belonging", data);
  return ws.save();
}

// A colleague's copy with their self-study cycle and ratings.
std::string colleague(const stempush::Registry& registry) {
  stempush::Workspace ws(registry);
  json data = ws.section("self_study");
  const std::string indicator = data["framework"]["domains"][0]["standards"][0]["indicators"][0]["id"];
  data["cycles"] = json::array({{{"id", "c1"}, {"name", "Fall 2026 self-study"}, {"date", "2026-10-01"},
                                 {"participants", json::array({{{"id", "p1"}, {"name", "Ben Ode"}, {"role", "Instructor"},
                                                                {"ratings", {{indicator, {{"state", "rated"}, {"level", 3}}}}}}})},
                                 {"consensus", json::object()}}});
  ws.set_section("self_study", data);
  return ws.save();
}

json section_of(const Harness& h, const std::string& id) { return json::parse(h.workspace_json())["sections"][id]["data"]; }

}  // namespace

TEST_CASE("merge from files: two kiosk tablets and a colleague's ratings, one undo step, twice adds nothing", "[ui][merge]") {
  char folder[] = "/tmp/stempush-merge-ui-XXXXXX";
  REQUIRE(::mkdtemp(folder));
  std::optional<stempush::AppPlatform::ChosenFile> next;  // what the system file dialog answers
  Harness h(nullptr, 1280, 800, false, [&](stempush::AppPlatform& p) {
    p.choose_file = [&](bool, const std::string&) { return next; };
  });
  auto file = [&](const std::string& name, const std::string& bytes) {
    stempush::write_file_atomic(std::string(folder) + "/" + name, bytes);
    return stempush::AppPlatform::ChosenFile{std::string(folder) + "/" + name, name};
  };
  const auto tablet1 = file("tablet-1.json", tablet(h.registry, {{"AB12", 4}, {"CD34", 3}}));
  const auto tablet2 = file("tablet-2.json", tablet(h.registry, {{"AB12", 2}, {"EF56", 1}}));
  const auto ben = file("ben.json", colleague(h.registry));

  h.click_menu("Workspace", "Merge from files…");
  for (auto& f : {tablet1, tablet2, ben}) {
    next = f;
    h.click("Choose files…");
  }
  // AB12 answered on both tablets, differently: keep mine is selected; take theirs instead.
  REQUIRE(h.has("Keep both"));
  h.click("Take theirs");
  REQUIRE(section_of(h, "belonging")["pre"].empty());  // nothing changes before Merge
  h.click("Merge");
  REQUIRE_FALSE(h.has("Merge"));
  REQUIRE(h.app->messages().back() == "Merged 3 files into this workspace.");
  json pre = section_of(h, "belonging")["pre"];
  REQUIRE(pre.size() == 3);
  CHECK(pre[0]["code"] == "AB12");
  CHECK(pre[0]["answers"].begin().value() == 2);  // tablet 2's answer, as chosen
  CHECK(section_of(h, "self_study")["cycles"][0]["participants"][0]["name"] == "Ben Ode");

  // One undo step takes the whole merge back, across plugins; redo brings it again.
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(section_of(h, "belonging")["pre"].empty());
  CHECK(section_of(h, "self_study")["cycles"].empty());
  h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
  CHECK(section_of(h, "belonging")["pre"].size() == 3);
  CHECK(section_of(h, "self_study")["cycles"].size() == 1);

  // The same files again, tablet 1 (whose AB12 was set aside) included: nothing to add and no
  // conflict (the choice is remembered), so Merge stays disabled.
  const std::string before = h.workspace_json();
  h.click_menu("Workspace", "Merge from files…");
  for (auto& f : {tablet1, tablet2, ben}) {
    next = f;
    h.click("Choose files…");
  }
  CHECK_FALSE(h.has("Take theirs"));
  h.click("Merge");  // disabled: does nothing
  CHECK(h.has("Cancel"));
  h.click("Cancel");
  CHECK(h.workspace_json() == before);

  // A file that is not a workspace: said in the dialog, nothing merged.
  const auto notes = file("notes.txt", "code,answer\nAB12,4\n");
  h.click_menu("Workspace", "Merge from files…");
  next = notes;
  h.click("Choose files…");
  h.click("Merge");
  CHECK(h.has("Cancel"));
  h.click("Cancel");
  CHECK(h.workspace_json() == before);
  h.wait(2);
  CHECK(h.saved());
}
