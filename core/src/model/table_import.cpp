// Generic CSV table import (see table_import.hpp).
#include "stempush/table_import.hpp"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "stempush/survey.hpp"

namespace stempush::table_import {

std::string fold_header(std::string_view text) { return survey::fold(text); }

Job::Job(std::string_view csv_text, std::vector<Field> fields, std::string code_field)
    : table_(csv::parse_cells(csv_text)), fields_(std::move(fields)), code_field_(std::move(code_field)) {
  if (table_.size()) header_ = table_.row(0);
  auto_map();
}

Job::~Job() = default;

std::string_view Job::Cells::operator[](const std::string& field) const {
  const int c = job_.column_of(field);
  return c >= 0 ? job_.table_.at(row_, size_t(c)) : std::string_view();
}

int Job::column_of(const std::string& field) const {
  auto it = mapping_.find(field);
  return it == mapping_.end() ? -1 : it->second;
}

// A header matches a field by its name in either language or an alias; the first column that
// matches wins and no column serves two fields.
void Job::auto_map() {
  Mapping m;
  std::vector<bool> used(header_.size(), false);
  for (const Field& f : fields_) {
    std::vector<std::string> names{fold_header(f.id), fold_header(f.name.en)};
    if (!f.name.es.empty()) names.push_back(fold_header(f.name.es));
    for (auto& a : f.aliases) names.push_back(fold_header(a));
    for (size_t c = 0; c < header_.size() && !m.count(f.id); ++c) {
      if (used[c]) continue;
      const std::string h = fold_header(header_[c]);
      for (auto& n : names)
        if (!h.empty() && h == n) {
          m[f.id] = int(c);
          used[c] = true;
          break;
        }
    }
  }
  mapping_ = std::move(m);
  restart();
}

void Job::set_mapping(Mapping mapping) {
  for (auto it = mapping.begin(); it != mapping.end();)
    it = it->second < 0 ? mapping.erase(it) : std::next(it);
  mapping_ = std::move(mapping);
  restart();
}

void Job::set_mapping_json(std::string_view json_text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("the mapping file is not JSON: ") + e.what());
  }
  if (!j.is_object()) throw std::runtime_error("the mapping file must be a JSON object {\"field\": \"column header\"}");
  Mapping m;
  for (auto& [id, name] : j.items()) {
    bool known = false;
    for (auto& f : fields_) known |= f.id == id;
    if (!known) {
      std::string ids;
      for (auto& f : fields_) ids += (ids.empty() ? "" : ", ") + f.id;
      throw std::runtime_error("mapping /" + id + ": no such field (fields: " + ids + ")");
    }
    if (name.is_null()) continue;
    if (!name.is_string()) throw std::runtime_error("mapping /" + id + ": must be a column header (text)");
    const std::string wanted = fold_header(name.get<std::string>());
    int column = -1;
    for (size_t c = 0; c < header_.size() && column < 0; ++c)
      if (fold_header(header_[c]) == wanted) column = int(c);
    if (column < 0) throw std::runtime_error("mapping /" + id + ": no column \"" + name.get<std::string>() + "\" in the file");
    m[id] = column;
  }
  set_mapping(std::move(m));
}

std::vector<std::string> Job::mapping_problems() const {
  std::vector<std::string> out;
  if (header_.empty()) out.push_back("the file is empty");
  for (const Field& f : fields_) {
    const int c = column_of(f.id);
    if (c >= int(header_.size())) out.push_back(f.name.en + ": the column does not exist");
    else if (f.required && c < 0 && !header_.empty()) out.push_back("choose the column that holds: " + f.name.en);
  }
  return out;
}

void Job::restart() {
  next_row_ = 0;
  problems_.clear();
  rejected_lines_.clear();
  restart_checks();
}

bool Job::step(size_t max_rows) {
  if (!mapping_problems().empty()) return done();
  for (size_t n = 0; n < max_rows && !done(); ++n) {
    const size_t i = next_row_++;
    Report report;
    report.line = table_.line(i + 1);
    Cells cells(i + 1, *this);
    check_row(cells, report);
    if (report.messages.empty()) continue;
    const std::string code(code_field_.empty() ? std::string_view() : cells[code_field_]);
    for (auto& m : report.messages) problems_.push_back({report.line, code, std::move(m)});
    rejected_lines_.push_back(report.line);
  }
  return done();
}

void Job::finish() {
  if (!mapping_problems().empty()) throw std::logic_error("the column mapping is not complete");
  while (!step(4096)) {
  }
}

}  // namespace stempush::table_import
