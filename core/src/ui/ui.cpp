#include <algorithm>
#include <climits>
#include <cstdio>

#include "core_fonts.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "imgui_internal.h"
#include "stempush/automation.hpp"
#include "stempush/chart_layout.hpp"
#include "stempush/i18n.hpp"
#include "style.hpp"

namespace stempush::ui {
namespace {
ImFont* g_fonts[4] = {};
// The huge font (the kiosk's questions, the presenter's projected text) is built with the atlas
// only once a screen has asked for it: most sessions never show one, and rasterising it was half
// of the atlas, the largest part of the browser's first frame (bench/web: font atlas).
bool g_huge_wanted = false;
bool g_dark = false;

// Tell the automation layer (and ImGui's debug tools) the visible label of the last item, for
// fields whose ImGui label is hidden ("##field") because the label is drawn above them.
void announce_label(const char* label) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, g.LastItemData.StatusFlags);
  (void)g;
}

// Latin-1, Latin Extended-A (names), general punctuation (– — ‘ ’ “ ” … •): Noto Sans. The same
// ranges as the font subset in core/CMakeLists.txt.
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2030, 0x205E, 0};
// The arrows ← ↑ → ↓ (key hints): Noto Sans lacks them, Noto Sans Symbols has them.
const ImWchar kSymbolRanges[] = {0x2190, 0x2193, 0};
}  // namespace

ImFont* add_ui_font(bool bold, float pixels, ImFontAtlas* atlas) {
  if (!atlas) atlas = ImGui::GetIO().Fonts;
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the data is compiled into the binary
  // Sub-pixel positioning for text sizes, none for large glyphs (headings, the kiosk's huge
  // text, everything at 200 % or on hi-DPI screens), where it cannot be seen: rasterising the
  // atlas was most of the browser's first frame (bench/web: font atlas).
  cfg.OversampleH = pixels < 20 ? 2 : 1;
  const std::string_view ttf = core_fonts::asset(bold ? "bold.ttf" : "regular.ttf");
  ImFont* font = atlas->AddFontFromMemoryTTF(const_cast<char*>(ttf.data()), static_cast<int>(ttf.size()), pixels,
                                             &cfg, kGlyphRanges);
  ImFontConfig merge = cfg;
  merge.MergeMode = true;
  // Noto Sans Symbols draws its arrows small (← 7 x 3 px beside a 9 px capital): merged half as
  // large again, they read as key caps' arrows, about a capital's size, still on the line.
  const float symbol_scale = 1.5f;
  const std::string_view symbols = core_fonts::asset(bold ? "symbols-bold.ttf" : "symbols-regular.ttf");
  atlas->AddFontFromMemoryTTF(const_cast<char*>(symbols.data()), static_cast<int>(symbols.size()),
                              pixels * symbol_scale, &merge, kSymbolRanges);
  return font;
}

void build_font_atlas(float size, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float r = std::max(1.0f, pixel_ratio);
  g_fonts[int(Font::Regular)] = add_ui_font(false, size * r);
  g_fonts[int(Font::Bold)] = add_ui_font(true, size * r);
  g_fonts[int(Font::Heading)] = add_ui_font(true, size * 1.45f * r);
  g_fonts[int(Font::Huge)] = g_huge_wanted ? add_ui_font(false, std::max(40.0f, size * 2.4f) * r) : nullptr;
  io.Fonts->Build();
  io.FontDefault = g_fonts[int(Font::Regular)];
  // Fonts are rasterised at device pixels and drawn at logical size.
  io.FontGlobalScale = 1.0f / r;
}

