// CSV import (see survey_import.hpp).
#include "stempush/survey_import.hpp"

#include <iterator>
#include <stdexcept>
#include <unordered_set>

#include <nlohmann/json.hpp>

namespace stempush::survey {
namespace {

bool is_code_header(const std::string& h) {
  for (const char* name : {"code", "student code", "anonymous code", "your code", "c\xc3\xb3" "digo", "codigo", "id"})
    if (h == name) return true;
  return h.find("code") != std::string::npos || h.find("c\xc3\xb3" "digo") != std::string::npos;
}

}  // namespace

ImportJob::ImportJob(std::string csv_text, const ItemBank& bank, const ResponseSet& existing, std::string survey_name)
    : table_(csv::parse_cells_in_place(std::move(csv_text))), survey_name_(std::move(survey_name)), bank_(bank) {
  if (table_.size()) header_ = table_.row(0);
  existing_codes_.reserve(existing.responses.size());
  for (auto& r : existing.responses) existing_codes_.insert(r.code);
  auto_map();
}

void ImportJob::auto_map() {
  ColumnMapping m;
  for (size_t c = 0; c < header_.size(); ++c) {
    std::string h = fold(header_[c]);
    if (h.empty()) continue;
    bool is_item = false;
    for (auto& item : bank_.items) {
      if (h == fold(item.text.en) || (!item.text.es.empty() && h == fold(item.text.es)) || h == item.id) {
        if (!m.item_columns.count(item.id)) m.item_columns[item.id] = int(c);
        is_item = true;
        break;
      }
    }
    if (is_item) continue;
    if (m.code_column < 0 && is_code_header(h)) m.code_column = int(c);
    else if (m.group_column < 0 && (h == "group" || h == "grupo" || h == "student group")) m.group_column = int(c);
  }
  mapping_ = std::move(m);
  restart();
}

void ImportJob::set_mapping(ColumnMapping mapping) {
  mapping_ = std::move(mapping);
  restart();
}

void ImportJob::set_mapping_json(std::string_view json_text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("the mapping file is not JSON: ") + e.what());
  }
  if (!j.is_object()) throw std::runtime_error("the mapping file must be a JSON object");
  auto column_of = [&](const nlohmann::json& name, const std::string& where) {
    if (!name.is_string()) throw std::runtime_error("mapping " + where + ": must be a column header (text)");
    std::string wanted = fold(name.get<std::string>());
    for (size_t c = 0; c < header_.size(); ++c)
      if (fold(header_[c]) == wanted) return int(c);
    throw std::runtime_error("mapping " + where + ": no column \"" + name.get<std::string>() + "\" in the file");
  };
  ColumnMapping m;
  if (!j.contains("code")) throw std::runtime_error("mapping: \"code\" (the code column) is required");
  m.code_column = column_of(j["code"], "/code");
  if (j.contains("group") && !j["group"].is_null()) m.group_column = column_of(j["group"], "/group");
  if (j.contains("items")) {
    if (!j["items"].is_object()) throw std::runtime_error("mapping /items: must be an object");
    for (auto& [id, name] : j["items"].items()) {
      if (!bank_.find(id)) throw std::runtime_error("mapping /items/" + id + ": no such item in the item bank");
      m.item_columns[id] = column_of(name, "/items/" + id);
    }
  }
  set_mapping(std::move(m));
}

std::vector<std::string> ImportJob::mapping_problems() const {
  std::vector<std::string> problems;
  if (header_.empty()) problems.push_back("the file is empty");
  if (mapping_.code_column < 0 || size_t(mapping_.code_column) >= header_.size())
    problems.push_back("choose the column that holds the students' codes");
  if (mapping_.item_columns.empty()) problems.push_back("no column is matched to a survey item");
  for (auto& [id, column] : mapping_.item_columns)
    if (column < 0 || size_t(column) >= header_.size()) problems.push_back("item " + id + ": the column does not exist");
  return problems;
}

