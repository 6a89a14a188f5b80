// The guest-speaker plugin's pages: the interest survey, the speaker roster, the match, and the
// visits (plan, brief, exit ticket, results). Each page lives in its own file; this one holds the
// page switcher, the shared helpers, the home card and the factory.
#include "stempush/i18n_plural.hpp"
#include "view_state.hpp"

namespace guest_speaker::view {

const char* T(const char* key) { return stempush::tr(std::string("guest_speaker.") + key); }
std::string TF(const char* key, const std::vector<std::string>& args) {
  return stempush::trf(std::string("guest_speaker.") + key, args);
}
std::string TN(const char* key, long long count, const std::vector<std::string>& args) {
  return stempush::trn(std::string("guest_speaker.") + key, count, args);
}
Language staff_language() { return stempush::i18n::language(); }

Visit* State::visit() {
  auto& visits = data().visits;
  if (visits.empty()) return nullptr;
  if (Visit* v = data().find_visit(visit_id)) return v;
  visit_id = visits.front().id;
  return &visits.front();
}

bool edit_text(stempush::ViewContext& ctx, const std::string& label, std::string* value, const std::string& merge_key,
               float lines, const char* name) {
  ui::FieldOptions options;
  options.lines = lines;
  options.name = name;
  if (lines == 0) options.width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 26);
  if (!ui::labelled_field(label.c_str(), value, options)) return false;
  ctx.commit(label, merge_key);
  return true;
}

namespace {

class GuestSpeakerView : public stempush::PluginView {
 public:
  explicit GuestSpeakerView(GuestSpeakerModel& model) : state_(model) {}

  void draw(stempush::ViewContext& ctx) override {
    // A running kiosk owns the screen (students answer one question at a time).
    if (state_.interests_collector.draw_running_kiosk(ctx, state_.survey_commit(ctx))) return;
    if (state_.ticket_collector.draw_running_kiosk(ctx, state_.survey_commit(ctx))) return;
    if (state_.presenting) return draw_presenter(state_, ctx);

    ui::page_header(T("title"), T("purpose"));
    using Page = State::Page;
    const std::pair<Page, const char*> pages[] = {
        {Page::Interests, "nav.interests"}, {Page::Speakers, "nav.speakers"}, {Page::Match, "nav.match"}, {Page::Visits, "nav.visits"}};
    for (const auto& [page, key] : pages) {
      if (page != Page::Interests) ui::same_line_if_fits(ui::button_width(T(key)));
      if (stempush::ui::page_button(T(key), state_.page == page)) state_.page = page;
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::BeginChild("guest_speaker_page", ImVec2(0, 0));
    // A visit planned from the match opens at its top.
    ui::top_of_page_on_switch("guest_speaker_page", std::to_string(int(state_.page)) + "/" + state_.visit_id + "/" +
                                                        std::to_string(int(state_.part)));
    switch (state_.page) {
      case Page::Interests: draw_interests(state_, ctx); break;
      case Page::Speakers: draw_speakers(state_, ctx); break;
      case Page::Match: draw_match(state_, ctx); break;
      case Page::Visits: draw_visits(state_, ctx); break;
    }
    ImGui::EndChild();
  }

  void draw_home_card(stempush::ViewContext& ctx) override {
    const auto& d = state_.model.data();
    auto n = [](size_t count) { return static_cast<long long>(count); };
    if (ui::wrapped_selectable(TF("card.status", {TN("card.answers", n(d.interests.responses.size())),
                                                  TN("card.speakers", n(d.speakers.size())), TN("card.visits", n(d.visits.size()))})))
      ctx.open_page();
  }

 private:
  State state_;
};

}  // namespace
}  // namespace guest_speaker::view

std::unique_ptr<stempush::PluginView> stempush_make_guest_speaker_view(stempush::PluginModel& model) {
  return std::make_unique<guest_speaker::view::GuestSpeakerView>(static_cast<guest_speaker::GuestSpeakerModel&>(model));
}
