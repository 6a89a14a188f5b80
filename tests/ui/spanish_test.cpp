// The app in Spanish as a Spanish-speaking program leader sees it: the Quality Standards on the
// rating page, English tagged "(EN)" where a framework file has no translation, and the Help
// page's guide to each package.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "harness.hpp"
#include "steps.hpp"
#include "stempush/i18n.hpp"

using nlohmann::json;
using stempush::testing::Harness;
namespace i18n = stempush::i18n;

namespace {

void start_cycle(Harness& h) {
  h.click("Self-study", "Sidebar");
  h.fill("Cycle name", "Otoño 2026");
  h.fill("Date (YYYY-MM-DD)", "2026-10-15");
  h.fill("Who takes part", "Ana Núñez, Directora");
  h.click("Start the cycle");
  REQUIRE(stempush::testing::plugin_section(h, "self_study")["cycles"].size() == 1);
}

void to_spanish(Harness& h) {
  h.click_menu("View", "Español");
  h.frames(2);
  REQUIRE(h.app->settings().spanish);
}

// Labels of the last frame that carry the (EN) tag.
std::vector<std::string> english_tagged() {
  std::vector<std::string> out;
  for (auto& item : stempush::automation::items())
    if (item.label.find("(EN)") != std::string::npos) out.push_back(item.label);
  return out;
}

// The first line of a catalog text (a guide's first step).
std::string first_line(const char* text) {
  std::string s = text;
  return s.substr(0, s.find('\n'));
}

}  // namespace

TEST_CASE("Spanish: the rating page shows the standards in Spanish, none tagged (EN)", "[ui][self_study][i18n]") {
  Harness h;
  start_cycle(h);
  REQUIRE(h.has("Indicator goals.1.a"));
  REQUIRE(h.has("Program Goals"));
  to_spanish(h);
  // The dimension list, the indicator on the detail pane and the scale, in the default file's Spanish.
  CHECK(h.has("Metas del programa"));
  CHECK(h.has("Trayectorias hacia la universidad"));
  CHECK_FALSE(h.has("Program Goals"));
  CHECK(h.has("Indicador goals.1.a"));
  CHECK(h.has("Nuestras metas por escrito nombran a quienes existimos para servir: jóvenes afrodescendientes, "
              "latinas/os/es e indígenas, y otras personas jóvenes a quienes se ha dejado fuera de STEM."));
  CHECK(h.has("Todavía no (1)"));
  CHECK(h.has("Sólido y en mejora (4)"));
  // Another dimension, chosen by its Spanish name.
  h.click("Servicios para estudiantes");
  CHECK(h.has("Cada estudiante tiene en el programa una persona adulta de referencia a quien acudir por ayuda."));
  CHECK(english_tagged().empty());
  // Back to English: the same page in English, from the same file.
  h.click_menu("Ver", "English");
  h.frames(2);
  CHECK(h.has("Student Services"));
  CHECK(h.has("Every student has a named adult in the program they can go to for help."));
}

TEST_CASE("Spanish: a framework file missing translations shows those texts in English, tagged (EN)",
          "[ui][self_study][i18n]") {
  Harness h;
  h.click("Self-study", "Sidebar");
  // Spanish for domain A, indicator a1 and level 1's label only.
  json data = json::parse(R"({
    "format": "stempush-self-study-framework", "format_version": 2, "id": "partial", "version": "1",
    "title": "Partly translated", "i18n": {"es": {"title": "Traducido en parte"}},
    "scale": {"meets_level": 2, "levels": [
      {"value": 1, "label": "Not yet", "description": "Not happening.", "i18n": {"es": {"label": "Todavía no"}}},
      {"value": 2, "label": "In place", "description": "Mostly."}]},
    "domains": [
      {"id": "A", "title": "Domain A", "i18n": {"es": {"title": "Dimensión A"}}, "standards": [
        {"id": "A1", "title": "Standard A1", "indicators": [
          {"id": "a1", "text": "Indicator a1", "i18n": {"es": {"text": "Indicador a1"}}},
          {"id": "a2", "text": "Indicator a2"}]}]},
      {"id": "B", "title": "Domain B", "standards": [
        {"id": "B1", "title": "Standard B1", "indicators": [{"id": "b1", "text": "Indicator b1"}]}]}]})");
  h.click("Load another framework file…");
  stempush::testing::open_text_as_file(h, data.dump(1));
  REQUIRE(stempush::testing::plugin_section(h, "self_study")["framework"]["id"] == "partial");
  start_cycle(h);
  to_spanish(h);
  // Translated texts in Spanish, the others in English with the tag.
  CHECK(h.has("Dimensión A"));
  CHECK(h.has("Domain B (EN)"));
  CHECK(h.has("Indicador a1"));  // the first indicator, on the detail pane
  CHECK(h.has("Todavía no (1)"));
  CHECK(h.has("In place (EN) (2)"));
  // An untranslated indicator: its wording carries the tag, on the detail pane.
  h.click("Indicador a2");
  CHECK(h.has("Indicator a2 (EN)"));
  h.click("Domain B (EN)");
  CHECK(h.has("Indicator b1 (EN)"));
  // Hovering a tagged text explains the tag.
  const auto* tagged = h.find("Indicator b1 (EN)");
  REQUIRE(tagged);
  ImGui::GetIO().AddMousePosEvent(tagged->x + tagged->w * 0.5f, tagged->y + tagged->h * 0.5f);
  h.frames(40);  // ImGui's tooltip delay (stationary mouse, then a short delay) at 60 frames a second
  bool tooltip = false;
  for (auto& w : stempush::automation::windows()) tooltip |= w.rfind("##Tooltip", 0) == 0;
  CHECK(tooltip);
  // Nothing translated is tagged, and the tag never reaches the stored file.
  for (auto& label : english_tagged()) CHECK(label.find("Dimensión") == std::string::npos);
  CHECK(h.workspace_json().find("(EN)") == std::string::npos);
}

