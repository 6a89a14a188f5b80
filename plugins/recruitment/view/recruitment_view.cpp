// The recruitment plugin's page switcher, shared helpers and factory.
#include "recruitment/model/exports.hpp"
#include "stempush/calendar.hpp"
#include "stempush/i18n_plural.hpp"
#include "imgui_internal.h"
#include "view.hpp"

namespace recruitment::view {

const char* T(const char* key) { return stempush::tr(std::string("recruitment.") + key); }
std::string TF(const char* key, const std::vector<std::string>& args) {
  return stempush::trf(std::string("recruitment.") + key, args);
}
std::string TN(const char* key, long long count, const std::vector<std::string>& args) {
  return stempush::trn(std::string("recruitment.") + key, count, args);
}

bool community_combo(const char* label, const RecruitmentData& d, std::string* id, bool allow_none) {
  const Community* current = d.community(*id);
  bool changed = false;
  const bool open = ImGui::BeginCombo(label, current ? current->name.c_str() : T("none"));
  ui::label_last_item(std::string(label, ImGui::FindRenderedTextEnd(label)).c_str());
  if (open) {
    if (allow_none && ImGui::Selectable(T("none"), id->empty())) id->clear(), changed = true;
    for (auto& c : d.communities) {
      ImGui::PushID(c.id.c_str());
      if (ImGui::Selectable(c.name.c_str(), c.id == *id)) *id = c.id, changed = true;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

bool space_combo(const char* label, const RecruitmentData& d, std::string* id) {
  const Space* current = d.space(*id);
  bool changed = false;
  const bool open = ImGui::BeginCombo(label, current ? current->name.c_str() : T("none"));
  ui::label_last_item(std::string(label, ImGui::FindRenderedTextEnd(label)).c_str());
  if (open) {
    if (ImGui::Selectable(T("none"), id->empty())) id->clear(), changed = true;
    for (auto& s : d.spaces) {
      ImGui::PushID(s.id.c_str());
      if (ImGui::Selectable(s.name.c_str(), s.id == *id)) *id = s.id, changed = true;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

void offer_ics(ViewContext& ctx, const RecruitmentData& d, const std::string& event_id) {
  try {
    ctx.offer_file(event_id.empty() ? "outreach-calendar.ics" : "outreach-" + event_id + ".ics", "text/calendar",
                   events_ics(d, event_id));
  } catch (const std::exception& e) {  // a CalendarError names the event and the field
    ctx.toast(e.what(), true);
  }
}

namespace {

class RecruitmentView : public stempush::PluginView {
 public:
  explicit RecruitmentView(RecruitmentModel& model) : state_(model) {}

  void draw(ViewContext& ctx) override {
    ui::page_header(T("title"), T("purpose"));
    using Page = State::Page;
    const std::pair<Page, const char*> pages[] = {{Page::Baseline, "nav.baseline"}, {Page::Spaces, "nav.spaces"},
                                                  {Page::Materials, "nav.materials"}, {Page::Calendar, "nav.calendar"},
                                                  {Page::Funnel, "nav.funnel"}};
    for (auto& [page, key] : pages) {
      if (page != Page::Baseline) ui::same_line_if_fits(ui::button_width(T(key)));
      if (stempush::ui::page_button(T(key), state_.page == page)) state_.page = page;
    }
    ImGui::Separator();
    ImGui::BeginChild("recruitment_page");
    ui::top_of_page_on_switch("recruitment_page", int(state_.page));
    switch (state_.page) {
      case Page::Baseline: draw_baseline(state_, ctx); break;
      case Page::Spaces: draw_spaces(state_, ctx); break;
      case Page::Materials: draw_materials(state_, ctx); break;
      case Page::Calendar: draw_calendar(state_, ctx); break;
      case Page::Funnel: draw_funnel(state_, ctx); break;
    }
    ImGui::EndChild();
  }

  void draw_home_card(ViewContext& ctx) override {
    const RecruitmentData& d = state_.model.data();
    int focus = 0;
    for (auto& c : d.communities) focus += c.focus;
    const std::string line = TF("home_card", {TN("card.focus", focus), TN("card.spaces", static_cast<long long>(d.spaces.size())),
                                              TN("card.events", static_cast<long long>(d.events.size()))});
    if (ImGui::Selectable(line.c_str())) ctx.open_page();
  }

 private:
  State state_;
};

}  // namespace
}  // namespace recruitment::view

std::unique_ptr<stempush::PluginView> stempush_make_recruitment_view(stempush::PluginModel& model) {
  return std::make_unique<recruitment::view::RecruitmentView>(static_cast<recruitment::RecruitmentModel&>(model));
}
