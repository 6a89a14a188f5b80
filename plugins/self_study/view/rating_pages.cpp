// Rating (one participant at a time, keyboard-first) and consensus (side by side, disagreements
// first) pages.
#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"  // SetFocusID: return the keyboard focus to a row
#include "self_study/view/self_study_view.hpp"
#include "self_study/view/view_support.hpp"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace self_study {

using stempush::tr;
using stempush::trf;
namespace ui = stempush::ui;

namespace {

// A coloured badge with a short answer ("3", "N/A", "?"), right-aligned at `right`.
void answer_badge(ImDrawList* dl, const Framework& fw, ImVec2 right_top, float height, RatingState state, int level) {
  std::string text = view::answer_short(state, level);
  ImVec2 size = ImGui::CalcTextSize(text.c_str());
  float w = std::max(size.x + 12, height * 1.4f);
  ImVec2 a(right_top.x - w, right_top.y), b(right_top.x, right_top.y + height);
  ImU32 fill = state == RatingState::Rated ? view::level_color(fw, level) : ImGui::GetColorU32(ImGuiCol_FrameBg);
  ImU32 ink = state == RatingState::Rated ? IM_COL32(255, 255, 255, 255) : ui::text_color();
  if (state == RatingState::Rated && level > fw.scale.min() && level < fw.scale.max()) ink = IM_COL32(20, 20, 20, 255);
  dl->AddRectFilled(a, b, fill, 4);
  if (state != RatingState::Rated) dl->AddRect(a, b, ui::muted_color(), 4);
  dl->AddText(ImVec2(a.x + (w - size.x) * 0.5f, a.y + (height - size.y) * 0.5f), ink, text.c_str());
}

bool shortcut_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(key, false); }

}  // namespace

// ---- Rating -------------------------------------------------------------------------------------

void SelfStudyView::rate_page() {
  const Cycle* cycle = model_.cycle(cycle_id_);
  if (!cycle) return;
  if (cycle->participants.empty()) {
    ui::empty_state(tr("self_study.rate.no_people"), tr("self_study.rate.no_people_hint"));
    if (ui::primary_button(tr("self_study.rate.add_people"))) page_ = Page::Cycle;
    return;
  }
  const Participant* participant = cycle->participant(participant_id_);
  if (!participant) return;

  ImGui::TextUnformatted(tr("self_study.rate.rating_as"));
  for (auto& p : cycle->participants) {
    ImGui::SameLine();
    ImGui::PushID(p.id.c_str());
    if (ImGui::Selectable(p.name.c_str(), p.id == participant_id_, 0, ImVec2(ImGui::CalcTextSize(p.name.c_str()).x + 8, 0)))
      participant_id_ = p.id;
    ImGui::PopID();
  }
  ui::help_text(tr("self_study.rate.keys_help"));

  const Framework& fw = model_.shown_framework();
  const auto progress = model_.progress(cycle->id);
  size_t pindex = 0;
  while (pindex < cycle->participants.size() && cycle->participants[pindex].id != participant_id_) ++pindex;

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float height = std::max(avail.y, ImGui::GetTextLineHeight() * 24);
  ImGui::BeginChild("domains", ImVec2(avail.x * 0.22f, height), ImGuiChildFlags_Border);
  ui::section_heading(tr("self_study.rate.domains"));
  for (size_t d = 0; d < fw.domains.size(); ++d) {
    const Domain& domain = fw.domains[d];
    ImGui::PushID(domain.id.c_str());
    // Long domain names wrap instead of being cut: the text is drawn over a selectable row.
    const float wrap = ImGui::GetContentRegionAvail().x - 8;
    const std::string title = view::shown(domain.title, domain.texts, "title");
    const ImVec2 title_size = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##domain", domain.id == domain_id_, 0, ImVec2(0, title_size.y + 2))) domain_id_ = domain.id;
    ui::label_last_item(title.c_str());
    view::english_tooltip(domain.texts, "title");
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(top.x + 2, top.y + 1),
                                        ui::text_color(), title.c_str(), nullptr, wrap);
    int done = 0, total = 0;
    for (auto& p : progress)
      if (p.domain_id == domain.id) {
        total = p.indicators;
        done = pindex < p.answered_by_participant.size() ? p.answered_by_participant[pindex] : 0;
      }
    std::string overlay = trf("self_study.rate.progress", {std::to_string(done), std::to_string(total)});
    ImGui::ProgressBar(total ? float(done) / float(total) : 0.0f, ImVec2(-1, 0), overlay.c_str());
    ImGui::Spacing();
    ImGui::PopID();
  }
  ImGui::EndChild();

  // The detail pane always shows something: the domain's first indicator until another is chosen.
  IndicatorRef shown = fw.find_indicator(indicator_id_);
  if (const Domain* domain = fw.find_domain(domain_id_); domain && (!shown.indicator || shown.domain != domain))
    for (const Standard& s : domain->standards)
      if (!s.indicators.empty()) {
        indicator_id_ = s.indicators.front().id;
        break;
      }

  ImGui::SameLine();
  ImGui::BeginChild("indicators", ImVec2(avail.x * 0.40f, height), ImGuiChildFlags_Border);
  if (const Domain* domain = fw.find_domain(domain_id_)) indicator_list(*cycle, *participant, *domain);
  ImGui::EndChild();

  ImGui::SameLine();
  ImGui::BeginChild("rating_detail", ImVec2(0, height), ImGuiChildFlags_Border);
  cycle = model_.cycle(cycle_id_);  // a key press above may have changed the model
  participant = cycle ? cycle->participant(participant_id_) : nullptr;
  if (participant) rating_detail(*cycle, *participant);
  ImGui::EndChild();
}

