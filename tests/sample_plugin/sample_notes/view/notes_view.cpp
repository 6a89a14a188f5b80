#include "imgui.h"
#include "sample_notes/model/notes_model.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/ui/handoff.hpp"
#include "stempush/ui/ui.hpp"

namespace sample_notes {
namespace {

class NotesView : public stempush::PluginView {
 public:
  explicit NotesView(NotesModel& model) : model_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    stempush::ui::page_header(stempush::tr("sample_notes.title"), stempush::tr("sample_notes.purpose"));
    if (model_.notes.empty()) stempush::ui::empty_state(stempush::tr("sample_notes.empty"));
    for (size_t i = 0; i < model_.notes.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      // The merge key makes a run of typing in one field a single undo step.
      if (stempush::ui::text_field(stempush::tr("sample_notes.note_title"), &model_.notes[i].title))
        ctx.commit(stempush::tr("sample_notes.edit"), "title" + std::to_string(i));
      // Offered as a change idea; the buttons appear only if an installed plugin takes that kind.
      const std::string& title = model_.notes[i].title;
      stempush::ui::handoff_buttons(ctx, {"change_idea.propose", title, {model_.info().id, title, title}});
      ImGui::PopID();
    }
    if (ImGui::Button(stempush::tr("sample_notes.add"))) {
      model_.notes.push_back({});
      ctx.commit(stempush::tr("sample_notes.add"));
    }
  }

 private:
  NotesModel& model_;
};

}  // namespace
}  // namespace sample_notes

std::unique_ptr<stempush::PluginView> stempush_make_sample_notes_view(stempush::PluginModel& model) {
  return std::make_unique<sample_notes::NotesView>(static_cast<sample_notes::NotesModel&>(model));
}
