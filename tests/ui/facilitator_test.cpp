// The core's facilitator view with a fake platform: the audience window (the presenter's second
// window) gets the frames the room should see, the main window keeps the facilitator's notes and
// shows the projected text again once the audience window is closed; a blocked pop-up is said
// in words; and every key hint draws glyphs the font has (an arrow, never the "?" of a missing one).
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "harness.hpp"
#include "imgui.h"
#include "stempush/facilitation.hpp"
#include "stempush/i18n.hpp"

using nlohmann::json;
using stempush::facilitation::AudienceFrame;
using stempush::testing::Harness;

namespace {

// What the platform was asked to do: natively a second SDL window, on the web a second browser
// window. `open` false stands for the user closing it.
struct FakeAudience {
  bool open = false;
  std::string refuse;  // non-empty: open fails with this message (a blocked pop-up)
  int opened = 0, closed = 0;
  std::vector<AudienceFrame> frames;
  const AudienceFrame& last() const { return frames.back(); }
};

std::function<void(stempush::AppPlatform&)> with(FakeAudience& fake) {
  return [&fake](stempush::AppPlatform& p) {
    p.open_audience_window = [&fake]() -> std::string {
      if (!fake.refuse.empty()) return fake.refuse;
      fake.open = true;
      ++fake.opened;
      return "";
    };
    p.show_audience = [&fake](const AudienceFrame& f) { fake.frames.push_back(f); };
    p.close_audience_window = [&fake] {
      fake.open = false;
      ++fake.closed;
    };
    p.audience_window_open = [&fake] { return fake.open; };
  };
}

json belonging_plan(const Harness& h) { return json::parse(h.workspace_json())["sections"]["belonging"]["data"]["plan"]; }

// Any item whose label is exactly `label` (the projected text is named by its text).
bool shows(const Harness& h, const std::string& label) { return h.find(label) != nullptr; }

// Decodes UTF-8 into code points.
std::vector<unsigned> code_points(const std::string& s) {
  std::vector<unsigned> out;
  for (size_t i = 0; i < s.size();) {
    unsigned c = static_cast<unsigned char>(s[i]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra) c &= 0x3F >> extra;
    for (int k = 1; k <= extra && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(c);
    i += size_t(extra) + 1;
  }
  return out;
}

// The characters of `text` the regular UI font has no glyph for (Dear ImGui would draw "?").
std::string missing_glyphs(const std::string& text) {
  ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  std::string missing;
  for (unsigned c : code_points(text))
    if (c >= 0x20 && !font->FindGlyphNoFallback(ImWchar(c))) missing += "U+" + std::to_string(c) + " ";
  return missing;
}

// The key hints the presenter draws ("→ next step"), read from the automation layer: each is
// named by its key cap's text and its action.
std::vector<std::string> key_hints() {
  static const char* const caps[] = {"\xe2\x86\x90 ", "\xe2\x86\x91 ", "\xe2\x86\x92 ", "\xe2\x86\x93 ",
                                     "Space ", "Espacio ", "Esc ", "A "};
  std::vector<std::string> hints;
  for (const auto& item : stempush::automation::items())
    for (const char* cap : caps)
      if (item.label.rfind(cap, 0) == 0 && item.label.size() < 40) {
        hints.push_back(item.label);
        break;
      }
  return hints;
}

}  // namespace

TEST_CASE("presenter: the audience window gets the room's frames; the main window keeps the notes", "[ui][facilitator]") {
  FakeAudience fake;
  Harness h(nullptr, 1280, 800, false, with(fake));
  h.click("Ecological belonging", "Sidebar");
  const json plan = belonging_plan(h);
  const std::string story_en = "“" + plan["stories"][0]["en"].get<std::string>() + "”";
  const std::string story_es = "“" + plan["stories"][0]["es"].get<std::string>() + "”";
  const std::string steps = std::to_string(plan["agenda"].size());
  const int minutes1 = plan["agenda"][0]["minutes"], minutes2 = plan["agenda"][1]["minutes"];

  h.click("Start the presenter view");
  h.click("Show a story");
  REQUIRE(shows(h, story_en));  // one window: the story projected on the main page
  REQUIRE(fake.frames.empty());  // no audience window yet, nothing sent

  h.click("Show the audience view in a second window");
  REQUIRE(fake.open);
  REQUIRE(fake.opened == 1);
  REQUIRE_FALSE(fake.frames.empty());
  CHECK(fake.last().step_of == "Step 1 of " + steps);
  CHECK(fake.last().step_title == plan["agenda"][0]["title"].get<std::string>());
  CHECK(fake.last().clock == std::to_string(minutes1) + ":00");
  CHECK(fake.last().clock_caption == "Time left");
  CHECK(fake.last().projected == story_en);
  CHECK(fake.last().attribution == "— " + plan["stories"][0]["attribution"].get<std::string>());
  CHECK(fake.last().projected_language == "en");
  CHECK(fake.last().language == "en");
  // The main window: no projected story, a line saying what the room sees, the notes still here.
  CHECK_FALSE(shows(h, story_en));
  CHECK(h.find("On the audience screen: " + story_en.substr(0, 30), "") == nullptr);  // a preview, cut short
  bool preview = false;
  for (const auto& item : stempush::automation::items())
    preview = preview || item.label.rfind("On the audience screen: “In my first engineering class", 0) == 0;
  CHECK(preview);
  CHECK(shows(h, plan["agenda"][0]["notes"].get<std::string>()));
  CHECK(shows(h, "Close the audience window"));

  // The story in Spanish: the frame says which language the text is in (the UI stays English).
  h.click("Español");
  CHECK(fake.last().projected == story_es);
  CHECK(fake.last().projected_language == "es");
  CHECK(fake.last().language == "en");

  // The count-down runs in the frame; a step moves it on.
  h.click("Start the clock");
  h.wait(2.0);
  CHECK(fake.last().clock == std::to_string(minutes1 - 1) + ":58");
  h.key(ImGuiKey_RightArrow);
  CHECK(fake.last().step_of == "Step 2 of " + steps);
  CHECK(fake.last().clock == std::to_string(minutes2) + ":00");
  CHECK(shows(h, plan["agenda"][1]["notes"].get<std::string>()));

  // The user closes the audience window: the main window shows the story again.
  fake.open = false;
  h.frames(2);
  CHECK(shows(h, story_es));
  CHECK(shows(h, "Show the audience view in a second window"));
  const size_t sent = fake.frames.size();
  h.frames(3);
  CHECK(fake.frames.size() == sent);  // nothing is sent to a closed window

  // The A key opens it again; Esc leaves the presenter and closes it.
  h.key(ImGuiKey_A);
  REQUIRE(fake.open);
  CHECK(fake.opened == 2);
  CHECK_FALSE(shows(h, story_es));
  h.key(ImGuiKey_Escape);
  CHECK_FALSE(fake.open);
  CHECK(shows(h, "Start the presenter view"));
}

TEST_CASE("presenter: a blocked audience window is said in words; leaving closes it", "[ui][facilitator]") {
  FakeAudience fake;
  fake.refuse = "The browser blocked the audience window.";
  Harness h(nullptr, 1280, 800, false, with(fake));
  h.click("Staff discussion", "Sidebar");
  h.click("Plan a new session");
  h.click("Facilitate");
  REQUIRE(shows(h, "Step 1 of 7"));
  h.click("Show the audience view in a second window");
  CHECK_FALSE(fake.open);
  REQUIRE_FALSE(h.app->messages().empty());
  CHECK(h.app->messages().back() == "The browser blocked the audience window.");
  CHECK(shows(h, "Show the audience view in a second window"));

  // Allowed now: open, then leave with the exit button; the shell closes it too if a view stops
  // showing it without a word (here the button already did).
  fake.refuse.clear();
  h.click("Show the audience view in a second window");
  REQUIRE(fake.open);
  CHECK_FALSE(fake.last().projected.empty());  // the step's prompt
  h.click("Exit presenter view");
  CHECK_FALSE(fake.open);
  CHECK(fake.closed == 1);
}

TEST_CASE("presenter: no audience window on a platform without one", "[ui][facilitator]") {
  Harness h;
  h.click("Staff discussion", "Sidebar");
  h.click("Plan a new session");
  h.click("Facilitate");
  REQUIRE(shows(h, "Step 1 of 7"));
  CHECK_FALSE(shows(h, "Show the audience view in a second window"));
  h.key(ImGuiKey_A);  // nothing happens, nothing breaks
  CHECK(shows(h, "Step 1 of 7"));
}

TEST_CASE("presenter: every key hint draws an arrow or a word the font has, in English and Spanish", "[ui][facilitator]") {
  FakeAudience fake;
  Harness h(nullptr, 1280, 800, false, with(fake));
  for (const bool spanish : {false, true}) {
    INFO((spanish ? "Spanish" : "English"));
    if (spanish) h.click_menu("View", "Español");
    h.click(spanish ? "Pertenencia ecológica" : "Ecological belonging", "Sidebar");
    h.click(spanish ? "Iniciar la vista de presentación" : "Start the presenter view");
    h.click(spanish ? "Mostrar una historia" : "Show a story");  // the story keys ↓ ↑ join the hints
    const std::vector<std::string> hints = key_hints();
    INFO(h.dump_labels());
    REQUIRE(hints.size() == 7);
    CHECK(hints[0] == (spanish ? "→ paso siguiente" : "→ next step"));
    CHECK(hints[1] == (spanish ? "← paso anterior" : "← previous step"));
    CHECK(hints[4] == (spanish ? "A ventana del público" : "A audience window"));
    CHECK(hints[5].rfind("↓ ", 0) == 0);
    CHECK(hints[6].rfind("↑ ", 0) == 0);
    for (const std::string& hint : hints) {
      INFO(hint);
      CHECK(hint.find('?') == std::string::npos);
      CHECK(missing_glyphs(hint).empty());
    }
    h.key(ImGuiKey_Escape);
  }
}

TEST_CASE("every text of every catalog has its glyphs in the UI font (none drawn as '?')", "[ui][facilitator]") {
  Harness h;
  using stempush::i18n::Language;
  int checked = 0;
  for (const Language lang : {Language::English, Language::Spanish}) {
    for (const std::string& key : stempush::i18n::keys(lang)) {
      const std::string text = stempush::i18n::tr_in(lang, key);
      INFO(key << ": " << text);
      CHECK(missing_glyphs(text).empty());
      ++checked;
    }
  }
  CHECK(checked > 500);
  // The arrows the key caps print, in every font the UI builds.
  for (ImFont* font : ImGui::GetIO().Fonts->Fonts)
    for (ImWchar c : {0x2190, 0x2191, 0x2192, 0x2193}) CHECK(font->FindGlyphNoFallback(c) != nullptr);
}

TEST_CASE("the huge font is built when a screen first asks for it, and that screen is drawn with it from its first frame",
          "[ui][facilitator][fonts]") {
  Harness h;
  // Staff pages use the regular, bold and heading fonts only: the huge one is not rasterised at
  // start (it was half of the browser's font atlas).
  CHECK(ImGui::GetIO().Fonts->Fonts.Size == 3);
  h.click("Ecological belonging", "Sidebar");
  CHECK(ImGui::GetIO().Fonts->Fonts.Size == 3);
  // The presenter view's step title and count-down are in the huge font. Click its button by hand,
  // to look at the very frame in which the count-down first shows.
  const stempush::automation::Item* button = h.find("Start the presenter view");
  REQUIRE(button);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(button->x + button->w * 0.5f, button->y + button->h * 0.5f);
  h.frames(1);
  io.AddMouseButtonEvent(0, true);
  h.frames(1);
  io.AddMouseButtonEvent(0, false);
  const auto clock = [&h]() -> const stempush::automation::Item* {
    for (const auto& item : stempush::automation::items())
      if (item.label.rfind("Time left in this step: ", 0) == 0) return &item;
    return nullptr;
  };
  for (int waited = 0; !clock() && waited < 3; ++waited) h.frames(1);
  REQUIRE(clock());
  CHECK(ImGui::GetIO().Fonts->Fonts.Size == 4);
  const float first_height = clock()->h;
  h.frames(3);
  // As tall as on every later frame: not a frame laid out in the heading font first.
  CHECK(clock()->h == first_height);
  CHECK(first_height >= 40.0f);  // the huge font's line (the heading font's is 23 px)
  // A text size change rebuilds the atlas with the huge font kept in it.
  h.key(ImGuiKey_Equal, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(ImGui::GetIO().Fonts->Fonts.Size == 4);
  CHECK(clock()->h > first_height);
}

TEST_CASE("the arrows of the key hints are drawn as large as a letter, not as small symbols", "[ui][facilitator]") {
  Harness h;
  h.frames(1);
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) {
    const ImFontGlyph* letter = font->FindGlyphNoFallback(ImWchar('A'));
    REQUIRE(letter != nullptr);
    const float cap = letter->Y1 - letter->Y0;  // the height of a capital letter
    for (ImWchar c : {0x2190, 0x2191, 0x2192, 0x2193}) {
      const ImFontGlyph* arrow = font->FindGlyphNoFallback(c);
      REQUIRE(arrow != nullptr);
      INFO("U+" << std::hex << int(c) << ": " << (arrow->X1 - arrow->X0) << " x " << (arrow->Y1 - arrow->Y0)
                << " px against a capital " << cap << " px high");
      CHECK(std::max(arrow->X1 - arrow->X0, arrow->Y1 - arrow->Y0) >= cap * 0.9f);
      // On the letters' line: it neither sinks below the baseline nor rises over the capitals.
      CHECK(arrow->Y1 <= letter->Y1 + cap * 0.25f);
      CHECK(arrow->Y0 >= letter->Y0 - cap * 0.25f);
    }
  }
}