void apply_theme(bool dark, float) {
  g_dark = dark;
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  style.WindowRounding = 6;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.PopupRounding = 6;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(10, 8);
  style.WindowPadding = ImVec2(16, 14);
  style.ScrollbarSize = 14;
  ImVec4* c = style.Colors;
  // One accent (a deep teal) on both themes, with contrast checked against the backgrounds.
  const ImVec4 accent = dark ? ImVec4(0.20f, 0.62f, 0.66f, 1) : ImVec4(0.05f, 0.45f, 0.50f, 1);
  c[ImGuiCol_Button] = ImVec4(accent.x, accent.y, accent.z, dark ? 0.45f : 0.18f);
  c[ImGuiCol_ButtonHovered] = ImVec4(accent.x, accent.y, accent.z, dark ? 0.70f : 0.32f);
  // Pressed: a darker solid teal in the dark theme (the translucent one left white text at 4:1).
  c[ImGuiCol_ButtonActive] = dark ? ImVec4(accent.x * 0.75f, accent.y * 0.75f, accent.z * 0.75f, 1)
                                  : ImVec4(accent.x, accent.y, accent.z, 0.85f);
  c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, dark ? 0.40f : 0.20f);
  c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, dark ? 0.60f : 0.30f);
  c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.75f);
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_SliderGrab] = accent;
  c[ImGuiCol_NavHighlight] = accent;
  c[ImGuiCol_TabHovered] = c[ImGuiCol_HeaderHovered];  // ImGui's bright blue left text under 4.5:1
  // Fields are found by their edge: a border of at least 3:1 against the window (WCAG 1.4.11) on
  // both themes. Every pair is checked in tests/ui/style_test.cpp.
  style.FrameBorderSize = 1;
  if (!dark) {
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Border] = ImVec4(0.46f, 0.48f, 0.50f, 1);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.92f, 0.93f, 0.92f, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.39f, 0.41f, 1);  // muted, still 4.5:1 on white
  } else {
    c[ImGuiCol_Border] = ImVec4(0.42f, 0.44f, 0.46f, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.60f, 0.60f, 0.60f, 1);  // ImGui's 0.50 grey is under 4.5:1 on the menu bar
  }
}

ImU32 text_style_color(TextStyle style) {
  // Contrast against the theme's backgrounds is checked in tests/ui/style_test.cpp.
  switch (style) {
    case TextStyle::Muted: return muted_color();
    case TextStyle::Error: return g_dark ? IM_COL32(255, 128, 115, 255) : IM_COL32(179, 28, 23, 255);
    case TextStyle::Warning: return g_dark ? IM_COL32(250, 186, 77, 255) : IM_COL32(140, 82, 0, 255);
    case TextStyle::Success: return g_dark ? IM_COL32(115, 217, 128, 255) : IM_COL32(26, 115, 46, 255);
  }
  return text_color();
}

void styled_text(TextStyle style, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, text_style_color(style));
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

bool dark_theme() { return g_dark; }

void label_last_item(const char* label) {
  announce_label(label);  // ImGui's debug tools
  automation::set_label(ImGui::GetCurrentContext()->LastItemData.ID, label);
}

void push_font(Font font) {
  if (font == Font::Huge && !g_fonts[int(font)]) {
    // Not in the atlas yet: the platform sees font_missing() after this frame, rebuilds the atlas
    // and draws the frame again before showing it (this one, in the heading font, is not shown).
    g_huge_wanted = true;
    font = Font::Heading;
  }
  ImGui::PushFont(g_fonts[int(font)] ? g_fonts[int(font)] : ImGui::GetFont());
}
bool font_missing() { return g_huge_wanted && !g_fonts[int(Font::Huge)]; }
void forget_fonts() {
  for (ImFont*& font : g_fonts) font = nullptr;
  g_huge_wanted = false;
}
void pop_font() { ImGui::PopFont(); }

void page_header(const char* title, const char* subtitle) {
  push_font(Font::Heading);
  ImGui::TextUnformatted(title);
  pop_font();
  if (subtitle) help_text(subtitle);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
}

void section_heading(const char* text) {
  ImGui::Spacing();
  push_font(Font::Bold);
  ImGui::TextWrapped("%s", text);  // a long Spanish heading in a narrow column at 200% wraps
  pop_font();
}

