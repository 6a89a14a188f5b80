// The improvement page driven as a program lead would: write the aim, add a measure, undo.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"

using nlohmann::json;
using stempush::testing::Harness;

namespace {
json section(const Harness& h) { return json::parse(h.workspace_json())["sections"]["improvement"]["data"]; }
}  // namespace

TEST_CASE("improvement: write the aim and add a measure, with undo", "[ui][improvement]") {
  Harness h;
  h.click("Improvement", "Sidebar");
  INFO(h.dump_labels());
  REQUIRE(h.has("What"));
  REQUIRE(section(h)["measures"].empty());
  h.fill("What", "apply to a STEM major");
  h.fill("How much", "70%");
  h.fill("For whom", "our seniors");
  h.fill("By when (YYYY-MM-DD)", "June");  // not a date: shown, not stored
  REQUIRE(h.has("“June” is not a date: use YYYY-MM-DD."));
  CHECK(section(h)["aim"]["by_when"] == "");
  h.fill("By when (YYYY-MM-DD)", "2027-06-01");
  json aim = section(h)["aim"];
  CHECK(aim["what"] == "apply to a STEM major");
  CHECK(aim["how_much"] == "70%");
  CHECK(aim["for_whom"] == "our seniors");
  CHECK(aim["by_when"] == "2027-06-01");

  CHECK_FALSE(h.has("Seniors who applied"));
  h.fill("New measure name", "Seniors who applied");
  h.click("Add measure");
  REQUIRE(section(h)["measures"].size() == 1);
  CHECK(section(h)["measures"][0]["name"] == "Seniors who applied");
  CHECK(h.has("Seniors who applied"));
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(section(h)["measures"].empty());
  CHECK(section(h)["aim"]["by_when"] == "2027-06-01");
}
