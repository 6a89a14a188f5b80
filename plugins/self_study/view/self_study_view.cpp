// Skeleton: replaced by the real view.
#include "imgui.h"
#include "stempush/plugin_view.hpp"

namespace {
class View : public stempush::PluginView {
 public:
  void draw(stempush::ViewContext&) override { ImGui::TextUnformatted("self_study"); }
};
}  // namespace

std::unique_ptr<stempush::PluginView> stempush_make_self_study_view(stempush::PluginModel&) { return std::make_unique<View>(); }
