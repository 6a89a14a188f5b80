// The improvement engine's pages: the aim (and driver diagram), the PDSA cycles
// (cycles_page.cpp) and the measures on run charts (measures_page.cpp). This file holds the page
// switcher, the aim and the factory.
#include <string>

#include "imgui.h"
#include "improvement/model/improvement_model.hpp"
#include "stempush/dates.hpp"
#include "stempush/plugin_view.hpp"
#include "view_state.hpp"

namespace improvement::view {
namespace {

// A row of buttons that behaves like tabs, so that pages can also be switched from code (a cycle
// started from a change idea opens on the cycles page) and tests find each page by its name.
bool nav_button(const char* label, bool active) {
  if (active) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  }
  const bool pressed = ImGui::Button(label);
  if (active) ImGui::PopStyleColor(2);
  return pressed;
}

class ImprovementView : public stempush::PluginView {
 public:
  explicit ImprovementView(ImprovementModel& model) : s_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    ui::page_header(T("title"), T("purpose"));
    if (nav_button(T("nav.aim"), s_.page == Page::Aim)) s_.page = Page::Aim;
    ImGui::SameLine();
    if (nav_button(T("nav.cycles"), s_.page == Page::Cycles)) s_.page = Page::Cycles;
    ImGui::SameLine();
    if (nav_button(T("nav.measures"), s_.page == Page::Measures)) s_.page = Page::Measures;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    switch (s_.page) {
      case Page::Aim: draw_aim(ctx); break;
      case Page::Cycles: draw_cycles(s_, ctx); break;
      case Page::Measures: draw_measures(s_, ctx); break;
    }
  }

 private:
  void draw_aim(stempush::ViewContext& ctx) {
    ImprovementModel& model = s_.model;
    ui::section_heading(T("aim.heading"));
    ui::help_text(T("aim.help"));
    auto field = [&](const char* key, std::string* value) {
      if (ui::text_field(T(key), value)) ctx.commit(T(key), std::string("aim.") + key);
    };
    field("aim.what", &model.aim.what);
    field("aim.how_much", &model.aim.how_much);
    field("aim.for_whom", &model.aim.for_whom);
    // The date is kept in the field until it is a real date, so a half-typed date never reaches
    // the model (whose section only holds real dates).
    // Follow the model (undo, a loaded file) unless the user is part-way through a date.
    if (by_when_.empty() || stempush::is_iso_date(by_when_)) by_when_ = model.aim.by_when;
    const bool bad_date = !by_when_.empty() && !stempush::is_iso_date(by_when_);
    const std::string error = bad_date ? stempush::trf("improvement.aim.bad_date", {by_when_}) : std::string();
    ui::FieldOptions options;
    options.error = error.c_str();
    if (ui::labelled_field(T("aim.by_when"), &by_when_, options) &&
        (by_when_.empty() || stempush::is_iso_date(by_when_))) {
      model.aim.by_when = by_when_;
      ctx.commit(T("aim.by_when"), "aim.by_when");
    }
    if (bad_date) ui::name_last_region("##by_when_error", error);
  }

  State s_;
  std::string by_when_;
};

}  // namespace
}  // namespace improvement::view

std::unique_ptr<stempush::PluginView> stempush_make_improvement_view(stempush::PluginModel& model) {
  return std::make_unique<improvement::view::ImprovementView>(static_cast<improvement::ImprovementModel&>(model));
}
