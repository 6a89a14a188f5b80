// The full-screen presenter view: the core's facilitator view over the agenda, with the stories
// as its projected text (a story picker, its language, and ↓ ↑ to move between stories).
#include <algorithm>

#include "stempush/ui/facilitator.hpp"
#include "view_state.hpp"

namespace belonging::view {
namespace {

void next_story(PresenterState& p, size_t count) { p.story = (p.story + 1) % count; }
void previous_story(PresenterState& p, size_t count) { p.story = (p.story + count - 1) % count; }

void story_picker(PresenterState& p, size_t count) {
  if (!p.show_story) return;
  if (ImGui::RadioButton("English##story", p.story_language == Language::English)) p.story_language = Language::English;
  ImGui::SameLine();
  if (ImGui::RadioButton("Español##story", p.story_language == Language::Spanish)) p.story_language = Language::Spanish;
  ImGui::SameLine();
  const std::string where = TF("present.story_of", {std::to_string(p.story + 1), std::to_string(count)});
  ImGui::TextUnformatted(where.c_str());
  ui::name_last_region("##story_of", where);
  ImGui::SameLine();
  if (ImGui::Button(T("present.previous_story"))) previous_story(p, count);
  ImGui::SameLine();
  if (ImGui::Button(T("present.next_story"))) next_story(p, count);
}

}  // namespace

void draw_presenter(State& s, stempush::ViewContext& ctx) {
  SessionPlan& plan = s.data().plan;
  PresenterState& p = s.presenter;
  auto exit = [&] {
    s.presenting = false;
    ctx.set_fullscreen(false);
  };
  if (plan.agenda.empty()) return exit();
  const size_t stories = plan.stories.size();
  if (stories > 0) p.story = std::min(p.story, stories - 1);

  // ↓ shows the stories (then the next one), ↑ the previous; the core view handles the rest.
  if (stories > 0 && !ImGui::GetIO().WantTextInput) {
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow, false)) {
      if (p.show_story) next_story(p, stories);
      p.show_story = true;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow, false) && p.show_story) previous_story(p, stories);
  }

  // The story shows on every step while it is on: facilitators read it when the room is ready.
  std::vector<stempush::facilitation::Step> steps;
  for (const AgendaStep& a : plan.agenda) {
    stempush::facilitation::Step step;
    step.title = a.title;
    step.minutes = a.minutes;
    step.notes = a.notes;
    step.purpose = a.purpose;
    if (p.show_story && stories > 0) {
      const Story& story = plan.stories[p.story];
      step.projected = "“" + story.text.in(p.story_language) + "”";
      step.projected_language = stempush::i18n::language_code(p.story_language);
      if (!story.attribution.empty()) step.attribution = "— " + story.attribution;
    }
    steps.push_back(std::move(step));
  }

  ui::FacilitatorOptions options;
  if (stories > 0) {
    options.toolbar = [&] {
      if (ImGui::Button(p.show_story ? T("present.hide_story") : T("present.show_story"))) p.show_story = !p.show_story;
    };
    options.above_projected = [&] { story_picker(p, stories); };
    options.extra_keys = {{ImGuiKey_DownArrow, T("present.key_next_story")}, {ImGuiKey_UpArrow, T("present.key_previous_story")}};
  }
  if (ui::facilitator_view(p.clock, steps, ctx, options) == ui::FacilitatorAction::Exit) exit();
}

}  // namespace belonging::view
