// Undo/redo over the workspace.
#include <catch2/catch_test_macros.hpp>

#include "stempush/history.hpp"
#include "stempush/workspace.hpp"
#include "test_support.hpp"

using stempush::EditHistory;
using stempush::Workspace;

TEST_CASE("edits undo and redo in order", "[history]") {
  Workspace ws(test_support::registry());
  EditHistory history(ws);
  ws.profile().program_name = "A";
  REQUIRE(history.commit("profile", "Program name"));
  ws.profile().region = "Erie";
  REQUIRE(history.commit("profile", "Region"));
  REQUIRE(history.undo_label() == "Region");
  REQUIRE(history.undo() == "profile");
  REQUIRE(ws.profile().region.empty());
  REQUIRE(ws.profile().program_name == "A");
  REQUIRE(history.undo() == "profile");
  REQUIRE(ws.profile().program_name.empty());
  REQUIRE_FALSE(history.can_undo());
  REQUIRE(history.undo().empty());
  REQUIRE(history.redo() == "profile");
  REQUIRE(ws.profile().program_name == "A");
  REQUIRE(history.redo_label() == "Region");
}

TEST_CASE("typing in one field is one undo step; a new edit clears redo", "[history]") {
  Workspace ws(test_support::registry());
  EditHistory history(ws);
  for (const char* text : {"B", "Br", "Bri", "Brid"}) {
    ws.profile().program_name = text;
    history.commit("profile", "Program name", "name-field");
  }
  ws.profile().season = "Fall";
  history.commit("profile", "Season", "season-field");
  history.undo();
  REQUIRE(ws.profile().program_name == "Brid");
  REQUIRE(history.can_redo());
  history.undo();
  REQUIRE(ws.profile().program_name.empty());
  history.redo();
  ws.profile().region = "Erie";
  history.commit("profile", "Region");
  REQUIRE_FALSE(history.can_redo());
}

TEST_CASE("undo works on plugin sections and a no-op commit records nothing", "[history]") {
  Workspace ws(test_support::registry());
  EditHistory history(ws);
  REQUIRE_FALSE(history.commit("sample_notes", "Nothing changed"));
  ws.set_section("sample_notes", {{"notes", {{{"title", "One"}, {"text", ""}}}}});
  REQUIRE(history.commit("sample_notes", "Add a note"));
  const auto rev = history.revision();
  history.undo();
  REQUIRE(history.revision() > rev);
  REQUIRE(ws.section("sample_notes")["notes"].empty());
}

TEST_CASE("the history keeps at most its limit of steps", "[history]") {
  Workspace ws(test_support::registry());
  EditHistory history(ws, 3);
  for (int i = 0; i < 5; ++i) {
    ws.profile().program_name = std::to_string(i);
    history.commit("profile", "edit");
  }
  int undone = 0;
  while (!history.undo().empty()) ++undone;
  REQUIRE(undone == 3);
  REQUIRE(ws.profile().program_name == "1");
}

TEST_CASE("an action that changes several sections is one undo step", "[history][merge]") {
  Workspace ws(test_support::registry());
  EditHistory history(ws);
  ws.profile().program_name = "Before";
  REQUIRE(history.commit("profile", "Program name"));
  ws.profile().program_name = "Merged";
  nlohmann::json visits = ws.section("sample_visits");
  visits["date"] = "2026-11-02";
  ws.set_section("sample_visits", visits);
  REQUIRE(history.commit_all({"profile", "sample_visits"}, "Merge from files"));
  REQUIRE(history.undo_label() == "Merge from files");
  history.undo();
  CHECK(ws.profile().program_name == "Before");
  CHECK(ws.section("sample_visits")["date"] == "2026-10-01");
  REQUIRE(history.undo_label() == "Program name");  // the earlier step is still there, alone
  history.redo();
  CHECK(ws.profile().program_name == "Merged");
  CHECK(ws.section("sample_visits")["date"] == "2026-11-02");
  CHECK_FALSE(history.can_redo());
  CHECK_FALSE(history.commit_all({"profile", "sample_visits"}, "Merge from files"));  // nothing changed
}
