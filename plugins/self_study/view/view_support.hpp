// Small helpers shared by the self-study pages: wording of states and figures, and text fields
// whose visible label differs per row (so that automation and screen-reader work can tell rows
// apart: "Aim 2", "Owner 2").
#pragma once
#include <string>
#include <vector>

#include "imgui.h"
#include "self_study/model/self_study_model.hpp"
#include "stempush/ui/ui.hpp"

namespace self_study::view {

// "2.6", or "no data" for NaN.
std::string mean_text(double mean);
// "+0.4", "-0.3", "0.0", or "—" for NaN.
std::string change_text(double change);
// "Not yet (1)", "Not applicable", "Don't know", "Not rated yet".
std::string answer_text(const Framework& framework, RatingState state, int level);
// Short form for tables: "1".."N", "N/A", "?", "–".
std::string answer_short(RatingState state, int level);
const char* status_text(PriorityStatus status);

// Today as YYYY-MM-DD (local time): the default date of a new cycle.
std::string today();

// Lines of a text area, trimmed, empty ones dropped; and back.
std::vector<std::string> split_lines(const std::string& text);
std::string join_lines(const std::vector<std::string>& lines);

// A text field with its label drawn above and announced as `automation_label`
// (defaults to the visible one). Edits a copy of `value`; returns true and the new text
// when the user changed it this frame.
bool field(const char* label, const std::string& value, std::string* changed, const char* hint = nullptr,
           const std::string& automation_label = {}, float width = -1);
// `activate`: start typing in it from the next frame (keyboard users jumping to it).
bool area(const char* label, const std::string& value, std::string* changed, float lines = 3,
          const std::string& automation_label = {}, bool activate = false);

using stempush::ui::named_button;  // "Remove" in a row, named "Remove cycle Fall 2026"

// Colour of a rating level on the scale (low: orange, high: blue), matched in the chart and tables.
ImU32 level_color(const Framework& framework, int level);
// A framework text as the pages show it (from model.shown_framework()): in the UI's language, or
// in English tagged "(EN)" where the framework has no translation for it. After the item that
// shows it, english_tooltip() explains the tag on hover.
std::string shown(const std::string& text, const Texts& texts, const char* field);
void english_tooltip(const Texts& texts, const char* field);

// A warm highlight for disagreements, readable on both themes.
ImU32 disagreement_bg();

}  // namespace self_study::view
