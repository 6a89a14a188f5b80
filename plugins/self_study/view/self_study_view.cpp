// The frame of the self-study pages (navigation, selection kept valid across undo, removals
// behind a confirmation), the home page, the cycle set-up page, framework loading and exports.
// Rating and consensus are in rating_pages.cpp; summary and plan in summary_pages.cpp.
#include "self_study/view/self_study_view.hpp"

#include <algorithm>
#include <tuple>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "self_study/model/exports.hpp"
#include "self_study/view/view_support.hpp"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/profile.hpp"
#include "stempush/ui/staff_picker.hpp"
#include "stempush/ui/ui.hpp"

namespace self_study {

using stempush::tr;
using stempush::trf;
using stempush::trn;
namespace ui = stempush::ui;

SelfStudyView::SelfStudyView(SelfStudyModel& model) : model_(model) { new_cycle_date_ = view::today(); }

void SelfStudyView::open(Page page, const std::string& cycle_id) {
  page_ = page;
  if (!cycle_id.empty()) cycle_id_ = cycle_id;
}

void SelfStudyView::draw(stempush::ViewContext& ctx) {
  ctx_ = &ctx;
  handle_picked_framework();
  keep_selection_valid();

  ui::page_header(tr("self_study.title"), tr("self_study.purpose"));
  nav_strip();
  ImGui::Separator();
  ImGui::Spacing();

  const Cycle* cycle = model_.cycle(cycle_id_);
  if (!cycle && page_ != Page::Home && page_ != Page::Plan) page_ = Page::Home;
  ui::top_of_page_on_switch("self_study_page", int(page_));
  switch (page_) {
    case Page::Home: home_page(); break;
    case Page::Cycle: cycle_page(); break;
    case Page::Rate: rate_page(); break;
    case Page::Consensus: consensus_page(); break;
    case Page::Summary: summary_page(); break;
    case Page::Plan: plan_page(); break;
  }
  removal_dialog();
}

// After undo/redo or a removal, ids held here may name nothing: fall back to something that
// exists rather than draw a page about a cycle that is gone.
void SelfStudyView::keep_selection_valid() {
  if (!model_.cycle(cycle_id_)) {
    const Cycle* latest = model_.latest_cycle();
    cycle_id_ = latest ? latest->id : std::string();
  }
  const Cycle* cycle = model_.cycle(cycle_id_);
  if (cycle && !cycle->participant(participant_id_))
    participant_id_ = cycle->participants.empty() ? std::string() : cycle->participants.front().id;
  const Framework& fw = model_.shown_framework();
  if (!fw.find_domain(domain_id_)) domain_id_ = fw.domains.empty() ? std::string() : fw.domains.front().id;
  if (!fw.find_indicator(indicator_id_).indicator) indicator_id_.clear();
  if (!fw.find_indicator(consensus_id_).indicator) consensus_id_.clear();
  if (!fw.find_indicator(plan_indicator_).indicator) plan_indicator_.clear();
}

void SelfStudyView::nav_strip() {
  const Cycle* cycle = model_.cycle(cycle_id_);
  struct Tab {
    Page page;
    const char* key;
    bool needs_cycle;
  };
  const Tab tabs[] = {{Page::Home, "self_study.nav.home", false},     {Page::Cycle, "self_study.nav.cycle", true},
                      {Page::Rate, "self_study.nav.rate", true},      {Page::Consensus, "self_study.nav.consensus", true},
                      {Page::Summary, "self_study.nav.summary", true}, {Page::Plan, "self_study.nav.plan", false}};
  bool first = true;
  for (const Tab& tab : tabs) {
    const char* label = tr(tab.key);
    if (!first) ui::same_line_if_fits(ImGui::CalcTextSize(label).x + 8);
    first = false;
    ImGui::BeginDisabled(tab.needs_cycle && !cycle);
    ImGui::PushID(tab.key);
    if (ImGui::Selectable(label, page_ == tab.page, 0, ImVec2(ImGui::CalcTextSize(label).x + 8, 0))) page_ = tab.page;
    ImGui::PopID();
    ImGui::EndDisabled();
  }
  if (model_.cycles().empty()) return;
  // The cycle picker at the right end of the row, or on its own line when the row has no room.
  const float picker_w = ImGui::CalcTextSize(tr("self_study.nav.cycle_picker")).x + ImGui::GetFontSize() * 14;
  ui::same_line_if_fits(picker_w + 20);
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX() + 20, ImGui::GetWindowContentRegionMax().x - std::max(330.0f, picker_w)));
  ImGui::TextUnformatted(tr("self_study.nav.cycle_picker"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  std::string current = cycle ? cycle->name + "  " + cycle->date : std::string();
  if (ImGui::BeginCombo("##cycle_picker", current.c_str())) {
    // Newest first: the cycle being worked on is usually the latest one.
    std::vector<const Cycle*> sorted;
    for (auto& c : model_.cycles()) sorted.push_back(&c);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Cycle* a, const Cycle* b) { return a->date > b->date; });
    for (const Cycle* c : sorted) {
      ImGui::PushID(c->id.c_str());
      if (ImGui::Selectable(c->name.c_str(), c->id == cycle_id_)) cycle_id_ = c->id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ui::label_last_item(tr("self_study.nav.cycle_picker"));
}

// ---- Home ---------------------------------------------------------------------------------------

void SelfStudyView::home_page() {
  cycles_section();
  // Two columns keep the whole home on one laptop screen: starting a cycle on the left, the
  // framework and exports on the right. One under the other when a column could not hold the
  // widest export button (large text, a small window, longer Spanish labels).
  const float column_need = ui::button_width(tr("self_study.export.json")) + ImGui::GetFontSize() * 2;
  if (ImGui::GetContentRegionAvail().x < column_need * 2) {
    new_cycle_section();
    framework_section();
    exports_section();
  } else if (ImGui::BeginTable("home_columns", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableNextColumn();
    new_cycle_section();
    ImGui::TableNextColumn();
    framework_section();
    exports_section();
    ImGui::EndTable();
  }
  priorities_overview();
}

void SelfStudyView::cycles_section() {
  ui::section_heading(tr("self_study.home.cycles"));
  if (model_.cycles().empty()) {
    ui::empty_state(tr("self_study.home.no_cycles"), tr("self_study.home.no_cycles_hint"));
    return;
  }
  auto progress_of = [&](const Cycle& c) {
    int answered = 0, possible = 0, agreed = 0, indicators = 0;
    for (auto& d : model_.progress(c.id)) {
      answered += d.answered;
      possible += d.possible;
      agreed += d.with_consensus;
      indicators += d.indicators;
    }
    return std::make_tuple(answered, possible, agreed, indicators);
  };
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("cycles", 5, flags)) {
    // A date never wraps: its column is as wide as a date (or its header). Names and progress
    // lines wrap in what is left, so at large text the rows grow taller instead of cutting words.
    auto fits = [](const char* text) { return ImGui::CalcTextSize(text).x; };
    const float date_w = std::max(fits("2026-12-31"), fits(tr("self_study.home.cycle_date")));
    const float people_w = std::max(fits("000"), fits(tr("self_study.home.cycle_people")));
    ImGui::TableSetupColumn(tr("self_study.home.cycle_name"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("self_study.home.cycle_date"), ImGuiTableColumnFlags_WidthFixed, date_w);
    ImGui::TableSetupColumn(tr("self_study.home.cycle_people"), ImGuiTableColumnFlags_WidthFixed, people_w);
    ImGui::TableSetupColumn(tr("self_study.home.cycle_progress"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    // The two buttons side by side where the page is wide (a row a line high keeps the whole home
    // on a laptop screen), one above the other where they would take a third of it.
    const float open_w = ui::button_width(tr("self_study.home.open_cycle"));
    const float remove_w = ui::button_width(tr("self_study.home.remove_cycle"));
    const bool buttons_side_by_side = ImGui::GetContentRegionAvail().x > (open_w + remove_w) * 4;
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed,
                            buttons_side_by_side ? open_w + ImGui::GetStyle().ItemSpacing.x + remove_w
                                                 : std::max(open_w, remove_w));
    ImGui::TableHeadersRow();
    for (auto& c : model_.cycles()) {
      ImGui::PushID(c.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", c.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.date.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu", c.participants.size());
      ImGui::TableNextColumn();
      auto [answered, possible, agreed, indicators] = progress_of(c);
      ImGui::TextWrapped("%s", trf("self_study.home.progress_line", {std::to_string(answered), std::to_string(possible),
                                                                     std::to_string(agreed), std::to_string(indicators)})
                                   .c_str());
      ImGui::TableNextColumn();
      if (view::named_button(tr("self_study.home.open_cycle"), trf("self_study.home.open_cycle_named", {c.name})))
        open(c.participants.empty() ? Page::Cycle : Page::Rate, c.id);
      if (buttons_side_by_side) ImGui::SameLine();
      if (view::named_button(tr("self_study.home.remove_cycle"), trf("self_study.home.remove_cycle_named", {c.name})))
        ask_removal(Removal::Cycle, c.id);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
}

void SelfStudyView::new_cycle_section() {
  ui::section_heading(tr("self_study.home.new_cycle"));
  ui::help_text(tr("self_study.home.new_cycle_help"));
  const float w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22);
  ui::text_field(tr("self_study.home.cycle_name_field"), &new_cycle_name_, tr("self_study.home.cycle_name_hint"), w);
  ui::text_field(tr("self_study.home.cycle_date_field"), &new_cycle_date_, "YYYY-MM-DD", w);
  ui::FieldOptions people;
  people.width = w;
  people.lines = 3;
  ui::labelled_field(tr("self_study.home.cycle_people_field"), &new_cycle_people_, people);
  ui::help_text(tr("self_study.home.cycle_people_hint"));
  {
    std::vector<std::string> listed;  // the names typed so far, one "Name, Role" per line
    for (auto& line : view::split_lines(new_cycle_people_)) listed.push_back(line.substr(0, line.find(',')));
    if (auto picked = ui::staff_picker("cycle_people", ctx_->profile(), listed)) {
      if (!new_cycle_people_.empty() && new_cycle_people_.back() != '\n') new_cycle_people_ += '\n';
      new_cycle_people_ += picked->name + (picked->role.empty() ? "" : ", " + picked->role) + "\n";
    }
  }
  if (ui::primary_button(tr("self_study.home.start_cycle"))) {
    new_cycle_error_.clear();
    try {
      // Validate everything before changing the model: the cycle and its people are one step.
      std::vector<std::pair<std::string, std::string>> people;
      for (auto& line : view::split_lines(new_cycle_people_)) {
        size_t comma = line.find(',');
        std::string name = view::split_lines(line.substr(0, comma)).empty() ? "" : view::split_lines(line.substr(0, comma))[0];
        std::string role;
        if (comma != std::string::npos) {
          auto rest = view::split_lines(line.substr(comma + 1));
          role = rest.empty() ? "" : rest[0];
        }
        if (!name.empty()) people.emplace_back(name, role);
      }
      std::string id = model_.add_cycle(new_cycle_name_, new_cycle_date_);
      for (auto& [name, role] : people) model_.add_participant(id, name, role);
      ctx_->commit(tr("self_study.undo.start_cycle"));
      ctx_->toast(trf("self_study.home.cycle_started", {new_cycle_name_}));
      new_cycle_name_.clear();
      new_cycle_people_.clear();
      open(people.empty() ? Page::Cycle : Page::Rate, id);
    } catch (const std::exception& e) {
      new_cycle_error_ = e.what();
    }
  }
  if (!new_cycle_error_.empty()) {
    ui::styled_text(ui::TextStyle::Error, trf("self_study.home.cycle_not_started", {new_cycle_error_}).c_str());
  }
}

void SelfStudyView::priorities_overview() {
  ui::section_heading(tr("self_study.home.priorities"));
  if (model_.priorities().empty()) {
    ui::empty_state(tr("self_study.home.no_priorities"), tr("self_study.home.no_priorities_hint"));
    return;
  }
  const Framework& fw = model_.shown_framework();
  if (ImGui::BeginTable("priorities", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn(tr("self_study.priority.indicator"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr("self_study.priority.aim"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr("self_study.priority.owner"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("self_study.priority.due"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("self_study.priority.status"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    for (auto& p : model_.priorities()) {
      ImGui::PushID(p.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      IndicatorRef ref = fw.find_indicator(p.indicator_id);
      // The link back to the indicator the priority improves.
      if (view::named_button(p.indicator_id.c_str(), trf("self_study.home.show_indicator_named", {p.indicator_id})))
        show_indicator(p.indicator_id);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", ref.indicator ? view::shown(ref.indicator->text, ref.indicator->texts, "text").c_str()
                                             : tr("self_study.priority.unknown_indicator"));
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", p.aim.empty() ? "—" : p.aim.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", p.owner.empty() ? "—" : p.owner.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.due_date.empty() ? "—" : p.due_date.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(view::status_text(p.status));
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (ImGui::Button(tr("self_study.home.edit_priorities"))) page_ = Page::Plan;
}

void SelfStudyView::framework_section() {
  ui::section_heading(tr("self_study.framework.heading"));
  const Framework& fw = model_.shown_framework();
  ImGui::TextWrapped("%s", trf("self_study.framework.in_use", {view::shown(fw.title, fw.texts, "title"), fw.version,
                                                                std::to_string(fw.domains.size()),
                                                                std::to_string(fw.indicator_count())})
                               .c_str());
  view::english_tooltip(fw.texts, "title");
  if (!fw.notice.empty()) {
    // The draft's notice: what this wording means for the team's ratings, and what to do.
    ui::styled_text(ui::TextStyle::Warning, view::shown(fw.notice, fw.texts, "notice").c_str());
    view::english_tooltip(fw.texts, "notice");
  }
  if (!fw.source.empty()) {
    ui::help_text(view::shown(fw.source, fw.texts, "source").c_str());
    view::english_tooltip(fw.texts, "source");
  }
  if (const size_t missing = english_shown_count(fw); missing > 0) {
    ui::help_text(trn("self_study.framework.untranslated", missing, {tr("ui.english_tag")}).c_str());
  }
  if (ImGui::Button(tr("self_study.framework.load"))) {
    ctx_->pick_file(".json,application/json", [this](std::string name, std::string bytes) {
      // Read on the next frame, inside draw(), where the context and undo are at hand.
      picked_ = true;
      picked_name_ = std::move(name);
      picked_bytes_ = std::move(bytes);
    });
  }
  if (!(model_.framework() == default_framework())) {
    ImGui::SameLine();
    if (ImGui::Button(tr("self_study.framework.use_default")))
      edit(tr("self_study.undo.framework"), [&] { model_.set_framework(default_framework()); });
  }
  if (!framework_error_.empty()) {
    ui::styled_text(ui::TextStyle::Error, framework_error_.c_str());
    if (ImGui::SmallButton(tr("self_study.framework.dismiss"))) framework_error_.clear();
  }
}

void SelfStudyView::handle_picked_framework() {
  if (!picked_) return;
  picked_ = false;
  std::string name = std::move(picked_name_), bytes = std::move(picked_bytes_);
  try {
    Framework fw = parse_framework(bytes);
    model_.set_framework(std::move(fw));
  } catch (const FrameworkError& e) {
    framework_error_ = trf("self_study.framework.bad_file", {name, e.problem().describe()});
    ctx_->toast(framework_error_, true);
    return;
  } catch (const std::exception& e) {
    framework_error_ = trf("self_study.framework.bad_file", {name, e.what()});
    ctx_->toast(framework_error_, true);
    return;
  }
  framework_error_.clear();
  ctx_->commit(tr("self_study.undo.framework"));
  ctx_->toast(trf("self_study.framework.loaded", {model_.shown_framework().title}));
}

void SelfStudyView::exports_section(bool compact) {
  if (!compact) ui::section_heading(tr("self_study.export.heading"));
  const Cycle* cycle = model_.cycle(cycle_id_);
  if (!cycle) {
    ui::help_text(tr("self_study.export.need_cycle"));
    return;
  }
  if (!compact) ui::help_text(trf("self_study.export.help", {cycle->name}).c_str());
  if (ImGui::Button(tr("self_study.export.report"))) {
    const std::string& program = ctx_->profile().program_name;
    ctx_->offer_file("self-study-report-" + cycle->date + ".html", "text/html",
                     html_report(model_, cycle->id, program.empty() ? tr("self_study.export.unnamed_program") : program));
  }
  ui::same_line_if_fits(ui::button_width(tr("self_study.export.csv")));
  if (ImGui::Button(tr("self_study.export.csv"))) ctx_->offer_file("self-study-ratings.csv", "text/csv", ratings_csv(model_));
  ui::same_line_if_fits(ui::button_width(tr("self_study.export.json")));
  if (ImGui::Button(tr("self_study.export.json")))
    ctx_->offer_file("self-study-summary-deidentified.json", "application/json", deidentified_summary(model_).dump(2));
  if (!compact) ui::help_text(tr("self_study.export.json_help"));
}

// ---- Cycle set-up -------------------------------------------------------------------------------

void SelfStudyView::cycle_page() {
  const Cycle* cycle = model_.cycle(cycle_id_);
  if (!cycle) return;
  const std::string cid = cycle->id;
  ui::section_heading(tr("self_study.cycle.heading"));
  const float w = ImGui::GetFontSize() * 20;
  std::string text;
  if (view::field(tr("self_study.home.cycle_name_field"), cycle->name, &text, nullptr, {}, w) && !text.empty())
    edit(tr("self_study.undo.rename_cycle"), [&] { model_.rename_cycle(cid, text); }, "ss.cycle_name." + cid);
  // A date is only stored once it is a whole date; until then the draft shows what was typed.
  auto draft = date_drafts_.find(cid);
  const std::string& shown = draft != date_drafts_.end() ? draft->second : cycle->date;
  if (view::field(tr("self_study.home.cycle_date_field"), shown, &text, "YYYY-MM-DD", {}, w)) {
    date_drafts_[cid] = text;
    try {
      model_.set_cycle_date(cid, text);
      ctx_->commit(tr("self_study.undo.cycle_date"), "ss.cycle_date." + cid);
      date_drafts_.erase(cid);
    } catch (const std::exception&) {
    }
  }
  if (date_drafts_.count(cid)) ui::help_text(tr("self_study.cycle.date_incomplete"));

  ui::section_heading(tr("self_study.cycle.people"));
  cycle = model_.cycle(cid);
  if (cycle->participants.empty())
    ui::empty_state(tr("self_study.cycle.no_people"), tr("self_study.cycle.no_people_hint"));
  else if (ImGui::BeginTable("people", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(tr("self_study.cycle.person_name"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("self_study.cycle.person_role"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < cycle->participants.size(); ++i) {
      const Participant& p = cycle->participants[i];
      const std::string pid = p.id, name = p.name, role = p.role;
      const std::string n = std::to_string(i + 1);
      ImGui::PushID(pid.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      std::string value = name;
      if (ImGui::InputText("##name", &value) && !value.empty())
        edit(tr("self_study.undo.rename_person"), [&] { model_.rename_participant(cid, pid, value, role); },
             "ss.person_name." + cid + pid);
      ui::label_last_item(trf("self_study.cycle.person_name_n", {n}).c_str());
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      value = role;
      if (ImGui::InputTextWithHint("##role", tr("self_study.cycle.person_role_hint"), &value))
        edit(tr("self_study.undo.rename_person"), [&] { model_.rename_participant(cid, pid, name, value); },
             "ss.person_role." + cid + pid);
      ui::label_last_item(trf("self_study.cycle.person_role_n", {n}).c_str());
      ImGui::TableNextColumn();
      if (view::named_button(tr("self_study.cycle.remove_person"), trf("self_study.cycle.remove_person_named", {name})))
        ask_removal(Removal::Participant, pid, cid);
      ImGui::PopID();
      cycle = model_.cycle(cid);  // an edit may have reallocated
      if (!cycle) return;
    }
    ImGui::EndTable();
  }
  ui::section_heading(tr("self_study.cycle.add_person"));
  {
    std::vector<std::string> listed;
    for (auto& p : model_.cycle(cid)->participants) listed.push_back(p.name);
    if (auto picked = ui::staff_picker("participants", ctx_->profile(), listed))
      edit(tr("self_study.undo.add_person"), [&] { model_.add_participant(cid, picked->name, picked->role); });
  }
  ui::text_field(tr("self_study.cycle.new_person_name"), &new_person_name_, nullptr, ImGui::GetFontSize() * 14);
  ui::same_line_if_fits(ImGui::GetFontSize() * 14);
  ImGui::BeginGroup();
  ui::text_field(tr("self_study.cycle.new_person_role"), &new_person_role_, tr("self_study.cycle.person_role_hint"),
                 ImGui::GetFontSize() * 14);
  ImGui::EndGroup();
  ImGui::BeginDisabled(new_person_name_.find_first_not_of(" \t") == std::string::npos);
  if (ui::primary_button(tr("self_study.cycle.add_person_button")) &&
      edit(tr("self_study.undo.add_person"), [&] { model_.add_participant(cid, new_person_name_, new_person_role_); })) {
    new_person_name_.clear();
    new_person_role_.clear();
  }
  ImGui::EndDisabled();
  ImGui::Spacing();
  if (!model_.cycle(cid)->participants.empty() && ImGui::Button(tr("self_study.cycle.go_rate"))) page_ = Page::Rate;
}

// ---- Removal behind a confirmation --------------------------------------------------------------

void SelfStudyView::ask_removal(Removal kind, const std::string& id, const std::string& owner_id) {
  removal_ = kind;
  removal_id_ = id;
  removal_owner_ = owner_id;
  open_removal_ = true;
}

void SelfStudyView::removal_dialog() {
  // One popup id at the root of the view's id stack, so it opens wherever the button was.
  static const char* kPopup = "###ss_confirm_removal";
  std::string title, message, confirm;
  switch (removal_) {
    case Removal::None: return;
    case Removal::Cycle: {
      const Cycle* c = model_.cycle(removal_id_);
      if (!c) break;
      title = tr("self_study.confirm.cycle_title");
      message = trf("self_study.confirm.cycle", {c->name, std::to_string(c->participants.size())});
      confirm = tr("self_study.confirm.cycle_button");
      break;
    }
    case Removal::Participant: {
      const Cycle* c = model_.cycle(removal_owner_);
      const Participant* p = c ? c->participant(removal_id_) : nullptr;
      if (!p) break;
      title = tr("self_study.confirm.person_title");
      message = trf("self_study.confirm.person", {p->name, std::to_string(p->ratings.size())});
      confirm = tr("self_study.confirm.person_button");
      break;
    }
    case Removal::Priority: {
      const Priority* p = model_.priority(removal_id_);
      if (!p) break;
      title = tr("self_study.confirm.priority_title");
      message = trf("self_study.confirm.priority", {p->indicator_id});
      confirm = tr("self_study.confirm.priority_button");
      break;
    }
  }
  if (title.empty()) {  // what it was about is gone (undo while the dialog was pending)
    removal_ = Removal::None;
    return;
  }
  const std::string popup = title + kPopup;
  if (open_removal_) {
    ImGui::OpenPopup(popup.c_str());
    open_removal_ = false;
  }
  if (ui::confirm_dialog(popup.c_str(), message.c_str(), confirm.c_str())) {
    const Removal kind = removal_;
    removal_ = Removal::None;
    if (kind == Removal::Cycle) edit(tr("self_study.undo.remove_cycle"), [&] { model_.remove_cycle(removal_id_); });
    if (kind == Removal::Participant)
      edit(tr("self_study.undo.remove_person"), [&] { model_.remove_participant(removal_owner_, removal_id_); });
    if (kind == Removal::Priority) edit(tr("self_study.undo.remove_priority"), [&] { model_.remove_priority(removal_id_); });
    return;
  }
  if (!ImGui::IsPopupOpen(popup.c_str())) removal_ = Removal::None;  // cancelled
}

void SelfStudyView::show_indicator(const std::string& indicator_id) {
  IndicatorRef ref = model_.shown_framework().find_indicator(indicator_id);
  if (!ref.indicator) return;
  domain_id_ = ref.domain->id;
  indicator_id_ = indicator_id;
  consensus_id_ = indicator_id;
  const Cycle* cycle = model_.cycle(cycle_id_);
  if (!cycle) return;
  // With nobody rating yet there is nothing to show on the rating page; the consensus page
  // still lists the indicator.
  page_ = cycle->participants.empty() ? Page::Consensus : Page::Rate;
}

}  // namespace self_study

std::unique_ptr<stempush::PluginView> stempush_make_self_study_view(stempush::PluginModel& model) {
  return std::make_unique<self_study::SelfStudyView>(static_cast<self_study::SelfStudyModel&>(model));
}
