// The theme board: a column of cards not yet in a theme, a column per theme (its name edited at
// its top), and a drop zone that starts a new theme. Two ways to group, both ending in the same
// model edits (group_cards, move_card):
//   - keyboard (or clicks): pick cards (Space or Enter on a focused card toggles it), then
//     "Group the picked cards" (or G on a focused card) makes a theme whose name field takes the
//     keyboard, or "Move the picked cards here" on any column; ] and [ move the focused card to
//     the next or previous column. The columns are flattened into the page's keyboard
//     navigation, so Tab and the arrows walk every card;
//   - drag and drop (Dear ImGui's): drag a card onto a column or onto "New theme".
#include <algorithm>

#include "view_state.hpp"

namespace staff_discussion::view {
namespace {

// Columns share the board's width: as wide as 15 letters-heights when they fit, down to 11 so
// that the ungrouped column, two or three themes and "New theme" fit a laptop's window; past
// that the board scrolls sideways (its scrollbar sits right under the columns).
float column_width(const State& s) { return s.board_column_width > 0 ? s.board_column_width : ImGui::GetFontSize() * 15; }
float column_height() { return ImGui::GetFontSize() * 20; }
// "New theme" is narrower than a column but never narrower than its button.
float new_theme_button_width() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::CalcTextSize(T("board.add_theme")).x + 2 * (style.FramePadding.x + style.WindowPadding.x) + 2;
}
float new_theme_width(const State& s) { return std::max(column_width(s) * 0.8f, new_theme_button_width()); }
float fitted_column_width(float available, size_t themes) {
  const float font = ImGui::GetFontSize(), spacing = ImGui::GetStyle().ItemSpacing.x;
  const float columns = float(themes + 1);  // the ungrouped column and each theme
  const float room = available - spacing * (columns + 1);  // a spacing's slack: rounding brings no scrollbar
  float width = room / (columns + 0.8f);
  if (width * 0.8f < new_theme_button_width()) width = (room - new_theme_button_width()) / columns;
  return std::clamp(width, font * 11, font * 15);
}

std::string card_text(const Card& c) { return c.attribution.empty() ? c.text : c.text + " (" + c.attribution + ")"; }

// One card: a selectable the size of its wrapped text, drawn as a card, that is also a drag
// source. Named by its text for automation and screen readers.
void card(State& s, const Card& c) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float pad = style.FramePadding.x;
  const float width = ImGui::GetContentRegionAvail().x;
  const std::string text = card_text(c);
  const ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - 2 * pad);
  const ImVec2 size(width, text_size.y + 2 * pad);
  const ImVec2 top_left = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const bool picked = s.picked.count(c.id) != 0;
  draw->AddRectFilled(top_left, ImVec2(top_left.x + size.x, top_left.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg),
                      style.FrameRounding);
  ImGui::PushID(c.id.c_str());
  if (ImGui::Selectable("##card", picked, ImGuiSelectableFlags_AllowOverlap, size)) {
    if (picked) s.picked.erase(c.id);
    else s.picked.insert(c.id);
  }
  if (ImGui::IsItemFocused()) s.focused_card = c.id;
  ui::label_last_item(text.c_str());
  if (ImGui::BeginDragDropSource()) {
    ImGui::SetDragDropPayload(kCardPayload, c.id.c_str(), c.id.size() + 1);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width(s));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndDragDropSource();
  }
  ImGui::PopID();
  draw->AddRect(top_left, ImVec2(top_left.x + size.x, top_left.y + size.y),
                picked ? ImGui::GetColorU32(ImGuiCol_NavHighlight) : ImGui::GetColorU32(ImGuiCol_Border),
                style.FrameRounding, 0, picked ? 2.5f : 1.0f);
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(top_left.x + pad, top_left.y + pad),
                ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, width - 2 * pad);
}

// A dragged card dropped on the item just drawn (a column) goes to `theme_id`; returns the id of
// the card moved, or "".
std::string accept_card_drop() {
  std::string dropped;
  if (ImGui::BeginDragDropTarget()) {
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kCardPayload))
      dropped.assign(static_cast<const char*>(payload->Data));
    ImGui::EndDragDropTarget();
  }
  return dropped;
}

