// The aim and the driver diagram (issue 8, points 1 and 2): the aim's four parts, the diagram
// drawn by the core's driver-diagram widget, and the selected box's editor (add a child, rename,
// move among siblings or under another driver, remove with confirmation, link a change idea
// to a self-study indicator), ideas handed over by other packages, and the printable export. Every change is one undo step.
#pragma once
#include <string>

#include "improvement/model/improvement_model.hpp"
#include "stempush/plugin_view.hpp"

namespace improvement {

class DriversPage {
 public:
  explicit DriversPage(ImprovementModel& model) : model_(model) {}
  void draw_aim(stempush::ViewContext& ctx);
  void draw_diagram(stempush::ViewContext& ctx);

 private:
  void draw_selected(stempush::ViewContext& ctx, int depth);
  void add_child(stempush::ViewContext& ctx, int depth);
  void draw_move_under(stempush::ViewContext& ctx, int depth);
  void draw_addresses(stempush::ViewContext& ctx, const DriverNode& idea);
  static std::string idea_caption(stempush::ViewContext& ctx, const DriverNode& n);
  void remove_selected(stempush::ViewContext& ctx);

  ImprovementModel& model_;
  std::string by_when_;       // the date field while it does not hold a real date yet
  std::string selected_;      // a node id, or kAimId for the aim's box
  std::string new_text_;      // the text of the box to add under the selected one
  std::string address_filter_;  // what the user typed to find an indicator in "What it addresses"
  bool focus_new_ = false;    // Insert on a box: put the keyboard in the new box's field
  bool focus_rename_ = false; // F2 on a box: put the keyboard in the rename field
  bool ask_remove_ = false;   // Delete on a box: ask (or remove at once when nothing is lost)
};

// The improvement card on the home page: the aim in one sentence and what the diagram holds.
void draw_home_card(ImprovementModel& model, stempush::ViewContext& ctx);

}  // namespace improvement
