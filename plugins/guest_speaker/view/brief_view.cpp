// The speaker's brief: each part shows the generated text (from the aggregate interests, the
// visit and the package's guidance) until staff edit it; "Use the generated text" drops an edit.
// Exported as a printable HTML page or as plain text to paste into an email.
#include "stempush/profile.hpp"
#include "view_state.hpp"

namespace guest_speaker::view {
namespace {

void part(stempush::ViewContext& ctx, const char* label_key, std::string* edited, const std::string& generated,
          const std::string& merge_key, float lines) {
  std::string value = edited->empty() ? generated : *edited;
  const std::string label = T(label_key);
  ui::FieldOptions o;
  o.lines = lines;
  if (ui::labelled_field(label.c_str(), &value, o)) {
    *edited = value == generated ? std::string() : value;
    ctx.commit(label, merge_key);
  }
  if (!edited->empty()) {
    ui::styled_text(ui::TextStyle::Muted, T("brief.edited"));
    if (ui::named_button(T("brief.use_generated"), TF("brief.use_generated_for", {label}))) {
      edited->clear();
      ctx.commit(TF("brief.use_generated_for", {label}));
    }
  }
}

}  // namespace

void draw_brief(State& s, stempush::ViewContext& ctx, Visit& v) {
  GuestSpeakerData& d = s.data();
  const Language lang = staff_language();
  const int min_group = s.model.min_group_size();
  const std::string program = ctx.profile().program_name;
  ui::help_text(T("brief.help"));
  if (ui::primary_button(T("brief.export_html")))
    ctx.offer_file("brief-" + v.id + ".html", "text/html", brief_html(make_brief(d, v, program, min_group, lang), lang));
  ui::same_line_if_fits(ui::button_width(T("brief.export_text")));
  if (ImGui::Button(T("brief.export_text"))) {
    const std::string text = brief_text(make_brief(d, v, program, min_group, lang), lang);
    ImGui::SetClipboardText(text.c_str());
    ctx.offer_file("brief-" + v.id + ".txt", "text/plain", text);
  }
  ui::help_text(T("brief.export_help"));

  const std::string k = "brief." + v.id + ".";
  ui::FieldOptions note;
  note.lines = 3;
  note.hint = T("brief.note_hint");
  if (ui::labelled_field(T("brief.note"), &v.brief.note, note)) ctx.commit(T("brief.note"), k + "note");
  part(ctx, "brief.students", &v.brief.students, generated_students(d, v, min_group, lang), k + "students", 6);
  part(ctx, "brief.questions", &v.brief.questions, generated_questions(d), k + "questions", 6);
  part(ctx, "brief.guidance", &v.brief.guidance, generated_guidance(lang), k + "guidance", 10);
  ui::section_heading(T("brief.structure"));
  for (const auto& step : v.structure) {
    ImGui::Bullet();
    ImGui::TextWrapped("%d min: %s", step.minutes, step.title.c_str());
  }
}

}  // namespace guest_speaker::view