void SelfStudyView::indicator_list(const Cycle& cycle, const Participant& participant, const Domain& domain) {
  const Framework& fw = model_.shown_framework();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const std::string cid = cycle.id, pid = participant.id;
  ui::push_font(ui::Font::Heading);
  ImGui::TextWrapped("%s", view::shown(domain.title, domain.texts, "title").c_str());
  ui::pop_font();
  view::english_tooltip(domain.texts, "title");
  for (const Standard& standard : domain.standards) {
    ImGui::Spacing();
    ui::push_font(ui::Font::Bold);
    ImGui::TextWrapped("%s", view::shown(standard.title, standard.texts, "title").c_str());
    ui::pop_font();
    view::english_tooltip(standard.texts, "title");
    if (!standard.description.empty()) {
      ui::help_text(view::shown(standard.description, standard.texts, "description").c_str());
      view::english_tooltip(standard.texts, "description");
    }
    for (const Indicator& indicator : standard.indicators) {
      // Copy what the row needs: a key press below may change the model under these references.
      const std::string iid = indicator.id;
      const Rating rating = model_.rating(cid, pid, iid);
      ImGui::PushID(iid.c_str());
      const float badge_w = ImGui::GetFontSize() * 3.2f;
      const float wrap = std::max(50.0f, ImGui::GetContentRegionAvail().x - badge_w - 12);
      const std::string text = view::shown(indicator.text, indicator.texts, "text");
      ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
      const float row_h = std::max(text_size.y, ImGui::GetTextLineHeight()) + 6;
      const bool selected = indicator_id_ == iid;
      ImVec2 top = ImGui::GetCursorScreenPos();
      if (ImGui::Selectable("##row", selected, 0, ImVec2(0, row_h))) indicator_id_ = iid;
      ui::label_last_item(trf("self_study.rate.indicator_named", {iid}).c_str());
      view::english_tooltip(indicator.texts, "text");
      if (selected && focus_row_) {
        ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
        ImGui::SetScrollHereY(0.5f);
        focus_row_ = false;
      }
      if (ImGui::IsItemFocused()) {
        indicator_id_ = iid;  // the detail pane follows the keyboard
        rate_key(iid, rating);
      }
      dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(top.x + 2, top.y + 3), ui::text_color(), text.c_str(),
                  nullptr, wrap);
      answer_badge(dl, fw, ImVec2(top.x + ImGui::GetContentRegionAvail().x, top.y + 3), ImGui::GetTextLineHeight(),
                   rating.state, rating.level);
      ImGui::PopID();
    }
  }
}

