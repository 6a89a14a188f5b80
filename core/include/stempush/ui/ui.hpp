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
// Grey explanatory text that wraps (the Muted text style).
void help_text(const char* text);

// Text styles for status messages. Their colours reach 4.5:1 contrast (WCAG AA) against the
// window, child, popup and menu-bar backgrounds of both themes (tests/ui/style_test.cpp checks
// the theme's actual colours), so never pick an ad-hoc colour for an error.
enum class TextStyle { Muted, Error, Warning, Success };
ImU32 text_style_color(TextStyle style);  // for the current theme
void styled_text(TextStyle style, const char* text);  // wrapped to the available width

// The one labelled text field: the visible label above the box (so it wraps and translates
// well), the box, and an optional error under it. Returns what ImGui::InputText returns (with
// ImGuiInputTextFlags_EnterReturnsTrue: true when Enter is pressed).
struct FieldOptions {
  const char* hint = nullptr;       // grey text in an empty single-line box
  float width = -1;                 // pixels; -1 = the available width
  float lines = 0;                  // > 0: a multi-line box this many text lines high (full width)
  ImGuiInputTextFlags flags = 0;    // password, digits only, Enter returns true...
  const char* name = nullptr;       // the field's name for automation and screen readers when the
                                    // visible label repeats ("Name" on every row: "Name of person 3")
  bool activate = false;            // take the keyboard focus this frame
  const char* error = nullptr;      // shown under the box in the Error style when not empty
};
// A multi-line field (`lines` > 0) grows with its text: area_lines() is how many lines it shows.
bool labelled_field(const char* label, std::string* value, const FieldOptions& options = {});
inline constexpr float kAreaMaxLines = 16;
float area_lines(const std::string& text, float at_least);
// The shell calls this at the start of every frame: Esc in any text field (the core's or a
// plugin's own ImGui::InputText) leaves the field and keeps what was typed.
void keep_text_on_escape();
// Call once per frame after ImGui::NewFrame: on a touch screen a finger that moves more than a
// few pixels scrolls the page or list under it (both ways) instead of pressing what it started on;
// a tap still taps. Mouse and pen input are left alone (they have wheels and scrollbars).
void touch_scroll();
// A view that switches between its own pages calls this each frame, in the window that scrolls
// (the shell's page, or the view's own child), with the page it shows: on a switch (a button, or
// a step that opens another page or item) the window goes back to the top, so the new page starts
// at its heading, not where the last one was scrolled to (`what` names the switch). The string
// form takes a page and the item open on it ("cycles/c7"): opening another item is a switch too.
void top_of_page_on_switch(const char* what, int page);
void top_of_page_on_switch(const char* what, const std::string& page);
// A newly added field takes the keyboard focus: call focus_new_field(key) when adding the row,
// and take_focus(key) just before drawing its first field (labelled_field or ImGui::InputText)
// with the same key ("profile.staff.3"). take_focus is true once and focuses the next item.
void focus_new_field(std::string key);
bool take_focus(const std::string& key);
// Shorthands for the two common cases.
bool text_field(const char* label, std::string* value, const char* hint = nullptr, float width = -1);
bool text_area(const char* label, std::string* value, float height_lines = 4);
// After an item showing i18n::with_english_tag(text, true) ("text (EN)"): explains the tag on hover.
void english_tag_tooltip(bool english_shown);
// Gives drawn text (or any region just drawn) a name that automation and screen readers can
// read, e.g. the facilitator clock "Time left in this step: 4:05". `id` must be unique in the
// window; the region is not focusable and takes no space.
void name_last_region(const char* id, const std::string& name);
// Give the last item a name for automation and screen-reader work: for a hidden ImGui label
// ("##name") whose text is drawn elsewhere (a table header, a label above), or to tell apart
// repeated buttons ("Remove" on every row becomes "Remove step 3"). Replaces ImGui's label.
void label_last_item(const char* label);
// A button showing `visible` ("Remove") but named `name` ("Remove step 3") for automation and
// keyboard users, where many rows share one short visible label.
bool named_button(const char* visible, const std::string& name, bool small = true);
// A primary (accent coloured) button.
bool primary_button(const char* label);
// Rows of buttons that wrap like words (long Spanish labels, large text, small windows): call it
// instead of ImGui::SameLine() before each item of a row but the first, with the width the next
// item needs; it stays on this line if it fits, else it starts the next one.
void same_line_if_fits(float width);
// ImGui::SameLine() for the next cell of a row of labelled fields (a label above a box, each in a
// group): the next cell starts at the row's top. After plain SameLine() its label would sit on
// the last box's text baseline, the frame padding lower than the first cell's label, and its box
// as much lower too.
void same_line_at_top(float spacing = -1.0f);
float button_width(const char* label);  // what ImGui::Button(label) needs (text after ## hidden)
// The text as it fits `room` pixels in the current font: whole, or cut at a character boundary
// with "…" after it (counted in the width), so that a cut is seen as one (a calendar cell, a
// table column that holds only the start of a long statement).
std::string fit_to_width(const std::string& text, float room);
// A clickable line of text that wraps to the width available (a home card's status: "1 ciclo. El
// más reciente: …" at 200% is wider than the card). Named by its text for tests and screen readers.
bool wrapped_selectable(const std::string& text);
// One button of a row that switches a plugin's pages like tabs; the page on screen (`active`) is
// drawn pressed. Tests and keyboard users find each page by its name.
bool page_button(const char* label, bool active);
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

}  // namespace stempush::ui
