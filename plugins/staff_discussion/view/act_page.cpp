// The act page: for each theme, the practice changes the group will try (what, who, by when, how
// we will know, status). A change becomes a change idea in whichever plugin takes them (the
// improvement engine's driver diagram) in one click, through the core's hand-off buttons; the
// change keeps the link and shows it, marked unavailable if that idea or plugin is gone.
#include <algorithm>

#include "stempush/dates.hpp"
#include "stempush/plugin_host.hpp"
#include "stempush/ui/handoff.hpp"
#include "view_state.hpp"

namespace staff_discussion::view {
namespace {

void change_fields(State& s, stempush::ViewContext& ctx, Session& session, PracticeChange& c, const std::string& n) {
  auto field = [&](const char* key, std::string* value, const char* hint = nullptr, const char* error = nullptr) {
    ui::FieldOptions options;
    options.hint = hint;
    options.width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30);
    options.error = error;
    const std::string name = TF("act.field_n", {T(key), n});
    options.name = name.c_str();
    if (ui::labelled_field(T(key), value, options)) s.commit(ctx, T(key), s.session_id + "." + c.id + "." + key);
  };
  field("act.what", &c.what, T("act.what_hint"));
  field("act.who", &c.who, T("act.who_hint"));
  field("act.by_when", &c.by_when, "YYYY-MM-DD",
        !c.by_when.empty() && !stempush::is_iso_date(c.by_when) ? T("act.date_invalid") : nullptr);
  field("act.how_we_know", &c.how_we_know, T("act.how_hint"));

  ImGui::TextUnformatted(T("act.status"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::BeginCombo("##status", status_label(c.status).c_str())) {
    for (ChangeStatus status : kAllStatuses)
      if (ImGui::Selectable(status_label(status).c_str(), status == c.status)) {
        set_status(session, c.id, status);
        s.commit(ctx, T("act.status"));
      }
    ImGui::EndCombo();
  }
  ui::label_last_item(TF("act.field_n", {T("act.status"), n}).c_str());

  // Where the change went, and the one-click hand-off while it has not gone anywhere (or its
  // idea was removed there).
  const bool linked = c.change_idea && s.model.change_idea_available(c);
  if (c.change_idea) {
    const std::string where = TF("act.in_diagram", {ui::link_text(ctx, *c.change_idea)});
    ui::styled_text(linked ? ui::TextStyle::Success : ui::TextStyle::Warning, where.c_str());
    ui::name_last_region("##where", where);
  }
  if (!linked) {
    if (c.what.empty()) {
      ui::help_text(T("act.say_what_first"));
    } else if (ctx.host().handoff_targets(kChangeIdeaKind).empty()) {
      ui::help_text(T("act.no_target"));
      ui::name_last_region("##no_target", T("act.no_target"));
    } else {
      stempush::HandoffLink sent;
      // Named after the change, so a screen reader (and a test) tells one change's button from another's.
      if (ui::handoff_buttons(ctx, s.model.change_idea_offer(session, c), &sent, c.what.c_str())) {
        s.model.record_change_idea(session.id, c.id, sent.plugin_id, sent.item_id);
        s.commit(ctx, T("act.sent"));
      }
    }
  }
  if (ui::named_button(T("act.remove"), TF("act.remove_n", {n}))) {
    s.pending_remove = c.id;  // the popup opens outside this row's ID scope (draw_act)
    s.open_remove = true;
  }
}

void theme_changes(State& s, stempush::ViewContext& ctx, Session& session, const std::string& theme_id,
                   const std::string& heading, const std::string& add_name, size_t& counter) {
  ui::section_heading(heading.c_str());
  ImGui::PushID(theme_id.empty() ? "none" : theme_id.c_str());
  ImGui::Indent();
  for (auto& c : session.changes) {
    if (c.theme_id != theme_id) continue;
    const std::string n = std::to_string(++counter);
    ImGui::PushID(c.id.c_str());
    ImGui::Separator();
    change_fields(s, ctx, session, c, n);
    ImGui::PopID();
  }
  if (ui::named_button(T("act.add"), add_name, false)) {
    add_change(s.data(), session, theme_id, "");
    s.commit(ctx, T("act.add"));
  }
  ImGui::Unindent();
  ImGui::PopID();
}

}  // namespace

void draw_act(State& s, stempush::ViewContext& ctx) {
  Session& session = *s.session();
  ui::help_text(T("act.help"));
  if (session.themes.empty()) ui::empty_state(T("act.no_themes"), T("act.no_themes_hint"));
  size_t counter = 0;  // changes are numbered down the page: "What will change (change 2)"
  for (size_t i = 0; i < session.themes.size(); ++i)
    theme_changes(s, ctx, session, session.themes[i].id, theme_label(session.themes[i], i),
                  TF("act.add_to_n", {std::to_string(i + 1)}), counter);
  const bool loose = std::any_of(session.changes.begin(), session.changes.end(),
                                 [](const PracticeChange& c) { return c.theme_id.empty(); });
  if (loose || session.themes.empty()) theme_changes(s, ctx, session, "", T("act.no_theme"), T("act.add_loose"), counter);

  if (s.open_remove) ImGui::OpenPopup("##remove_change");
  s.open_remove = false;
  if (ui::confirm_dialog("##remove_change", T("act.remove_confirm"), T("act.remove")) && remove_change(session, s.pending_remove))
    s.commit(ctx, T("act.remove"));
}

}  // namespace staff_discussion::view