// Keys on a focused row: 1..N rate, Left/Right step along the scale, N = not applicable,
// D = don't know, Delete/Backspace/0 = clear, Enter = write evidence. Up/Down are ImGui's own
// navigation.
void SelfStudyView::rate_key(const std::string& indicator_id, const Rating& current) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl || io.KeyAlt || io.KeySuper || io.WantTextInput) return;
  const RatingScale& scale = model_.shown_framework().scale;
  RatingState state = current.state;
  int level = current.level;
  bool pressed = false;
  for (int v = scale.min(); v <= scale.max() && v <= 9; ++v)
    if (shortcut_pressed(ImGuiKey(ImGuiKey_0 + v)) || shortcut_pressed(ImGuiKey(ImGuiKey_Keypad0 + v))) {
      state = RatingState::Rated;
      level = v;
      pressed = true;
    }
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) {
    level = current.state == RatingState::Rated ? std::min(current.level + 1, scale.max()) : scale.min();
    state = RatingState::Rated;
    pressed = true;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) {
    level = current.state == RatingState::Rated ? std::max(current.level - 1, scale.min()) : scale.min();
    state = RatingState::Rated;
    pressed = true;
  }
  // Enter moves on to the evidence of this indicator.
  if (shortcut_pressed(ImGuiKey_Enter) || shortcut_pressed(ImGuiKey_KeypadEnter)) focus_evidence_ = true;
  if (shortcut_pressed(ImGuiKey_N)) state = RatingState::NotApplicable, pressed = true;
  if (shortcut_pressed(ImGuiKey_D)) state = RatingState::DontKnow, pressed = true;
  if (shortcut_pressed(ImGuiKey_Delete) || shortcut_pressed(ImGuiKey_Backspace) || shortcut_pressed(ImGuiKey_0))
    state = RatingState::Unrated, pressed = true;
  if (!pressed || (state == current.state && (state != RatingState::Rated || level == current.level))) return;
  edit(trf("self_study.undo.rate", {indicator_id}),
       [&] { model_.set_rating(cycle_id_, participant_id_, indicator_id, state, level); });
}

