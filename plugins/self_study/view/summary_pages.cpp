// Summary (where the program stands, compared with the previous cycle) and plan (improvement
// priorities) pages.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "self_study/view/self_study_view.hpp"
#include "self_study/view/view_support.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/charts.hpp"
#include "stempush/ui/handoff.hpp"
#include "stempush/ui/ui.hpp"

namespace self_study {

using stempush::tr;
using stempush::trf;
namespace ui = stempush::ui;

namespace {

// A distribution as one stacked bar (level colours, then N/A, don't know and unrated in greys),
// with its counts in a tooltip.
void distribution_bar(const Framework& fw, const Distribution& d, float width) {
  const float h = ImGui::GetTextLineHeight() * 0.8f;
  ImVec2 p = ImGui::GetCursorScreenPos();
  p.y += (ImGui::GetTextLineHeight() - h) * 0.5f;
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
  const int total = d.total();
  if (total == 0) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = p.x;
  auto segment = [&](int count, ImU32 color) {
    if (count <= 0) return;
    float w = width * float(count) / float(total);
    dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + h), color);
    x += w;
  };
  for (size_t i = 0; i < d.level_counts.size(); ++i) segment(d.level_counts[i], view::level_color(fw, int(i) + fw.scale.min()));
  segment(d.not_applicable, IM_COL32(120, 120, 120, 255));
  segment(d.dont_know, IM_COL32(170, 170, 170, 255));
  segment(d.unrated, ImGui::GetColorU32(ImGuiCol_FrameBg));
  dl->AddRect(ImVec2(p.x, p.y), ImVec2(p.x + width, p.y + h), ui::muted_color());
  if (ImGui::IsItemHovered()) {
    std::string counts;
    for (size_t i = 0; i < d.level_counts.size(); ++i) {
      const ScaleLevel* l = fw.scale.level(int(i) + fw.scale.min());
      counts += (l ? l->label : std::to_string(i + 1)) + ": " + std::to_string(d.level_counts[i]) + "\n";
    }
    counts += std::string(tr("self_study.state.not_applicable")) + ": " + std::to_string(d.not_applicable) + "\n";
    counts += std::string(tr("self_study.state.dont_know")) + ": " + std::to_string(d.dont_know) + "\n";
    counts += std::string(tr("self_study.state.unrated")) + ": " + std::to_string(d.unrated);
    ImGui::SetTooltip("%s", counts.c_str());
  }
}

// A rise reads in the Success style, a fall in the Warning style (both with 4.5:1 contrast); the
// sign in the text says the same for anyone who does not see the colour.
ImVec4 change_color(double change) {
  if (std::isnan(change) || std::fabs(change) < 0.05) return ImGui::GetStyleColorVec4(ImGuiCol_Text);
  return ImGui::ColorConvertU32ToFloat4(ui::text_style_color(change > 0 ? ui::TextStyle::Success : ui::TextStyle::Warning));
}

}  // namespace

// ---- Summary ------------------------------------------------------------------------------------

