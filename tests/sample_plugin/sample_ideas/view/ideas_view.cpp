#include "imgui.h"
#include "sample_ideas/model/ideas_model.hpp"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/ui/handoff.hpp"
#include "stempush/ui/ui.hpp"

namespace sample_ideas {
namespace {

using stempush::tr;
using stempush::trf;
using stempush::trn;

class IdeasView : public stempush::PluginView {
 public:
  explicit IdeasView(IdeasModel& model) : model_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    stempush::ui::page_header(tr("sample_ideas.title"), tr("sample_ideas.purpose"));
    for (auto& idea : model_.ideas) {
      ImGui::BulletText("%s", idea.text.c_str());
      if (model_.show_sources && idea.source)
        ImGui::TextUnformatted(trf("sample_ideas.from", {stempush::ui::link_text(ctx, *idea.source)}).c_str());
    }
  }

  std::vector<stempush::ViewAction> actions() override {
    return {{"sample_ideas.add", ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_I, [this](stempush::ViewContext& ctx) {
               model_.add(tr("sample_ideas.new_idea"));
               ctx.commit(tr("sample_ideas.add"));
               ctx.open_page();
             }}};
  }

  bool has_settings() const override { return true; }
  void draw_settings(stempush::ViewContext& ctx) override {
    if (ImGui::Checkbox(tr("sample_ideas.show_sources"), &model_.show_sources)) ctx.commit(tr("sample_ideas.show_sources"));
  }

  void draw_home_card(stempush::ViewContext& ctx) override {
    if (ImGui::Selectable(trn("sample_ideas.card", static_cast<long long>(model_.ideas.size())).c_str())) ctx.open_page();
  }

 private:
  IdeasModel& model_;
};

}  // namespace
}  // namespace sample_ideas

std::unique_ptr<stempush::PluginView> stempush_make_sample_ideas_view(stempush::PluginModel& model) {
  return std::make_unique<sample_ideas::IdeasView>(static_cast<sample_ideas::IdeasModel&>(model));
}
