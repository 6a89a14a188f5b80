// Internal to the shell: fonts and theme setup shared by app.cpp and ui.cpp.
#pragma once
#include "imgui.h"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {
// Builds the atlas: regular, bold, heading and huge fonts at `size` logical pixels, rasterised at
// `pixel_ratio` so text is crisp on high-DPI screens.
void build_font_atlas(float size, float pixel_ratio);
void apply_theme(bool dark, float pixel_ratio_unused = 1.0f);
// One UI font (Noto Sans regular or bold, with the arrows of Noto Sans Symbols merged in) at
// `pixels` device pixels, added to `atlas` (default: the current context's).
ImFont* add_ui_font(bool bold, float pixels, ImFontAtlas* atlas = nullptr);
}  // namespace stempush::ui
