// The roster / application import (see import.hpp).
#include "recruitment/model/import.hpp"

#include <stdexcept>

#include "stempush/dates.hpp"

namespace recruitment {

std::vector<stempush::table_import::Field> student_fields() {
  return {
      {"id", {"Anonymous id", "Id an\xc3\xb3nimo"}, {"student id", "code", "student code", "anonymous code", "c\xc3\xb3" "digo", "applicant id"}, true},
      {"stage", {"Stage reached", "Etapa alcanzada"}, {"stage", "status", "etapa", "estado"}, true},
      {"community", {"Community", "Comunidad"},
       {"neighbourhood", "neighborhood", "zip", "zip code", "postal code", "school", "barrio", "vecindario",
        "c\xc3\xb3" "digo postal", "escuela"}, false},
      {"source", {"How they heard", "C\xc3\xb3mo se enter\xc3\xb3"},
       {"source", "how did you hear about the program?", "how did you hear about us?", "how did you hear", "heard from",
        "referral", "fuente", "\xc2\xbf" "c\xc3\xb3mo se enter\xc3\xb3 del programa?"}, false},
      {"year", {"Year", "A\xc3\xb1o"}, {"program year", "cohort"}, false},
      {"date", {"Application date", "Fecha de solicitud"}, {"date", "applied on", "submitted", "timestamp", "fecha"}, false},
  };
}

StudentImport::StudentImport(std::string_view csv_text, const RecruitmentData& data, int year)
    : Job(csv_text, student_fields(), "id"), year_(year) {
  for (auto& s : data.students) existing_.insert({s.year, s.id});
}

void StudentImport::restart_checks() {
  seen_.clear();
  good_.clear();
}

namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

// "2026-03-05", or the date part of a form's timestamp "2026-03-05 14:22:10" / "2026-03-05T14:22".
std::optional<std::string> parse_date(const std::string& cell) {
  if (cell.empty()) return std::string();
  std::string d = cell.substr(0, 10);
  if (!stempush::is_iso_date(d)) return std::nullopt;
  if (cell.size() > 10 && cell[10] != ' ' && cell[10] != 'T') return std::nullopt;
  return d;
}

}  // namespace

void StudentImport::check_row(const Cells& cells, Report& report) {
  Row row;
  row.id = trimmed(cells["id"]);
  row.year = year_;
  const std::string year_cell = trimmed(cells["year"]);
  if (!year_cell.empty()) {
    bool digits = year_cell.size() == 4;
    for (char c : year_cell) digits &= c >= '0' && c <= '9';
    if (digits) row.year = std::stoi(year_cell);
    else report.problem("\"" + year_cell + "\" is not a year (YYYY)");
  }
  if (row.id.empty()) {
    report.problem("the anonymous id is empty");
  } else if (existing_.count({row.year, row.id})) {
    report.problem("student " + row.id + " is already in the workspace for " + std::to_string(row.year));
  } else if (auto seen = seen_.find({row.year, row.id}); seen != seen_.end()) {
    report.problem("student " + row.id + " is also on line " + std::to_string(seen->second) + " of this file");
  } else {
    seen_[{row.year, row.id}] = report.line;
  }
  const std::string stage_cell = trimmed(cells["stage"]);
  if (auto stage = parse_stage(stage_cell)) {
    row.stage = *stage;
  } else {
    report.problem((stage_cell.empty() ? std::string("the stage is empty") : "\"" + stage_cell + "\" is not a stage") +
                   " (stages: reached, inquired, applied, accepted, enrolled, stayed)");
  }
  row.community = trimmed(cells["community"]);
  row.source = trimmed(cells["source"]);
  if (auto date = parse_date(trimmed(cells["date"]))) row.applied_on = *date;
  else report.problem("\"" + std::string(cells["date"]) + "\" is not a date (YYYY-MM-DD)");
  if (report.messages.empty()) good_.push_back(std::move(row));
}

size_t StudentImport::apply(RecruitmentData& data, bool skip_bad_rows) {
  finish();
  if (!skip_bad_rows && rejected_rows() > 0) return 0;
  // The data may have changed since the file was opened: refuse rather than list a student twice.
  std::set<std::pair<int, std::string>> present;
  for (auto& s : data.students) present.insert({s.year, s.id});
  for (auto& r : good_)
    if (present.count({r.year, r.id}))
      throw std::logic_error("student " + r.id + " was added for " + std::to_string(r.year) + " while the import was open");
  RecruitmentData next = data;  // all-or-nothing even if something below throws
  next.students.reserve(next.students.size() + good_.size());
  std::map<std::string, std::string> community_of, space_of;  // a file names few communities: look each up once
  for (auto& r : good_) {
    auto c = community_of.find(r.community);
    if (c == community_of.end()) c = community_of.emplace(r.community, next.community_id_for(r.community, true)).first;
    auto sp = space_of.find(r.source);
    if (sp == space_of.end()) sp = space_of.emplace(r.source, next.space_id_for(r.source)).first;
    Student s;
    s.id = r.id;
    s.year = r.year;
    s.community = c->second;
    s.source = sp->second;
    if (s.source.empty()) s.source = r.source;
    s.stage = r.stage;
    s.applied_on = r.applied_on;
    next.students.push_back(std::move(s));
  }
  data = std::move(next);
  return good_.size();
}

}  // namespace recruitment
