// The speaker roster: one folding entry per speaker with every field, add and remove (with a
// confirmation), and the roster as CSV out and in (checked whole; a bad file changes nothing).
#include "view_state.hpp"

namespace guest_speaker::view {
namespace {

void draw_speaker(State& s, stempush::ViewContext& ctx, Speaker& sp, size_t index) {
  const std::string n = std::to_string(index + 1);
  ImGui::PushID(sp.id.c_str());
  const std::string header = (sp.name.empty() ? std::string(T("speakers.unnamed")) : sp.name) +
                             (sp.field.empty() ? "" : " - " + sp.field) + "###speaker";
  const bool open = ImGui::TreeNode(header.c_str());
  ui::label_last_item(TF("speakers.speaker_n", {n}).c_str());
  if (open) {
    const std::string key = "speaker." + sp.id + ".";
    auto field = [&](const char* column, std::string* value) {
      const std::string label = T((std::string("roster.") + column).c_str());
      const std::string name = TF("speakers.field_of", {label, n});
      edit_text(ctx, label, value, key + column, 0, name.c_str());
    };
    field("name", &sp.name);
    field("field", &sp.field);
    field("role", &sp.role);
    field("employer", &sp.employer);
    field("college_path", &sp.college_path);
    auto list = [&](const char* column, std::vector<std::string>* values) {
      std::string text = join_list(*values);
      const std::string label = T((std::string("roster.") + column).c_str());
      ui::FieldOptions o;
      o.hint = T("speakers.list_hint");
      const std::string name = TF("speakers.field_of", {label, n});
      o.name = name.c_str();
      if (ui::labelled_field(label.c_str(), &text, o)) {
        *values = split_list(text);
        ctx.commit(label, key + column);
      }
    };
    list("languages", &sp.languages);
    list("topics", &sp.topics);
    ui::help_text(T("speakers.topics_help"));
    field("contact", &sp.contact);
    field("availability", &sp.availability);
    field("past_visits", &sp.past_visits);
    if (ui::named_button(T("speakers.remove"), TF("speakers.remove_n", {n}))) {
      s.pending_remove = sp.id;
      ImGui::OpenPopup(T("speakers.remove_title"));
    }
    ImGui::TreePop();
  }
  ImGui::PopID();
}

}  // namespace

void draw_speakers(State& s, stempush::ViewContext& ctx) {
  GuestSpeakerData& d = s.data();
  if (ImGui::Button(T("speakers.add"))) {
    Speaker& sp = add_speaker(d);
    sp.name = TF("speakers.new_name", {std::to_string(d.speakers.size())});
    ctx.commit(T("speakers.add"));
    ImGui::SetNextItemOpen(true);
  }
  ImGui::SameLine();
  if (ImGui::Button(T("speakers.import"))) {
    ctx.pick_file(".csv,text/csv", [&s, &ctx](std::string, std::string bytes) {
      const RosterImport read = read_roster_csv(bytes);
      s.roster_problems.clear();
      for (const auto& p : read.problems) s.roster_problems += p + "\n";
      if (!read.problems.empty()) return ctx.toast(T("speakers.import_refused"), true);
      const RosterApplied applied = apply_roster(s.data(), read.speakers);
      ctx.commit(T("speakers.import"));
      ctx.toast(TF("speakers.imported", {std::to_string(applied.added), std::to_string(applied.updated)}));
    });
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(d.speakers.empty());
  if (ImGui::Button(T("speakers.export"))) ctx.offer_file("speakers.csv", "text/csv", roster_csv(d.speakers));
  ImGui::EndDisabled();
  ui::help_text(T("speakers.csv_help"));
  if (!s.roster_problems.empty()) ui::styled_text(ui::TextStyle::Error, s.roster_problems.c_str());

  if (d.speakers.empty()) ui::empty_state(T("speakers.empty"), T("speakers.empty_hint"));
  for (size_t i = 0; i < d.speakers.size(); ++i) draw_speaker(s, ctx, d.speakers[i], i);
  if (ui::confirm_dialog(T("speakers.remove_title"), T("speakers.remove_confirm"), T("speakers.remove")) &&
      remove_speaker(d, s.pending_remove))
    ctx.commit(T("speakers.remove"));
}

}  // namespace guest_speaker::view
