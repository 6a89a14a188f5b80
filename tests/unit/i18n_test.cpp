// Every text exists in English and Spanish, and every key the code asks for exists.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "test_support.hpp"

namespace i18n = stempush::i18n;

namespace {
void load_all() {
  i18n::reset();
  i18n::load_core_catalogs();
  test_support::registry().load_catalogs();
}
}  // namespace

TEST_CASE("every key exists in both English and Spanish", "[i18n]") {
  load_all();
  auto en = i18n::keys(i18n::Language::English);
  auto es = i18n::keys(i18n::Language::Spanish);
  std::set<std::string> en_set(en.begin(), en.end()), es_set(es.begin(), es.end());
  for (auto& k : en_set) {
    INFO("missing in Spanish: " << k);
    REQUIRE(es_set.count(k));
  }
  for (auto& k : es_set) {
    INFO("missing in English: " << k);
    REQUIRE(en_set.count(k));
  }
  REQUIRE(en_set.size() > 50);
}

TEST_CASE("every key used in the code is in the English catalog", "[i18n]") {
  load_all();
  auto en = i18n::keys(i18n::Language::English);
  std::set<std::string> known(en.begin(), en.end());
  // Literal keys passed to tr()/trf()/tr_in(); keys built at run time are checked by their tests.
  const std::regex use(R"re(\btr(?:f|_in)?\((?:[^,()"]*,\s*)?"([a-z_]+\.[a-z0-9_.]+)")re");
  namespace fs = std::filesystem;
  int checked = 0;
  for (const char* dir : {"core/src", "plugins"}) {
    for (auto& entry : fs::recursive_directory_iterator(fs::path(STEMPUSH_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
      if (entry.path().string().find("/tests/") != std::string::npos) continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      std::string s = text.str();
      for (std::sregex_iterator it(s.begin(), s.end(), use), end; it != end; ++it) {
        INFO(entry.path().string() << " uses " << (*it)[1]);
        REQUIRE(known.count((*it)[1]));
        ++checked;
      }
    }
  }
  REQUIRE(checked > 30);
}

TEST_CASE("plural forms: 1 row, 2 rows, 0 rows in English and Spanish", "[i18n]") {
  i18n::reset();
  i18n::add_catalog(i18n::Language::English,
                    R"({"t.rows.one": "{0} row in {1}", "t.rows.other": "{0} rows in {1}", "t.only_en.one": "one", "t.only_en.other": "{0} of them"})");
  i18n::add_catalog(i18n::Language::Spanish, R"({"t.rows.one": "{0} fila en {1}", "t.rows.other": "{0} filas en {1}"})");
  i18n::set_language(i18n::Language::English);
  CHECK(i18n::trn("t.rows", 1, {"pre"}) == "1 row in pre");
  CHECK(i18n::trn("t.rows", 2, {"pre"}) == "2 rows in pre");
  CHECK(i18n::trn("t.rows", 0, {"pre"}) == "0 rows in pre");
  i18n::set_language(i18n::Language::Spanish);
  CHECK(i18n::trn("t.rows", 1, {"pre"}) == "1 fila en pre");
  CHECK(i18n::trn("t.rows", 21, {"pre"}) == "21 filas en pre");
  CHECK(i18n::trn("t.only_en", 3) == "3 of them");  // falls back to English, form by form
  CHECK(i18n::trn_in(i18n::Language::English, "t.rows", 1, {"post"}) == "1 row in post");
  CHECK(i18n::plural_form(i18n::Language::Spanish, 1) == i18n::PluralForm::One);
  CHECK(i18n::plural_form(i18n::Language::English, -1) == i18n::PluralForm::Other);
  i18n::reset();
  // The real catalogs: the kiosk's closing message in both languages and both forms.
  load_all();
  i18n::set_language(i18n::Language::English);
  CHECK(i18n::trn("survey.kiosk.closed", 1) == "Kiosk mode closed: 1 response saved.");
  CHECK(i18n::trn("survey.kiosk.closed", 3) == "Kiosk mode closed: 3 responses saved.");
  i18n::set_language(i18n::Language::Spanish);
  CHECK(i18n::trn("survey.kiosk.closed", 1).find("1 respuesta guardada") != std::string::npos);
  CHECK(i18n::trn("survey.kiosk.closed", 0).find("0 respuestas guardadas") != std::string::npos);
  i18n::set_language(i18n::Language::English);
}

TEST_CASE("no catalog text fakes a plural with (s): counts go through trn's .one and .other", "[i18n]") {
  // "3 card(s)" reads badly in English and worse in Spanish ("tarjeta(s) elegida(s)"). Every catalog
  // on disk (core, installed packages, the sample plugins developers copy) is checked, and every
  // ".one" form has its ".other" ("other" alone is also an ordinary id, e.g. a kind "Other").
  namespace fs = std::filesystem;
  const std::regex fake_plural(R"re(\w\((s|es|as|a)\))re");
  int catalogs = 0;
  for (const char* dir : {"assets", "plugins", "tests/sample_plugin"}) {
    for (auto& entry : fs::recursive_directory_iterator(fs::path(STEMPUSH_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".json" || entry.path().parent_path().filename() != "i18n") continue;
      std::ifstream in(entry.path());
      const auto catalog = nlohmann::json::parse(in);
      ++catalogs;
      for (auto& [key, text] : catalog.items()) {
        INFO(entry.path().string() << ": " << key << " = " << text.get<std::string>());
        CHECK_FALSE(std::regex_search(text.get<std::string>(), fake_plural));
        const auto ends_with = [&](std::string_view tail) {
          return key.size() > tail.size() && key.compare(key.size() - tail.size(), tail.size(), tail) == 0;
        };
        if (ends_with(".one")) CHECK(catalog.contains(key.substr(0, key.size() - 4) + ".other"));
      }
    }
  }
  REQUIRE(catalogs >= 16);
}

TEST_CASE("lookup falls back to English, then to the key; trf fills placeholders", "[i18n]") {
  i18n::reset();
  i18n::add_catalog(i18n::Language::English, R"({"a.only_en": "Only English", "a.greet": "Hello {0}, {1}!"})");
  i18n::add_catalog(i18n::Language::Spanish, R"({"a.greet": "¡Hola {0}, {1}!"})");
  i18n::set_language(i18n::Language::Spanish);
  REQUIRE(std::string(i18n::tr("a.only_en")) == "Only English");
  REQUIRE(std::string(i18n::tr("a.unknown")) == "a.unknown");
  REQUIRE(i18n::trf("a.greet", {"Ana", "Luis"}) == "¡Hola Ana, Luis!");
  REQUIRE(std::string(i18n::tr_in(i18n::Language::English, "a.greet")) == "Hello {0}, {1}!");
  REQUIRE_THROWS(i18n::add_catalog(i18n::Language::English, "{not json"));
  i18n::reset();
}

TEST_CASE("compiled-in catalogs are parsed on the first look-up in their language, in the order added", "[i18n]") {
  // Static text, as a compiled-in asset is: add_compiled_catalog keeps only a view of it.
  static constexpr std::string_view kEnglish = R"({"c.hello": "Hello", "c.bye": "Bye"})";
  static constexpr std::string_view kSpanish = R"({"c.hello": "Hola"})";
  static constexpr std::string_view kBroken = R"({"c.hello": )";
  i18n::reset();
  i18n::add_compiled_catalog(i18n::Language::English, kEnglish);
  i18n::add_compiled_catalog(i18n::Language::English, kEnglish);  // twice: counted once
  i18n::add_compiled_catalog(i18n::Language::Spanish, kBroken);
  // English is looked up (and parsed) without touching the Spanish catalog, which is broken.
  i18n::set_language(i18n::Language::English);
  CHECK(std::string(i18n::tr("c.hello")) == "Hello");
  // The broken one says so on the first look-up in Spanish.
  REQUIRE_THROWS_WITH(i18n::tr_in(i18n::Language::Spanish, "c.hello"), Catch::Matchers::ContainsSubstring("not JSON"));

  i18n::reset();
  i18n::add_compiled_catalog(i18n::Language::English, kEnglish);
  i18n::add_compiled_catalog(i18n::Language::Spanish, kSpanish);
  // A catalog added later (parsed now) still comes after the compiled-in ones: its text wins.
  i18n::add_catalog(i18n::Language::English, R"({"c.bye": "Goodbye"})");
  CHECK(std::string(i18n::tr_in(i18n::Language::English, "c.bye")) == "Goodbye");
  // Switching language: the Spanish catalog is parsed then, with the English fallback kept.
  i18n::set_language(i18n::Language::Spanish);
  CHECK(std::string(i18n::tr("c.hello")) == "Hola");
  CHECK(std::string(i18n::tr("c.bye")) == "Goodbye");
  CHECK(i18n::has(i18n::Language::Spanish, "c.hello"));
  CHECK_FALSE(i18n::has(i18n::Language::Spanish, "c.bye"));
  CHECK(i18n::keys(i18n::Language::English) == std::vector<std::string>{"c.bye", "c.hello"});
  i18n::reset();
  // reset() forgets catalogs not parsed yet too.
  i18n::add_compiled_catalog(i18n::Language::Spanish, kSpanish);
  i18n::reset();
  CHECK(i18n::keys(i18n::Language::Spanish).empty());
  i18n::set_language(i18n::Language::English);
}

TEST_CASE("a catalog must be a flat object of texts; anything else is refused with a message", "[i18n]") {
  using Catch::Matchers::ContainsSubstring;
  i18n::reset();
  REQUIRE_THROWS_WITH(i18n::add_catalog(i18n::Language::English, R"(["a"])"), ContainsSubstring("must be a JSON object"));
  REQUIRE_THROWS_WITH(i18n::add_catalog(i18n::Language::English, R"("a")"), ContainsSubstring("must be a JSON object"));
  REQUIRE_THROWS_WITH(i18n::add_catalog(i18n::Language::English, R"({"a.n": 3})"), ContainsSubstring("'a.n' is not a string"));
  REQUIRE_THROWS_WITH(i18n::add_catalog(i18n::Language::English, R"({"a.o": {"x": "y"}})"),
                      ContainsSubstring("'a.o' is not a string"));
  REQUIRE_THROWS_WITH(i18n::add_catalog(i18n::Language::English, R"({"a.l": ["x"]})"), ContainsSubstring("'a.l' is not a string"));
  REQUIRE_THROWS_WITH(i18n::add_catalog(i18n::Language::English, R"({"a.t": "x"} trailing)"), ContainsSubstring("not JSON"));
  // Escapes and non-ASCII text come through as written.
  i18n::add_catalog(i18n::Language::English, R"({"a.q": "say \"hi\"\n", "a.es": "Año – \u00e9"})");
  CHECK(std::string(i18n::tr("a.q")) == "say \"hi\"\n");
  CHECK(std::string(i18n::tr("a.es")) == "Año – é");
  i18n::reset();
}
