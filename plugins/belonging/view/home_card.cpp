// Belonging's card on the home page: the session date and how many students answered each survey.
#include "stempush/i18n_plural.hpp"
#include "view_state.hpp"

namespace belonging::view {

void draw_status_card(const BelongingModel& model, stempush::ViewContext& ctx) {
  const auto& data = model.data();
  const std::string date = data.plan.date.empty() ? T("card.no_date") : data.plan.date;
  // A status line the user can click to open the page (and that tests can find by its text).
  const auto responses = [](const Survey& survey) {
    return stempush::trn("belonging.card.responses", static_cast<long long>(survey.responses.size()));
  };
  if (ui::wrapped_selectable(TF("card.status", {date, responses(data.pre), responses(data.post)})))
    ctx.open_page();
}

}  // namespace belonging::view
