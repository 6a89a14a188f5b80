// The status text styles against the theme's real colours: every style must reach WCAG AA
// (4.5:1) on every background text is drawn on, in both themes, so a new colour that fails is
// caught here rather than by a user who cannot read an error.
#include <catch2/catch_test_macros.hpp>

#include "harness.hpp"
#include "stempush/color.hpp"
#include "stempush/ui/ui.hpp"

using stempush::testing::Harness;
namespace color = stempush::color;
namespace ui = stempush::ui;

namespace {

color::Rgb rgb(const ImVec4& c) { return {c.x, c.y, c.z}; }
color::Rgb rgb(ImU32 c) { return rgb(ImGui::ColorConvertU32ToFloat4(c)); }

// A translucent window background over what is behind it: the clear colour could be anything,
// so both black and white are checked.
void check_theme(const char* theme) {
  const ImVec4* c = ImGui::GetStyle().Colors;
  std::vector<std::pair<std::string, color::Rgb>> backgrounds;
  for (color::Rgb behind : {color::Rgb{0, 0, 0}, color::Rgb{1, 1, 1}}) {
    const color::Rgb window = color::blend(rgb(c[ImGuiCol_WindowBg]), c[ImGuiCol_WindowBg].w, behind);
    backgrounds.push_back({"window", window});
    backgrounds.push_back({"child", color::blend(rgb(c[ImGuiCol_ChildBg]), c[ImGuiCol_ChildBg].w, window)});
    backgrounds.push_back({"popup", color::blend(rgb(c[ImGuiCol_PopupBg]), c[ImGuiCol_PopupBg].w, window)});
    backgrounds.push_back({"menu bar", color::blend(rgb(c[ImGuiCol_MenuBarBg]), c[ImGuiCol_MenuBarBg].w, window)});
  }
  const std::pair<const char*, ui::TextStyle> styles[] = {{"muted", ui::TextStyle::Muted},
                                                          {"error", ui::TextStyle::Error},
                                                          {"warning", ui::TextStyle::Warning},
                                                          {"success", ui::TextStyle::Success}};
  for (auto& [name, style] : styles)
    for (auto& [bg_name, bg] : backgrounds) {
      INFO(theme << " theme, " << name << " text on the " << bg_name << " background");
      CHECK(color::contrast_ratio(rgb(ui::text_style_color(style)), bg) >= 4.5);
    }
  // The styles must also differ from each other and from plain text, or they say nothing.
  CHECK(ui::text_style_color(ui::TextStyle::Error) != ui::text_style_color(ui::TextStyle::Warning));
  CHECK(ui::text_style_color(ui::TextStyle::Error) != ui::text_style_color(ui::TextStyle::Success));
  CHECK(ui::text_style_color(ui::TextStyle::Error) != ui::text_color());
}

// Every colour pair a user must tell apart, WCAG 2.1 AA: text on each surface it is drawn on
// (4.5:1; translucent surfaces blended over the window first), and the parts of controls
// against what they sit on (3:1, success criterion 1.4.11): the check mark and slider grab on
// their frame, the keyboard-focus ring and the frame's edge on the window. Disabled text
// (ImGuiCol_TextDisabled) is exempt in WCAG but the app uses it for muted text, so it is held to
// 4.5:1 on the main surfaces too.
void check_every_pair(const std::string& theme, color::Rgb behind) {
  const ImVec4* c = ImGui::GetStyle().Colors;
  const ImGuiStyle& style = ImGui::GetStyle();
  const color::Rgb window = color::blend(rgb(c[ImGuiCol_WindowBg]), c[ImGuiCol_WindowBg].w, behind);
  auto over = [&](ImGuiCol col, color::Rgb under) { return color::blend(rgb(c[col]), c[col].w, under); };
  const color::Rgb child = over(ImGuiCol_ChildBg, window), popup = over(ImGuiCol_PopupBg, window);
  const color::Rgb frame = over(ImGuiCol_FrameBg, child);
  struct Surface { const char* name; color::Rgb rgb; };
  std::vector<Surface> text_surfaces = {
      {"window", window}, {"child", child}, {"popup", popup},
      {"menu bar", over(ImGuiCol_MenuBarBg, window)}, {"title bar", over(ImGuiCol_TitleBgActive, window)},
      {"field", frame}, {"hovered field", over(ImGuiCol_FrameBgHovered, child)},
      {"active field", over(ImGuiCol_FrameBgActive, child)},
      {"table header", over(ImGuiCol_TableHeaderBg, child)}, {"alternate row", over(ImGuiCol_TableRowBgAlt, child)},
      {"selected text", over(ImGuiCol_TextSelectedBg, frame)}};
  for (ImGuiCol col : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header,
                       ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive, ImGuiCol_Tab, ImGuiCol_TabHovered,
                       ImGuiCol_TabActive})
    for (auto [under_name, under] : {std::pair{"window", window}, std::pair{"popup", popup}})
      text_surfaces.push_back({under_name, over(col, under)}), text_surfaces.back().name = ImGui::GetStyleColorName(col);
  for (const Surface& surface : text_surfaces) {
    INFO(theme << " theme: text on " << surface.name);
    CHECK(color::contrast_ratio(rgb(c[ImGuiCol_Text]), surface.rgb) >= 4.5);
  }
  for (const Surface& surface : {Surface{"window", window}, Surface{"child", child}, Surface{"popup", popup}}) {
    INFO(theme << " theme: muted (disabled) text on " << surface.name);
    CHECK(color::contrast_ratio(rgb(c[ImGuiCol_TextDisabled]), surface.rgb) >= 4.5);
  }
  struct Part { const char* name; color::Rgb part, under; };
  const Part parts[] = {
      {"check mark on its box", over(ImGuiCol_CheckMark, frame), frame},
      {"slider grab on its track", over(ImGuiCol_SliderGrab, frame), frame},
      {"keyboard focus ring on the window", over(ImGuiCol_NavHighlight, window), window},
      {"keyboard focus ring on a field", over(ImGuiCol_NavHighlight, frame), frame},
      // A field is found by its edge: the border when the theme draws one, else its fill.
      {"a field's edge on the window",
       style.FrameBorderSize > 0 ? over(ImGuiCol_Border, window) : frame, window},
      {"a field's edge in a panel",
       style.FrameBorderSize > 0 ? over(ImGuiCol_Border, child) : frame, child}};
  for (const Part& p : parts) {
    INFO(theme << " theme: " << p.name);
    CHECK(color::contrast_ratio(p.part, p.under) >= 3.0);
  }
}

}  // namespace

TEST_CASE("every text and control colour pair reaches WCAG AA in both themes", "[ui][style]") {
  Harness h;
  REQUIRE_FALSE(h.app->settings().dark);
  // A translucent window over whatever is behind it: black and white both checked.
  check_every_pair("light, over black", {0, 0, 0});
  check_every_pair("light, over white", {1, 1, 1});
  h.click_menu("View", "Dark theme");
  REQUIRE(h.app->settings().dark);
  check_every_pair("dark, over black", {0, 0, 0});
  check_every_pair("dark, over white", {1, 1, 1});
}

TEST_CASE("status text styles reach 4.5:1 contrast on both themes", "[ui][style]") {
  Harness h;
  REQUIRE_FALSE(h.app->settings().dark);
  check_theme("light");
  const ImU32 light_error = ui::text_style_color(ui::TextStyle::Error);
  h.click_menu("View", "Dark theme");
  REQUIRE(h.app->settings().dark);
  check_theme("dark");
  CHECK(ui::text_style_color(ui::TextStyle::Error) != light_error);  // the theme's own colours
}
