// Facilitating a session: the core's facilitator view over the protocol (the same component
// belonging's presenter uses), with each step's prompt as the projected text and the
// facilitator's notes beside it. Leaving it lands on the capture page, where notes and cards go.
#include "stempush/ui/facilitator.hpp"
#include "view_state.hpp"

namespace staff_discussion::view {

void draw_presenter(State& s, stempush::ViewContext& ctx) {
  Session& session = *s.session();
  auto leave = [&] {
    s.presenting = false;
    s.page = State::Page::Capture;
    s.notes_step = s.clock.step();  // notes for the step the room just finished
    ctx.set_fullscreen(false);
  };
  if (session.steps.empty()) return leave();
  s.clock.clamp(session.steps.size());
  std::vector<stempush::facilitation::Step> steps;
  for (const ProtocolStep& p : session.steps) {
    stempush::facilitation::Step step;
    step.title = p.title;
    step.minutes = p.minutes;
    step.projected = p.prompt;
    step.notes = p.notes;
    steps.push_back(std::move(step));
  }
  if (ui::facilitator_view(s.clock, steps, ctx) == ui::FacilitatorAction::Exit) leave();
}

}  // namespace staff_discussion::view
