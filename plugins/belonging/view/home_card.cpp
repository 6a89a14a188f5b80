// Belonging's card on the home page: the session date and how many students answered each survey.
#include "view_state.hpp"

namespace belonging::view {

void draw_status_card(const BelongingModel& model, stempush::ViewContext& ctx) {
  const auto& data = model.data();
  const std::string date = data.plan.date.empty() ? T("card.no_date") : data.plan.date;
  // A status line the user can click to open the page (and that tests can find by its text).
  if (ImGui::Selectable(TF("card.status", {date, std::to_string(data.pre.responses.size()),
                                           std::to_string(data.post.responses.size())}).c_str()))
    ctx.open_page();
}

}  // namespace belonging::view
