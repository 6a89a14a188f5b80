// The framework in Spanish: translations beside the English in the file (format 2), the fallback
// to English field by field with its (EN) tag, check-framework's notes, the default file complete
// in Spanish, and old files (format 1, schema 1 workspaces) still loading.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "self_study/model/framework.hpp"
#include "self_study/model/self_study_model.hpp"
#include "self_study_assets.hpp"
#include "self_study_test_support.hpp"
#include "stempush/i18n.hpp"
#include "stempush/workspace.hpp"

using Catch::Matchers::ContainsSubstring;
using nlohmann::json;
using self_study::Framework;
using self_study::parse_framework;
namespace i18n = stempush::i18n;

namespace {

// The tiny framework as format 2 with Spanish for some fields only: the framework's title, level
// 1's label (not its description), domain A's title (not B's), indicator a1 (not a2).
json partly_spanish() {
  json data = json::parse(self_study_test::kTinyFramework);
  data["format_version"] = 2;
  data["i18n"] = {{"es", {{"title", "Marco pequeño"}}}};
  data["scale"]["levels"][0]["i18n"] = {{"es", {{"label", "Todavía no"}}}};
  data["domains"][0]["i18n"] = {{"es", {{"title", "Dimensión A"}}}};
  data["domains"][0]["standards"][0]["indicators"][0]["i18n"] = {{"es", {{"text", "Indicador a1"}}}};
  return data;
}

std::string error_of(const json& data) {
  try {
    parse_framework(data.dump(1));
  } catch (const self_study::FrameworkError& e) {
    return e.what();
  }
  FAIL("the file was accepted");
  return {};
}

// A fresh set of catalogs in `lang`, as the app has them.
struct Catalogs {
  explicit Catalogs(i18n::Language lang) {
    i18n::reset();
    i18n::load_core_catalogs();
    i18n::add_catalog(i18n::Language::English, self_study_assets::asset("i18n/en.json"));
    i18n::add_catalog(i18n::Language::Spanish, self_study_assets::asset("i18n/es.json"));
    i18n::set_language(lang);
  }
  ~Catalogs() { i18n::set_language(i18n::Language::English); }
};

}  // namespace

TEST_CASE("localized: each field in Spanish where the file has it, in English and flagged where not", "[self_study]") {
  const Framework fw = parse_framework(partly_spanish().dump(1));
  const Framework es = self_study::localized(fw, "es");
  CHECK(es.title == "Marco pequeño");
  CHECK_FALSE(es.texts.shows_english("title"));
  CHECK(es.scale.levels[0].label == "Todavía no");
  CHECK_FALSE(es.scale.levels[0].texts.shows_english("label"));
  CHECK(es.scale.levels[0].description == "Not happening.");  // same element, other field: English
  CHECK(es.scale.levels[0].texts.shows_english("description"));
  CHECK(es.scale.levels[1].label == "Beginning");
  CHECK(es.scale.levels[1].texts.shows_english("label"));
  CHECK(es.domains[0].title == "Dimensión A");
  CHECK(es.domains[1].title == "Domain B");
  CHECK(es.domains[1].texts.shows_english("title"));
  CHECK(es.domains[0].standards[0].indicators[0].text == "Indicador a1");
  CHECK_FALSE(es.domains[0].standards[0].indicators[0].texts.shows_english("text"));
  CHECK(es.domains[0].standards[0].indicators[1].text == "Indicator a2");
  CHECK(es.domains[0].standards[0].indicators[1].texts.shows_english("text"));
  // A field with no text in any language (domain A has no description) is not "shown in English".
  CHECK_FALSE(es.domains[0].texts.shows_english("description"));
  // Ids and structure never change: ratings keep pointing at the same indicators.
  CHECK(es.indicator_count() == fw.indicator_count());
  CHECK(es.find_indicator("a1").standard->id == "A1");
  // The fields that fell back, counted for the framework section's sentence: 7 of the 8 level
  // texts, domain B's title, the 3 standards' titles and 6 of the 7 indicators.
  CHECK(self_study::english_shown_count(es) == 7 + 1 + 3 + 6);
  // English is the file's own text: nothing falls back, nothing is tagged.
  const Framework en = self_study::localized(fw, "en");
  CHECK(en.title == "Tiny framework");
  CHECK(self_study::english_shown_count(en) == 0);
  // A language the file lacks entirely falls back everywhere.
  CHECK(self_study::localized(fw, "fr").domains[0].title == "Domain A");
}

