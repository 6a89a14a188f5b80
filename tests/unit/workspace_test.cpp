// The workspace document: round trip, migrations, and refusal of bad files without change.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"
#include "test_support.hpp"

using Catch::Matchers::ContainsSubstring;
using nlohmann::json;
using stempush::Workspace;
using stempush::WorkspaceError;

namespace {
void fill(Workspace& ws) {
  ws.profile().program_name = "Academia de Ingeniería — Verano";
  ws.profile().region = "Pittsburgh, PA";
  ws.profile().staff = {{"Ana Núñez", "Director"}, {"Jordan Lee", "Mentor"}};
  ws.set_section("sample_notes", {{"notes", {{{"title", "Kick-off"}, {"text", "¿Qué aprendimos?"}}}}});
}
}  // namespace

TEST_CASE("a workspace saves and loads back the same", "[workspace]") {
  Workspace original(test_support::registry());
  fill(original);
  std::string bytes = original.save();
  Workspace loaded(test_support::registry());
  loaded.load(bytes);
  REQUIRE(loaded.profile() == original.profile());
  REQUIRE(loaded.section("sample_notes") == original.section("sample_notes"));
  REQUIRE(loaded.to_json() == original.to_json());
  json doc = json::parse(bytes);
  REQUIRE(doc["format"] == "stempush-workspace");
  REQUIRE(doc["profile"]["schema"] == stempush::ProgramProfile::kSchemaVersion);
  for (auto* p : loaded.plugins()) REQUIRE(doc["sections"][p->info().id]["schema"] == p->schema_version());
}

TEST_CASE("an older workspace is migrated, and sections of missing plugins are kept", "[workspace]") {
  auto bytes = stempush::read_file(test_support::fixture("workspace-v1-profile.json"));
  REQUIRE(bytes);
  Workspace ws(test_support::registry());
  auto notes = ws.load(*bytes);
  REQUIRE_FALSE(notes.empty());
  REQUIRE(ws.profile().host_organization == "Three Rivers Community College");
  REQUIRE(ws.profile().staff.size() == 2);
  REQUIRE(ws.profile().staff[0] == stempush::StaffMember{"Ana Núñez", "Director"});
  REQUIRE(ws.profile().staff[1] == stempush::StaffMember{"Jordan Lee", ""});
  json saved = json::parse(ws.save());
  REQUIRE(saved["sections"]["a_plugin_not_installed_here"] ==
          json::parse(R"({"schema": 3, "data": {"keep": ["me", 1, true]}})"));
}

TEST_CASE("a plugin section written at an older schema is migrated by its plugin", "[workspace]") {
  Workspace ws(test_support::registry());
  ws.load(R"({"format":"stempush-workspace","format_version":1,
              "sections":{"sample_notes":{"schema":1,"data":{"notes":["Recruitment fair","Parent night"]}}}})");
  REQUIRE(ws.section("sample_notes")["notes"][1]["title"] == "Parent night");
}

TEST_CASE("bad files are refused with a clear message and change nothing", "[workspace]") {
  Workspace ws(test_support::registry());
  fill(ws);
  const json before = ws.to_json();
  struct Case {
    const char* what;
    std::string bytes;
    const char* message;
  };
  std::string deep(200, '[');
  const Case cases[] = {
      {"empty file", "", "empty"},
      {"not JSON", "name,score\nAna,3\n", "not valid JSON (line 1"},
      {"broken JSON on line 3", "{\n \"format\": \"stempush-workspace\",\n \"format_version\": ,\n}", "line 3"},
      {"JSON of another kind", R"({"hello":"world"})", "not a STEM PUSH workspace"},
      {"a JSON list", "[1,2,3]", "not a STEM PUSH workspace"},
      {"a newer format", R"({"format":"stempush-workspace","format_version":7})", "newer version"},
      {"a newer profile schema", R"({"format":"stempush-workspace","format_version":1,"profile":{"schema":99,"data":{}}})", "newer version"},
      {"a newer plugin schema", R"({"format":"stempush-workspace","format_version":1,"sections":{"sample_notes":{"schema":99,"data":{}}}})", "newer version"},
      {"a bad field in a section", R"({"format":"stempush-workspace","format_version":1,"sections":{"sample_notes":{"schema":2,"data":{"notes":[{"title":5}]}}}})", "/sections/sample_notes/data/notes/0/title"},
      {"a bad profile field", R"({"format":"stempush-workspace","format_version":1,"profile":{"schema":2,"data":{"staff":"everyone"}}})", "/profile/data/staff"},
      {"nesting too deep", deep, "nested"},
      // The path and the message are two parts of one sentence, never glued ("/datamust be").
      {"a section that is not an object", R"({"format":"stempush-workspace","format_version":1,"sections":{"sample_notes":{"schema":2,"data":[]}}})",
       "has a problem at /sections/sample_notes/data: must be an object"},
      {"a profile that is not an object", R"({"format":"stempush-workspace","format_version":1,"profile":{"schema":2,"data":7}})",
       "has a problem at /profile/data: profile must be an object"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    try {
      ws.load(c.bytes);
      FAIL("accepted " << c.what);
    } catch (const WorkspaceError& e) {
      REQUIRE_THAT(e.what(), ContainsSubstring(c.message));
    }
    REQUIRE(ws.to_json() == before);
  }
}

TEST_CASE("a section that fails late leaves earlier sections untouched", "[workspace]") {
  Workspace ws(test_support::registry());
  fill(ws);
  const json before = ws.to_json();
  // The profile is valid and comes first; the sample section is bad. Nothing may change.
  REQUIRE_THROWS_AS(ws.load(R"({"format":"stempush-workspace","format_version":1,
      "profile":{"schema":2,"data":{"program_name":"Replaced"}},
      "sections":{"sample_notes":{"schema":2,"data":{"notes":"oops"}}}})"),
                    WorkspaceError);
  REQUIRE(ws.to_json() == before);
}

TEST_CASE("check() gathers each plugin's problems", "[workspace]") {
  Workspace ws(test_support::registry());
  ws.set_section("sample_notes", {{"notes", {{{"title", ""}, {"text", "x"}}}}});
  auto problems = ws.check();
  REQUIRE(std::find(problems.begin(), problems.end(), "sample_notes: note 1 has no title") != problems.end());
}

TEST_CASE("the profile's staff not yet listed are offered once each, in profile order", "[workspace][profile]") {
  stempush::ProgramProfile profile;
  profile.staff = {{"Ana Núñez", "Director"}, {"Bo Li", "Instructor"}, {"  ", "Unnamed"}, {"bo li ", "Twice"},
                   {"Cy Ortiz", ""}};
  auto names = [](const std::vector<stempush::StaffMember>& staff) {
    std::vector<std::string> out;
    for (auto& m : staff) out.push_back(m.name);
    return out;
  };
  CHECK(names(stempush::staff_not_listed(profile, {})) == std::vector<std::string>{"Ana Núñez", "Bo Li", "Cy Ortiz"});
  // Already listed: compared without ASCII case or surrounding spaces.
  CHECK(names(stempush::staff_not_listed(profile, {" BO LI", "Ana Núñez"})) == std::vector<std::string>{"Cy Ortiz"});
  CHECK(stempush::staff_not_listed(profile, {"Ana Núñez", "Bo Li", "Cy Ortiz"}).empty());
  CHECK(stempush::staff_not_listed(profile, {"Ana Núñez"})[0].role == "Instructor");
  CHECK(stempush::staff_not_listed(stempush::ProgramProfile{}, {}).empty());
}
