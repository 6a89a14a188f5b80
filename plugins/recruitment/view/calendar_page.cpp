// The planning calendar: outreach events and deadlines on a month view and in a list, each with
// its space, who goes, materials to bring and expected reach; export one event or the whole
// season as .ics (stempush::calendar, the same rules as every calendar export of the app).
#include <algorithm>

#include "imgui_internal.h"
#include "recruitment/model/exports.hpp"
#include "stempush/calendar.hpp"
#include "stempush/dates.hpp"
#include "stempush/ui/month_calendar.hpp"
#include "view.hpp"

namespace recruitment::view {
namespace {

const char* kind_name(EventKind k) { return T((std::string("event_kind.") + event_kind_id(k)).c_str()); }

bool valid_time(const std::string& t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit((unsigned char)t[0]) && std::isdigit((unsigned char)t[1]) &&
         std::isdigit((unsigned char)t[3]) && std::isdigit((unsigned char)t[4]) && t.substr(0, 2) < "24" && t.substr(3) < "60";
}

// Why the form cannot become an event, or "".
std::string form_problem(const State& s) {
  if (stempush::table_import::fold_header(s.ev_title).empty()) return T("events.need_title");
  if (!stempush::is_iso_date(s.ev_date)) return T("events.need_date");
  if (!s.ev_start.empty() && !valid_time(s.ev_start)) return T("events.bad_start");
  if (!s.ev_end.empty() && (!valid_time(s.ev_end) || s.ev_start.empty() || s.ev_end <= s.ev_start)) return T("events.bad_end");
  return "";
}

// The width of a box with its label on its right (combos, the reach): the box gives way so that
// the label fits beside it (large text, a narrow column, longer Spanish labels).
float beside_label(float want, const char* label) {
  const float label_w = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().ItemInnerSpacing.x;
  return std::max(ImGui::GetFontSize() * 4, std::min(want, ImGui::GetContentRegionAvail().x - label_w));
}

void draw_form(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  ui::section_heading(T("events.plan"));
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = std::min(ImGui::GetFontSize() * 12, avail);
  const float wide = std::min(ImGui::GetFontSize() * 24, avail);  // never past the column

  ui::labelled_field(T("events.title"), &s.ev_title, {T("events.title_hint"), wide});
  int kind = s.ev_kind;
  ImGui::SetNextItemWidth(beside_label(w, T("events.kind")));
  if (ImGui::BeginCombo(T("events.kind"), kind_name(EventKind(kind)))) {
    for (int k = 0; k < 5; ++k)
      if (ImGui::Selectable(kind_name(EventKind(k)), k == kind)) s.ev_kind = k;
    ImGui::EndCombo();
  }
  ui::labelled_field(T("events.date"), &s.ev_date, {"YYYY-MM-DD", w});
  // Start and end side by side, each label above its own box (a group each). SameLine alone
  // would put the end's label beside the start's box and its box on the next line, and it lines
  // the next text up with the start box's text, a frame padding lower than the start's label:
  // that offset is dropped so both labels, and both boxes, are at the same height.
  const float half = std::min(w, (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2);
  ImGui::BeginGroup();
  ui::labelled_field(T("events.start"), &s.ev_start, {"HH:MM", half});
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0;
  ImGui::BeginGroup();
  ui::labelled_field(T("events.end"), &s.ev_end, {"HH:MM", half});
  ImGui::EndGroup();
  ImGui::SetNextItemWidth(beside_label(w * 1.5f, T("events.space")));
  space_combo(T("events.space"), d, &s.ev_space);
  ui::labelled_field(T("events.who"), &s.ev_who, {T("events.who_hint"), wide});
  ImGui::SetNextItemWidth(beside_label(w, T("events.reach")));
  ImGui::InputInt(T("events.reach"), &s.ev_reach, 0);
  ui::label_last_item(T("events.reach"));
  if (s.ev_reach < 0) s.ev_reach = 0;
  const std::string problem = form_problem(s);
  if (!problem.empty() && !s.ev_title.empty()) ui::styled_text(ui::TextStyle::Warning, problem.c_str());
  ImGui::BeginDisabled(!problem.empty());
  if (ui::primary_button(T("events.add"))) {
    OutreachEvent e;
    e.id = d.new_id("e");
    e.title = s.ev_title;
    e.kind = EventKind(s.ev_kind);
    e.date = s.ev_date;
    e.start = s.ev_start;
    e.end = s.ev_end;
    e.space = s.ev_space;
    e.who = s.ev_who;
    e.expected_reach = s.ev_reach;
    d.events.push_back(e);
    s.selected_event = e.id;
    s.cal_year = std::stoi(e.date.substr(0, 4));  // show the month it is in
    s.cal_month = std::stoi(e.date.substr(5, 2));
    s.ev_title.clear();
    s.ev_who.clear();
    s.ev_reach = 0;
    s.commit(ctx, T("events.add"));
  }
  ImGui::EndDisabled();
}

void draw_selected(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  auto it = std::find_if(d.events.begin(), d.events.end(), [&](const OutreachEvent& e) { return e.id == s.selected_event; });
  if (it == d.events.end()) return;
  OutreachEvent& e = *it;
  ui::section_heading(TF("events.selected", {e.title}).c_str());
  const Space* sp = d.space(e.space);
  ImGui::TextWrapped("%s", TF("events.when_where", {e.date, e.start.empty() ? T("events.all_day") : e.start + (e.end.empty() ? "" : "\xe2\x80\x93" + e.end),
                                                    sp ? sp->name : T("none"), kind_name(e.kind)}).c_str());
  if (!e.who.empty()) ImGui::TextWrapped("%s", TF("ics.who", {e.who}).c_str());
  if (e.expected_reach > 0) ImGui::TextWrapped("%s", TN("ics.reach", e.expected_reach).c_str());
  if (!d.materials.empty()) {
    ImGui::TextUnformatted(T("events.bring"));
    for (auto& m : d.materials) {
      bool on = std::find(e.materials.begin(), e.materials.end(), m.id) != e.materials.end();
      if (ImGui::Checkbox((m.name + "##bring" + m.id).c_str(), &on)) {
        if (on) e.materials.push_back(m.id);
        else e.materials.erase(std::remove(e.materials.begin(), e.materials.end(), m.id), e.materials.end());
        ++e.sequence;  // a calendar that has the event updates it
        s.commit(ctx, T("events.edit"));
      }
      ui::label_last_item(TF("events.bring_of", {m.name}).c_str());
    }
  }
  if (ImGui::Checkbox(T("events.held"), &e.held)) s.commit(ctx, T("events.edit"));
  if (ImGui::Button(T("events.export_one"))) offer_ics(ctx, d, e.id);
  ui::same_line_if_fits(ui::button_width(T("events.remove")));
  if (ui::danger_button(T("events.remove"))) ImGui::OpenPopup(T("events.remove_title"));
  if (ui::confirm_dialog(T("events.remove_title"), T("events.remove_confirm"), T("remove"))) {
    d.events.erase(it);
    s.selected_event.clear();
    s.commit(ctx, T("events.remove_title"));
  }
}

void draw_list(State& s) {
  RecruitmentData& d = s.data();
  std::vector<const OutreachEvent*> sorted;
  for (auto& e : d.events) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->date + a->start < b->date + b->start; });
  if (ImGui::BeginTable("events", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn(T("events.date"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(T("events.time"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(T("events.title"));
    ImGui::TableSetupColumn(T("events.space"));
    ImGui::TableSetupColumn(T("events.reach"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (auto* e : sorted) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e->date.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(e->start.empty() ? T("events.all_day") : e->start.c_str());
      ImGui::TableNextColumn();
      if (ImGui::Selectable((e->title + "##list" + e->id).c_str(), s.selected_event == e->id)) s.selected_event = e->id;
      ui::label_last_item(TF("events.open", {e->title}).c_str());
      ImGui::TableNextColumn();
      const Space* sp = d.space(e->space);
      ImGui::TextUnformatted(sp ? sp->name.c_str() : "");
      ImGui::TableNextColumn();
      ImGui::Text("%d", e->expected_reach);
    }
    ImGui::EndTable();
  }
}

}  // namespace

void draw_calendar(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  const std::string today = stempush::today_iso();
  if (s.cal_year == 0) {
    // Open on the next planned event's month, else today's.
    std::string first = today;
    std::string next;
    for (auto& e : d.events)
      if (e.date >= today && (next.empty() || e.date < next)) next = e.date;
    if (!next.empty()) first = next;
    s.cal_year = std::stoi(first.substr(0, 4));
    s.cal_month = std::stoi(first.substr(5, 2));
  }
  ui::help_text(T("events.help"));
  const auto& zones = stempush::calendar::supported_time_zones();
  ImGui::SetNextItemWidth(beside_label(ImGui::GetFontSize() * 18, T("events.time_zone")));
  if (ImGui::BeginCombo(T("events.time_zone"), stempush::tr(("calendar.zone." + d.time_zone).c_str()))) {
    std::vector<std::string> all{"UTC"};
    all.insert(all.end(), zones.begin(), zones.end());
    for (auto& z : all)
      if (ImGui::Selectable(stempush::tr(("calendar.zone." + z).c_str()), z == d.time_zone)) {
        d.time_zone = z;
        s.commit(ctx, T("events.time_zone"));
      }
    ImGui::EndCombo();
  }
  ui::same_line_if_fits(ui::button_width(T("events.export_season")));
  ImGui::BeginDisabled(d.events.empty());
  if (ImGui::Button(T("events.export_season"))) offer_ics(ctx, d, "");
  ui::same_line_if_fits(ui::button_width(T("events.export_csv")));
  if (ImGui::Button(T("events.export_csv"))) ctx.offer_file("outreach-events.csv", "text/csv", events_csv(d));
  ImGui::EndDisabled();

  // Month and list on the left; the event chosen and the form to plan one on the right, so both
  // stay in view while the user clicks days and events.
  if (!ImGui::BeginTable("calendar_layout", 2, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("month", ImGuiTableColumnFlags_WidthStretch, 0.62f);
  ImGui::TableSetupColumn("form", ImGuiTableColumnFlags_WidthStretch, 0.38f);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  std::vector<ui::CalendarMark> marks;
  for (auto& e : d.events)
    marks.push_back({e.id, e.date, e.title, e.kind == EventKind::Outreach ? ui::chart_color(0) : ui::chart_color(2)});
  const auto clicked = ui::month_calendar(T("events.month_view"), s.cal_year, s.cal_month, marks, today);
  if (!clicked.clicked_mark.empty()) s.selected_event = clicked.clicked_mark;
  else if (!clicked.clicked_day.empty()) s.ev_date = clicked.clicked_day;  // plan an event on that day
  ui::section_heading(T("events.list"));
  if (d.events.empty()) ui::empty_state(T("events.empty"), T("events.empty_hint"));
  else draw_list(s);
  ImGui::TableNextColumn();
  draw_selected(s, ctx);
  draw_form(s, ctx);
  ImGui::EndTable();
}

}  // namespace recruitment::view
