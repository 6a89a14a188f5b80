// stempush-cli as a user runs it: exit codes and messages.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "sample_notes/model/notes_model.hpp"
#include "stempush/cli.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"
#include "test_support.hpp"

using Catch::Matchers::ContainsSubstring;
using test_support::run_cli;

TEST_CASE("stempush-cli --help lists every command", "[cli]") {
  auto r = run_cli("--help");
  REQUIRE(r.exit_code == 0);
  for (const char* c : {"validate FILE", "export-section FILE PLUGIN_ID", "migrate IN OUT", "self-study", "belonging"})
    REQUIRE_THAT(r.output, ContainsSubstring(c));
  // It reads on an 80-column terminal: no line is padded out to the longest usage.
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(line.find("          ") == std::string::npos);
  }
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

TEST_CASE("open_plugin_model loads a workspace and hands back the plugin's typed model", "[cli]") {
  stempush::Workspace ws(test_support::registry());
  ws.set_section("sample_notes", {{"notes", {{{"title", "Flyers"}, {"text", "200 copies"}}}}});
  const std::string folder = test_support::temp_folder("open-model");
  const std::string path = folder + "/ws.json";
  stempush::write_file_atomic(path, ws.save());
  std::ostringstream out, err;
  stempush::cli::Io io{out, err, &test_support::registry()};

  auto opened = stempush::cli::open_plugin_model<sample_notes::NotesModel>(path, "sample_notes", io);
  REQUIRE(opened);
  REQUIRE(opened.model->notes.size() == 1);
  REQUIRE(opened.model->notes[0].text == "200 copies");
  REQUIRE(opened.model == opened.workspace->plugin("sample_notes"));
  REQUIRE(err.str().empty());

  SECTION("a plugin that is not installed is said, not a crash") {
    stempush::Registry without;
    stempush::register_plugin_models(without);
    stempush::cli::Io other{out, err, &without};
    auto missing = stempush::cli::open_plugin_model<sample_notes::NotesModel>(path, "sample_notes", other);
    REQUIRE_FALSE(missing);
    REQUIRE(err.str() == "error: the \"sample_notes\" plugin is not installed in this program\n");
  }
  SECTION("a file that does not load is said") {
    stempush::write_file_atomic(folder + "/bad.json", "{");
    auto bad = stempush::cli::open_plugin_model<sample_notes::NotesModel>(folder + "/bad.json", "sample_notes", io);
    REQUIRE_FALSE(bad);
    REQUIRE(err.str().find("not valid JSON") != std::string::npos);
  }
}

TEST_CASE("write_output writes a command's file atomically, or prints it with \"-\", and says what happened", "[cli]") {
  const std::string folder = test_support::temp_folder("write-output");
  std::ostringstream out, err;
  stempush::cli::Io io{out, err, &test_support::registry()};

  REQUIRE(stempush::cli::write_output(folder + "/a.csv", "old\n", io) == stempush::cli::kOk);
  REQUIRE(stempush::cli::write_output(folder + "/a.csv", "x,y\n1,2\n", io) == stempush::cli::kOk);
  REQUIRE(*stempush::read_file(folder + "/a.csv") == "x,y\n1,2\n");
  REQUIRE(out.str() == "wrote " + folder + "/a.csv\nwrote " + folder + "/a.csv\n");
  REQUIRE(err.str().empty());

  out.str("");
  REQUIRE(stempush::cli::write_output("-", "on stdout\n", io) == stempush::cli::kOk);
  REQUIRE(out.str() == "on stdout\n");

  // A folder that does not exist: exit 1, the reason on stderr, nothing written or claimed.
  out.str("");
  REQUIRE(stempush::cli::write_output(folder + "/no/such/dir/b.csv", "z", io) == stempush::cli::kProblems);
  REQUIRE(out.str().empty());
  REQUIRE_THAT(err.str(), ContainsSubstring("error: "));
  REQUIRE_FALSE(stempush::read_file(folder + "/no/such/dir/b.csv"));
}
