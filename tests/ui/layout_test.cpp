// Large text, small screens, longer words: the pages the UI tests visit, in English and in
// Spanish, at the default window (1280x800), at 100% on 1366x768 and at 200% on 1024x768, walked
// a screen at a time, with no named item overlapping another, running off its window's side, no
// text field too narrow to use and no row of text or buttons cut off at the right
// (`layout_problems()` in the harness). The workspace holds one of what each plugin's UI test
// makes first (a self-study cycle, a speaker roster and a visit, a staff-discussion session), so
// the pages show their content, not only their empty states.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "harness.hpp"
#include "imgui_internal.h"
#include "steps.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

using namespace stempush::testing;
using stempush::tr;

namespace {

// A workspace with one of what the plugins' UI tests make first, made through the UI in English.
std::shared_ptr<stempush::MemoryStorage> seeded_storage() {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  Harness h(storage, 1280, 1000);
  h.click("Self-study", "Sidebar");
  h.fill("Cycle name", "Otoño 2026");
  h.fill("Date (YYYY-MM-DD)", "2026-10-15");
  h.fill("Who takes part", "Ana Núñez, Directora");
  h.click("Start the cycle");
  h.click("Guest speakers", "Sidebar");
  h.click("Speakers");
  h.click("Import roster (CSV)");
  open_text_as_file(h,
                    "name,field,role,topics,contact\r\n"
                    "Ana Ruiz,Civil engineering,Engineer,Engineering,ana@example.org\r\n");
  h.click("Visits");
  h.click("New visit");
  h.click("Staff discussion", "Sidebar");
  h.click("Plan a new session");
  auto sections = nlohmann::json::parse(h.workspace_json())["sections"];
  REQUIRE(sections["self_study"]["data"]["cycles"].size() == 1);
  REQUIRE(sections["guest_speaker"]["data"]["visits"].size() == 1);
  REQUIRE(sections["staff_discussion"]["data"]["sessions"].size() == 1);
  h.wait(5);  // autosave
  REQUIRE(h.saved());
  return storage;
}

// The windows that scroll the page: the shell's page ("…/Page_<id>") and a page-sized child a
// plugin scrolls its tabs in (guest speakers, recruitment). Scrolled directly, a screen at a time:
// a mouse wheel over the page's middle would scroll whatever list or diagram happens to be there.
std::vector<ImGuiWindow*> page_scrollers() {
  std::vector<ImGuiWindow*> out;
  ImGuiWindow* page = nullptr;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    const std::string name = w->Name;
    const size_t at = name.find("/Page_");
    if (w->Active && at != std::string::npos && name.find('/', at + 1) == std::string::npos) page = w;
  }
  if (!page) return out;
  out.push_back(page);
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->Active && w->ParentWindow == page && w->Size.y > page->Size.y * 0.6f) out.push_back(w);
  return out;
}

// One screen further down; false at the page's end.
bool next_screen(Harness& h) {
  bool moved = false;
  for (ImGuiWindow* w : page_scrollers())
    if (w->Scroll.y + 1 < w->ScrollMax.y) {
      ImGui::SetScrollY(w, std::min(w->ScrollMax.y, w->Scroll.y + w->InnerRect.GetHeight() * 0.8f));
      moved = true;
    }
  h.frames(2);
  return moved;
}

void to_top(Harness& h) {
  for (ImGuiWindow* w : page_scrollers()) ImGui::SetScrollY(w, 0);
  h.frames(2);
}

// The page on screen, then a screen further down each time, to its end.
void check_down_the_page(Harness& h, const std::string& where) {
  for (int screen = 0; screen < 20; ++screen) {
    std::string problems;
    for (auto& p : layout_problems()) problems += p + "\n";
    INFO(where << ", screen " << screen << ":\n" << problems);
    CHECK(problems.empty());
    if (!next_screen(h)) break;
  }
  to_top(h);  // back to the top, where the page's tabs are
}

// Opens a page by its sidebar entry, or through the Go to menu when the sidebar has folded.
void open(Harness& h, const char* page) {
  if (h.find(page, "Sidebar")) h.click(page, "Sidebar");
  else h.click_menu(tr("menu.go_to"), page);
  h.frames(2);
}

// A plugin's page and the tabs (catalog keys) its UI tests open, each possibly with sub-tabs.
struct Tab {
  const char* key;
  std::vector<const char*> parts = {};
};
struct PluginPages {
  const char* title_key;
  std::vector<Tab> tabs;
};