void SelfStudyView::rating_detail(const Cycle& cycle, const Participant& participant) {
  const Framework& fw = model_.shown_framework();
  IndicatorRef ref = fw.find_indicator(indicator_id_);
  if (!ref.indicator) {
    ui::empty_state(tr("self_study.rate.pick_indicator"), tr("self_study.rate.pick_indicator_hint"));
    return;
  }
  const std::string cid = cycle.id, pid = participant.id, iid = ref.indicator->id;
  const Rating rating = model_.rating(cid, pid, iid);
  indicator_heading(ref);
  ImGui::TextWrapped("%s", trf("self_study.rate.answer_is", {participant.name, view::answer_text(fw, rating.state, rating.level)}).c_str());

  ui::section_heading(tr("self_study.rate.scale"));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  auto set = [&](RatingState state, int level) {
    edit(trf("self_study.undo.rate", {iid}), [&] { model_.set_rating(cid, pid, iid, state, level); });
  };
  for (const ScaleLevel& level : fw.scale.levels) {
    ImGui::PushID(level.value);
    const std::string heading = view::shown(level.label, level.texts, "label") + " (" + std::to_string(level.value) + ")";
    const std::string description = view::shown(level.description, level.texts, "description");
    // Both wrap: at 200% text a narrow column holds neither "Sólido y en mejora (4)" nor its description.
    const float wrap = ImGui::GetContentRegionAvail().x - 26;
    ui::push_font(ui::Font::Bold);
    const float heading_h = ImGui::CalcTextSize(heading.c_str(), nullptr, false, wrap).y;
    ui::pop_font();
    const float desc_h = ImGui::CalcTextSize(description.c_str(), nullptr, false, wrap).y;
    const float h = heading_h + desc_h + 8;
    ImVec2 top = ImGui::GetCursorScreenPos();
    const bool chosen = rating.state == RatingState::Rated && rating.level == level.value;
    if (ImGui::Selectable("##level", chosen, 0, ImVec2(0, h))) set(RatingState::Rated, level.value);
    ui::label_last_item(heading.c_str());
    view::english_tooltip(level.texts, level.texts.shows_english("label") ? "label" : "description");
    dl->AddRectFilled(ImVec2(top.x + 2, top.y + 4), ImVec2(top.x + 14, top.y + 16), view::level_color(fw, level.value), 2);
    ui::push_font(ui::Font::Bold);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(top.x + 22, top.y + 2), ui::text_color(), heading.c_str(),
                nullptr, wrap);
    ui::pop_font();
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(top.x + 22, top.y + 4 + heading_h), ui::muted_color(),
                description.c_str(), nullptr, wrap);
    ImGui::PopID();
  }
  auto state_choice = [&](const char* label, RatingState state) {
    ui::same_line_if_fits(ImGui::CalcTextSize(label).x + 8);
    if (ImGui::Selectable(label, rating.state == state, 0, ImVec2(ImGui::CalcTextSize(label).x + 8, 0))) set(state, 0);
  };
  ImGui::Dummy(ImVec2(0, 0));
  state_choice(tr("self_study.rate.not_applicable_key"), RatingState::NotApplicable);
  state_choice(tr("self_study.rate.dont_know_key"), RatingState::DontKnow);
  ui::same_line_if_fits(ui::button_width(tr("self_study.rate.clear")));
  ImGui::BeginDisabled(rating.state == RatingState::Unrated);
  if (ImGui::SmallButton(tr("self_study.rate.clear"))) set(RatingState::Unrated, 0);
  ImGui::EndDisabled();
  ui::help_text(tr("self_study.rate.states_help"));

  ui::section_heading(tr("self_study.rate.evidence_heading"));
  std::string text;
  const bool activate_evidence = focus_evidence_;
  focus_evidence_ = false;
  if (view::area(tr("self_study.rate.evidence"), rating.evidence, &text, 3, {}, activate_evidence))
    edit(tr("self_study.undo.evidence"), [&] { model_.set_evidence(cid, pid, iid, text, rating.links); },
         "ss.evidence." + cid + pid + iid);
  if (view::area(tr("self_study.rate.links"), view::join_lines(rating.links), &text, 2)) {
    // While the box is active ImGui keeps its own text, so dropping blank lines does not get in
    // the way of typing the next link.
    std::vector<std::string> links = view::split_lines(text);
    edit(tr("self_study.undo.evidence"), [&] { model_.set_evidence(cid, pid, iid, rating.evidence, links); },
         "ss.links." + cid + pid + iid);
  }
  if (view::area(tr("self_study.rate.note"), rating.note, &text, 2))
    edit(tr("self_study.undo.note"), [&] { model_.set_note(cid, pid, iid, text); }, "ss.note." + cid + pid + iid);
  if (ImGui::Button(tr("self_study.rate.back_to_list")) ||
      (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && !ImGui::GetIO().WantTextInput &&
       ImGui::IsKeyPressed(ImGuiKey_Escape)))
    focus_row_ = true;
  if (!ref.standard->resources.empty()) {
    ui::section_heading(tr("self_study.rate.resources"));
    for (auto& r : ref.standard->resources) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s  %s", view::shown(r.title, r.texts, "title").c_str(), r.url.c_str());
    }
  }
}

// Where the indicator sits (domain › standard) and its wording in bold, named for automation and
// screen readers by its wording; the (EN) tag explains itself on hover.
void SelfStudyView::indicator_heading(const IndicatorRef& ref) {
  ui::help_text((view::shown(ref.domain->title, ref.domain->texts, "title") + "  ›  " +
                 view::shown(ref.standard->title, ref.standard->texts, "title"))
                    .c_str());
  const std::string text = view::shown(ref.indicator->text, ref.indicator->texts, "text");
  ui::push_font(ui::Font::Bold);
  ImGui::TextWrapped("%s", text.c_str());
  ui::pop_font();
  ui::name_last_region("##indicator_text", text);
  view::english_tooltip(ref.indicator->texts, "text");
}

