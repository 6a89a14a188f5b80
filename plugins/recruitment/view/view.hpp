// The recruitment plugin's pages share this state; each page is in its own file (baseline,
// spaces, materials, calendar, funnel). The view changes the model, then commits (undo, autosave).
#pragma once
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "recruitment/model/import.hpp"
#include "recruitment/model/recruitment_model.hpp"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/ui/ui.hpp"

namespace recruitment::view {
namespace ui = stempush::ui;
using stempush::ViewContext;

const char* T(const char* key);  // tr("recruitment." + key)
std::string TF(const char* key, const std::vector<std::string>& args);
// A count in words: TN("card.spaces", 1) is trn("recruitment.card.spaces", 1), "1 space".
std::string TN(const char* key, long long count, const std::vector<std::string>& args = {});

struct State {
  explicit State(RecruitmentModel& m) : model(m) {}
  RecruitmentModel& model;
  RecruitmentData& data() { return model.data(); }
  void commit(ViewContext& ctx, const std::string& label, const std::string& merge_key = {}) {
    ctx.commit(label, merge_key);
  }

  enum class Page { Baseline, Spaces, Materials, Calendar, Funnel };
  Page page = Page::Baseline;

  // Baseline: import and typed counts
  std::unique_ptr<StudentImport> job;
  std::string file_name, import_error, import_summary;
  int import_year = 0;
  std::string new_community;
  std::string hand_community;
  int hand_year = 0;
  std::array<int, kStageCount> hand_counts{};

  // Spaces, materials
  std::string new_space, new_material, new_check_item;
  std::string pending_remove;  // the id a confirmation dialog is about

  // Calendar
  int cal_year = 0, cal_month = 0;
  std::string selected_event;
  std::string ev_title, ev_date, ev_start, ev_end, ev_space, ev_who;
  int ev_kind = 0, ev_reach = 0;
  std::string event_error;

  int funnel_year = 0;
};

void draw_baseline(State& s, ViewContext& ctx);
void draw_spaces(State& s, ViewContext& ctx);
void draw_materials(State& s, ViewContext& ctx);
void draw_calendar(State& s, ViewContext& ctx);
void draw_funnel(State& s, ViewContext& ctx);

// Helpers shared by the pages.
bool community_combo(const char* label, const RecruitmentData& d, std::string* community_id, bool allow_none);
bool space_combo(const char* label, const RecruitmentData& d, std::string* space_id);
void offer_ics(ViewContext& ctx, const RecruitmentData& d, const std::string& event_id);

}  // namespace recruitment::view
