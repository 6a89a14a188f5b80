#include "self_study/view/view_support.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "imgui_internal.h"  // ActivateItemByID
#include "imgui_stdlib.h"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace self_study::view {

using stempush::tr;
namespace ui = stempush::ui;

std::string mean_text(double mean) {
  if (std::isnan(mean)) return tr("self_study.no_data");
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", mean);
  return buf;
}

std::string change_text(double change) {
  if (std::isnan(change)) return "—";
  char buf[32];
  // Rounded first so that -0.04 does not read as "-0.0".
  double rounded = std::round(change * 10) / 10;
  std::snprintf(buf, sizeof buf, "%+.1f", rounded == 0 ? 0.0 : rounded);
  return rounded == 0 ? std::string("0.0") : std::string(buf);
}

std::string answer_text(const Framework& framework, RatingState state, int level) {
  switch (state) {
    case RatingState::Rated: {
      const ScaleLevel* l = framework.scale.level(level);
      return (l ? l->label : std::string("?")) + " (" + std::to_string(level) + ")";
    }
    case RatingState::NotApplicable: return tr("self_study.state.not_applicable");
    case RatingState::DontKnow: return tr("self_study.state.dont_know");
    case RatingState::Unrated: break;
  }
  return tr("self_study.state.unrated");
}

std::string answer_short(RatingState state, int level) {
  switch (state) {
    case RatingState::Rated: return std::to_string(level);
    case RatingState::NotApplicable: return tr("self_study.short.not_applicable");
    case RatingState::DontKnow: return "?";
    case RatingState::Unrated: break;
  }
  return "–";
}

const char* status_text(PriorityStatus status) {
  switch (status) {
    case PriorityStatus::Planned: return tr("self_study.status.planned");
    case PriorityStatus::InProgress: return tr("self_study.status.in_progress");
    case PriorityStatus::Done: return tr("self_study.status.done");
    case PriorityStatus::SetAside: return tr("self_study.status.set_aside");
  }
  return "";
}

std::string today() { return stempush::today_iso(); }

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    size_t a = line.find_first_not_of(" \t\r"), b = line.find_last_not_of(" \t\r");
    if (a != std::string::npos) lines.push_back(line.substr(a, b - a + 1));
    start = end + 1;
  }
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) text += (i ? "\n" : "") + lines[i];
  return text;
}

bool field(const char* label, const std::string& value, std::string* changed, const char* hint,
           const std::string& automation_label, float width) {
  *changed = value;
  stempush::ui::FieldOptions options;
  options.hint = hint;
  options.width = width;
  options.name = automation_label.empty() ? nullptr : automation_label.c_str();
  return stempush::ui::labelled_field(label, changed, options);
}

bool area(const char* label, const std::string& value, std::string* changed, float lines,
          const std::string& automation_label, bool activate) {
  *changed = value;
  stempush::ui::FieldOptions options;
  options.lines = lines;
  options.name = automation_label.empty() ? nullptr : automation_label.c_str();
  options.activate = activate;
  return stempush::ui::labelled_field(label, changed, options);
}

ImU32 level_color(const Framework& framework, int level) {
  int levels = framework.scale.max() - framework.scale.min() + 1;
  return stempush::ui::diverging_color(level - framework.scale.min(), levels);
}

std::string shown(const std::string& text, const Texts& texts, const char* field) {
  return shown_text(text, texts, field);  // the model's, so the pages and the report agree
}

void english_tooltip(const Texts& texts, const char* field) { ui::english_tag_tooltip(texts.shows_english(field)); }

ImU32 disagreement_bg() {
  return stempush::ui::dark_theme() ? IM_COL32(150, 90, 0, 90) : IM_COL32(255, 196, 80, 90);
}

}  // namespace self_study::view
