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
    ImGui::SameLine();
    if (stempush::ui::page_button(T("nav.cycles"), s_.page == Page::Cycles)) s_.page = Page::Cycles;
    ImGui::SameLine();
    if (stempush::ui::page_button(T("nav.measures"), s_.page == Page::Measures)) s_.page = Page::Measures;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
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
