// Baseline: where students came from (an imported roster or application export, or counts typed
// per community), and the communities the program wants to reach.
#include <algorithm>
#include <map>
#include <set>

#include "recruitment/model/funnel.hpp"
#include "stempush/ui/table_import_ui.hpp"
#include "view.hpp"

namespace recruitment::view {
namespace {

void start_import(State& s, ViewContext& ctx) {
  ctx.pick_file(".csv,text/csv", [&s](std::string name, std::string bytes) {
    s.job.reset();
    s.import_error.clear();
    s.import_summary.clear();
    s.file_name = name;
    try {
      s.job = std::make_unique<StudentImport>(bytes, s.data(), s.import_year);
    } catch (const std::exception& e) {  // not UTF-8, an unclosed quote: nothing is opened
      s.import_error = TF("import.unreadable", {name, e.what()});
    }
  });
}

void draw_import(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  if (s.import_year == 0) s.import_year = d.this_year();
  if (s.job) {
    const ui::ImportChoice choice = ui::table_import_panel(*s.job, ctx, s.file_name, "recruitment.import.students");
    if (choice == ui::ImportChoice::ImportAll || choice == ui::ImportChoice::ImportGood) {
      try {
        const size_t rejected = s.job->rejected_rows();
        const size_t added = s.job->apply(d, choice == ui::ImportChoice::ImportGood);
        s.commit(ctx, T("import.undo_label"));
        s.import_summary = TN("import.done", static_cast<long long>(added), {s.file_name});
        if (choice == ui::ImportChoice::ImportGood && rejected > 0)
          s.import_summary += " " + TN("import.left_out", static_cast<long long>(rejected));
        ctx.toast(s.import_summary);
      } catch (const std::exception& e) {
        s.import_error = TF("import.unreadable", {s.file_name, e.what()});
      }
      s.job.reset();
    } else if (choice == ui::ImportChoice::Cancel) {
      s.job.reset();
    }
    return;
  }
  ui::help_text(T("import.help"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  ImGui::InputInt(T("import.year"), &s.import_year, 0);
  ui::label_last_item(T("import.year"));
  if (ui::primary_button(T("import.choose"))) start_import(s, ctx);
  if (!s.import_error.empty()) ui::styled_text(ui::TextStyle::Error, s.import_error.c_str());
  if (!s.import_summary.empty()) {
    ui::styled_text(ui::TextStyle::Success, s.import_summary.c_str());
    ui::name_last_region("import_summary", s.import_summary);  // what the toast said, for tests and screen readers
  }
}

void draw_years(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  int year = d.this_year(), base = d.base_year();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (ImGui::InputInt(T("baseline.this_year"), &year, 1) && year >= 1900 && year <= 9999) {
    d.year = year;
    s.commit(ctx, T("baseline.this_year"), "year");
  }
  ui::label_last_item(T("baseline.this_year"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (ImGui::InputInt(T("baseline.baseline_year"), &base, 1) && base >= 1900 && base <= 9999) {
    d.baseline_year = base;
    s.commit(ctx, T("baseline.baseline_year"), "baseline_year");
  }
  ui::label_last_item(T("baseline.baseline_year"));
}

void draw_communities(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  ui::section_heading(T("communities.heading"));
  ui::help_text(T("communities.help"));
  std::map<std::string, std::pair<int, int>> counts;  // community -> students this year, baseline
  for (auto& st : d.students) {
    if (st.year == d.this_year()) ++counts[st.community].first;
    if (st.year == d.base_year()) ++counts[st.community].second;
  }
  std::set<std::string> used;
  for (auto& st : d.students) used.insert(st.community);
  for (auto& h : d.hand_counts) used.insert(h.community);
  for (auto& sp : d.spaces) used.insert(sp.community);
  if (d.communities.empty()) ui::empty_state(T("communities.empty"), T("communities.empty_hint"));
  else if (ImGui::BeginTable("communities", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn(T("communities.name"));
    ImGui::TableSetupColumn(T("communities.focus"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(TF("communities.students", {std::to_string(d.this_year()), std::to_string(d.base_year())}).c_str(),
                            ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (auto& c : d.communities) {
      ImGui::PushID(c.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      if (ImGui::InputText("##name", &c.name)) s.commit(ctx, T("communities.rename"), "community." + c.id);
      ui::label_last_item(TF("communities.name_of", {c.name}).c_str());
      ImGui::TableNextColumn();
      if (ImGui::Checkbox("##focus", &c.focus)) s.commit(ctx, T("communities.focus"));
      ui::label_last_item(TF("communities.focus_of", {c.name}).c_str());
      ImGui::TableNextColumn();
      auto n = counts[c.id];
      ImGui::Text("%d / %d", n.first, n.second);
      ImGui::TableNextColumn();
      ImGui::BeginDisabled(used.count(c.id) > 0);  // students and spaces point at it
      if (ui::named_button(T("remove"), TF("communities.remove_of", {c.name}))) {
        s.pending_remove = c.id;
        ImGui::OpenPopup(T("communities.remove_title"));
      }
      ImGui::EndDisabled();
      if (ui::confirm_dialog(T("communities.remove_title"), T("communities.remove_confirm"), T("remove")) &&
          s.pending_remove == c.id) {
        const std::string id = c.id;
        ImGui::PopID();
        ImGui::EndTable();
        d.communities.erase(std::remove_if(d.communities.begin(), d.communities.end(), [&](const Community& x) { return x.id == id; }), d.communities.end());
        s.commit(ctx, T("communities.remove_title"));
        return;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ui::text_field(T("communities.new"), &s.new_community, T("communities.new_hint"), ImGui::GetFontSize() * 18);
  ImGui::SameLine();
  ImGui::BeginDisabled(stempush::table_import::fold_header(s.new_community).empty());
  if (ImGui::Button(T("communities.add"))) {
    if (!d.community_id_for(s.new_community, false).empty()) {
      ctx.toast(TF("communities.exists", {s.new_community}), true);
    } else {
      const std::string id = d.community_id_for(s.new_community, true);
      for (auto& c : d.communities)
        if (c.id == id) c.focus = true;  // a community typed here is one the program means to reach
      s.new_community.clear();
      s.commit(ctx, T("communities.add"));
    }
  }
  ImGui::EndDisabled();
}

void draw_hand_counts(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  ui::section_heading(T("hand.heading"));
  ui::help_text(T("hand.help"));
  if (s.hand_year == 0) s.hand_year = d.base_year();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  community_combo(T("hand.community"), d, &s.hand_community, false);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  ImGui::InputInt(T("hand.year"), &s.hand_year, 0);
  ui::label_last_item(T("hand.year"));
  for (int k = 0; k < kStageCount; ++k) {
    ImGui::PushID(k);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
    const std::string name = stage_name(Stage(k));
    ImGui::InputInt(name.c_str(), &s.hand_counts[size_t(k)], 0);
    ui::label_last_item(TF("hand.count_of", {name}).c_str());
    if (s.hand_counts[size_t(k)] < 0) s.hand_counts[size_t(k)] = 0;
    if (k % 3 != 2) ImGui::SameLine();
    ImGui::PopID();
  }
  bool ordered = true;
  for (int k = 1; k < kStageCount; ++k) ordered &= s.hand_counts[size_t(k)] <= s.hand_counts[size_t(k - 1)];
  if (!ordered) ui::styled_text(ui::TextStyle::Warning, T("hand.not_ordered"));
  ImGui::BeginDisabled(s.hand_community.empty() || !ordered);
  if (ImGui::Button(T("hand.add"))) {
    auto it = std::find_if(d.hand_counts.begin(), d.hand_counts.end(),
                           [&](const HandCount& h) { return h.year == s.hand_year && h.community == s.hand_community; });
    if (it != d.hand_counts.end()) it->counts = s.hand_counts;  // one set of counts per community and year
    else d.hand_counts.push_back({s.hand_year, s.hand_community, s.hand_counts});
    s.hand_counts = {};
    s.commit(ctx, T("hand.add"));
  }
  ImGui::EndDisabled();
  for (size_t i = 0; i < d.hand_counts.size(); ++i) {
    const HandCount& h = d.hand_counts[i];
    const Community* c = d.community(h.community);
    std::string line = (c ? c->name : h.community) + ", " + std::to_string(h.year) + ":";
    for (int k = 0; k < kStageCount; ++k) line += " " + stage_name(Stage(k)) + " " + std::to_string(h.counts[size_t(k)]) + (k + 1 < kStageCount ? "," : "");
    ImGui::PushID(int(i));
    ImGui::BulletText("%s", line.c_str());
    ImGui::SameLine();
    if (ui::named_button(T("remove"), TF("hand.remove_of", {line}))) {
      d.hand_counts.erase(d.hand_counts.begin() + long(i));
      s.commit(ctx, T("hand.remove"));  // undo brings them back
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
}

}  // namespace

void draw_baseline(State& s, ViewContext& ctx) {
  draw_years(s, ctx);
  ui::section_heading(T("import.heading"));
  draw_import(s, ctx);
  if (s.job) return;  // the import owns the page until the user decides
  draw_communities(s, ctx);
  draw_hand_counts(s, ctx);
}

}  // namespace recruitment::view