// Keys on the focused card (read after the board is drawn, so the edit happens between frames):
// G groups the picked cards and this one into a new theme; ] and [ move it along the columns.
void card_keys(State& s, stempush::ViewContext& ctx, Session& session) {
  if (s.focused_card.empty() || ImGui::GetIO().WantTextInput || !session.card(s.focused_card)) return;
  if (ImGui::IsKeyPressed(ImGuiKey_G, false)) {
    s.picked.insert(s.focused_card);
    s.focus_theme = group_cards(s.data(), session, {s.picked.begin(), s.picked.end()}, "");
    // The "g" typed as text reaches ImGui a frame after the key: give the name field the keyboard
    // only after it has gone by, or the theme's name would start with a "g".
    s.focus_wait = 2;
    s.picked.clear();
    s.commit(ctx, T("board.group"));
  } else if (ImGui::IsKeyPressed(ImGuiKey_RightBracket, false) || ImGui::IsKeyPressed(ImGuiKey_LeftBracket, false)) {
    if (shift_card(session, s.focused_card, ImGui::IsKeyPressed(ImGuiKey_RightBracket, false) ? +1 : -1))
      s.commit(ctx, T("board.move"));
  }
}

void move_picked(State& s, stempush::ViewContext& ctx, Session& session, const std::string& theme_id) {
  for (auto& id : s.picked) move_card(session, id, theme_id);
  s.picked.clear();
  s.commit(ctx, T("board.move"));
}

// One column: a theme (index >= 0) or the cards not in a theme (index -1).
void column(State& s, stempush::ViewContext& ctx, Session& session, int index) {
  const std::string theme_id = index < 0 ? std::string() : session.themes[size_t(index)].id;
  const std::string n = std::to_string(index + 1);
  ImGui::BeginChild(("##column_" + (index < 0 ? std::string("none") : theme_id)).c_str(),
                    ImVec2(column_width(s), column_height()), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
  if (index < 0) {
    ui::push_font(ui::Font::Bold);
    ImGui::TextUnformatted(T("board.ungrouped"));
    ui::pop_font();
  } else {
    Theme& theme = session.themes[size_t(index)];
    ImGui::SetNextItemWidth(-1);
    if (s.focus_theme == theme.id) {
      // Keep drawing until the field has the keyboard: an idle app would apply the focus only
      // with the next key, and that key would be lost.
      ctx.request_redraw();
      if (s.focus_wait > 0) {
        --s.focus_wait;
      } else {
        ImGui::SetKeyboardFocusHere();
        s.focus_theme.clear();
        s.focus_settle = 3;
      }
    }
    if (ImGui::InputTextWithHint("##name", T("board.name_hint"), &theme.name))
      s.commit(ctx, T("board.name"), s.session_id + ".theme." + theme.id);
    ui::label_last_item(TF("board.name_n", {n}).c_str());
  }
  const auto cards = session.cards_in(theme_id);
  ImGui::TextDisabled("%s", TN("board.count", static_cast<long long>(cards.size())).c_str());
  ImGui::BeginDisabled(s.picked.empty());
  if (ui::named_button(T("board.move_here"), index < 0 ? std::string(T("board.move_out")) : TF("board.move_to_n", {n})))
    move_picked(s, ctx, session, theme_id);
  ImGui::EndDisabled();
  if (index >= 0) {
    ImGui::SameLine();
    // Removing a theme loses no card (they go back to "not in a theme") and undo restores it.
    if (ui::named_button(T("board.remove"), TF("board.remove_n", {n}))) {
      remove_theme(session, theme_id);
      s.commit(ctx, T("board.remove"));
      ImGui::EndChild();
      return;
    }
  }
  ImGui::Separator();
  for (const Card* c : cards) card(s, *c);
  if (cards.empty()) ui::help_text(T(index < 0 ? "board.ungrouped_empty" : "board.theme_empty"));
  ImGui::EndChild();
  if (std::string dropped = accept_card_drop(); !dropped.empty() && move_card(session, dropped, theme_id)) {
    s.picked.erase(dropped);
    s.commit(ctx, T("board.move"));
  }
}

// Dropping a card here starts a theme with it.
void new_theme_zone(State& s, stempush::ViewContext& ctx, Session& session) {
  ImGui::BeginChild("##column_new", ImVec2(new_theme_width(s), column_height()), ImGuiChildFlags_Border,
                    ImGuiWindowFlags_NavFlattened);
  ui::push_font(ui::Font::Bold);
  ImGui::TextUnformatted(T("board.new_theme"));
  ui::pop_font();
  ui::help_text(T("board.new_theme_help"));
  if (ImGui::Button(T("board.add_theme"))) {
    s.focus_theme = add_theme(s.data(), session, "");
    s.commit(ctx, T("board.add_theme"));
  }
  ImGui::EndChild();
  if (std::string dropped = accept_card_drop(); !dropped.empty() && session.card(dropped)) {
    s.focus_theme = group_cards(s.data(), session, {dropped}, "");
    s.picked.erase(dropped);
    s.commit(ctx, T("board.group"));
  }
  ui::name_last_region("##new_theme_zone", T("board.new_theme"));  // after the drop: it reads the child's item
}

}  // namespace

