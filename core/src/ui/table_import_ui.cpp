// The table import screen (see stempush/ui/table_import_ui.hpp).
#include "stempush/ui/table_import_ui.hpp"

#include <algorithm>

#include "imgui.h"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {
namespace {

constexpr size_t kRowsPerFrame = 1500;  // a few milliseconds: the UI stays responsive

std::string column_name(const csv::Row& header, int column) {
  if (column < 0 || size_t(column) >= header.size()) return tr("import.not_in_file");
  const std::string& h = header[size_t(column)];
  return h.empty() ? trf("import.column_n", {std::to_string(column + 1)}) : h;
}

}  // namespace

bool import_column_combo(const csv::Row& header, const char* label, int* column, const std::string& name) {
  bool changed = false;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 20));
  const bool open = ImGui::BeginCombo(label, column_name(header, *column).c_str());
  ui::label_last_item(name.c_str());  // a combo does not report its label to automation itself
  if (open) {
    if (ImGui::Selectable(tr("import.not_in_file"), *column < 0)) *column = -1, changed = true;
    for (size_t c = 0; c < header.size(); ++c) {
      ImGui::PushID(static_cast<int>(c));
      if (ImGui::Selectable(column_name(header, int(c)).c_str(), *column == int(c))) *column = int(c), changed = true;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

void import_problems_table(const std::vector<table_import::RowProblem>& problems, const char* id) {
  const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * (float(problems.size()) + 1.5f),
                           ImGui::GetTextLineHeightWithSpacing() * 12);
  if (ImGui::BeginTable(id, 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY, ImVec2(0, h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("import.line"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr("import.code"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr("import.problem"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(problems.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const table_import::RowProblem& p = problems[size_t(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%zu", p.line);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.code.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", p.message.c_str());
      }
    ImGui::EndTable();
  }
}

void import_preview(const csv::Row& header, const std::vector<const csv::Row*>& rows) {
  if (rows.empty()) {
    ui::help_text(tr("import.no_rows"));
    return;
  }
  const int cols = static_cast<int>(std::min<size_t>(header.size(), 12));
  if (cols > 0 &&
      ImGui::BeginTable("preview", cols, ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit,
                        ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * float(rows.size() + 2)))) {
    for (int c = 0; c < cols; ++c)
      ImGui::TableSetupColumn(column_name(header, c).c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10);
    ImGui::TableHeadersRow();
    for (const csv::Row* row : rows) {
      ImGui::TableNextRow();
      for (int c = 0; c < cols; ++c) {
        ImGui::TableNextColumn();
        if (size_t(c) < row->size()) ImGui::TextUnformatted((*row)[size_t(c)].c_str());
      }
    }
    ImGui::EndTable();
  }
}

ImportChoice table_import_panel(table_import::Job& job, ViewContext& ctx, const std::string& file_name,
                                const std::string& rows_key) {
  ImportChoice choice = ImportChoice::None;
  auto n = [](size_t count) { return static_cast<long long>(count); };
  ImGui::TextWrapped("%s", trn("import.file_rows", n(job.row_count()), {file_name}).c_str());
  const auto mapping_problems = job.mapping_problems();
  // The decision stays at the top, above the long mapping and report, so it is always in view.
  if (mapping_problems.empty() && !job.done()) {
    job.step(kRowsPerFrame);
    ctx.request_redraw();
    ImGui::TextUnformatted(tr("import.checking"));
    ImGui::ProgressBar(float(job.progress()), ImVec2(-1, 0));
    // A progress bar is no item of its own: the drawn bar is named, with how far it is, for
    // screen readers and automation ("Rows checked: 42%").
    ui::name_last_region("import_progress", trf("import.progress", {std::to_string(int(job.progress() * 100))}));
  } else if (mapping_problems.empty()) {
    ImGui::TextWrapped("%s", trf("import.ready_rows", {trn("import.rows", n(job.good_rows())), trn("import.rows", n(job.rejected_rows()))})
                                 .c_str());
    ui::help_text(tr("import.nothing_yet"));
    ImGui::BeginDisabled(job.good_rows() == 0);
    if (job.rejected_rows() == 0) {
      if (ui::primary_button(trf("import.confirm", {trn(rows_key, n(job.good_rows()))}).c_str()))
        choice = ImportChoice::ImportAll;
    } else if (ui::primary_button(trf("import.confirm_good", {trn(rows_key, n(job.good_rows()))}).c_str())) {
      choice = ImportChoice::ImportGood;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
  }
  if (ImGui::Button(tr("import.cancel"))) choice = ImportChoice::Cancel;
  if (job.done() && job.rejected_rows() > 0) {
    ImGui::SameLine();
    ui::help_text(tr("import.fix_and_retry"));
  }
  for (auto& p : mapping_problems) ui::styled_text(ui::TextStyle::Error, p.c_str());
  ImGui::Separator();
  if (choice != ImportChoice::None) return choice;

  ImGui::BeginChild("import_details");
  ui::section_heading(tr("import.mapping"));
  ui::help_text(tr("import.mapping_help"));
  table_import::Mapping mapping = job.mapping();
  bool changed = false;
  for (const table_import::Field& f : job.fields()) {
    const bool es = i18n::language() == i18n::Language::Spanish && !f.name.es.empty();
    std::string label = es ? f.name.es : f.name.en;
    if (!f.required) label += tr("import.optional");
    int column = job.column_of(f.id);
    ImGui::PushID(f.id.c_str());
    if (import_column_combo(job.header(), label.c_str(), &column, label)) {
      mapping[f.id] = column;
      changed = true;
    }
    ImGui::PopID();
  }
  if (changed) job.set_mapping(mapping);

  if (job.done() && !job.problems().empty()) {
    ui::section_heading(tr("import.report"));
    import_problems_table(job.problems(), "problems");
  }
  ui::section_heading(tr("import.preview"));
  std::vector<const csv::Row*> preview;
  std::vector<csv::Row> first_rows;
  for (size_t r = 0; r < std::min<size_t>(job.row_count(), 5); ++r) first_rows.push_back(job.row(r));
  for (auto& row : first_rows) preview.push_back(&row);
  import_preview(job.header(), preview);
  ImGui::EndChild();
  return choice;
}

}  // namespace stempush::ui