void help_text(const char* text) { styled_text(TextStyle::Muted, text); }

void empty_state(const char* message, const char* hint) {
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 2));
  push_font(Font::Bold);
  float w = ImGui::CalcTextSize(message).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - w) * 0.5f));
  ImGui::TextUnformatted(message);
  pop_font();
  // Named so that automation and screen readers can tell an empty page from a missing one.
  name_last_region((std::string("##empty_state_") + message).c_str(), message);
  if (hint) {
    float hw = std::min(width, ImGui::CalcTextSize(hint).x);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - hw) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + hw + 1);
    ImGui::PushStyleColor(ImGuiCol_Text, muted_color());
    ImGui::TextWrapped("%s", hint);
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
  }
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
}

float area_lines(const std::string& text, float at_least) {
  // Grows with what is written, one empty line to spare, up to a screenful (then it scrolls).
  const float written = float(std::count(text.begin(), text.end(), '\n') + 2);
  return std::max(at_least, std::min(written, kAreaMaxLines));
}

void keep_text_on_escape() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  // Dear ImGui's Esc puts a field back as it was when the user clicked into it, throwing away
  // what was typed; here it only leaves the field (the text, written through on every key, stays).
  // Clearing the active id before the field is drawn keeps ImGui from seeing the key at all, and
  // the field still reports IsItemDeactivated() so views that store on leaving still store.
  if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId && ImGui::IsKeyPressed(ImGuiKey_Escape, false))
    ImGui::ClearActiveID();
}

namespace {
std::string g_focus_key;  // the field added last, until it is drawn and takes the focus
}

void focus_new_field(std::string key) { g_focus_key = std::move(key); }

bool take_focus(const std::string& key) {
  if (g_focus_key.empty() || g_focus_key != key) return false;
  g_focus_key.clear();
  ImGui::SetKeyboardFocusHere();  // the next item: activated next frame, scrolled into view if needed
  return true;
}

bool labelled_field(const char* label, std::string* value, const FieldOptions& o) {
  const char* name = o.name && *o.name ? o.name : label;
  ImGui::TextUnformatted(label);
  ImGui::PushID(name);  // rows that repeat a visible label keep their ids apart by name
  const bool area = o.lines > 0;
  const char* id = area ? "##area" : "##field";
  if (o.activate) {
    // SetKeyboardFocusHere() loses to the Enter key that asked for it (it still activates the
    // row that had focus); activating the box by id does not.
    ImGui::ActivateItemByID(ImGui::GetID(id));
    ImGui::SetScrollHereY(0.3f);
  }
  bool result;
  if (area) {
    result = ImGui::InputTextMultiline(id, value, ImVec2(o.width, ImGui::GetTextLineHeight() * area_lines(*value, o.lines) + 8),
                                       o.flags);
  } else {
    ImGui::SetNextItemWidth(o.width);
    result = ImGui::InputTextWithHint(id, o.hint ? o.hint : "", value, o.flags);
  }
  // The box's ImGui label is hidden: name it so automation and navigation find it.
  label_last_item(name);
  ImGui::PopID();
  if (o.error && *o.error) styled_text(TextStyle::Error, o.error);
  return result;
}

bool text_field(const char* label, std::string* value, const char* hint, float width) {
  FieldOptions o;
  o.hint = hint;
  o.width = width;
  return labelled_field(label, value, o);
}

bool text_area(const char* label, std::string* value, float height_lines) {
  FieldOptions o;
  o.lines = height_lines;
  return labelled_field(label, value, o);
}

void english_tag_tooltip(bool english_shown) {
  if (english_shown) ImGui::SetItemTooltip("%s", tr("ui.english_tag_help"));
}