void draw_board(State& s, stempush::ViewContext& ctx) {
  Session& session = *s.session();
  ui::section_heading(T("board.title"));
  // Picks of cards that are gone (undo, removal) are dropped.
  for (auto it = s.picked.begin(); it != s.picked.end();) it = session.card(*it) ? std::next(it) : s.picked.erase(it);
  if (session.cards.empty()) return ui::empty_state(T("board.empty"), T("board.empty_hint"));
  ui::help_text(T("board.help"));
  ImGui::BeginDisabled(s.picked.empty());
  if (ui::primary_button(T("board.group"))) {
    s.focus_theme = group_cards(s.data(), session, {s.picked.begin(), s.picked.end()}, "");
    s.picked.clear();
    s.commit(ctx, T("board.group"));
  }
  ImGui::SameLine();
  if (ImGui::Button(T("board.unpick"))) s.picked.clear();
  ImGui::SameLine();
  if (ui::danger_button(T("board.remove_cards"))) ImGui::OpenPopup("##remove_cards");
  ImGui::EndDisabled();
  ImGui::SameLine();
  const std::string picked = TN("board.picked", static_cast<long long>(s.picked.size()));
  ImGui::TextUnformatted(picked.c_str());
  ui::name_last_region("##picked", picked);
  if (ui::confirm_dialog("##remove_cards", TN("board.remove_cards_confirm", static_cast<long long>(s.picked.size())).c_str(),
                         T("board.remove_cards"))) {
    for (auto& id : s.picked) remove_card(session, id);
    s.picked.clear();
    s.commit(ctx, T("board.remove_cards"));
  }

  // Which card has the keyboard (last frame's), in words for keyboard and screen-reader users.
  if (const Card* focused = session.card(s.focused_card)) {
    const std::string line = TF("board.focused", {focused->text});
    ImGui::TextDisabled("%s", line.c_str());
    ui::name_last_region("##focused", line);
  } else {
    ImGui::TextDisabled("%s", T("board.keys"));
  }
  s.focused_card.clear();

  const float height = column_height() + ImGui::GetStyle().ScrollbarSize + ImGui::GetStyle().WindowPadding.y * 2;
  ImGui::BeginChild("##board", ImVec2(0, height), ImGuiChildFlags_None,
                    ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NavFlattened);
  s.board_column_width = fitted_column_width(ImGui::GetContentRegionAvail().x, session.themes.size());
  column(s, ctx, session, -1);
  for (size_t i = 0; i < session.themes.size(); ++i) {
    ImGui::SameLine();
    column(s, ctx, session, int(i));
    if (i >= session.themes.size()) break;  // a theme was removed this frame
  }
  ImGui::SameLine();
  new_theme_zone(s, ctx, session);
  ImGui::EndChild();
  ui::name_last_region("##board_region", T("board.columns"));
  card_keys(s, ctx, session);
  if (s.focus_settle > 0) {
    --s.focus_settle;
    ctx.request_redraw();
  }
}

}  // namespace staff_discussion::view
