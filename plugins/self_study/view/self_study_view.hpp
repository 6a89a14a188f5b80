// The self-study plugin's pages (Dear ImGui): home (cycles, priorities, framework, exports),
// cycle set-up, rating, consensus, summary and plan.
//
// The view keeps only ids and drafts between frames (never pointers into the model: any edit or
// undo may reallocate), reads the model through its const accessors and queries, and changes it
// only through its mutation methods followed by ViewContext::commit so that undo and autosave
// see every change.
#pragma once
#include <exception>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "self_study/model/self_study_model.hpp"
#include "stempush/plugin_view.hpp"

namespace self_study {

enum class Page { Home, Cycle, Rate, Consensus, Summary, Plan };

class SelfStudyView : public stempush::PluginView {
 public:
  explicit SelfStudyView(SelfStudyModel& model);
  void draw(stempush::ViewContext& ctx) override;
  void draw_home_card(stempush::ViewContext& ctx) override;  // home_card.cpp

  // Go to a page of a cycle (empty: keep the current one). The benchmark uses it to draw the
  // summary page; the pages use it to link to each other.
  void open(Page page, const std::string& cycle_id = {});

 private:
  enum class Removal { None, Cycle, Participant, Priority };

  // pages (self_study_view.cpp, rating_pages.cpp, summary_pages.cpp)
  void nav_strip();
  void home_page();
  void cycle_page();
  void rate_page();
  void consensus_page();
  void summary_page();
  void plan_page();

  // pieces
  void cycles_section();
  void new_cycle_section();
  void priorities_overview();
  void framework_section();
  void exports_section(bool compact = false);  // compact: the buttons only
  void indicator_list(const Cycle& cycle, const Participant& participant, const Domain& domain);
  void rating_detail(const Cycle& cycle, const Participant& participant);
  void consensus_editor(const Cycle& cycle, const ConsensusRow& row);
  void indicator_heading(const IndicatorRef& ref);
  void domain_chart(const CycleSummary& summary, const Cycle* previous);
  void priority_card(const Priority& priority, int number);

  // Applies an edit and records it for undo; shows the model's message if it refuses.
  template <typename Edit>
  bool edit(const std::string& undo_label, Edit&& change, const std::string& merge_key = {});
  void rate_key(const std::string& indicator_id, const Rating& current);
  void show_indicator(const std::string& indicator_id);
  void keep_selection_valid();
  void handle_picked_framework();
  void ask_removal(Removal kind, const std::string& id, const std::string& owner_id = {});
  void removal_dialog();

  SelfStudyModel& model_;
  stempush::ViewContext* ctx_ = nullptr;

  Page page_ = Page::Home;
  std::string cycle_id_;        // the cycle every page works on
  std::string participant_id_;  // rating as
  std::string domain_id_;       // rating page: the domain listed
  std::string indicator_id_;    // rating page: the indicator in the detail pane
  std::string consensus_id_;    // consensus page: the indicator being discussed
  std::string plan_indicator_;  // plan page: the indicator a new priority will improve
  bool focus_evidence_ = false;  // Enter on a row: type evidence next
  bool focus_row_ = false;       // back from the detail pane to the row

  // drafts that are not model state until they are valid
  std::string new_cycle_name_, new_cycle_date_, new_cycle_people_, new_cycle_error_;
  std::string new_person_name_, new_person_role_;
  std::map<std::string, std::string> date_drafts_;  // by cycle or priority id: typed, not yet a date

  // a framework file the user picked, read on the next frame
  bool picked_ = false;
  std::string picked_name_, picked_bytes_, framework_error_;

  Removal removal_ = Removal::None;
  std::string removal_id_, removal_owner_;
  bool open_removal_ = false;
};

template <typename Edit>
bool SelfStudyView::edit(const std::string& undo_label, Edit&& change, const std::string& merge_key) {
  try {
    change();
  } catch (const std::exception& e) {
    // The model refused and is unchanged (a stale id after undo, a date not yet complete).
    ctx_->toast(e.what(), true);
    return false;
  }
  ctx_->commit(undo_label, merge_key);
  return true;
}

}  // namespace self_study