void name_last_region(const char* id, const std::string& name) {
  const ImRect rect = ImGui::GetCurrentContext()->LastItemData.Rect;
  const ImGuiID item = ImGui::GetID(id);
  ImGui::ItemAdd(rect, item, nullptr, ImGuiItemFlags_NoNav);
  label_last_item(name.c_str());
  automation::set_role(item, automation::Role::Text);  // read to a screen reader, never clicked
}

bool named_button(const char* visible, const std::string& name, bool small) {
  ImGui::PushID(name.c_str());  // many rows show the same text: the name keeps their ids apart
  const bool pressed = small ? ImGui::SmallButton(visible) : ImGui::Button(visible);
  ImGui::PopID();
  label_last_item(name.c_str());
  return pressed;
}

void top_of_page_on_switch(const char* what, int page) {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  int* last = storage->GetIntRef(ImGui::GetID(what), INT_MIN);
  if (*last != page) {
    if (*last != INT_MIN) ImGui::SetScrollY(0);
    *last = page;
  }
}

void top_of_page_on_switch(const char* what, const std::string& page) {
  top_of_page_on_switch(what, static_cast<int>(ImHashStr(page.c_str())));
}

void same_line_if_fits(float width) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

std::string fit_to_width(const std::string& text, float room) {
  if (ImGui::CalcTextSize(text.c_str()).x <= room) return text;
  const char* ellipsis = "\xe2\x80\xa6";
  const float left = std::max(0.0f, room - ImGui::CalcTextSize(ellipsis).x);
  // One pass: the font stops measuring at the first character that would pass `left`.
  const char* cut = text.c_str();
  ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), left, 0.0f, text.c_str(), text.c_str() + text.size(), &cut);
  std::string shown(text.c_str(), cut);
  while (!shown.empty() && shown.back() == ' ') shown.pop_back();
  return shown + ellipsis;
}

void same_line_at_top(float spacing) {
  ImGui::SameLine(0.0f, spacing);
  // SameLine carries the line's text baseline over (set by the framed box that ended the last
  // group); a cell that starts with a label wants the row's top instead.
  ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0.0f;
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool wrapped_selectable(const std::string& text) {
  const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushID(text.c_str());
  const bool clicked = ImGui::Selectable("##wrapped", false, 0, ImVec2(width, size.y));
  ImGui::PopID();
  label_last_item(text.c_str());
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text),
                                      text.c_str(), nullptr, width);
  return clicked;
}

bool page_button(const char* label, bool active) {
  if (active) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  }
  const bool pressed = ImGui::Button(label);
  if (active) ImGui::PopStyleColor(2);
  return pressed;
}

bool primary_button(const char* label) {
  const ImVec4 accent = dark_theme() ? ImVec4(0.20f, 0.62f, 0.66f, 1) : ImVec4(0.05f, 0.45f, 0.50f, 1);
  ImGui::PushStyleColor(ImGuiCol_Button, accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(accent.x * 1.15f, accent.y * 1.15f, accent.z * 1.15f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(3);
  return pressed;
}

bool danger_button(const char* label) {
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.75f, 0.18f, 0.15f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.85f, 0.25f, 0.2f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(3);
  return pressed;
}

bool confirm_dialog(const char* popup_id, const char* message, const char* confirm_label) {
  bool confirmed = false;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(popup_id, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextWrapped("%s", message);
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (danger_button(confirm_label)) {
      confirmed = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("app.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  return confirmed;
}

ImU32 chart_color(int index) {
  const chart::Rgb8 c = chart::categorical_rgb(index);  // shared with the HTML reports
  return IM_COL32(c.r, c.g, c.b, 255);
}

ImU32 diverging_color(int level, int levels) {
  const chart::Rgb8 c = chart::diverging_rgb(level, levels);  // shared with the HTML reports
  return IM_COL32(c.r, c.g, c.b, 255);
}

ImU32 text_color() { return ImGui::GetColorU32(ImGuiCol_Text); }
ImU32 muted_color() { return ImGui::GetColorU32(ImGuiCol_TextDisabled); }

}  // namespace stempush::ui
