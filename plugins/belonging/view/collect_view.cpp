// Collecting the survey: kiosk mode (after a staff PIN is set), a CSV import with a column mapping
// and a row-by-row report, and typing answers into a grid. All three are the core's survey
// collector (stempush/ui/survey_ui.hpp) on the before and after surveys of the item bank.
#include "view_state.hpp"

namespace belonging::view {

stempush::ui::SurveyCommit State::survey_commit(stempush::ViewContext& ctx) {
  return [this, &ctx](const stempush::ui::SurveyEdit& edit) {
    // The first import that maps a group column names what the groups are, for the report.
    if (data().group_column_name.empty() && !edit.group_header.empty()) data().group_column_name = edit.group_header;
    commit_responses(ctx, edit.undo_label, edit.merge_key);
  };
}

std::vector<stempush::ui::SurveyTarget> State::survey_targets() {
  BelongingData& d = data();
  return {{T("collect.pre"), &d.bank, &d.pre, survey_name(SurveyKind::Pre)},
          {T("collect.post"), &d.bank, &d.post, survey_name(SurveyKind::Post)}};
}

void draw_collect(State& s, stempush::ViewContext& ctx) {
  BelongingData& d = s.data();
  ui::help_text(TF("collect.counts", {std::to_string(d.pre.responses.size()), std::to_string(d.post.responses.size())}).c_str());
  s.collector.draw(ctx, s.survey_targets(), d.kiosk_pin_hash, s.survey_commit(ctx));
}

}  // namespace belonging::view
