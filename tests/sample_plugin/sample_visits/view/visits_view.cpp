#include "imgui.h"
#include "sample_visits/model/visits_model.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/survey_ui.hpp"
#include "stempush/ui/ui.hpp"

namespace sample_visits {
namespace ui = stempush::ui;

struct VisitsView : stempush::PluginView {
  explicit VisitsView(VisitsModel& model) : model(model) {}
  VisitsModel& model;
  ui::SurveyCollector collector;  // remembers the running kiosk, import and grid between frames

  void draw(stempush::ViewContext& ctx) override {
    auto commit = [&](const ui::SurveyEdit& e) { ctx.commit(e.undo_label, e.merge_key); };
    const std::vector<ui::SurveyTarget> surveys = {{stempush::tr("sample_visits.ticket"), &model.ticket, &model.answers}};
    if (collector.draw_running_kiosk(ctx, surveys, commit)) return;  // the kiosk owns the screen
    ui::page_header(stempush::tr("sample_visits.title"), stempush::tr("sample_visits.purpose"));
    if (ui::text_field(stempush::tr("sample_visits.date"), &model.date)) ctx.commit("date", "date");
    if (ImGui::Button(stempush::tr("sample_visits.export_ics"))) try {
        ctx.offer_file("visit.ics", "text/calendar", model.ics());
      } catch (const std::exception& e) {
        ctx.toast(e.what(), true);
      }
    collector.draw(ctx, surveys, model.pin_hash, commit);
  }
};

}  // namespace sample_visits

std::unique_ptr<stempush::PluginView> stempush_make_sample_visits_view(stempush::PluginModel& model) {
  return std::make_unique<sample_visits::VisitsView>(static_cast<sample_visits::VisitsModel&>(model));
}