void ImportJob::restart() {
  next_row_ = 0;
  item_columns_.clear();
  for (auto& [id, column] : mapping_.item_columns)
    if (const Item* item = bank_.find(id); item && column >= 0) item_columns_.push_back({item, ItemId(id), size_t(column)});
  seen_codes_.clear();
  seen_codes_.reserve(row_count());
  good_.clear();
  good_.reserve(row_count());  // one allocation: growing by doubling held old and new rows at once
  problems_.clear();
  rejected_lines_.clear();
}

bool ImportJob::step(size_t max_rows) {
  if (!mapping_problems().empty()) return done();
  for (size_t n = 0; n < max_rows && !done(); ++n) check_row(next_row_++);
  return done();
}

void ImportJob::check_row(size_t i) {
  const size_t row = i + 1;
  const size_t line = table_.line(row);
  auto cell = [&](int column) -> std::string_view {
    return column >= 0 ? table_.at(row, size_t(column)) : std::string_view();
  };
  const std::string_view raw_code = cell(mapping_.code_column);
  size_t problems_before = problems_.size();
  auto problem = [&](std::string message) { problems_.push_back({line, std::string(raw_code), std::move(message)}); };

  Response response;
  if (auto code = normalize_code(raw_code)) {
    response.code = std::move(*code);
    if (existing_codes_.count(response.code)) {
      problem("code " + response.code + " already has a " + (survey_name_.empty() ? "" : survey_name_ + " ") +
              "response in this workspace");
    } else if (auto [seen, added] = seen_codes_.try_emplace(response.code, line); !added) {
      problem("code " + response.code + " is also on line " + std::to_string(seen->second) + " of this file");
    }
  } else {
    problem(code_problem(raw_code));
  }
  response.group = std::string(cell(mapping_.group_column));
  response.answers.reserve(item_columns_.size());
  for (auto& [item, id, column] : item_columns_) {
    const std::string_view value = table_.at(row, column);
    auto answer = parse_answer(*item, value);
    if (answer && answer->empty()) continue;  // a skipped question is allowed
    if (answer) {
      response.answers.emplace_hint(response.answers.end(), id, std::move(*answer));  // ids in order
    } else if (item->type == ItemType::Scale) {
      problem("\"" + std::string(value) + "\" is not an answer 1-" + std::to_string(item->points) + " for item " + item->id);
    } else if (item->type == ItemType::ShortText) {
      problem("the answer to item " + item->id + " is longer than " + std::to_string(kMaxTextAnswer) + " characters");
    } else {
      std::string expected;
      for (auto& o : item->options) expected += (expected.empty() ? "" : ", ") + o.text.en;
      problem("\"" + std::string(value) + "\" is not an option of item " + item->id + " (options: " + expected + ")");
    }
  }
  if (response.answers.empty() && problems_.size() == problems_before) problem("the row has no answers");
  if (problems_.size() != problems_before) rejected_lines_.push_back(line);
  else good_.push_back(std::move(response));
}

size_t ImportJob::apply(ResponseSet& survey, bool skip_bad_rows) {
  if (!mapping_problems().empty()) throw std::logic_error("the column mapping is not complete");
  while (!step(4096)) {
  }
  if (!skip_bad_rows && !rejected_lines_.empty()) return 0;
  // The good rows were moved into the set: applying again would add each code a second time.
  if (applied_) throw std::logic_error("this import was already applied");
  // The data may have changed since open(): refuse rather than create a second response per code.
  std::unordered_set<std::string_view> present;
  present.reserve(survey.responses.size());
  for (auto& r : survey.responses) present.insert(r.code);
  for (auto& r : good_)
    if (present.count(r.code)) throw std::logic_error("code " + r.code + " was added while the import was open");
  const size_t added = good_.size();
  if (survey.responses.empty()) {
    survey.responses.swap(good_);  // a first import: no second list of every response
  } else {
    survey.responses.reserve(survey.responses.size() + added);
    survey.responses.insert(survey.responses.end(), std::make_move_iterator(good_.begin()), std::make_move_iterator(good_.end()));
  }
  good_.clear();
  good_.shrink_to_fit();
  applied_ = true;
  return added;
}

}  // namespace stempush::survey
