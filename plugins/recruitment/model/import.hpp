// Importing a roster or an application export (CSV) into the recruitment data, on the core's
// generic table import (stempush/table_import.hpp): the same parsing, mapping, preview, row
// report, progress in slices and all-or-nothing rule as the survey import.
//
// Columns: an anonymous id and the stage reached are required; community (or neighbourhood, ZIP,
// school), source ("how did you hear"), year and application date are optional. A row is
// refused for: an empty id, an id twice in the file or already in the workspace for that year,
// an unknown stage name (the message lists the accepted ones), a year that is not a year, a date
// that is not a date. Names are never needed.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "recruitment/model/data.hpp"
#include "stempush/table_import.hpp"

namespace recruitment {

class StudentImport : public stempush::table_import::Job {
 public:
  // `year`: the year of rows without a year column (or with a blank year cell).
  StudentImport(std::string_view csv_text, const RecruitmentData& data, int year);

  // Adds the checked rows (creating communities named in the file). Without skip_bad_rows nothing
  // is added if any row was rejected. Returns the number of students added. Throws
  // std::logic_error if the mapping is incomplete or a student id was added meanwhile.
  size_t apply(RecruitmentData& data, bool skip_bad_rows);
  int year() const { return year_; }

 private:
  struct Row {
    std::string id, community, source, applied_on;
    int year = 0;
    Stage stage = Stage::Reached;
  };
  void check_row(const Cells& cells, Report& report) override;
  void restart_checks() override;

  int year_;
  std::set<std::pair<int, std::string>> existing_;  // (year, id) already in the workspace
  std::map<std::pair<int, std::string>, size_t> seen_;  // in this file -> line
  std::vector<Row> good_;
};

std::vector<stempush::table_import::Field> student_fields();

}  // namespace recruitment
