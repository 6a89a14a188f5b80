// Internal to the shell: fonts and theme setup shared by app.cpp and ui.cpp.
#pragma once
#include "imgui.h"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {
// Builds the atlas: regular, bold and heading fonts at `size` logical pixels, rasterised at
// `pixel_ratio` so text is crisp on high-DPI screens, and the huge font once a screen has asked
// for it (push_font(Font::Huge); font_missing() is true from then until the next build).
void build_font_atlas(float size, float pixel_ratio);
bool font_missing();
// A new app (App::start): no font built, none asked for yet.
void forget_fonts();
void apply_theme(bool dark, float pixel_ratio_unused = 1.0f);
// One UI font (Noto Sans regular or bold, with the arrows of Noto Sans Symbols merged in) at
// `pixels` device pixels, added to `atlas` (default: the current context's).
ImFont* add_ui_font(bool bold, float pixels, ImFontAtlas* atlas = nullptr);
}  // namespace stempush::ui