void SelfStudyView::summary_page() {
  const Cycle* cycle = model_.cycle(cycle_id_);
  if (!cycle) return;
  const Framework& fw = model_.shown_framework();
  const CycleSummary summary = model_.summary(cycle->id);
  const Cycle* previous = summary.previous_cycle_id.empty() ? nullptr : model_.cycle(summary.previous_cycle_id);

  ui::section_heading(trf("self_study.summary.heading", {cycle->name, cycle->date}).c_str());
  ui::help_text(tr("self_study.report.summary_rule"));
  if (summary.overall.distribution.rated() == 0) {
    ui::empty_state(tr("self_study.summary.no_consensus"), tr("self_study.summary.no_consensus_hint"));
    if (ui::primary_button(tr("self_study.summary.go_consensus"))) page_ = Page::Consensus;
    return;
  }
  exports_section(true);
  const std::string max_level = std::to_string(fw.scale.max());
  ImGui::Text("%s", trf("self_study.summary.overall", {view::mean_text(summary.overall.mean), max_level}).c_str());
  if (previous) {
    ImGui::SameLine(0, 20);
    ImGui::TextColored(change_color(summary.overall.change), "%s",
                       trf("self_study.summary.overall_change", {view::change_text(summary.overall.change), previous->name})
                           .c_str());
  } else {
    ImGui::SameLine(0, 20);
    ImGui::TextDisabled("%s", tr("self_study.summary.no_previous"));
  }
  const Distribution& od = summary.overall.distribution;
  ui::help_text(trf("self_study.summary.counts", {std::to_string(od.rated()), std::to_string(od.not_applicable),
                                                  std::to_string(od.dont_know), std::to_string(od.unrated)})
                    .c_str());

  domain_chart(summary, previous);

  // Strengths and lowest areas side by side: where the program is solid, where to look next.
  ImGui::Spacing();
  const float half = ImGui::GetContentRegionAvail().x * 0.5f - 8;
  auto ranked_list = [&](const char* id, const char* heading, const std::vector<RankedStandard>& list, bool plan) {
    ImGui::BeginGroup();
    ImGui::PushID(id);
    ui::section_heading(heading);
    if (list.empty()) ui::help_text(tr("self_study.report.none"));
    for (auto& s : list) {
      ImGui::PushID(s.standard_id.c_str());
      const Domain* d = fw.find_domain(s.domain_id);
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
      ImGui::Bullet();
      ImGui::TextWrapped("%s  %s  (%s)", view::mean_text(s.mean).c_str(), s.title.c_str(),
                         d ? view::shown(d->title, d->texts, "title").c_str() : "");
      ImGui::PopTextWrapPos();
      if (plan) {
        ImGui::Indent();
        if (view::named_button(tr("self_study.summary.plan_this"), trf("self_study.summary.plan_this_named", {s.title}))) {
          // The standard's lowest consensus indicator is where a priority would start.
          plan_indicator_.clear();
          int lowest = 1 << 30;
          for (auto& r : model_.consensus(cycle_id_))
            if (r.standard_id == s.standard_id && r.consensus.state == RatingState::Rated && r.consensus.level < lowest) {
              lowest = r.consensus.level;
              plan_indicator_ = r.indicator_id;
            }
          page_ = Page::Plan;
        }
        ImGui::Unindent();
      }
      ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::EndGroup();
  };
  ranked_list("strengths", tr("self_study.report.strengths"), summary.strengths, false);
  ImGui::SameLine(half + 24);
  ranked_list("lowest", tr("self_study.report.lowest"), summary.lowest, true);

  ui::section_heading(tr("self_study.summary.table"));
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("summary_table", 5, flags)) {
    ImGui::TableSetupColumn(tr("self_study.summary.area"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(tr("self_study.report.mean"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("self_study.summary.earlier"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("self_study.report.change"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("self_study.summary.distribution"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableHeadersRow();
    auto area_row = [&](const AreaSummary& a, bool domain) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      bool open = false;
      if (domain) {
        open = ImGui::TreeNodeEx(a.id.c_str(), ImGuiTreeNodeFlags_SpanFullWidth, "%s", a.title.c_str());
        ui::label_last_item(a.title.c_str());
      } else {
        ImGui::Indent();
        ImGui::TextWrapped("%s", a.title.c_str());
        ImGui::Unindent();
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(view::mean_text(a.mean).c_str());
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", previous ? view::mean_text(a.previous_mean).c_str() : "—");
      ImGui::TableNextColumn();
      ImGui::TextColored(change_color(a.change), "%s", view::change_text(a.change).c_str());
      ImGui::TableNextColumn();
      distribution_bar(fw, a.distribution, std::max(40.0f, ImGui::GetContentRegionAvail().x));
      return open;
    };
    for (const DomainSummary& d : summary.domains) {
      if (area_row(d.area, true)) {
        for (const AreaSummary& s : d.standards) area_row(s, false);
        ImGui::TreePop();
      }
    }
    ImGui::EndTable();
  }
  ui::help_text(tr("self_study.summary.distribution_help"));
}

// Grouped horizontal bars: this cycle's mean per domain and, under it, the previous cycle's, on
// the scale's own range with a line at the "meets the standard" level.
void SelfStudyView::domain_chart(const CycleSummary& summary, const Cycle* previous) {
  const Framework& fw = model_.shown_framework();
  ui::section_heading(tr("self_study.summary.chart"));
  ui::GroupedBarChart chart;
  const Cycle* cycle = model_.cycle(summary.cycle_id);
  chart.series.push_back(cycle ? cycle->name + " (" + cycle->date + ")" : std::string());
  if (previous) chart.series.push_back(previous->name + " (" + previous->date + ")");
  chart.lo = 0;
  chart.hi = fw.scale.max();
  chart.no_data = tr("self_study.no_data");
  for (auto& d : summary.domains) {
    const AreaSummary& a = d.area;
    ui::BarGroup group;
    group.label = a.title;
    group.values.push_back(a.mean);
    if (previous) group.values.push_back(a.previous_mean);
    group.value_text = view::mean_text(a.mean);
    if (previous && !std::isnan(a.change)) group.value_text += "  (" + view::change_text(a.change) + ")";
    group.value_color = ImGui::ColorConvertFloat4ToU32(change_color(previous ? a.change : NAN));
    chart.groups.push_back(group);
  }
  // A tick per scale level, labelled with its number and name (the number alone where the name
  // would run into its neighbour; the rating page has every name).
  for (const ScaleLevel& l : fw.scale.levels)
    chart.ticks.push_back({double(l.value), std::to_string(l.value) + " " + l.label, std::to_string(l.value)});
  if (const ScaleLevel* meets = fw.scale.level(fw.scale.meets_level))
    chart.lines.push_back({double(meets->value), trf("self_study.summary.meets_line", {meets->label}), ui::chart_color(2)});
  ui::grouped_bar_chart(tr("self_study.summary.chart"), chart, ui::ChartFlags_NoTitle);
}

// ---- Plan ---------------------------------------------------------------------------------------

void SelfStudyView::plan_page() {
  const Framework& fw = model_.shown_framework();
  ui::section_heading(tr("self_study.plan.heading"));
  ui::help_text(tr("self_study.plan.help"));

  // Choosing an indicator: grouped by domain, with the team's consensus when there is one.
  const Cycle* cycle = model_.cycle(cycle_id_);
  auto indicator_caption = [&](const Indicator& ind) {
    std::string caption = ind.id + "  " + view::shown(ind.text, ind.texts, "text");
    if (caption.size() > 90) caption = caption.substr(0, 87) + "...";
    if (cycle)
      if (const Consensus* c = cycle->consensus_for(ind.id))
        caption += "  [" + view::answer_short(c->state, c->level) + "]";
    return caption;
  };
  IndicatorRef chosen = fw.find_indicator(plan_indicator_);
  std::string preview = chosen.indicator ? indicator_caption(*chosen.indicator) : tr("self_study.plan.choose");
  ImGui::TextUnformatted(tr("self_study.plan.indicator"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x - 200, ImGui::GetFontSize() * 40));
  if (ImGui::BeginCombo("##plan_indicator", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const Domain& d : fw.domains) {
      ImGui::SeparatorText(view::shown(d.title, d.texts, "title").c_str());
      for (const Standard& s : d.standards)
        for (const Indicator& ind : s.indicators) {
          ImGui::PushID(ind.id.c_str());
          if (ImGui::Selectable(indicator_caption(ind).c_str(), ind.id == plan_indicator_)) plan_indicator_ = ind.id;
          ImGui::PopID();
        }
    }
    ImGui::EndCombo();
  }
  ui::label_last_item(tr("self_study.plan.indicator"));
  ui::same_line_if_fits(ui::button_width(tr("self_study.plan.add")));
  ImGui::BeginDisabled(!chosen.indicator);
  if (ui::primary_button(tr("self_study.plan.add"))) {
    std::string id;
    if (edit(tr("self_study.undo.add_priority"), [&] { id = model_.add_priority(plan_indicator_, cycle_id_); }))
      ctx_->toast(trf("self_study.plan.added", {plan_indicator_}));
  }
  ImGui::EndDisabled();

  ImGui::Spacing();
  if (model_.priorities().empty()) {
    ui::empty_state(tr("self_study.home.no_priorities"), tr("self_study.plan.empty_hint"));
    return;
  }
  // Index loop with a fresh lookup each time: an edit in one card may reallocate the list.
  for (size_t i = 0; i < model_.priorities().size(); ++i) {
    const Priority copy = model_.priorities()[i];
    priority_card(copy, int(i) + 1);
  }
}

void SelfStudyView::priority_card(const Priority& priority, int number) {
  const Framework& fw = model_.shown_framework();
  const std::string n = std::to_string(number);
  IndicatorRef ref = fw.find_indicator(priority.indicator_id);
  ImGui::PushID(priority.id.c_str());
  ImGui::Separator();
  ui::push_font(ui::Font::Bold);
  ImGui::TextWrapped("%s. %s", n.c_str(),
                     ref.indicator ? view::shown(ref.indicator->text, ref.indicator->texts, "text").c_str()
                                   : priority.indicator_id.c_str());
  ui::pop_font();
  if (ref.standard)
    ui::help_text((view::shown(ref.domain->title, ref.domain->texts, "title") + "  ›  " +
                   view::shown(ref.standard->title, ref.standard->texts, "title"))
                      .c_str());
  if (view::named_button(tr("self_study.plan.show_indicator"),
                         trf("self_study.home.show_indicator_named", {priority.indicator_id})))
    show_indicator(priority.indicator_id);
  ImGui::SameLine();
  if (view::named_button(tr("self_study.plan.remove"), trf("self_study.plan.remove_n", {n})))
    ask_removal(Removal::Priority, priority.id);

  auto update = [&](const char* undo_key, const std::string& merge, auto&& change) {
    Priority p = priority;
    change(p);
    edit(tr(undo_key), [&] { model_.update_priority(p); }, merge.empty() ? merge : merge + priority.id);
  };
  std::string text;
  if (view::field(tr("self_study.priority.aim"), priority.aim, &text, tr("self_study.plan.aim_hint"),
                  trf("self_study.plan.aim_n", {n})))
    update("self_study.undo.aim", "ss.aim.", [&](Priority& p) { p.aim = text; });
  const float w = ImGui::GetFontSize() * 12;
  ImGui::BeginGroup();
  if (view::field(tr("self_study.priority.owner"), priority.owner, &text, nullptr, trf("self_study.plan.owner_n", {n}), w))
    update("self_study.undo.owner", "ss.owner.", [&](Priority& p) { p.owner = text; });
  ImGui::EndGroup();
  ui::same_line_at_top();
  ImGui::BeginGroup();
  // Stored only when it is a whole date (or empty); until then the draft shows what was typed.
  auto draft = date_drafts_.find(priority.id);
  const std::string& shown = draft != date_drafts_.end() ? draft->second : priority.due_date;
  if (view::field(tr("self_study.plan.due_field"), shown, &text, "YYYY-MM-DD", trf("self_study.plan.due_n", {n}), w)) {
    date_drafts_[priority.id] = text;
    Priority p = priority;
    p.due_date = text;
    try {
      model_.update_priority(p);
      ctx_->commit(tr("self_study.undo.due"), "ss.due." + priority.id);
      date_drafts_.erase(priority.id);
    } catch (const std::exception&) {
    }
  }
  if (date_drafts_.count(priority.id)) ui::help_text(tr("self_study.cycle.date_incomplete"));
  ImGui::EndGroup();
  ui::same_line_at_top();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(tr("self_study.priority.status"));
  ImGui::SetNextItemWidth(w);
  if (ImGui::BeginCombo("##status", view::status_text(priority.status))) {
    for (PriorityStatus s : {PriorityStatus::Planned, PriorityStatus::InProgress, PriorityStatus::Done, PriorityStatus::SetAside})
      if (ImGui::Selectable(view::status_text(s), s == priority.status) && s != priority.status)
        update("self_study.undo.status", "", [&](Priority& p) { p.status = s; });
    ImGui::EndCombo();
  }
  ui::label_last_item(trf("self_study.plan.status_n", {n}).c_str());
  ImGui::EndGroup();
  if (view::area(tr("self_study.plan.ideas_field"), view::join_lines(priority.change_ideas), &text, 3,
                 trf("self_study.plan.ideas_n", {n}))) {
    // While the box is active ImGui keeps its own text, so dropping blank lines here does not
    // get in the way of typing a new line.
    std::vector<std::string> ideas = view::split_lines(text);
    update("self_study.undo.ideas", "ss.ideas.", [&](Priority& p) { p.change_ideas = ideas; });
  }
  // Each idea can become a change idea wherever one is tested (the improvement engine), linking
  // back to this priority. Nothing shows when no installed plugin takes change ideas.
  if (!priority.change_ideas.empty() && !ctx_->host().handoff_targets(stempush::kProposeChangeIdea).empty()) {
    ui::help_text(tr("self_study.plan.ideas_send"));
    for (size_t i = 0; i < priority.change_ideas.size(); ++i) {
      const std::string& idea = priority.change_ideas[i];
      ImGui::PushID(int(i));
      ImGui::Bullet();
      ImGui::TextUnformatted(idea.c_str());
      ImGui::SameLine();
      ui::handoff_buttons(*ctx_, {stempush::kProposeChangeIdea, idea, {model_.info().id, priority_item_id(priority.id), idea}},
                          nullptr, idea.c_str());
      ImGui::PopID();
    }
  }
  ImGui::PopID();
}

}  // namespace self_study
