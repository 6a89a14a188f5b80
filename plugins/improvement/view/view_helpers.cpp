// What the improvement pages share: strings, the view state's feeds cache, the date field, and
// the names cycles go by.
#include <algorithm>

#include "stempush/dates.hpp"
#include "view_state.hpp"

namespace improvement::view {

const char* T(const std::string& key) { return stempush::tr("improvement." + key); }
std::string TF(const std::string& key, const std::vector<std::string>& args) {
  return stempush::trf("improvement." + key, args);
}

State::State(ImprovementModel& m) : model(m) {
  if (model.host())
    changes_heard_ = model.host()->subscribe([this](const stempush::SectionChange& change) {
      // Typing in this plugin's own fields changes no feed; everything else may (new responses in
      // another plugin, the small-group threshold in the profile, an undo, a load).
      if (change.section_id == model.info().id && change.cause == stempush::ChangeCause::Committed) return;
      feeds_.reset();
    });
}

const std::vector<stempush::MeasureSeries>& State::feeds() {
  if (!feeds_) {
    feeds_.emplace();
    feeds_error.clear();
    if (model.host()) {
      try {
        *feeds_ = model.host()->feeds();
      } catch (const std::exception& e) {
        feeds_error = e.what();
      }
    }
  }
  return *feeds_;
}

void State::start_cycle(stempush::ViewContext& ctx, const std::string& idea_id) {
  const std::string id = model.start_cycle(idea_id);
  if (id.empty()) return;
  ctx.commit(T("cycles.start"));
  open(id);
}

bool date_field(const char* label, const std::string& name, std::string* value, std::string* draft) {
  // Follow the model (undo, a loaded file) unless the user is part-way through a date.
  if (draft->empty() || stempush::is_iso_date(*draft)) *draft = *value;
  const bool bad = !draft->empty() && !stempush::is_iso_date(*draft);
  const std::string error = bad ? TF("bad_date", {*draft}) : std::string();
  ui::FieldOptions options;
  options.name = name.c_str();
  options.error = error.c_str();
  options.width = ImGui::GetFontSize() * 10;
  bool changed = false;
  if (ui::labelled_field(label, draft, options) && (draft->empty() || stempush::is_iso_date(*draft)) && *draft != *value) {
    *value = *draft;
    changed = true;
  }
  if (bad) ui::name_last_region(("##bad_date_" + name).c_str(), error);
  return changed;
}

const char* decision_text(Decision d) {
  switch (d) {
    case Decision::Adopt: return T("act.adopt");
    case Decision::Adapt: return T("act.adapt");
    case Decision::Abandon: return T("act.abandon");
    case Decision::Undecided: break;
  }
  return T("act.undecided");
}

}  // namespace improvement::view
