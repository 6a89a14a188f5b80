// Every installed plugin brings a short guide for the Help page, in English and in Spanish, and
// the core reads it without knowing any plugin.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <set>

#include "stempush/guide.hpp"
#include "stempush/i18n.hpp"
#include "test_support.hpp"

namespace i18n = stempush::i18n;
using Catch::Matchers::ContainsSubstring;

namespace {

void load_all() {
  i18n::reset();
  i18n::load_core_catalogs();
  test_support::registry().load_catalogs();
}

}  // namespace

TEST_CASE("every installed plugin has a complete guide in English and in Spanish", "[i18n][guide]") {
  load_all();
  // The installed plugins only (the tests' sample plugins are not shipped).
  stempush::Registry installed;
  stempush::register_plugin_models(installed);
  REQUIRE(installed.entries().size() >= 6);
  for (auto& entry : installed.entries()) {
    auto model = entry.make_model();
    const stempush::PluginInfo& info = model->info();
    INFO("plugin " << info.id);
    CHECK(info.guide_key == info.id + ".guide");
    for (auto lang : {i18n::Language::English, i18n::Language::Spanish}) {
      std::string problems;
      for (auto& p : stempush::guide_problems(info, lang)) problems += p + "\n";
      INFO(problems);
      CHECK(problems.empty());
    }
    auto en = stempush::plugin_guide(info, i18n::Language::English);
    auto es = stempush::plugin_guide(info, i18n::Language::Spanish);
    REQUIRE(en);
    REQUIRE(es);
    // A translation, step for step, and not a copy of the English.
    CHECK(en->steps.size() == es->steps.size());
    CHECK(en->what != es->what);
    CHECK(en->data != es->data);
    for (size_t i = 0; i < en->steps.size() && i < es->steps.size(); ++i) CHECK(en->steps[i] != es->steps[i]);
  }
}

TEST_CASE("a guide missing in one language, or with too few steps, is reported", "[i18n][guide]") {
  i18n::reset();
  i18n::add_catalog(i18n::Language::English, R"({"demo.guide.what": "What it is for.",
    "demo.guide.steps": "One.\n  Two.  \n\nThree.\nFour.", "demo.guide.data": "Stays here.",
    "short.guide.what": "W", "short.guide.steps": "Only one step.", "short.guide.data": "D"})");
  i18n::add_catalog(i18n::Language::Spanish, R"({"demo.guide.what": "Para qué sirve.",
    "demo.guide.data": "Queda aquí."})");
  const stempush::PluginInfo demo{"demo", "demo.title", "demo.purpose", "", "demo.guide"};
  auto en = stempush::plugin_guide(demo, i18n::Language::English);
  REQUIRE(en);
  CHECK(en->what == "What it is for.");
  CHECK(en->steps == std::vector<std::string>{"One.", "Two.", "Three.", "Four."});  // trimmed, blank lines dropped
  CHECK(en->data == "Stays here.");
  CHECK(stempush::guide_problems(demo, i18n::Language::English).empty());
  // No Spanish steps: no Spanish guide (no silent English), and the check names the key.
  CHECK_FALSE(stempush::plugin_guide(demo, i18n::Language::Spanish));
  auto problems = stempush::guide_problems(demo, i18n::Language::Spanish);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], ContainsSubstring("\"demo.guide.steps\" in the es catalog"));
  // Looking a missing key up (which remembers it as its own English text) does not make it exist.
  (void)i18n::tr_in(i18n::Language::Spanish, "nothing.guide.what");
  CHECK_FALSE(i18n::has(i18n::Language::English, "nothing.guide.what"));

  const stempush::PluginInfo too_short{"short", "short.title", "short.purpose", "", "short.guide"};
  problems = stempush::guide_problems(too_short, i18n::Language::English);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], ContainsSubstring("has 1 steps (4 to 8 expected)"));
  const stempush::PluginInfo none{"none", "none.title", "none.purpose", "", ""};
  CHECK_FALSE(stempush::plugin_guide(none, i18n::Language::English));
  CHECK_THAT(stempush::guide_problems(none, i18n::Language::English).at(0), ContainsSubstring("names no guide"));
  i18n::reset();
}