// ---- Consensus ----------------------------------------------------------------------------------

void SelfStudyView::consensus_page() {
  const Cycle* cycle = model_.cycle(cycle_id_);
  if (!cycle) return;
  const Framework& fw = model_.shown_framework();
  if (cycle->participants.empty()) {
    ui::empty_state(tr("self_study.consensus.no_people"), tr("self_study.rate.no_people_hint"));
    if (ui::primary_button(tr("self_study.rate.add_people"))) page_ = Page::Cycle;
    return;
  }
  const std::vector<ConsensusRow> rows = model_.consensus(cycle->id);
  // Counts down as the team settles disagreements (a recorded answer settles one).
  const int disagreements = disagreements_to_discuss(rows);
  int agreed = 0;
  for (auto& r : rows) agreed += r.settled();
  const std::string counts = trf("self_study.consensus.counts", {std::to_string(disagreements), std::to_string(agreed),
                                                                  std::to_string(rows.size())});
  ImGui::TextUnformatted(counts.c_str());
  ui::name_last_region("consensus_counts", counts);  // read out (and checked by tests) as it counts down
  ui::help_text(tr("self_study.consensus.help"));
  if (consensus_id_.empty() && !rows.empty()) consensus_id_ = rows.front().indicator_id;

  // Every rater's column on screen: the indicator column takes what the raters leave. Beside the
  // editor when both fit (a laptop), the editor below the table otherwise (large text, 1024 px).
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float em = ImGui::GetFontSize();
  const ImGuiStyle& style = ImGui::GetStyle();
  float raters_w = 0;
  for (auto& p : cycle->participants)
    raters_w += std::max(ImGui::CalcTextSize(p.name.c_str()).x, em * 3) + style.CellPadding.x * 2 + 1;
  raters_w += ImGui::CalcTextSize(tr("self_study.consensus.spread")).x + ImGui::CalcTextSize(tr("self_study.consensus.talk_first")).x +
              em * 2 + ImGui::CalcTextSize(tr("self_study.consensus.team")).x + em * 2 + style.CellPadding.x * 4;
  const float table_min = em * 12 + raters_w + style.ScrollbarSize;
  const float editor_min = em * 22;
  const bool side_by_side = avail.x >= table_min + editor_min + style.ItemSpacing.x;
  const float table_w = side_by_side ? std::clamp(avail.x * 0.6f, table_min, avail.x - editor_min - style.ItemSpacing.x)
                                     : avail.x;
  const float height = side_by_side ? std::max(avail.y, ImGui::GetTextLineHeight() * 24)
                                    : std::max(avail.y * 0.45f, ImGui::GetTextLineHeight() * 6);
  const int columns = 3 + int(cycle->participants.size());
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  const ConsensusRow* selected = nullptr;
  if (ImGui::BeginTable("consensus_table", columns, flags, ImVec2(table_w, height))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr("self_study.report.indicator"), ImGuiTableColumnFlags_WidthFixed,
                            std::max(em * 12, table_w - raters_w - style.ScrollbarSize));
    for (auto& p : cycle->participants) ImGui::TableSetupColumn(p.name.c_str(), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr("self_study.consensus.spread"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr("self_study.consensus.team"), ImGuiTableColumnFlags_WidthFixed);
    // The header row, each header named (a screen reader reads who rated; tests see every rater).
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < columns; ++c) {
      ImGui::TableSetColumnIndex(c);
      const char* name = ImGui::TableGetColumnName(c);
      ImGui::PushID(c);
      ImGui::TableHeader(name);
      ui::label_last_item(name);
      ImGui::PopID();
    }
    // Big frameworks (hundreds of indicators) draw only the visible rows.
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const ConsensusRow& row = rows[size_t(i)];
        ImGui::PushID(row.indicator_id.c_str());
        ImGui::TableNextRow();
        const bool highlighted = row.to_discuss();  // settled rows lose the highlight
        if (highlighted) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, view::disagreement_bg());
        ImGui::TableNextColumn();
        // The caption's room: the cell less a gap, so that a cut statement ends in "…" clear of
        // the first rater's column (cut at the border it read as "…getting studeN/A").
        const float caption_room = ImGui::GetContentRegionAvail().x - style.ItemInnerSpacing.x;
        // Hidden label, text drawn after: the row's automation name says what it does.
        // No half-spacing pad: in a table it would reach into the header and the next rows
        // (their highlight and click areas overlapping) and draw the caption above the row's text.
        if (ImGui::Selectable("##row", row.indicator_id == consensus_id_,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap |
                                  ImGuiSelectableFlags_NoPadWithHalfSpacing))
          consensus_id_ = row.indicator_id;
        ui::label_last_item(trf("self_study.consensus.discuss_named", {row.indicator_id}).c_str());
        if (ImGui::IsItemFocused()) consensus_id_ = row.indicator_id;
        if (ImGui::IsItemHovered()) {
          IndicatorRef ref = fw.find_indicator(row.indicator_id);
          if (ref.indicator)
            ImGui::SetItemTooltip("%s", view::shown(ref.indicator->text, ref.indicator->texts, "text").c_str());
        }
        {
          // The id and the start of the wording, cut to the cell; the tooltip and the panel have it all.
          IndicatorRef ref = fw.find_indicator(row.indicator_id);
          const std::string caption = ui::fit_to_width(
              row.indicator_id + "  " + (ref.indicator ? view::shown(ref.indicator->text, ref.indicator->texts, "text") : std::string()),
              caption_room);
          ImGui::GetWindowDrawList()->AddText(ImGui::GetItemRectMin(), ui::text_color(), caption.c_str());
        }
        for (auto& a : row.answers) {
          ImGui::TableNextColumn();
          std::string s = view::answer_short(a.state, a.level);
          if (a.state == RatingState::Rated)
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(view::level_color(fw, a.level)), "%s", s.c_str());
          else ImGui::TextDisabled("%s", s.c_str());
        }
        ImGui::TableNextColumn();
        if (highlighted) {
          ImGui::Text("%d  %s", row.spread, tr("self_study.consensus.talk_first"));
          // The highlight in words, for a screen reader (a colour says nothing to it) and tests.
          ui::name_last_region("to_discuss", trf("self_study.consensus.to_discuss_named", {row.indicator_id}));
        } else {
          ImGui::Text("%d", row.spread);
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.consensus.state == RatingState::Unrated
                                   ? "—"
                                   : view::answer_short(row.consensus.state, row.consensus.level).c_str());
        ImGui::PopID();
      }
    ImGui::EndTable();
  }
  for (auto& r : rows)
    if (r.indicator_id == consensus_id_) selected = &r;
  if (side_by_side) ImGui::SameLine();
  // Stacked: the editor takes the rest of the page (it scrolls inside), so both stay on screen.
  const float editor_h = side_by_side ? height : std::max(ImGui::GetContentRegionAvail().y, ImGui::GetTextLineHeight() * 6);
  ImGui::BeginChild("consensus_editor", ImVec2(0, editor_h), ImGuiChildFlags_Border);
  // Actions first, so they stay on screen however long the discussion notes get: walk the list
  // in its order (disagreements first) without reaching for the mouse, or plan from here.
  for (size_t i = 0; i < rows.size(); ++i)
    if (rows[i].indicator_id == consensus_id_ && i + 1 < rows.size()) {
      if (ImGui::Button(tr("self_study.consensus.next"))) consensus_id_ = rows[i + 1].indicator_id;
      ImGui::SameLine();
      break;
    }
  if (selected && ImGui::Button(tr("self_study.consensus.make_priority"))) {
    plan_indicator_ = selected->indicator_id;
    page_ = Page::Plan;
  }
  if (selected) consensus_editor(*cycle, *selected);
  else ui::empty_state(tr("self_study.consensus.pick"));
  ImGui::EndChild();
}

