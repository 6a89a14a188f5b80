// Staff named once in the program profile are offered wherever a page asks for people: the
// self-study's raters (when starting a cycle and on the cycle page) and a belonging session's
// facilitators. Picking adds the person (with their role) as one undo step; someone already listed
// is not offered again.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "stempush/storage.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {

// A saved workspace whose profile names three staff.
std::shared_ptr<stempush::MemoryStorage> workspace_with_staff() {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  json doc;
  {
    Harness fresh;
    doc = json::parse(fresh.workspace_json());
  }
  doc["profile"]["data"]["staff"] = json::array({{{"name", "Ana Núñez"}, {"role", "Director"}},
                                                 {{"name", "Bo Li"}, {"role", "Instructor"}},
                                                 {{"name", "Cy Ortiz"}, {"role", ""}}});
  storage->files["workspace.json"] = doc.dump();
  return storage;
}

json section(const Harness& h, const std::string& id) {
  return json::parse(h.workspace_json())["sections"][id]["data"];
}

}  // namespace

TEST_CASE("staff from the profile are offered as self-study raters", "[ui][profile]") {
  Harness h(workspace_with_staff());
  h.click("Self-study", "Sidebar");
  REQUIRE(h.has("Start the cycle"));
  h.fill("Cycle name", "Fall 2026 self-study");
  h.fill("Date (YYYY-MM-DD)", "2026-10-15");
  h.click("Add Ana Núñez");
  h.click("Add Bo Li");
  CHECK_FALSE(h.has("Add Ana Núñez"));  // listed now: not offered twice
  REQUIRE(h.has("Add Cy Ortiz"));
  h.click("Start the cycle");
  json people = section(h, "self_study")["cycles"][0]["participants"];
  REQUIRE(people.size() == 2);
  CHECK(people[0]["name"] == "Ana Núñez");
  CHECK(people[0]["role"] == "Director");
  CHECK(people[1]["name"] == "Bo Li");
  CHECK(people[1]["role"] == "Instructor");

  // On the cycle page the one left is offered; picking is one undo step.
  h.click("Cycle and team");
  h.click("Add Cy Ortiz");
  people = section(h, "self_study")["cycles"][0]["participants"];
  REQUIRE(people.size() == 3);
  CHECK(people[2]["name"] == "Cy Ortiz");
  CHECK_FALSE(h.has("Add Cy Ortiz"));
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(section(h, "self_study")["cycles"][0]["participants"].size() == 2);
  CHECK(h.has("Add Cy Ortiz"));
}

TEST_CASE("staff from the profile are offered as session facilitators", "[ui][profile]") {
  Harness h(workspace_with_staff());
  h.click("Ecological belonging", "Sidebar");
  REQUIRE(h.has("Plan the session"));
  h.click("Add a facilitator");       // an empty row...
  h.click("Add Bo Li");               // ...is filled first
  h.click("Add Ana Núñez");
  CHECK(section(h, "belonging")["plan"]["facilitators"] == json::array({"Bo Li", "Ana Núñez"}));
  CHECK_FALSE(h.has("Add Bo Li"));
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(section(h, "belonging")["plan"]["facilitators"] == json::array({"Bo Li"}));
}

TEST_CASE("with no staff in the profile the pages say where to add them", "[ui][profile]") {
  Harness h;
  h.click("Self-study", "Sidebar");
  CHECK(h.has("Tip: name your staff in the program profile, and they are offered here."));
  CHECK_FALSE(h.has("Add Ana Núñez"));
}
