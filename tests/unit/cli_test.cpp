// stempush-cli as a user runs it: exit codes and messages.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include "stempush/storage.hpp"
#include "test_support.hpp"

using Catch::Matchers::ContainsSubstring;
using test_support::run_cli;

TEST_CASE("stempush-cli --help lists every command", "[cli]") {
  auto r = run_cli("--help");
  REQUIRE(r.exit_code == 0);
  for (const char* c : {"validate FILE", "export-section FILE PLUGIN_ID", "migrate IN OUT", "self-study", "belonging"})
    REQUIRE_THAT(r.output, ContainsSubstring(c));
  REQUIRE(run_cli("").exit_code == 2);
  auto unknown = run_cli("frobnicate");
  REQUIRE(unknown.exit_code == 2);
  REQUIRE_THAT(unknown.output, ContainsSubstring("unknown command"));
}

TEST_CASE("validate accepts a good workspace and rejects bad ones with a reason", "[cli]") {
  const std::string dir = test_support::temp_folder("cli");
  auto good = run_cli("validate " + test_support::fixture("workspace-v1-profile.json"));
  REQUIRE(good.exit_code == 0);
  REQUIRE_THAT(good.output, ContainsSubstring("OK"));

  stempush::write_file_atomic(dir + "/bad.json", "{\"format\": \"stempush-workspace\", ");
  auto bad = run_cli("validate " + dir + "/bad.json");
  REQUIRE(bad.exit_code == 1);
  REQUIRE_THAT(bad.output, ContainsSubstring("not valid JSON"));

  auto missing = run_cli("validate " + dir + "/missing.json");
  REQUIRE(missing.exit_code == 1);
  REQUIRE_THAT(missing.output, ContainsSubstring("no such file"));
  REQUIRE(run_cli("validate").exit_code == 2);
}

TEST_CASE("migrate rewrites an old workspace in the current format; export-section prints one section", "[cli]") {
  const std::string dir = test_support::temp_folder("cli");
  auto r = run_cli("migrate " + test_support::fixture("workspace-v1-profile.json") + " " + dir + "/new.json");
  REQUIRE(r.exit_code == 0);
  auto bytes = stempush::read_file(dir + "/new.json");
  REQUIRE(bytes);
  auto doc = nlohmann::json::parse(*bytes);
  REQUIRE(doc["profile"]["schema"] == 2);
  REQUIRE(doc["profile"]["data"]["staff"][0]["role"] == "Director");

  auto section = run_cli("export-section " + dir + "/new.json profile");
  REQUIRE(section.exit_code == 0);
  REQUIRE(nlohmann::json::parse(section.output)["host_organization"] == "Three Rivers Community College");
  auto none = run_cli("export-section " + dir + "/new.json no_such_plugin");
  REQUIRE(none.exit_code == 1);
  REQUIRE_THAT(none.output, ContainsSubstring("no section"));
}

// The release version has one source: the VERSION file at the top of the repository.
TEST_CASE("stempush-cli --version and a saved workspace's app_version come from the VERSION file", "[cli][version]") {
  auto file = stempush::read_file(std::string(STEMPUSH_SOURCE_DIR) + "/VERSION");
  REQUIRE(file);
  const std::string version = file->substr(0, file->find('\n'));
  REQUIRE(!version.empty());

  auto r = run_cli("--version");
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.output == "stempush-cli " + version + "\n");

  const std::string dir = test_support::temp_folder("cli");
  REQUIRE(run_cli("migrate " + test_support::fixture("workspace-v1-profile.json") + " " + dir + "/new.json").exit_code == 0);
  auto migrated = nlohmann::json::parse(*stempush::read_file(dir + "/new.json"));
  REQUIRE(migrated["app_version"] == version);  // the fixture says 0.0.9: rewritten by this build
}
