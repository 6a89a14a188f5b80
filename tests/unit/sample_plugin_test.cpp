// The sample plugin in tests/sample_plugin is built exactly as docs/PLUGINS.md tells a developer
// (one folder, one stempush_add_plugin() line). It must appear in the registry, save and load its
// section, migrate its old schema and add its command to the command line.
#include <catch2/catch_test_macros.hpp>

#include <sstream>

#include "core_commands.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"
#include "test_support.hpp"

TEST_CASE("a plugin written as the guide says is registered, saves and loads", "[plugins]") {
  stempush::Registry registry;
  stempush::register_test_plugin_models(registry);
  const auto* entry = registry.find("sample_notes");
  REQUIRE(entry != nullptr);
  REQUIRE(entry->make_model()->info().title_key == "sample_notes.title");
  REQUIRE(entry->catalog_en.find("Keep short notes") != std::string_view::npos);
  REQUIRE(entry->catalog_es.find("notas") != std::string_view::npos);

  stempush::Workspace ws(registry);
  ws.set_section("sample_notes", {{"notes", {{{"title", "Family night"}, {"text", "Bring flyers"}}}}});
  stempush::Workspace reloaded(registry);
  reloaded.load(ws.save());
  REQUIRE(reloaded.section("sample_notes")["notes"][0]["text"] == "Bring flyers");

  // Its commands live in cli/ (not in the model, so the browser's build leaves them out) and
  // reach the registry only through the generated register_test_plugin_commands().
  REQUIRE(entry->add_commands == nullptr);
  stempush::register_test_plugin_commands(registry);
  REQUIRE(registry.find("sample_notes")->add_commands != nullptr);
  REQUIRE(registry.find("sample_visits")->add_commands == nullptr);  // a plugin without cli/
  REQUIRE_THROWS_AS(registry.add_commands("no_such_plugin", registry.find("sample_notes")->add_commands), std::logic_error);
  stempush::cli::CommandTable table;
  stempush::cli::build_command_table(table, registry);
  size_t consumed = 0;
  const auto* command = table.find({"sample-notes", "count", "x"}, &consumed);
  REQUIRE(command != nullptr);
  REQUIRE(consumed == 2);
  const std::string path = test_support::temp_folder("sample") + "/ws.json";
  stempush::write_file_atomic(path, reloaded.save());
  std::ostringstream out, err;
  stempush::cli::Io io{out, err};
  REQUIRE(command->run({path}, io) == 0);
  REQUIRE(out.str() == "1\n");
}

TEST_CASE("the real plugins are registered in the app's order and never twice", "[plugins]") {
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  REQUIRE(registry.entries().size() >= 2);
  REQUIRE(registry.find("sample_notes") == nullptr);  // test-only plugins stay out of the app
  REQUIRE_THROWS_AS(registry.add_model("self_study", registry.entries()[0].make_model, "", ""), std::logic_error);
  REQUIRE_THROWS_AS(registry.add_model("Not Snake", registry.entries()[0].make_model, "", ""), std::logic_error);
}

TEST_CASE("a model whose info().id differs from its stempush_add_plugin() id is refused with a clear message",
          "[plugins]") {
  stempush::Registry installed;
  stempush::register_test_plugin_models(installed);
  const auto make_notes = installed.find("sample_notes")->make_model;  // its model says "sample_notes"
  stempush::Registry registry;
  try {
    registry.add_model("notes_renamed", make_notes, "", "");
    FAIL("a mismatched id was accepted");
  } catch (const std::logic_error& e) {
    const std::string message = e.what();
    REQUIRE(message.find("stempush_add_plugin(notes_renamed)") != std::string::npos);
    REQUIRE(message.find("\"sample_notes\"") != std::string::npos);
  }
  REQUIRE(registry.entries().empty());  // nothing half-registered
  // Every plugin built by CMake takes its id from the same line, so the real ones all agree.
  stempush::Registry real;
  stempush::register_plugin_models(real);
  for (auto& entry : real.entries()) REQUIRE(entry.make_model()->info().id == entry.id);
}
