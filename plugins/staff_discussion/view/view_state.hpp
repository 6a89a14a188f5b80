// What the staff-discussion view remembers between frames (the session on screen, the page, the
// facilitator's clock, the cards picked on the theme board, the export ticks) and the page
// functions that share it. The data lives in the model; nothing here is saved, so the export
// ticks start unticked every time (notes and cards are private by default).
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "staff_discussion/model/discussion_model.hpp"
#include "stempush/facilitation.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/ui/ui.hpp"

namespace staff_discussion::view {

namespace ui = stempush::ui;

// This plugin's strings: T("plan.date") is tr("staff_discussion.plan.date").
const char* T(const char* key);
std::string TF(const char* key, const std::vector<std::string>& args);
// A count's sentence: TN("board.count", 3) is trn("staff_discussion.board.count", 3).
std::string TN(const char* key, long long count, const std::vector<std::string>& args = {});

inline constexpr const char* kCardPayload = "SD_CARD";  // drag and drop of a card's id

struct State {
  explicit State(DiscussionModel& m) : model(m) {}
  DiscussionModel& model;
  DiscussionData& data() { return model.data(); }

  enum class Page { Plan, Capture, Act, Share, Year } page = Page::Plan;
  std::string session_id;  // the session on screen ("" until one exists)
  Session* session() { return data().session(session_id); }

  bool presenting = false;
  stempush::facilitation::StepClock clock;

  // Capture
  std::string new_card;
  bool refocus_card = false;
  bool attribute_next = false;  // the group chose to put a name on the next card
  std::string new_card_name;
  size_t notes_step = 0;
  std::string focused_card;      // the card with the keyboard focus this frame
  std::set<std::string> picked;  // cards picked on the board (to group or move them)
  std::string focus_theme;       // a theme just made: its name field takes the keyboard once
  int focus_wait = 0;            // frames to wait before it does
  int focus_settle = 0;          // frames still to draw while the focus lands
  float board_column_width = 0;  // this frame's width of a board column (board.cpp)

  // Over the year: the program year shown (nullopt: all years), chosen on the first visit.
  std::optional<int> year;
  bool year_chosen = false;

  // Share (never saved: every export starts with notes and cards left out)
  bool share_notes = false, share_cards = false;

  // One pending "are you sure" (remove a session, card or change).
  std::string pending_remove;
  bool open_remove = false;

  void commit(stempush::ViewContext& ctx, const std::string& label, const std::string& merge_key = {}) {
    ctx.commit(label, merge_key);
  }
};

void draw_plan(State& s, stempush::ViewContext& ctx);
void draw_presenter(State& s, stempush::ViewContext& ctx);
void draw_capture(State& s, stempush::ViewContext& ctx);
void draw_board(State& s, stempush::ViewContext& ctx);  // the theme board, part of the capture page
void draw_act(State& s, stempush::ViewContext& ctx);
void draw_share(State& s, stempush::ViewContext& ctx);
void draw_year(State& s, stempush::ViewContext& ctx);

// "12:40" style helpers shared by pages.
std::string status_label(ChangeStatus status);
std::string theme_label(const Theme& theme, size_t index);  // its name, or "Theme 2" until named

}  // namespace staff_discussion::view