TEST_CASE("the (EN) marker tags exactly the texts that fell back", "[self_study]") {
  Catalogs spanish(i18n::Language::Spanish);
  CHECK(i18n::with_english_tag("Domain B", true) == "Domain B (EN)");
  CHECK(i18n::with_english_tag("Dimensión A", false) == "Dimensión A");
  // Its explanation exists in both languages (the tooltip on screen).
  CHECK(i18n::has(i18n::Language::Spanish, "ui.english_tag_help"));
  CHECK(i18n::has(i18n::Language::English, "ui.english_tag_help"));
  CHECK(std::string(i18n::tr("ui.english_tag_help")).find("inglés") != std::string::npos);

  // The model shows the framework in the UI's language and follows a change of language.
  self_study::SelfStudyModel model;
  model.set_framework(parse_framework(partly_spanish().dump(1)));
  CHECK(model.shown_framework().domains[0].title == "Dimensión A");
  CHECK(model.shown_framework().domains[1].texts.shows_english("title"));
  i18n::set_language(i18n::Language::English);
  CHECK(model.shown_framework().domains[0].title == "Domain A");
  CHECK(self_study::english_shown_count(model.shown_framework()) == 0);
  i18n::set_language(i18n::Language::Spanish);
  // Summaries (the summary page, the report) and links name dimensions in the UI's language.
  std::string cycle = model.add_cycle("Otoño", "2026-10-01");
  CHECK(model.summary(cycle).domains[0].area.title == "Dimensión A");
  // Switching frameworks drops the shown copy of the old one.
  model.set_framework(self_study::default_framework());
  CHECK(model.shown_framework().domains[0].title == "Metas del programa");
}

TEST_CASE("the default framework has Spanish for every text, and the check notices one removed", "[self_study]") {
  const Framework& fw = self_study::default_framework();
  CHECK(self_study::missing_translations(fw, "es").empty());
  const Framework es = self_study::localized(fw, "es");
  CHECK(self_study::english_shown_count(es) == 0);
  // Every field really is Spanish text, not a copy of the English.
  CHECK(es.domains[0].title == "Metas del programa");
  CHECK(es.domains[5].title == "Trayectorias hacia la universidad");
  CHECK(es.scale.levels[3].label == "Sólido y en mejora");
  CHECK(es.find_indicator("goals.1.a").indicator->text.find("latinas/os/es") != std::string::npos);
  size_t fields = 0, differing = 0;
  auto compare = [&](const std::string& english, const std::string& spanish) {
    if (english.empty()) return;
    ++fields;
    differing += english != spanish;
  };
  compare(fw.title, es.title);
  compare(fw.source, es.source);
  compare(fw.notice, es.notice);
  for (size_t l = 0; l < fw.scale.levels.size(); ++l) {
    compare(fw.scale.levels[l].label, es.scale.levels[l].label);
    compare(fw.scale.levels[l].description, es.scale.levels[l].description);
  }
  for (size_t d = 0; d < fw.domains.size(); ++d) {
    compare(fw.domains[d].title, es.domains[d].title);
    compare(fw.domains[d].description, es.domains[d].description);
    for (size_t s = 0; s < fw.domains[d].standards.size(); ++s) {
      compare(fw.domains[d].standards[s].title, es.domains[d].standards[s].title);
      for (size_t i = 0; i < fw.domains[d].standards[s].indicators.size(); ++i)
        compare(fw.domains[d].standards[s].indicators[i].text, es.domains[d].standards[s].indicators[i].text);
    }
  }
  CHECK(fields == 3 + 8 + 12 + 18 + fw.indicator_count());
  CHECK(differing == fields);
  // The draft notice says plainly what it means, in both languages.
  CHECK_THAT(fw.notice, ContainsSubstring("not the Network's official text"));
  CHECK_THAT(fw.notice, ContainsSubstring("Your ratings still count"));
  CHECK_THAT(es.notice, ContainsSubstring("no son el texto oficial de la Red"));
  CHECK_THAT(es.notice, ContainsSubstring("Sus calificaciones cuentan"));

  // Take one Spanish indicator out of the file: the check names it.
  json data = json::parse(self_study_assets::asset("framework-default.json"));
  data["domains"][2]["standards"][1]["indicators"][0].erase("i18n");
  const auto missing = self_study::missing_translations(parse_framework(data.dump()), "es");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].path == "/domains/2/standards/1/indicators/0/text");
  data["domains"][0]["i18n"]["es"].erase("description");
  CHECK(self_study::missing_translations(parse_framework(data.dump()), "es").size() == 2);
}

