// CSV import of survey responses (Google Forms, Microsoft Forms, a spreadsheet), shared by the
// import page (stempush/ui/survey_ui.hpp) and plugins' command-line commands.
//
// An ImportJob is made in three stages so that the UI stays responsive on a 20,000-row file:
//   1. open(): parse the text and guess the column mapping (fast: one pass);
//   2. step(max_rows), called once per frame: check rows in slices, with progress();
//   3. apply(): all-or-nothing (or only the good rows when skip_bad_rows), after the user saw
//      the problems. Nothing touches the data before apply().
#pragma once
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "stempush/csv.hpp"
#include "stempush/survey.hpp"
#include "stempush/table_import.hpp"

namespace stempush::survey {

struct ColumnMapping {
  int code_column = -1;                     // required
  int group_column = -1;                    // optional
  std::map<std::string, int> item_columns;  // item id -> column index
};

// The same problem record as every table import (line, code as written, message), so that the
// import screens share one report table.
using RowProblem = table_import::RowProblem;

class ImportJob {
 public:
  // Parses `csv_text` (throws csv::ParseError: not UTF-8, an unclosed quote) and auto-maps
  // columns: an item by its English or Spanish text or its id (case/space-insensitive), the code
  // by a header like "code"/"código", the group by "group"/"grupo". Codes already in `existing`
  // are refused; `survey_name` ("pre") names that survey in those messages.
  // The job keeps the text as its fields (csv::parse_cells_in_place): move it in.
  ImportJob(std::string csv_text, const ItemBank& bank, const ResponseSet& existing, std::string survey_name = {});

  const csv::Row& header() const { return header_; }
  size_t row_count() const { return table_.size() ? table_.size() - 1 : 0; }
  csv::Row row(size_t i) const { return table_.row(i + 1); }  // a data row, for the preview
  const csv::Cells& cells() const { return table_; }

  const ColumnMapping& mapping() const { return mapping_; }
  // Changes the mapping and restarts the row checks.
  void set_mapping(ColumnMapping mapping);
  // Reads a mapping file: {"code": "header", "group": "header", "items": {"item_id": "header"}}.
  // Throws std::runtime_error naming what is wrong.
  void set_mapping_json(std::string_view json_text);
  // Why the mapping cannot be used (no code column, no item mapped); empty when it can.
  std::vector<std::string> mapping_problems() const;

  // Checks up to `max_rows` more rows; returns true once every row is checked.
  bool step(size_t max_rows);
  bool done() const { return next_row_ >= row_count(); }
  double progress() const { return row_count() ? double(next_row_) / double(row_count()) : 1.0; }

  const std::vector<RowProblem>& problems() const { return problems_; }
  size_t good_rows() const { return next_row_ - rejected_lines_.size(); }  // of the rows checked so far
  size_t rejected_rows() const { return rejected_lines_.size(); }
  const std::vector<size_t>& rejected_lines() const { return rejected_lines_; }

  // Adds the checked rows to `responses` (the set given at the start). Without skip_bad_rows
  // nothing is added if any row was rejected. Returns the number of responses added. Runs the
  // remaining checks first; throws std::logic_error if mapping_problems() is not empty or a code
  // was added to `responses` while the job was open, or the job was applied already (its good
  // rows are moved into the set, not copied).
  size_t apply(ResponseSet& responses, bool skip_bad_rows);

 private:
  void auto_map();
  void restart();
  void check_row(size_t i);

  csv::Cells table_;
  csv::Row header_;
  std::string survey_name_;
  ItemBank bank_;                                   // a copy: an edit of the bank cannot pull items away
  std::unordered_set<std::string> existing_codes_;  // codes already in the survey
  ColumnMapping mapping_;
  struct ItemColumn {
    const Item* item;
    ItemId id;  // the answers' key, interned once per column rather than once per answer
    size_t column;
  };
  std::vector<ItemColumn> item_columns_;  // the mapping's items, resolved once
  size_t next_row_ = 0;
  std::unordered_map<std::string, size_t> seen_codes_;  // code -> line, within the file
  std::vector<Response> good_;
  bool applied_ = false;
  std::vector<RowProblem> problems_;
  std::vector<size_t> rejected_lines_;
};

}  // namespace stempush::survey
