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

}  // namespace

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
