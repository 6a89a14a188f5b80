// CSV import of the belonging surveys: the core's import job (stempush/survey_import.hpp) on the
// item bank, into the before or the after survey. Shared by the import page and
// `stempush-cli belonging import`.
#pragma once
#include "belonging/model/data.hpp"
#include "stempush/survey_import.hpp"

namespace belonging {

namespace csv = stempush::csv;
using stempush::survey::ColumnMapping;
using stempush::survey::RowProblem;

class ImportJob : public stempush::survey::ImportJob {
 public:
  // Throws csv::ParseError for text that is not CSV (not UTF-8, an unclosed quote).
  ImportJob(std::string csv_text, const BelongingData& data, SurveyKind kind)
      : stempush::survey::ImportJob(std::move(csv_text), data.bank, data.survey(kind), survey_name(kind)), kind_(kind) {}
  SurveyKind kind() const { return kind_; }
  using stempush::survey::ImportJob::apply;
  size_t apply(BelongingData& data, bool skip_bad_rows) { return apply(data.survey(kind_), skip_bad_rows); }

 private:
  SurveyKind kind_;
};

}  // namespace belonging
