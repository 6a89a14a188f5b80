// The core JSON field reader: every error is a SectionError whose path is the JSON pointer of the
// bad field, and whose message says what was expected.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <functional>

#include "stempush/json_reader.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"
#include "test_support.hpp"

using namespace stempush::json_reader;
using Catch::Matchers::ContainsSubstring;

namespace {
// The path and the full message of the error `read` throws ("" if it throws none).
std::pair<std::string, std::string> error_of(const std::function<void()>& read) {
  try {
    read();
  } catch (const stempush::SectionError& e) {
    return {e.path(), e.what()};
  }
  return {"", ""};
}
}  // namespace

TEST_CASE("json reader: each failure names the pointer of the bad field", "[json]") {
  const json doc = json::parse(R"({"cycles": [{"name": 3, "size": 12, "on": "yes", "tags": ["a", 1],
                                   "a/b": {}, "blank": "  "}]})");
  const json& cycle = doc["cycles"][0];
  const std::string path = child_path("/cycles", 0);
  CHECK(error_of([&] { require_text(cycle, "name", path); }) ==
        std::pair<std::string, std::string>{"/cycles/0/name", "/cycles/0/name: must be text"});
  CHECK(error_of([&] { require_text(cycle, "missing", path); }).second == "/cycles/0/missing: is missing");
  CHECK(error_of([&] { require_text(cycle, "blank", path); }).second == "/cycles/0/blank: must not be empty");
  CHECK(require_string(json{{"x", ""}}, "x", "") == "");
  CHECK(error_of([&] { require_int(cycle, "size", path, 1, 10); }).second == "/cycles/0/size: must be between 1 and 10");
  CHECK(require_int(cycle, "size", path) == 12);
  CHECK(error_of([&] { require_bool(cycle, "on", path); }).second == "/cycles/0/on: must be true or false");
  CHECK(error_of([&] { require_text_list(cycle, "tags", path); }).first == "/cycles/0/tags/1");
  CHECK(error_of([&] { require_array(cycle, "name", path); }).second == "/cycles/0/name: must be a list ([...])");
  CHECK(error_of([&] { require_object(doc["cycles"], "/cycles"); }).first == "/cycles");
  CHECK(error_of([&] { require_text(json::array(), "name", "/x"); }).first == "/x");  // not an object
  // Keys with "/" and "~" are escaped as RFC 6901 says.
  CHECK(child_path("/cycles/0", "a/b~c") == "/cycles/0/a~1b~0c");
  CHECK(error_of([&] { reject_unknown_keys(cycle, {"name"}, path); }).second.find("is not a known field") != std::string::npos);
  CHECK(optional_text(cycle, "absent", path).empty());
  CHECK(optional_bool(cycle, "absent", path, true));
}

TEST_CASE("json reader: a pointer maps back to the line of the text", "[json]") {
  const std::string text = "{\n  \"cycles\": [\n    {\"name\": 3},\n    {\n      \"name\": \"b\"\n    }\n  ]\n}";
  CHECK(line_of_path(text, "/cycles/0") == 3);
  CHECK(line_of_path(text, "/cycles/1/name") == 5);
  CHECK(line_of_path("\xEF\xBB\xBF" + text, "/cycles/1/name") == 5);
  CHECK(line_of_path(text, "/nothing") == 0);
}

TEST_CASE("the sample plugin reads its section through the core reader", "[json][plugins]") {
  stempush::Registry registry;
  stempush::register_test_plugin_models(registry);
  stempush::Workspace ws(registry);
  try {
    ws.set_section("sample_notes", {{"notes", {{{"title", 7}}}}});
    FAIL("a number as a title was accepted");
  } catch (const stempush::SectionError& e) {
    CHECK(e.path() == "/notes/0/title");
    CHECK_THAT(std::string(e.what()), ContainsSubstring("must be text"));
  }
  CHECK(ws.section("sample_notes")["notes"].empty());  // unchanged
}

TEST_CASE("json reader: an optional list is empty when absent or null, and refused when not a list", "[json]") {
  const json doc = json::parse(R"({"steps": [1, 2], "none": null, "bad": {"x": 1}})");
  CHECK(optional_array(doc, "steps", "/plan").size() == 2);
  CHECK(optional_array(doc, "missing", "/plan").empty());
  CHECK(optional_array(doc, "none", "/plan").empty());
  CHECK(error_of([&] { optional_array(doc, "bad", "/plan"); }).first == "/plan/bad");
  CHECK(error_of([&] { optional_array(json::array(), "steps", "/plan"); }).first == "/plan");
}
