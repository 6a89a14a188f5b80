// The CSV import page of the survey collector (see stempush/ui/survey_ui.hpp): choose a file, match
// its columns to the questions (auto-matched, every choice changeable), see a preview and every
// problem row by row while the rows are checked a slice per frame, then import all rows or only
// the good ones. Nothing is added before the user confirms; the import is one undo step.
#include <algorithm>

#include "stempush/i18n_plural.hpp"
#include "stempush/ui/table_import_ui.hpp"
#include "survey_ui_internal.hpp"

namespace stempush::ui {
namespace {

using namespace survey_text;

constexpr size_t kImportRowsPerFrame = 1500;  // about a few milliseconds: the UI stays responsive

std::string column_name(const survey::ImportJob& job, int column) {
  if (column < 0 || size_t(column) >= job.header().size()) return T("import.not_in_file");
  const std::string& h = job.header()[size_t(column)];
  return h.empty() ? TF("import.column_n", {std::to_string(column + 1)}) : h;
}

// The column drop-down and the problem table are the core's table-import parts (table_import_ui.hpp).
bool column_combo(const survey::ImportJob& job, const char* label, int* column, const std::string& name) {
  return ui::import_column_combo(job.header(), label, column, name);
}

void problems_table(const std::vector<survey::RowProblem>& problems, const char* id) {
  ui::import_problems_table(problems, id);
}

void start_import(SurveyCollector::State& s, ViewContext& ctx, const SurveyTarget& t, size_t target) {
  ctx.pick_file(".csv,text/csv", [&s, t, target](std::string name, std::string bytes) {
    s.job.reset();
    s.import_error.clear();
    s.left_out.clear();
    s.last_summary.clear();
    s.file_name = name;
    try {
      s.job = std::make_unique<survey::ImportJob>(bytes, *t.bank, *t.responses, t.name);
      s.job_target = target;
      s.job_target_label = t.label;
    } catch (const csv::TooLargeError& e) {  // refused before anything was parsed
      s.import_error = TF("import.too_large", {name, csv::megabytes(e.bytes), csv::megabytes(e.limit)});
    } catch (const std::exception& e) {
      s.import_error = TF("import.unreadable", {name, e.what()});
    }
  });
}

}  // namespace

void draw_import_page(SurveyCollector::State& s, ViewContext& ctx, const std::vector<SurveyTarget>& targets,
                      size_t& target, const SurveyCommit& commit) {
  SurveyCollector::State& im = s;
  if (!im.job || im.job_target >= targets.size()) {
    im.job.reset();
    ui::help_text(T("import.help"));
    survey_picker(targets, target);
    const bool can_import = target < targets.size() && targets[target].bank && targets[target].responses;
    if (ui::primary_button(T("import.choose")) && can_import) start_import(s, ctx, targets[target], target);
    if (!im.import_error.empty()) {
      ui::styled_text(ui::TextStyle::Error, im.import_error.c_str());
    }
    if (!im.last_summary.empty()) {
      ui::section_heading(T("import.last_import"));
      ImGui::TextWrapped("%s", im.last_summary.c_str());
      ui::name_last_region("last_import", im.last_summary);  // what the toast said, for tests and screen readers
      if (!im.left_out.empty()) {
        ui::help_text(T("import.left_out_help"));
        problems_table(im.left_out, "left_out");
      }
    }
    return;
  }

  survey::ImportJob& job = *im.job;
  const SurveyTarget& t = targets[im.job_target];
  ImGui::TextWrapped("%s", TF("import.file_summary", {im.file_name, std::to_string(job.row_count()), im.job_target_label}).c_str());
  const auto mapping_problems = job.mapping_problems();

  // The decision stays at the top, above the long mapping and report, so it is always in view.
  // Checks run a slice per frame with a progress bar; nothing is added before the user confirms.
  bool applied = false;
  if (mapping_problems.empty() && !job.done()) {
    job.step(kImportRowsPerFrame);
    ctx.request_redraw();
    ImGui::TextUnformatted(T("import.checking"));
    ImGui::ProgressBar(float(job.progress()), ImVec2(-1, 0));
    // Named with how far it got, for screen readers (the live mirror) and tests.
    ui::name_last_region("import_progress", std::string(T("import.checking")) + " " +
                                               std::to_string(int(job.progress() * 100)) + "%");
  } else if (mapping_problems.empty()) {
    ImGui::TextWrapped("%s", TF("import.ready_rows", {trn("import.rows", static_cast<long long>(job.good_rows())),
                                                   trn("import.rows", static_cast<long long>(job.rejected_rows()))}).c_str());
    ui::help_text(T("import.nothing_yet"));
    auto apply = [&](bool skip_bad) {
      const std::vector<survey::RowProblem> problems = job.problems();
      const int group_column = job.mapping().group_column;
      const std::string group_name = group_column >= 0 ? column_name(job, group_column) : std::string();
      const size_t rejected = job.rejected_rows();
      size_t added = 0;
      try {
        added = job.apply(*t.responses, skip_bad);
      } catch (const std::exception& e) {  // the survey changed while the file was open
        im.import_error = TF("import.unreadable", {im.file_name, e.what()});
        applied = true;
        return;
      }
      commit({T("import.undo_label"), "", group_name});  // one undo step for the whole import
      im.left_out = skip_bad ? problems : std::vector<survey::RowProblem>{};
      im.last_summary = TN("import.done", static_cast<long long>(added), {im.file_name});
      if (skip_bad && rejected > 0) im.last_summary += " " + TN("import.left_out", static_cast<long long>(rejected));
      ctx.toast(im.last_summary);
      applied = true;
    };
    ImGui::BeginDisabled(job.good_rows() == 0);
    if (job.rejected_rows() == 0) {
      if (ui::primary_button(TN("import.confirm", static_cast<long long>(job.good_rows())).c_str())) apply(false);
    } else if (ui::primary_button(TN("import.confirm_good", static_cast<long long>(job.good_rows())).c_str())) {
      apply(true);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
  }
  if (applied) {
    im.job.reset();
    return;
  }
  if (ImGui::Button(T("import.cancel"))) {
    im.job.reset();
    return;
  }
  if (job.done() && job.rejected_rows() > 0) {
    ImGui::SameLine();
    ui::help_text(T("import.fix_and_retry"));
  }
  for (auto& p : mapping_problems) ui::styled_text(ui::TextStyle::Error, p.c_str());
  ImGui::Separator();

  ImGui::BeginChild("import_details");
  // 1. Column mapping, auto-matched; every choice can be changed.
  ui::section_heading(T("import.mapping"));
  ui::help_text(T("import.mapping_help"));
  survey::ColumnMapping mapping = job.mapping();
  bool changed = column_combo(job, T("import.code_column"), &mapping.code_column, T("import.code_column"));
  changed |= column_combo(job, T("import.group_column"), &mapping.group_column, T("import.group_column"));
  if (ImGui::TreeNodeEx(TF("import.item_columns", {std::to_string(mapping.item_columns.size()),
                                                   std::to_string(t.bank->items.size())}).c_str(),
                        job.done() && mapping_problems.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const survey::Item& item : t.bank->items) {
      auto it = mapping.item_columns.find(item.id);
      int column = it == mapping.item_columns.end() ? -1 : it->second;
      ImGui::PushID(item.id.c_str());
      if (column_combo(job, ("##" + item.id).c_str(), &column, TF("import.column_for", {item.text.en}))) {
        if (column < 0) mapping.item_columns.erase(item.id);
        else mapping.item_columns[item.id] = column;
        changed = true;
      }
      ImGui::SameLine();
      ImGui::TextWrapped("%s", item.text.en.c_str());
      ImGui::PopID();
    }
    ImGui::TreePop();
  }
  if (changed) job.set_mapping(mapping);

  // 2. The problems, row by row, as a spreadsheet user finds them (line numbers of the file).
  if (job.done() && !job.problems().empty()) {
    ui::section_heading(T("import.report"));
    problems_table(job.problems(), "problems");
  }

  // 3. Preview of the first rows.
  ui::section_heading(T("import.preview"));
  std::vector<const stempush::csv::Row*> preview;
  std::vector<csv::Row> first_rows;
  for (size_t r = 0; r < std::min<size_t>(job.row_count(), 5); ++r) first_rows.push_back(job.row(r));
  for (auto& row : first_rows) preview.push_back(&row);
  ui::import_preview(job.header(), preview);
  ImGui::EndChild();
}


}  // namespace stempush::ui
