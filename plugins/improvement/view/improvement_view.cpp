// The improvement engine's pages: the aim and the driver diagram (drivers_page.cpp), the PDSA
// cycles (cycles_page.cpp) and the measures on run charts (measures_page.cpp). This file holds
// the page switcher, the home card hook and the factory.
#include <string>

#include "imgui.h"
#include "improvement/model/improvement_model.hpp"
#include "improvement/view/drivers_page.hpp"
#include "stempush/plugin_view.hpp"
#include "view_state.hpp"

namespace improvement::view {
namespace {

class ImprovementView : public stempush::PluginView {
 public:
  explicit ImprovementView(ImprovementModel& model) : s_(model), drivers_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    ui::page_header(T("title"), T("purpose"));
    if (stempush::ui::page_button(T("nav.aim"), s_.page == Page::Aim)) s_.page = Page::Aim;
    stempush::ui::same_line_if_fits(stempush::ui::button_width(T("nav.cycles")));
    if (stempush::ui::page_button(T("nav.cycles"), s_.page == Page::Cycles)) s_.page = Page::Cycles;
    stempush::ui::same_line_if_fits(stempush::ui::button_width(T("nav.measures")));
    if (stempush::ui::page_button(T("nav.measures"), s_.page == Page::Measures)) s_.page = Page::Measures;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    // A cycle opened from another's end ("Start the next cycle") or from the diagram opens at its top.
    stempush::ui::top_of_page_on_switch(
        "improvement_page", std::to_string(int(s_.page)) + "/" + s_.open_cycle + "/" + std::to_string(s_.step));
    switch (s_.page) {
      case Page::Aim:
        drivers_.draw_aim(ctx);
        ImGui::Spacing();
        drivers_.draw_diagram(ctx);
        break;
      case Page::Cycles: draw_cycles(s_, ctx); break;
      case Page::Measures: draw_measures(s_, ctx); break;
    }
  }

  void draw_home_card(stempush::ViewContext& ctx) override { improvement::draw_home_card(s_.model, ctx); }

 private:
  State s_;
  DriversPage drivers_;
};

}  // namespace
}  // namespace improvement::view

std::unique_ptr<stempush::PluginView> stempush_make_improvement_view(stempush::PluginModel& model) {
  return std::make_unique<improvement::view::ImprovementView>(static_cast<improvement::ImprovementModel&>(model));
}
