// The audience view drawn with Dear ImGui (stempush/ui/audience.hpp). Only the background draw
// list is used: no windows, no items, so nothing reaches the automation layer and the frame is
// right on its first draw.
#include "stempush/ui/audience.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "imgui.h"
#include "style.hpp"

namespace stempush::ui {
namespace {

// Fonts in the audience context's atlas, in this order.
enum AudienceFont { kText = 0, kClock = 1, kSmall = 2 };
float g_built_height = 0;

// The three sizes, in logical pixels, for a window `height` tall.
float text_px(float height) { return std::max(24.0f, height / 11.0f); }
float clock_px(float height) { return std::max(40.0f, height / 5.0f); }
float small_px(float height) { return std::max(16.0f, height / 22.0f); }

ImU32 rgb(unsigned c) { return IM_COL32((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, 255); }

struct Line {
  const char* begin;
  const char* end;
};

// `text` broken into lines no wider than `width` at `size` (words kept whole, newlines kept).
std::vector<Line> wrap(ImFont* font, float size, const std::string& text, float width) {
  std::vector<Line> lines;
  const char* p = text.c_str();
  const char* end = p + text.size();
  while (p < end) {
    const char* line_end = font->CalcWordWrapPositionA(size / font->FontSize, p, end, width);
    if (line_end == p) line_end = p + 1;
    const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(line_end - p)));
    if (nl) line_end = nl;
    lines.push_back({p, line_end});
    p = line_end;
    while (p < end && (*p == ' ' || *p == '\n')) ++p;
  }
  return lines;
}

float line_height(float size) { return size * 1.25f; }

// Draws lines centred on `centre_x` from `y`; returns the y below them.
float draw_centred(ImDrawList* dl, ImFont* font, float size, const std::vector<Line>& lines, float centre_x, float y,
                   ImU32 color) {
  for (const Line& l : lines) {
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, l.begin, l.end).x;
    dl->AddText(font, size, ImVec2(centre_x - w * 0.5f, y), color, l.begin, l.end);
    y += line_height(size);
  }
  return y;
}

float draw_left(ImDrawList* dl, ImFont* font, float size, const std::vector<Line>& lines, float x, float y, ImU32 color) {
  for (const Line& l : lines) {
    dl->AddText(font, size, ImVec2(x, y), color, l.begin, l.end);
    y += line_height(size);
  }
  return y;
}

}  // namespace

void build_audience_fonts(float height, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float r = std::max(1.0f, pixel_ratio);
  add_ui_font(false, text_px(height) * r, io.Fonts);
  add_ui_font(true, clock_px(height) * r, io.Fonts);
  add_ui_font(false, small_px(height) * r, io.Fonts);
  io.Fonts->Build();
  io.FontDefault = io.Fonts->Fonts[kText];
  io.FontGlobalScale = 1.0f / r;
  g_built_height = height;
}

bool audience_fonts_stale(float height) {
  return g_built_height <= 0 || height > g_built_height * 1.15f || height < g_built_height * 0.85f;
}

void draw_audience(const facilitation::AudienceFrame& frame) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.Fonts->Fonts.Size < 3) return;
  ImFont* text_font = io.Fonts->Fonts[kText];
  ImFont* clock_font = io.Fonts->Fonts[kClock];
  ImFont* small_font = io.Fonts->Fonts[kSmall];
  const ImVec2 size = io.DisplaySize;
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  dl->AddRectFilled(ImVec2(0, 0), size, rgb(kAudienceBackground));
  const float h = g_built_height > 0 ? g_built_height : size.y;
  const float margin = std::max(16.0f, size.y * 0.045f);
  const ImU32 urgency_color = frame.urgency == facilitation::Urgency::Over         ? rgb(kAudienceOver)
                              : frame.urgency == facilitation::Urgency::LastMinute ? rgb(kAudienceLastMinute)
                                                                                   : rgb(kAudienceText);

  // Top right: the count-down, and under it what it means in words.
  const float clock_size = clock_px(h), small_size = small_px(h), title_size = text_px(h);
  const ImVec2 clock_dim = clock_font->CalcTextSizeA(clock_size, FLT_MAX, 0, frame.clock.c_str());
  const ImVec2 caption_dim = small_font->CalcTextSizeA(small_size, FLT_MAX, 0, frame.clock_caption.c_str());
  const float clock_w = std::max(clock_dim.x, caption_dim.x);
  const float clock_x = size.x - margin - clock_w;
  dl->AddText(clock_font, clock_size, ImVec2(size.x - margin - clock_dim.x, margin), urgency_color, frame.clock.c_str());
  dl->AddText(small_font, small_size, ImVec2(size.x - margin - caption_dim.x, margin + clock_dim.y), urgency_color,
              frame.clock_caption.c_str());
  const float header_bottom = margin + clock_dim.y + caption_dim.y;

  // Top left: where we are, and the step's title, wrapped beside the clock.
  float y = margin;
  y = draw_left(dl, small_font, small_size, wrap(small_font, small_size, frame.step_of, clock_x - 2 * margin), margin, y,
                rgb(kAudienceMuted));
  y = draw_left(dl, clock_font, title_size, wrap(clock_font, title_size, frame.step_title, clock_x - 2 * margin), margin,
                y + small_size * 0.3f, rgb(kAudienceText));
  const float top = std::max(y, header_bottom) + margin;

  // The projected text, centred in what is left, as large as fits (down to a third of its size).
  if (frame.projected.empty()) return;
  const float width = size.x - 2 * margin;
  const float room = size.y - top - margin;
  float text_size = title_size;
  std::vector<Line> lines, attribution;
  for (;;) {
    lines = wrap(text_font, text_size, frame.projected, width);
    attribution = frame.attribution.empty() ? std::vector<Line>{}
                                            : wrap(text_font, text_size * 0.65f, frame.attribution, width);
    const float need = float(lines.size()) * line_height(text_size) +
                       (attribution.empty() ? 0 : text_size * 0.4f + float(attribution.size()) * line_height(text_size * 0.65f));
    if (need <= room || text_size <= title_size / 3) {
      y = top + std::max(0.0f, (room - need) * 0.4f);
      break;
    }
    text_size *= 0.9f;
  }
  y = draw_centred(dl, text_font, text_size, lines, size.x * 0.5f, y, rgb(kAudienceText));
  if (!attribution.empty())
    draw_centred(dl, text_font, text_size * 0.65f, attribution, size.x * 0.5f, y + text_size * 0.4f, rgb(kAudienceMuted));
}

}  // namespace stempush::ui