TEST_CASE("Help: every package's guide, in Spanish, opened on the package in use", "[ui][help][i18n]") {
  Harness h;
  // From a package's page, Help opens on that package's guide.
  h.click("Staff discussion", "Sidebar");
  h.click_menu("Help", "Guides to the packages");
  REQUIRE(h.current_page() == "#help");
  CHECK(h.has("1. " + first_line(i18n::tr_in(i18n::Language::English, "staff_discussion.guide.steps"))));
  CHECK(h.has(i18n::tr_in(i18n::Language::English, "staff_discussion.guide.data")));

  to_spanish(h);
  REQUIRE(h.current_page() == "#help");
  // One button per installed package, named by its Spanish title.
  for (const char* title : {"Autoestudio", "Pertenencia ecológica", "Invitados", "Reclutamiento",
                            "Conversación del personal", "Mejora"})
    CHECK(h.has(std::string("Guía: ") + title));
  h.click("Guía: Pertenencia ecológica");
  const std::string first_step = first_line(i18n::tr_in(i18n::Language::Spanish, "belonging.guide.steps"));
  CHECK(first_step.rfind("En Planificar la sesión", 0) == 0);
  CHECK(h.has("1. " + first_step));
  CHECK(h.has(i18n::tr_in(i18n::Language::Spanish, "belonging.guide.what")));
  CHECK(h.has(i18n::tr_in(i18n::Language::Spanish, "belonging.guide.data")));
  CHECK_FALSE(h.has("1. " + first_line(i18n::tr_in(i18n::Language::English, "belonging.guide.steps"))));
  CHECK(english_tagged().empty());
  // Every package's guide is there, with 4 to 8 numbered steps.
  for (const char* id : {"self_study", "belonging", "guest_speaker", "recruitment", "staff_discussion", "improvement"}) {
    h.click(std::string("Guía: ") + i18n::tr_in(i18n::Language::Spanish, std::string(id) + ".title"));
    INFO(id);
    CHECK(h.has("4. " + [&] {
      std::string steps = i18n::tr_in(i18n::Language::Spanish, std::string(id) + ".guide.steps");
      for (int skip = 0; skip < 3; ++skip) steps = steps.substr(steps.find('\n') + 1);
      return first_line(steps.c_str());
    }()));
  }
}

TEST_CASE("Help: a package with no guide says so", "[ui][help]") {
  Harness h(nullptr, 1280, 800, /*test_plugins=*/true);
  h.click_menu("Help", "Guides to the packages");
  const std::string title = i18n::tr("sample_visits.title");
  h.click("Guide: " + title);
  CHECK(h.has("This package has no guide yet."));
  // The sample notes plugin, which follows docs/PLUGINS.md, has one.
  h.click(std::string("Guide: ") + i18n::tr("sample_notes.title"));
  CHECK(h.has("1. Open the Notes page."));
}

TEST_CASE("Spanish: a toast written in English goes when the language is switched, and stays in the messages",
          "[ui][i18n]") {
  Harness h;
  start_cycle(h);
  auto toast_on_screen = [] {
    for (auto& w : stempush::automation::windows())
      if (w.rfind("##toast", 0) == 0) return true;
    return false;
  };
  REQUIRE(toast_on_screen());
  REQUIRE(h.app->messages().back().find("Otoño 2026") != std::string::npos);
  const size_t said = h.app->messages().size();
  to_spanish(h);
  CHECK_FALSE(toast_on_screen());
  CHECK(h.app->messages().size() >= said);
  CHECK(h.app->messages()[said - 1].find("Otoño 2026") != std::string::npos);
  // A toast written after the switch is in Spanish and shows.
  h.click(i18n::tr("self_study.nav.home"));
  h.fill(i18n::tr("self_study.home.cycle_name_field"), "Primavera 2027");
  h.fill(i18n::tr("self_study.home.cycle_date_field"), "2027-03-01");
  h.click(i18n::tr("self_study.home.start_cycle"));
  CHECK(toast_on_screen());
  CHECK(h.app->messages().back() == i18n::trf("self_study.home.cycle_started", {"Primavera 2027"}));
}

TEST_CASE("Spanish: an app restarted in Spanish shows Spanish, and English again after switching back", "[ui][i18n]") {
  // Only the language on screen is parsed at start; the other one when the user switches to it.
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage);
    CHECK(h.has("Help"));
    to_spanish(h);
    CHECK(h.has("Ayuda"));
  }
  Harness h(storage);  // a restart: settings.json says "es"
  REQUIRE(h.app->settings().spanish);
  CHECK(h.has("Ayuda"));
  CHECK_FALSE(h.has("Help"));
  h.click_menu("Ver", "English");
  h.frames(2);
  CHECK_FALSE(h.app->settings().spanish);
  CHECK(h.has("Help"));
  CHECK(h.has("View"));
  CHECK_FALSE(h.has("Ayuda"));
  // And back: both catalogs stay loaded.
  h.click_menu("View", "Español");
  h.frames(2);
  CHECK(h.has("Ayuda"));
}
