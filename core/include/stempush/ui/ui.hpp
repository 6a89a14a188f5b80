// Shared UI helpers for the app shell and plugin views (Dear ImGui). Plugins use these so every
// page looks and behaves the same: one page layout, one empty state, one confirmation dialog.
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

namespace stempush::ui {

// Fonts the shell loads (regular at the user's size, bold, and a large size for projected text).
enum class Font { Regular, Bold, Heading, Huge };
void push_font(Font font);
void pop_font();

// Page title (heading font) and a one-line description under it.
void page_header(const char* title, const char* subtitle = nullptr);
// A section heading inside a page.
void section_heading(const char* text);
// Centered message for a page or list with nothing in it yet, with a hint of what to do.
void empty_state(const char* message, const char* hint = nullptr);
// Grey explanatory text that wraps.
void help_text(const char* text);
// A text field bound to a std::string; returns true when it changed this frame.
bool text_field(const char* label, std::string* value, const char* hint = nullptr, float width = -1);
bool text_area(const char* label, std::string* value, float height_lines = 4);
// Give the last item a name for automation and screen-reader work: for a hidden ImGui label
// ("##name") whose text is drawn elsewhere (a table header, a label above), or to tell apart
// repeated buttons ("Remove" on every row becomes "Remove step 3"). Replaces ImGui's label.
void label_last_item(const char* label);
// A button showing `visible` ("Remove") but named `name` ("Remove step 3") for automation and
// keyboard users, where many rows share one short visible label.
bool named_button(const char* visible, const std::string& name, bool small = true);
// A primary (accent coloured) button.
bool primary_button(const char* label);
// A red button for destructive actions.
bool danger_button(const char* label);

// Ask before destroying data. Call every frame; open it with ImGui::OpenPopup(popup_id).
// Returns true on the frame the user confirms.
bool confirm_dialog(const char* popup_id, const char* message, const char* confirm_label);

// Theme colours for charts: consistent across light and dark themes.
ImU32 chart_color(int index);          // categorical palette, colour-blind safe
ImU32 diverging_color(int level, int levels);  // disagree (red-ish) .. agree (blue-ish)
ImU32 text_color();
ImU32 muted_color();
bool dark_theme();

// Horizontal bars with labels on the left, drawn with ImDrawList. Values in [lo, hi].
// `compare` (may be empty) draws a thin marker for an earlier value per bar.
struct BarRow {
  std::string label;
  float value = 0;
  float compare = -1;  // < lo: none
  std::string value_text;  // shown at the bar's end
};
void bar_chart(const char* id, const std::vector<BarRow>& rows, float lo, float hi);

}  // namespace stempush::ui
