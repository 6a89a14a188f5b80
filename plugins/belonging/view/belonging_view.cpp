// Skeleton: replaced by the real view.
#include "imgui.h"
#include "stempush/plugin_view.hpp"

namespace {
class View : public stempush::PluginView {
 public:
  void draw(stempush::ViewContext&) override { ImGui::TextUnformatted("belonging"); }
};
}  // namespace

std::unique_ptr<stempush::PluginView> stempush_make_belonging_view(stempush::PluginModel&) { return std::make_unique<View>(); }
