// The screen of a CSV table import (stempush/table_import.hpp), shared by every importer: the
// survey import and any plugin that imports a roster or an export. A view keeps its job between
// frames and calls table_import_panel() each frame while the job is open:
//
//   if (job_) switch (ui::table_import_panel(*job_, ctx, file_name_, "my_plugin.import.students")) {
//     case ui::ImportChoice::ImportAll:  job_->apply(model, false); ctx.commit("Import"); job_.reset(); break;
//     case ui::ImportChoice::ImportGood: job_->apply(model, true);  ctx.commit("Import"); job_.reset(); break;
//     case ui::ImportChoice::Cancel: job_.reset(); break;
//     case ui::ImportChoice::None: break;
//   }
//
// It checks the rows a slice per frame with a progress bar, shows the decision at the top (import
// all, or only the good rows when some were rejected, or cancel), the column mapping (auto-matched,
// every field changeable), the row-by-row report with the file's line numbers, and a preview.
#pragma once
#include <string>
#include <vector>

#include "stempush/csv.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/table_import.hpp"

namespace stempush::ui {

enum class ImportChoice { None, ImportAll, ImportGood, Cancel };

// `rows_key` is a catalog key with plural forms (stempush/i18n_plural.hpp) naming what the rows
// are, for the buttons: with "recruitment.import.students" = {".one": "1 student", ".other":
// "{0} students"} the button reads "Import 1 student" or "Import 20 students".
ImportChoice table_import_panel(table_import::Job& job, ViewContext& ctx, const std::string& file_name,
                                const std::string& rows_key);

// The parts, also used by the survey import page:
// a drop-down of the file's columns (-1: not in the file); true when the choice changed.
bool import_column_combo(const csv::Row& header, const char* label, int* column, const std::string& name);
// Problems by line, scrolling, clipped (fast on 50,000 problems).
void import_problems_table(const std::vector<table_import::RowProblem>& problems, const char* id);
// The first rows of the file under its headers.
void import_preview(const csv::Row& header, const std::vector<const csv::Row*>& rows);

}  // namespace stempush::ui