TEST_CASE("translation notes name the field and its line; a file with none gets one note", "[self_study]") {
  const std::string text = partly_spanish().dump(1);
  const auto notes = self_study::translation_notes(text);
  // Every text field but the 4 translated ones: 7 level texts, domain B's title, 3 standard
  // titles, 6 indicators.
  CHECK(notes.size() == 17);
  bool found = false;
  for (auto& n : notes)
    if (n.path == "/domains/1/title") {
      found = true;
      // The line of the English text that has no Spanish yet.
      const size_t at = text.find("\"Domain B\"");
      REQUIRE(at != std::string::npos);
      CHECK(n.line == 1 + size_t(std::count(text.begin(), text.begin() + long(at), '\n')));
      CHECK_THAT(n.describe(), ContainsSubstring("no Spanish text yet"));
    }
  CHECK(found);
  // English only (format 1): one note for the whole file, not one per field.
  const auto english_only = self_study::translation_notes(self_study_test::kTinyFramework);
  REQUIRE(english_only.size() == 1);
  CHECK_THAT(english_only[0].message, ContainsSubstring("no Spanish translation"));
  // The default: nothing to note. A file that does not load: no notes (its problems say why).
  CHECK(self_study::translation_notes(self_study_assets::asset("framework-default.json")).empty());
  CHECK(self_study::translation_notes("{ not json").empty());
}

TEST_CASE("format 2 translations are checked like any field; format 1 files still load", "[self_study]") {
  // Format 1 (English only) loads as before.
  const Framework v1 = parse_framework(self_study_test::kTinyFramework);
  CHECK(v1.title == "Tiny framework");
  CHECK(self_study::framework_to_json(v1)["format_version"] == 2);  // written in today's format
  // A round trip keeps every translation.
  const Framework v2 = parse_framework(partly_spanish().dump(1));
  CHECK(self_study::framework_from_json(self_study::framework_to_json(v2)) == v2);
  CHECK(self_study::framework_to_json(v2)["domains"][0]["i18n"]["es"]["title"] == "Dimensión A");
  CHECK_FALSE(v2 == v1);

  json data = partly_spanish();
  data["format_version"] = 1;
  CHECK_THAT(error_of(data), ContainsSubstring("/i18n: needs \"format_version\": 2"));
  data = partly_spanish();
  data["format_version"] = 3;
  CHECK_THAT(error_of(data), ContainsSubstring("reads format_version 1 to 2"));
  data = partly_spanish();
  data["domains"][1]["i18n"] = {{"es", {{"titel", "B"}}}};
  CHECK_THAT(error_of(data), ContainsSubstring("/domains/1/i18n/es"));
  CHECK_THAT(error_of(data), ContainsSubstring("titel"));
  data = partly_spanish();
  data["domains"][1]["i18n"] = {{"en", {{"title", "B"}}}};
  CHECK_THAT(error_of(data), ContainsSubstring("/domains/1/i18n/en: English is the element's own text"));
  data = partly_spanish();
  data["domains"][1]["i18n"] = {{"Spanish", {{"title", "B"}}}};
  CHECK_THAT(error_of(data), ContainsSubstring("is not a language code"));
  data = partly_spanish();
  data["domains"][1]["i18n"] = {{"es", {{"description", "Sin inglés"}}}};
  CHECK_THAT(error_of(data), ContainsSubstring("/domains/1/i18n/es/description: translates description"));
  data = partly_spanish();
  data["domains"][1]["standards"][0]["indicators"][0]["i18n"] = {{"es", {{"text", "  "}}}};
  CHECK_THAT(error_of(data), ContainsSubstring("/domains/1/standards/0/indicators/0/i18n/es/text"));
  data = partly_spanish();
  data["domains"][1]["i18n"] = "Dimensión B";
  CHECK_THAT(error_of(data), ContainsSubstring("/domains/1/i18n"));
}

TEST_CASE("a workspace of schema 1 with the default framework of its time gets today's, with Spanish",
          "[self_study]") {
  self_study::SelfStudyModel model;
  // The default framework as schema 1 stored it: format 1, English only, the old source sentence.
  json old_default = self_study::framework_to_json(self_study::default_framework());
  old_default["format_version"] = 1;
  old_default["source"] = "Written for the STEM PUSH Toolkit. It is not the Network's official wording.";
  old_default.erase("notice");
  old_default.erase("i18n");
  for (auto& level : old_default["scale"]["levels"]) level.erase("i18n");
  for (auto& domain : old_default["domains"]) {
    domain.erase("i18n");
    for (auto& standard : domain["standards"]) {
      standard.erase("i18n");
      for (auto& indicator : standard["indicators"]) indicator.erase("i18n");
    }
  }
  json section = {{"framework", old_default}, {"cycles", json::array()}, {"priorities", json::array()}};
  model.from_json(model.migrate(section, 1));
  CHECK(model.framework() == self_study::default_framework());

  // A framework the program edited (or the Network's own) is left as it is.
  json edited = old_default;
  edited["domains"][0]["title"] = "Our goals";
  section["framework"] = edited;
  model.from_json(model.migrate(section, 1));
  CHECK(model.framework().domains[0].title == "Our goals");
  CHECK(model.framework().domains[0].texts.i18n.empty());
  // Schema 2 data is never touched by the migration.
  CHECK(model.migrate(section, 2) == section);
}
