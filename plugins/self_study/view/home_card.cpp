// Self-study's card on the home page: how many cycles, and how far the latest one has come.
#include "imgui.h"
#include "self_study/view/self_study_view.hpp"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/ui/ui.hpp"

namespace self_study {

void SelfStudyView::draw_home_card(stempush::ViewContext& ctx) {
  const Cycle* latest = model_.latest_cycle();
  if (!latest) {
    if (stempush::ui::wrapped_selectable(stempush::tr("self_study.card.none"))) ctx.open_page();
    return;
  }
  int agreed = 0, indicators = 0;
  for (auto& d : model_.progress(latest->id)) {
    agreed += d.with_consensus;
    indicators += d.indicators;
  }
  // A status line the user can click to open the page (and that tests can find by its text).
  const std::string status = stempush::trf("self_study.card.latest", {stempush::trn("self_study.card.cycles", static_cast<long long>(model_.cycles().size())), latest->name,
                                                                      latest->date, std::to_string(agreed),
                                                                      std::to_string(indicators)});
  if (stempush::ui::wrapped_selectable(status)) ctx.open_page();
}

}  // namespace self_study