const std::vector<PluginPages>& plugin_pages() {
  static const std::vector<PluginPages> pages = {
      {"self_study.title",
       {{"self_study.nav.home"}, {"self_study.nav.cycle"}, {"self_study.nav.rate"}, {"self_study.nav.consensus"},
        {"self_study.nav.summary"}, {"self_study.nav.plan"}}},
      {"belonging.title", {{"belonging.nav.plan"}, {"belonging.nav.collect"}, {"belonging.nav.results"}}},
      {"improvement.title", {{"improvement.nav.aim"}, {"improvement.nav.cycles"}, {"improvement.nav.measures"}}},
      {"guest_speaker.title",
       {{"guest_speaker.nav.interests"},
        {"guest_speaker.nav.speakers"},
        {"guest_speaker.nav.match"},
        {"guest_speaker.nav.visits",
         {"guest_speaker.visit.nav.plan", "guest_speaker.visit.nav.brief", "guest_speaker.visit.nav.ticket",
          "guest_speaker.visit.nav.results"}}}},
      {"recruitment.title",
       {{"recruitment.nav.baseline"}, {"recruitment.nav.spaces"}, {"recruitment.nav.materials"},
        {"recruitment.nav.calendar"}, {"recruitment.nav.funnel"}}},
      {"staff_discussion.title",
       {{"staff_discussion.nav.plan"}, {"staff_discussion.nav.capture"}, {"staff_discussion.nav.act"},
        {"staff_discussion.nav.share"}, {"staff_discussion.nav.year"}}},
  };
  return pages;
}

// Every page at every size and in both languages: none is skipped.
void check_every_page(Harness& h, const std::string& where) {
  auto check = [&](const char*, const std::string& at) { check_down_the_page(h, at); };
  for (const char* page : {"nav.home", "nav.profile", "nav.settings"}) {
    open(h, tr(page));
    check(page, where + ", " + tr(page));
  }
  h.click_menu(tr("menu.help"), tr("menu.guides"));
  check_down_the_page(h, where + ", " + tr("menu.guides"));
  for (const PluginPages& plugin : plugin_pages()) {
    open(h, tr(plugin.title_key));
    for (const Tab& tab : plugin.tabs) {
      const std::string tab_where = where + ", " + tr(plugin.title_key) + " › " + tr(tab.key);
      {
        INFO(tab_where << ": the page opens at its top, its tabs on screen");
        CHECK(h.has(tr(tab.key)));
      }
      if (!h.has(tr(tab.key))) to_top(h);
      h.click(tr(tab.key));
      check(tab.key, tab_where);
      for (const char* part : tab.parts) {
        h.click(tr(part));
        check(part, tab_where + " › " + tr(part));
      }
    }
  }
}

}  // namespace

TEST_CASE("no label overlaps another or is cut off on any page the UI tests visit, in English and Spanish, "
          "at the default size, 1366x768 and 200% text on 1024x768",
          "[ui][layout]") {
  auto storage = seeded_storage();
  for (const char* language : {"en", "es"}) {
    for (auto [width, height, percent] : {std::tuple{1280.0f, 800.0f, 100}, std::tuple{1366.0f, 768.0f, 100},
                                          std::tuple{1024.0f, 768.0f, 200}}) {
      storage->files["settings.json"] = "{\"text_percent\": " + std::to_string(percent) + ", \"language\": \"" +
                                        language + "\"}";
      Harness h(storage, width, height);
      REQUIRE(h.app->settings().text_percent == percent);
      REQUIRE(h.app->settings().spanish == (std::string(language) == "es"));
      // At 200% on 1024 px the sidebar's entries would need more than a quarter of the window:
      // it folds into the Go to menu instead of cutting them off.
      const bool folded = h.find(tr("nav.home"), "Sidebar") == nullptr;
      CHECK(folded == (percent == 200));
      check_every_page(h,
                       std::string(language) + " at " + std::to_string(int(width)) + "x" + std::to_string(int(height)) +
                           ", " + std::to_string(percent) + "%");
    }
  }
}

TEST_CASE("text cut to a column ends in an ellipsis inside its room, at a character boundary", "[ui][layout]") {
  Harness h;
  h.frames(1);
  ImGui::NewFrame();  // the app's font, as a view measures it mid-frame
  const std::string statement = "goals.1.b  Our goals include getting students ready for college and STEM careers";
  const float whole = ImGui::CalcTextSize(statement.c_str()).x;
  CHECK(stempush::ui::fit_to_width(statement, whole + 1) == statement);
  for (float room : {40.0f, 120.0f, whole / 2, whole - 1}) {
    const std::string cut = stempush::ui::fit_to_width(statement, room);
    INFO(cut << " in " << room << " px");
    CHECK(cut.size() >= 3);
    CHECK(cut.compare(cut.size() - 3, 3, "\xe2\x80\xa6") == 0);
    CHECK(ImGui::CalcTextSize(cut.c_str()).x <= room);
    CHECK(statement.compare(0, cut.size() - 3, cut, 0, cut.size() - 3) == 0);  // the start of it, whole characters
  }
  // Accented letters are never split (two bytes each in UTF-8).
  const std::string spanish = "Nuestras metas nombran a los estudiantes: Núñez, Piñón, Güemes";
  for (float room = 30; room < ImGui::CalcTextSize(spanish.c_str()).x; room += 3) {
    const std::string cut = stempush::ui::fit_to_width(spanish, room);
    REQUIRE(cut.size() > 3);
    const unsigned char before_ellipsis = static_cast<unsigned char>(cut[cut.size() - 4]);
    CHECK((before_ellipsis & 0xC0) != 0xC0);  // not the first byte of a character cut in half
    CHECK(ImGui::CalcTextSize(cut.c_str()).x <= room);
  }
  ImGui::EndFrame();
}