void SelfStudyView::consensus_editor(const Cycle& cycle, const ConsensusRow& row) {
  const Framework& fw = model_.shown_framework();
  IndicatorRef ref = fw.find_indicator(row.indicator_id);
  if (!ref.indicator) return;
  const std::string cid = cycle.id, iid = row.indicator_id;
  const Consensus current = row.consensus;
  indicator_heading(ref);
  if (row.to_discuss()) {
    ui::styled_text(ui::TextStyle::Warning, trf("self_study.consensus.disagreement", {std::to_string(row.spread)}).c_str());
  }
  ui::section_heading(tr("self_study.consensus.ratings"));
  for (size_t i = 0; i < row.answers.size() && i < cycle.participants.size(); ++i) {
    const Participant& p = cycle.participants[i];
    const ParticipantAnswer& a = row.answers[i];
    ImGui::Bullet();
    ImGui::TextWrapped("%s: %s", p.name.c_str(), view::answer_text(fw, a.state, a.level).c_str());
    if (const Rating* r = p.rating(iid)) {
      ImGui::Indent();
      if (!r->evidence.empty()) ui::help_text((std::string(tr("self_study.rate.evidence")) + ": " + r->evidence).c_str());
      for (auto& link : r->links) ui::help_text(link.c_str());
      if (!r->note.empty()) ui::help_text((std::string(tr("self_study.rate.note")) + ": " + r->note).c_str());
      ImGui::Unindent();
    }
  }
  if (row.suggested_level > 0)
    ui::help_text(trf("self_study.consensus.suggested",
                      {view::answer_text(fw, RatingState::Rated, row.suggested_level)}).c_str());

  ui::section_heading(tr("self_study.consensus.team_answer"));
  auto set = [&](RatingState state, int level) {
    edit(trf("self_study.undo.consensus", {iid}), [&] { model_.set_consensus(cid, iid, state, level, current.rationale); });
  };
  bool first = true;
  for (const ScaleLevel& level : fw.scale.levels) {
    const std::string heading = view::shown(level.label, level.texts, "label") + " (" + std::to_string(level.value) + ")";
    // Flow like words: a choice that does not fit on this line starts the next one.
    if (!first) ui::same_line_if_fits(ImGui::CalcTextSize(heading.c_str()).x + 8);
    first = false;
    ImGui::PushID(level.value);
    if (ImGui::Selectable(heading.c_str(), current.state == RatingState::Rated && current.level == level.value, 0,
                          ImVec2(ImGui::CalcTextSize(heading.c_str()).x + 8, 0)))
      set(RatingState::Rated, level.value);
    ImGui::SetItemTooltip("%s", view::shown(level.description, level.texts, "description").c_str());
    ImGui::PopID();
  }
  const char* na = tr("self_study.state.not_applicable");
  const char* dk = tr("self_study.state.dont_know");
  if (ImGui::Selectable(na, current.state == RatingState::NotApplicable, 0, ImVec2(ImGui::CalcTextSize(na).x + 8, 0)))
    set(RatingState::NotApplicable, 0);
  ImGui::SameLine();
  if (ImGui::Selectable(dk, current.state == RatingState::DontKnow, 0, ImVec2(ImGui::CalcTextSize(dk).x + 8, 0)))
    set(RatingState::DontKnow, 0);
  ImGui::SameLine();
  ImGui::BeginDisabled(current.state == RatingState::Unrated && current.rationale.empty());
  if (ImGui::SmallButton(tr("self_study.consensus.clear")))
    edit(trf("self_study.undo.consensus", {iid}), [&] { model_.clear_consensus(cid, iid); });
  ImGui::EndDisabled();
  std::string text;
  if (view::area(tr("self_study.consensus.rationale"), current.rationale, &text, 3))
    edit(tr("self_study.undo.rationale"), [&] { model_.set_consensus(cid, iid, current.state, current.level, text); },
         "ss.rationale." + cid + iid);
}

}  // namespace self_study
