// The belonging plugin's pages: plan the session (and present it), collect the survey (kiosk,
// CSV import, typed grid), and the results with the facilitator's reflection. Each page lives in
// its own file; this one holds the page switcher, the shared helpers and the factory.
#include <cmath>
#include <cstdio>

#include "view_state.hpp"

namespace belonging::view {

const char* T(const char* key) { return stempush::tr(std::string("belonging.") + key); }
std::string TF(const char* key, const std::vector<std::string>& args) {
  return stempush::trf(std::string("belonging.") + key, args);
}
std::string fixed(double value, int decimals) {
  if (!std::isfinite(value)) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

const Results& State::current_results() {
  const int min_group_size = model.host() ? model.host()->min_group_size() : stempush::kDefaultMinGroupSize;
  if (!results || results_edits != response_edits) {
    results = compute_results(model.data(), min_group_size);
    results_edits = response_edits;
  }
  return *results;
}

namespace {

class BelongingView : public stempush::PluginView {
 public:
  explicit BelongingView(BelongingModel& model) : state_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    // First, on every frame: a kiosk that was running when the app stopped reopens here.
    if (state_.collector.draw_running_kiosk(ctx, state_.survey_targets(), state_.survey_commit(ctx))) return;
    if (state_.presenting) return draw_presenter(state_, ctx);

    ui::page_header(T("title"), T("purpose"));
    using Page = State::Page;
    if (stempush::ui::page_button(T("nav.plan"), state_.page == Page::Plan)) state_.page = Page::Plan;
    stempush::ui::same_line_if_fits(stempush::ui::button_width(T("nav.collect")));
    if (stempush::ui::page_button(T("nav.collect"), state_.page == Page::Collect)) state_.page = Page::Collect;
    stempush::ui::same_line_if_fits(stempush::ui::button_width(T("nav.results")));
    if (stempush::ui::page_button(T("nav.results"), state_.page == Page::Results)) state_.page = Page::Results;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    stempush::ui::top_of_page_on_switch("belonging_page", int(state_.page));
    switch (state_.page) {
      case Page::Plan: draw_plan(state_, ctx); break;
      case Page::Collect: draw_collect(state_, ctx); break;
      case Page::Results: draw_results(state_, ctx); break;
    }
  }

  void draw_home_card(stempush::ViewContext& ctx) override { draw_status_card(state_.model, ctx); }

 private:
  State state_;
};

}  // namespace
}  // namespace belonging::view

std::unique_ptr<stempush::PluginView> stempush_make_belonging_view(stempush::PluginModel& model) {
  return std::make_unique<belonging::view::BelongingView>(static_cast<belonging::BelongingModel&>(model));
}
