// Framework files: the default one, and each kind of error a hand-edited file can have.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "self_study/model/framework.hpp"
#include "self_study_assets.hpp"
#include "self_study_test_support.hpp"

using Catch::Matchers::ContainsSubstring;
using self_study::FrameworkError;
using self_study::parse_framework;

namespace {

// The tiny framework with one edit applied to its JSON, re-serialised with one field per line
// so that line numbers are predictable.
std::string edited(const std::function<void(nlohmann::json&)>& edit) {
  auto data = nlohmann::json::parse(self_study_test::kTinyFramework);
  edit(data);
  return data.dump(1);
}

FrameworkError error_of(const std::string& text) {
  try {
    parse_framework(text);
  } catch (const FrameworkError& e) {
    return e;
  }
  FAIL("parse_framework accepted a bad file");
  throw std::logic_error("unreachable");
}

// The 1-based line of the first occurrence of `needle` in `text`.
size_t line_of(const std::string& text, const std::string& needle) {
  auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

}  // namespace

TEST_CASE("the default framework covers the six dimensions with a described 4-level scale", "[self_study]") {
  const auto& framework = self_study::default_framework();
  REQUIRE(framework.domains.size() == 6);
  const char* titles[] = {"Program Goals", "Student Recruitment", "Program Design and Implementation",
                          "Student Services", "Assessment and Evidence of Performance", "College Pathways"};
  for (size_t i = 0; i < 6; ++i) {
    CHECK(framework.domains[i].title == titles[i]);
    CHECK(framework.domains[i].standards.size() == 3);
    for (auto& standard : framework.domains[i].standards) {
      CHECK(standard.indicators.size() >= 2);
      CHECK(standard.indicators.size() <= 4);
    }
  }
  REQUIRE(framework.scale.levels.size() == 4);
  for (auto& level : framework.scale.levels) CHECK(level.description.size() > 20);
  CHECK(framework.scale.meets_level == 3);
  CHECK(!framework.version.empty());
  CHECK(self_study::check_framework_text(self_study_assets::asset("framework-default.json")).empty());
}

TEST_CASE("a framework survives to_json and back", "[self_study]") {
  auto framework = parse_framework(self_study_test::kTinyFramework);
  CHECK(framework.indicator_count() == 7);
  auto again = self_study::framework_from_json(self_study::framework_to_json(framework));
  CHECK(again == framework);
  CHECK(again.find_indicator("a4").standard->id == "A2");
  CHECK(again.find_indicator("nope").indicator == nullptr);
}

TEST_CASE("a framework file that is not JSON names the line", "[self_study]") {
  std::string text = "{\n  \"format\": \"stempush-self-study-framework\",\n  \"id\": \"x\"\n  \"version\": \"1\"\n}";
  auto e = error_of(text);
  CHECK(e.problem().line == 4);  // the missing comma is noticed at line 4
  CHECK_THAT(std::string(e.what()), ContainsSubstring("not valid JSON"));
}

TEST_CASE("framework errors name the field path and its line", "[self_study]") {
  SECTION("missing field") {
    auto text = edited([](nlohmann::json& d) { d["domains"][1]["standards"][0].erase("title"); });
    auto e = error_of(text);
    CHECK(e.problem().path == "/domains/1/standards/0/title");
    CHECK(e.problem().message == "is missing");
    // A missing field has no line of its own: the line of the object that lacks it is given.
    CHECK(e.problem().line == line_of(text, "\"id\": \"B1\"") - 1);
  }
  SECTION("wrong type") {
    auto text = edited([](nlohmann::json& d) { d["domains"][0]["standards"][1]["indicators"][0]["text"] = 42; });
    auto e = error_of(text);
    CHECK(e.problem().path == "/domains/0/standards/1/indicators/0/text");
    CHECK(e.problem().message == "must be text");
    CHECK(e.problem().line == line_of(text, "42"));
  }
  SECTION("duplicate indicator id") {
    auto text = edited([](nlohmann::json& d) { d["domains"][1]["standards"][0]["indicators"][1]["id"] = "a2"; });
    auto e = error_of(text);
    CHECK(e.problem().path == "/domains/1/standards/0/indicators/1/id");
    CHECK_THAT(e.problem().message, ContainsSubstring("\"a2\" is used by another indicator"));
    // The second "a2" is the duplicate: its line, not the first one's.
    auto second = text.find("\"a2\"", text.find("\"a2\"") + 1);
    REQUIRE(second != std::string::npos);
    size_t second_line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(second), '\n'));
    CHECK(e.problem().line == second_line);
    CHECK(second_line != line_of(text, "\"a2\""));
  }
  SECTION("scale levels that do not count up from 1") {
    auto text = edited([](nlohmann::json& d) { d["scale"]["levels"][2]["value"] = 5; });
    auto e = error_of(text);
    CHECK(e.problem().path == "/scale/levels/2/value");
    CHECK_THAT(e.problem().message, ContainsSubstring("must be 3"));
    CHECK(e.problem().line == line_of(text, "\"value\": 5"));
  }
  SECTION("a level with no description") {
    auto text = edited([](nlohmann::json& d) { d["scale"]["levels"][0]["description"] = "  "; });
    CHECK(error_of(text).problem().path == "/scale/levels/0/description");
  }
  SECTION("meets_level off the scale") {
    auto text = edited([](nlohmann::json& d) { d["scale"]["meets_level"] = 9; });
    CHECK(error_of(text).problem().path == "/scale/meets_level");
  }
  SECTION("a misspelt key") {
    auto text = edited([](nlohmann::json& d) {
      d["domains"][0]["standards"][0]["indicator"] = d["domains"][0]["standards"][0]["indicators"];
    });
    auto e = error_of(text);
    CHECK(e.problem().path == "/domains/0/standards/0/indicator");
    CHECK_THAT(e.problem().message, ContainsSubstring("not a known field"));
    CHECK(e.problem().line == line_of(text, "\"indicator\""));
  }
  SECTION("a standard with no indicators") {
    auto text = edited([](nlohmann::json& d) { d["domains"][1]["standards"][0]["indicators"] = nlohmann::json::array(); });
    CHECK(error_of(text).problem().path == "/domains/1/standards/0/indicators");
  }
  SECTION("another kind of file") {
    auto text = edited([](nlohmann::json& d) { d["format"] = "stempush-workspace"; });
    CHECK(error_of(text).problem().path == "/format");
  }
  SECTION("a newer file format") {
    auto text = edited([](nlohmann::json& d) { d["format_version"] = 3; });
    auto e = error_of(text);
    CHECK(e.problem().path == "/format_version");
    CHECK_THAT(e.problem().message, ContainsSubstring("reads format_version 1 to 2"));
  }
}

TEST_CASE("check_framework_text lists every problem, each with its line", "[self_study]") {
  auto text = edited([](nlohmann::json& d) {
    d["title"] = 7;                                                    // problem 1
    d["domains"][0]["standards"][1]["indicators"][1]["text"] = false;  // problem 2
    d["domains"][1]["id"] = "A";                                       // problem 3: duplicate domain id
  });
  auto problems = self_study::check_framework_text(text);
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].path == "/title");
  CHECK(problems[0].line == line_of(text, "\"title\": 7"));
  CHECK(problems[1].path == "/domains/0/standards/1/indicators/1/text");
  CHECK(problems[1].line == line_of(text, "false"));
  CHECK(problems[2].path == "/domains/1/id");
  CHECK(problems[2].line > 0);
  CHECK_THAT(problems[2].describe(), ContainsSubstring("line "));
}
