// Generic CSV table import: the part of an import that does not care what the rows mean. A
// plugin that imports a table (a roster, an application export, survey answers) describes the
// fields it wants, derives a job that checks one row, and gets from the core: parsing (UTF-8
// checked, BOM, CRLF, quoted newlines), headers auto-matched to fields by their English or
// Spanish name or an alias, a mapping the user or a mapping file can change, checks run in
// slices with progress (the UI stays responsive on a 50,000-row file), and a row-by-row report
// with the file's line numbers. The plugin's apply() then adds the good rows all-or-nothing
// (or only the good rows when the user chose to skip the bad ones). The screen for it is
// ui::TableImporter (stempush/ui/table_import_ui.hpp).
//
//   struct RosterImport : table_import::Job {
//     RosterImport(std::string_view text) : Job(text, {{"id", {"Student id", "Id del estudiante"}, {"code"}, true}}) {}
//     void check_row(const Cells& cells, Report& report) override {
//       if (cells["id"].empty()) report.problem("the id is empty");
//     }
//   };
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "stempush/csv.hpp"

namespace stempush::table_import {

struct FieldName {
  std::string en, es;
};

struct Field {
  std::string id;                    // stable; the key of a mapping file
  FieldName name;                    // shown to the user, matched against headers
  std::vector<std::string> aliases;  // other headers that mean this field ("zip", "barrio")
  bool required = false;
};

// One problem of one row, as a spreadsheet user finds it.
struct RowProblem {
  size_t line = 0;      // physical line in the file (1-based)
  std::string code;     // the row's id as written in the file (may be empty)
  std::string message;
};

using Mapping = std::map<std::string, int>;  // field id -> column index (absent: not in the file)

// Lower-case (ASCII and Latin-1 capitals), trimmed, inner white space collapsed.
std::string fold_header(std::string_view text);

class Job {
 public:
  // Parses `csv_text` (throws csv::ParseError: not UTF-8, an unclosed quote) and auto-maps the
  // columns. `code_field` names the field whose cell identifies a row in the report.
  Job(std::string_view csv_text, std::vector<Field> fields, std::string code_field = {});
  virtual ~Job();
  Job(const Job&) = delete;
  Job& operator=(const Job&) = delete;

  const std::vector<Field>& fields() const { return fields_; }
  const csv::Row& header() const { return header_; }
  size_t row_count() const { return table_.size() ? table_.size() - 1 : 0; }
  csv::Row row(size_t i) const { return table_.row(i + 1); }  // a data row, for the preview

  const Mapping& mapping() const { return mapping_; }
  int column_of(const std::string& field) const;  // -1 when the field is not mapped
  void set_mapping(Mapping mapping);                // restarts the row checks
  // Reads a mapping file {"<field id>": "<column header>", ...}; throws std::runtime_error naming
  // the field or header at fault.
  void set_mapping_json(std::string_view json_text);
  // Why the mapping cannot be used (a required field without a column); empty when it can.
  std::vector<std::string> mapping_problems() const;

  bool step(size_t max_rows);  // checks up to max_rows more rows; true once every row is checked
  bool done() const { return next_row_ >= row_count(); }
  double progress() const { return row_count() ? double(next_row_) / double(row_count()) : 1.0; }
  void finish();               // checks the remaining rows

  const std::vector<RowProblem>& problems() const { return problems_; }
  size_t good_rows() const { return next_row_ - rejected_lines_.size(); }  // of the rows checked so far
  size_t rejected_rows() const { return rejected_lines_.size(); }
  const std::vector<size_t>& rejected_lines() const { return rejected_lines_; }

 protected:
  // A row's cells by field id ("" for an unmapped field or a short row).
  class Cells {
   public:
    Cells(size_t row, const Job& job) : row_(row), job_(job) {}
    std::string_view operator[](const std::string& field) const;
   private:
    size_t row_;  // in the parsed table (0 is the header)
    const Job& job_;
  };
  class Report {
   public:
    void problem(std::string message) { messages.push_back(std::move(message)); }
    size_t line = 0;  // the row's line in the file
    std::vector<std::string> messages;
  };
  // Checks one row: report its problems; keep the row (in the derived job) when there are none.
  virtual void check_row(const Cells& cells, Report& report) = 0;
  // Called whenever the checks start again (a new mapping): forget rows kept so far.
  virtual void restart_checks() {}

 private:
  void auto_map();
  void restart();

  csv::Cells table_;
  csv::Row header_;
  std::vector<Field> fields_;
  std::string code_field_;
  Mapping mapping_;
  size_t next_row_ = 0;
  std::vector<RowProblem> problems_;
  std::vector<size_t> rejected_lines_;
};

}  // namespace stempush::table_import
