// The staff-discussion pages: plan a session (and facilitate it full screen), capture notes and
// cards and group them into themes, act on the themes, share a summary, and see the year's
// sessions side by side. Each page lives in its own file; this one holds the session picker, the
// page switcher, the home card and the factory.
#include "stempush/i18n_plural.hpp"
#include "view_state.hpp"

namespace staff_discussion::view {

const char* T(const char* key) { return stempush::tr(std::string("staff_discussion.") + key); }
std::string TF(const char* key, const std::vector<std::string>& args) {
  return stempush::trf(std::string("staff_discussion.") + key, args);
}
std::string TN(const char* key, long long count, const std::vector<std::string>& args) {
  return stempush::trn(std::string("staff_discussion.") + key, count, args);
}
std::string status_label(ChangeStatus status) { return T((std::string("status.") + status_id(status)).c_str()); }
std::string theme_label(const Theme& theme, size_t index) {
  return theme.name.empty() ? TF("board.unnamed", {std::to_string(index + 1)}) : theme.name;
}

namespace {

std::string session_name(const Session& s) {
  const std::string title = s.title.empty() ? std::string(T("session.untitled")) : s.title;
  return s.date.empty() ? title : title + " (" + s.date + ")";
}

void new_session(State& s, stempush::ViewContext& ctx) {
  s.session_id = add_session(s.data(), stempush::i18n::language(), "");
  s.page = State::Page::Plan;
  s.picked.clear();
  s.clock = {};
  s.commit(ctx, T("session.new"));
}

void session_bar(State& s, stempush::ViewContext& ctx) {
  Session* current = s.session();
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 22, ImGui::GetContentRegionAvail().x));
  if (ImGui::BeginCombo("##session", session_name(*current).c_str())) {
    for (auto& session : s.data().sessions) {
      ImGui::PushID(session.id.c_str());
      if (ImGui::Selectable(session_name(session).c_str(), session.id == s.session_id)) {
        s.session_id = session.id;
        s.picked.clear();
        s.clock = {};
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ui::label_last_item(T("session.pick"));
  ui::same_line_if_fits(ui::button_width(T("session.new")));
  if (ImGui::Button(T("session.new"))) new_session(s, ctx);
  ui::same_line_if_fits(ui::button_width(T("session.remove")));
  if (ui::danger_button(T("session.remove"))) ImGui::OpenPopup("##remove_session");
  if (ui::confirm_dialog("##remove_session", TF("session.remove_confirm", {session_name(*current)}).c_str(),
                         T("session.remove"))) {
    remove_session(s.data(), s.session_id);
    s.session_id.clear();
    s.commit(ctx, T("session.remove"));
  }
}

class DiscussionView : public stempush::PluginView {
 public:
  explicit DiscussionView(DiscussionModel& model) : state_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    // Undo or a load may have removed the session on screen: fall back to the latest one.
    if (!state_.session() && !state_.data().sessions.empty()) state_.session_id = state_.data().sessions.back().id;
    if (state_.presenting && state_.session()) return draw_presenter(state_, ctx);
    state_.presenting = false;

    ui::page_header(T("title"), T("purpose"));
    if (!state_.session()) {
      ui::empty_state(T("session.none"), T("session.none_hint"));
      if (ui::primary_button(T("session.new"))) new_session(state_, ctx);
      return;
    }
    session_bar(state_, ctx);
    if (!state_.session()) return;  // just removed
    using Page = State::Page;
    const std::pair<Page, const char*> pages[] = {{Page::Plan, "nav.plan"},   {Page::Capture, "nav.capture"},
                                                  {Page::Act, "nav.act"},     {Page::Share, "nav.share"},
                                                  {Page::Year, "nav.year"}};
    for (size_t i = 0; i < std::size(pages); ++i) {
      if (i > 0) ui::same_line_if_fits(ui::button_width(T(pages[i].second)));
      if (stempush::ui::page_button(T(pages[i].second), state_.page == pages[i].first)) state_.page = pages[i].first;
    }
    ui::same_line_if_fits(ui::button_width(T("nav.facilitate")));
    if (ui::primary_button(T("nav.facilitate"))) {
      state_.presenting = true;
      ctx.set_fullscreen(true);
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    // A session opened from the year view, a new session, or the end of facilitation opens at its top.
    ui::top_of_page_on_switch("staff_discussion_page", std::to_string(int(state_.page)) + "/" + state_.session_id);
    switch (state_.page) {
      case Page::Plan: draw_plan(state_, ctx); break;
      case Page::Capture: draw_capture(state_, ctx); break;
      case Page::Act: draw_act(state_, ctx); break;
      case Page::Share: draw_share(state_, ctx); break;
      case Page::Year: draw_year(state_, ctx); break;
    }
  }

  void draw_home_card(stempush::ViewContext& ctx) override {
    const auto& sessions = state_.data().sessions;
    size_t changes = 0;
    for (auto& s : sessions) changes += s.changes.size();
    if (ui::wrapped_selectable(TF("card.status", {TN("card.sessions", static_cast<long long>(sessions.size())),
                                                  TN("card.changes", static_cast<long long>(changes))})))
      ctx.open_page();
  }

 private:
  State state_;
};

}  // namespace
}  // namespace staff_discussion::view

std::unique_ptr<stempush::PluginView> stempush_make_staff_discussion_view(stempush::PluginModel& model) {
  return std::make_unique<staff_discussion::view::DiscussionView>(static_cast<staff_discussion::DiscussionModel&>(model));
}
