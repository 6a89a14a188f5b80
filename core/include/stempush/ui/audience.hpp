// The audience view drawn with Dear ImGui: a facilitation::AudienceFrame (step, count-down,
// projected text) filling a whole display, large and in high contrast (white on near-black;
// the count-down amber in the last minute and red when over, and said in words as well). For a
// platform that shows it in a window of its own with its own ImGui context (the desktop app's
// second window, native/app/audience_window.cpp); the web build draws the same frame in the
// DOM of a second browser window instead (web/audience.js), with the same colours.
#pragma once
#include "stempush/facilitation.hpp"

namespace stempush::ui {

// Builds the current ImGui context's font atlas for a window `height` logical pixels tall,
// rasterised at `pixel_ratio`. The caller uploads the font texture afterwards.
void build_audience_fonts(float height, float pixel_ratio);
// True when the window's height has changed enough since the fonts were built that text would
// look blurred or too small: build them again.
bool audience_fonts_stale(float height);

// Draws `frame` over the whole display of the current context (between NewFrame and Render).
void draw_audience(const facilitation::AudienceFrame& frame);

// The colours, shared with the web's audience window (tests check their contrast).
inline constexpr unsigned kAudienceBackground = 0x111418;  // RGB
inline constexpr unsigned kAudienceText = 0xFFFFFF;
inline constexpr unsigned kAudienceMuted = 0xC9CED6;
inline constexpr unsigned kAudienceLastMinute = 0xFFC44D;
inline constexpr unsigned kAudienceOver = 0xFF8A80;

}  // namespace stempush::ui
