// Collecting the survey: starting kiosk mode (after a staff PIN is set), importing a CSV with a
// column mapping and a row-by-row report, and typing answers into a grid. All three land in the
// same pre/post surveys.
#include <algorithm>
#include <cstdlib>

#include "belonging/model/exports.hpp"
#include "view_state.hpp"

namespace belonging::view {
namespace {

constexpr size_t kImportRowsPerFrame = 1500;  // about a few milliseconds: the UI stays responsive

void draw_kiosk_setup(State& s, stempush::ViewContext& ctx) {
  ui::help_text(T("kiosk.help"));
  survey_picker(s);
  ui::section_heading(T("kiosk.pin_heading"));
  ui::help_text(s.model.has_kiosk_pin() ? T("kiosk.pin_is_set") : T("kiosk.pin_not_set"));
  ui::FieldOptions pin;
  pin.width = ImGui::GetFontSize() * 8;
  pin.flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue;
  pin.name = T("kiosk.pin");  // one name whether it reads "PIN" or "New PIN"
  bool enter = ui::labelled_field(s.model.has_kiosk_pin() ? T("kiosk.new_pin") : T("kiosk.pin"), &s.new_pin, pin);
  ImGui::SameLine();
  if (ImGui::Button(T("kiosk.set_pin")) || enter) {
    if (!is_valid_pin(s.new_pin)) {
      s.new_pin_error = T("kiosk.pin_invalid");
    } else {
      s.model.set_kiosk_pin(s.new_pin);
      s.new_pin.clear();
      s.new_pin_error.clear();
      s.commit_responses(ctx, T("kiosk.set_pin"));
      ctx.toast(T("kiosk.pin_saved"));
    }
  }
  if (!s.new_pin_error.empty()) ui::styled_text(ui::TextStyle::Error, s.new_pin_error.c_str());

  ImGui::Spacing();
  const bool can_start = s.model.has_kiosk_pin() && !s.data().bank.items.empty();
  ImGui::BeginDisabled(!can_start);
  if (ui::primary_button(T("kiosk.start"))) {
    s.kiosk = std::make_unique<Kiosk>(s.data(), s.kind);
    s.kiosk_saved_seen = 0;
    s.kiosk_code.clear();
    s.kiosk_pin_entry.clear();
    s.kiosk_message.clear();
    ctx.set_fullscreen(true, /*locked*/ true);
  }
  ImGui::EndDisabled();
  if (!can_start) ui::help_text(T("kiosk.start_needs_pin"));
}

// ---- CSV import -----------------------------------------------------------------------------

std::string column_name(const ImportJob& job, int column) {
  if (column < 0 || size_t(column) >= job.header().size()) return T("import.not_in_file");
  const std::string& h = job.header()[size_t(column)];
  return h.empty() ? TF("import.column_n", {std::to_string(column + 1)}) : h;
}

// A drop-down of the file's columns; returns true when the choice changed.
bool column_combo(const ImportJob& job, const char* label, int* column, const std::string& name) {
  bool changed = false;
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 20));
  const bool open = ImGui::BeginCombo(label, column_name(job, *column).c_str());
  ui::label_last_item(name.c_str());  // a combo does not report its label to automation itself
  if (open) {
    if (ImGui::Selectable(T("import.not_in_file"), *column < 0)) *column = -1, changed = true;
    for (size_t c = 0; c < job.header().size(); ++c) {
      ImGui::PushID(static_cast<int>(c));
      if (ImGui::Selectable(column_name(job, int(c)).c_str(), *column == int(c))) *column = int(c), changed = true;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  return changed;
}

void problems_table(const std::vector<RowProblem>& problems, const char* id) {
  const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * (float(problems.size()) + 1.5f),
                           ImGui::GetTextLineHeightWithSpacing() * 12);
  if (ImGui::BeginTable(id, 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY, ImVec2(0, h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(T("import.line"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(T("import.code"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(T("import.problem"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(problems.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const RowProblem& p = problems[size_t(i)];
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

void start_import(State& s, stempush::ViewContext& ctx) {
  ctx.pick_file(".csv,text/csv", [&s](std::string name, std::string bytes) {
    s.import.job.reset();
    s.import.error.clear();
    s.import.left_out.clear();
    s.import.last_summary.clear();
    s.import.file_name = name;
    try {
      s.import.job = std::make_unique<ImportJob>(bytes, s.data(), s.kind);
    } catch (const std::exception& e) {
      s.import.error = TF("import.unreadable", {name, e.what()});
    }
  });
}

void draw_import(State& s, stempush::ViewContext& ctx) {
  ImportState& im = s.import;
  if (!im.job) {
    ui::help_text(T("import.help"));
    survey_picker(s);
    if (ui::primary_button(T("import.choose"))) start_import(s, ctx);
    if (!im.error.empty()) {
      ui::styled_text(ui::TextStyle::Error, im.error.c_str());
    }
    if (!im.last_summary.empty()) {
      ui::section_heading(T("import.last_import"));
      ImGui::TextWrapped("%s", im.last_summary.c_str());
      if (!im.left_out.empty()) {
        ui::help_text(T("import.left_out_help"));
        problems_table(im.left_out, "left_out");
      }
    }
    return;
  }

  ImportJob& job = *im.job;
  ImGui::TextWrapped("%s", TF("import.file_summary", {im.file_name, std::to_string(job.row_count()),
                                                     T(job.kind() == SurveyKind::Pre ? "collect.pre" : "collect.post")}).c_str());
  const auto mapping_problems = job.mapping_problems();

  // The decision stays at the top, above the long mapping and report, so it is always in view.
  // Checks run a slice per frame with a progress bar; nothing is added before the user confirms.
  bool applied = false;
  if (mapping_problems.empty() && !job.done()) {
    job.step(kImportRowsPerFrame);
    ctx.request_redraw();
    ImGui::TextUnformatted(T("import.checking"));
    ImGui::ProgressBar(float(job.progress()), ImVec2(-1, 0));
  } else if (mapping_problems.empty()) {
    ImGui::TextWrapped("%s", TF("import.ready_rows", {std::to_string(job.good_rows()), std::to_string(job.rejected_rows())}).c_str());
    ui::help_text(T("import.nothing_yet"));
    auto apply = [&](bool skip_bad) {
      const std::vector<RowProblem> problems = job.problems();
      const int group_column = job.mapping().group_column;
      const std::string group_name = group_column >= 0 ? column_name(job, group_column) : std::string();
      const size_t rejected = job.rejected_rows();
      size_t added = job.apply(s.data(), skip_bad);
      if (s.data().group_column_name.empty() && !group_name.empty()) s.data().group_column_name = group_name;
      s.commit_responses(ctx, T("import.undo_label"));
      im.left_out = skip_bad ? problems : std::vector<RowProblem>{};
      im.last_summary = TF("import.done", {std::to_string(added), im.file_name, std::to_string(skip_bad ? rejected : 0)});
      ctx.toast(im.last_summary);
      applied = true;
    };
    ImGui::BeginDisabled(job.good_rows() == 0);
    if (job.rejected_rows() == 0) {
      if (ui::primary_button(TF("import.confirm", {std::to_string(job.good_rows())}).c_str())) apply(false);
    } else if (ui::primary_button(TF("import.confirm_good", {std::to_string(job.good_rows())}).c_str())) {
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
  ColumnMapping mapping = job.mapping();
  bool changed = column_combo(job, T("import.code_column"), &mapping.code_column, T("import.code_column"));
  changed |= column_combo(job, T("import.group_column"), &mapping.group_column, T("import.group_column"));
  if (ImGui::TreeNodeEx(TF("import.item_columns", {std::to_string(mapping.item_columns.size()),
                                                   std::to_string(s.data().bank.items.size())}).c_str(),
                        job.done() && mapping_problems.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const Item& item : s.data().bank.items) {
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
  const size_t preview_rows = std::min<size_t>(job.row_count(), 5);
  if (preview_rows == 0) ui::help_text(T("import.no_rows"));
  const int cols = static_cast<int>(std::min<size_t>(job.header().size(), 12));
  if (preview_rows > 0 && cols > 0 &&
      ImGui::BeginTable("preview", cols, ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit,
                        ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * float(preview_rows + 2)))) {
    for (int c = 0; c < cols; ++c) ImGui::TableSetupColumn(column_name(job, c).c_str(), ImGuiTableColumnFlags_WidthFixed,
                                                           ImGui::GetFontSize() * 10);
    ImGui::TableHeadersRow();
    for (size_t r = 0; r < preview_rows; ++r) {
      ImGui::TableNextRow();
      const csv::Row& row = job.row(r);
      for (int c = 0; c < cols; ++c) {
        ImGui::TableNextColumn();
        if (size_t(c) < row.size()) ImGui::TextUnformatted(row[size_t(c)].c_str());
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
}

// ---- Grid -----------------------------------------------------------------------------------

void draw_grid(State& s, stempush::ViewContext& ctx) {
  ui::help_text(T("grid.help"));
  survey_picker(s);
  const std::string survey_label = T(s.kind == SurveyKind::Pre ? "collect.pre" : "collect.post");
  Survey& survey = s.data().survey(s.kind);
  const auto& items = s.data().bank.items;

  // Add a student by code (never a name: the code rule refuses plain words).
  ui::FieldOptions new_code;
  new_code.hint = T("grid.new_code_hint");
  new_code.width = ImGui::GetFontSize() * 10;
  new_code.flags = ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_EnterReturnsTrue;
  bool enter = ui::labelled_field(T("grid.new_code"), &s.grid_new_code, new_code);
  ImGui::SameLine();
  if ((ImGui::Button(T("grid.add_student")) || enter) && !items.empty()) {
    auto code = normalize_code(s.grid_new_code);
    if (!code) s.grid_error = code_problem(s.grid_new_code);
    else if (survey.find(*code)) s.grid_error = TF("grid.code_exists", {*code});
    else {
      survey.responses.push_back({*code, {}, {}});
      s.grid_new_code.clear();
      s.grid_error.clear();
      s.commit_responses(ctx, T("grid.add_student"));
    }
  }
  if (!s.grid_error.empty()) ui::styled_text(ui::TextStyle::Error, s.grid_error.c_str());

  if (survey.responses.empty()) {
    ui::empty_state(T("grid.empty"), T("grid.empty_hint"));
    return;
  }
  ui::help_text(T("grid.legend"));
  const int cols = static_cast<int>(items.size()) + 3;
  std::string remove_code;
  if (ImGui::BeginTable("grid", cols, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit,
                        ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing()))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(T("grid.code"));
    ImGui::TableSetupColumn(T("grid.group"));
    for (size_t i = 0; i < items.size(); ++i) ImGui::TableSetupColumn(("Q" + std::to_string(i + 1)).c_str());
    ImGui::TableSetupColumn("");
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < cols; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::TableHeader(ImGui::TableGetColumnName(c));
      if (c >= 2 && c < cols - 1 && ImGui::IsItemHovered()) {
        const Item& item = items[size_t(c - 2)];
        ImGui::SetTooltip("%s\n1-%d%s", item.text.en.c_str(), item.points, item.reverse ? T("grid.reverse") : "");
      }
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(survey.responses.size()));
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        Response& resp = survey.responses[size_t(r)];
        ImGui::PushID(resp.code.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(resp.code.c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
        if (ImGui::InputText("##group", &resp.group))
          s.commit_responses(ctx, T("grid.group"), "grid.group." + resp.code);
        ui::label_last_item(TF("grid.group_for", {resp.code}).c_str());
        for (size_t i = 0; i < items.size(); ++i) {
          const Item& item = items[i];
          ImGui::TableNextColumn();
          auto it = resp.answers.find(item.id);
          std::string text = it == resp.answers.end() ? "" : std::to_string(it->second);
          ImGui::PushID(static_cast<int>(i));
          ImGui::SetNextItemWidth(ImGui::GetFontSize() * 2.2f);
          if (ImGui::InputText("##a", &text, ImGuiInputTextFlags_CharsDecimal)) {
            const std::string merge = "grid." + std::string(survey_name(s.kind)) + "." + resp.code + "." + item.id;
            if (text.empty()) {
              s.model.clear_answer(s.kind, resp.code, item.id);
              s.commit_responses(ctx, T("grid.answer"), merge);
            } else {
              std::string problem = s.model.set_answer(s.kind, resp.code, item.id, std::atoi(text.c_str()));
              if (problem.empty()) s.commit_responses(ctx, T("grid.answer"), merge);
              else ctx.toast(TF("grid.refused", {resp.code, "Q" + std::to_string(i + 1), std::to_string(item.points)}), true);
            }
          }
          ui::label_last_item(TF("grid.cell", {resp.code, "Q" + std::to_string(i + 1)}).c_str());
          ImGui::PopID();
        }
        ImGui::TableNextColumn();
        if (named_button(T("plan.remove"), TF("grid.remove_for", {resp.code}))) remove_code = resp.code;
        ImGui::PopID();
      }
    ImGui::EndTable();
  }
  if (!remove_code.empty()) {
    s.pending_remove_code = remove_code;
    ImGui::OpenPopup(T("grid.remove_title"));
  }
  if (ui::confirm_dialog(T("grid.remove_title"), TF("grid.remove_confirm", {s.pending_remove_code, survey_label}).c_str(),
                         T("grid.remove")) &&
      s.model.remove_response(s.kind, s.pending_remove_code))
    s.commit_responses(ctx, T("grid.remove"));
}

}  // namespace

void draw_collect(State& s, stempush::ViewContext& ctx) {
  using C = State::Collect;
  auto tab = [&](const char* key, C which) {
    if (ImGui::RadioButton(T(key), s.collect == which)) s.collect = which;
    ImGui::SameLine();
  };
  tab("collect.kiosk", C::Kiosk);
  tab("collect.import", C::Import);
  tab("collect.grid", C::Grid);
  ImGui::NewLine();
  const auto& d = s.data();
  ui::help_text(TF("collect.counts", {std::to_string(d.pre.responses.size()), std::to_string(d.post.responses.size())}).c_str());
  ImGui::Separator();
  switch (s.collect) {
    case C::Kiosk: draw_kiosk_setup(s, ctx); break;
    case C::Import: draw_import(s, ctx); break;
    case C::Grid: draw_grid(s, ctx); break;
  }
}

}  // namespace belonging::view
