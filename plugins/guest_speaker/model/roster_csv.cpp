// The roster as CSV and back (see exports.hpp). Validated whole before anything is applied.
#include <algorithm>
#include <map>

#include "guest_speaker/model/exports.hpp"
#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"

namespace guest_speaker {
namespace {

// Column ids in file order; their titles are the catalog's "roster.<id>" in either language.
const std::vector<std::string> kColumns = {"name",    "field",  "role",    "employer",     "college_path",
                                           "languages", "topics", "contact", "availability", "past_visits"};

std::string* field_of(Speaker& s, const std::string& column) {
  if (column == "name") return &s.name;
  if (column == "field") return &s.field;
  if (column == "role") return &s.role;
  if (column == "employer") return &s.employer;
  if (column == "college_path") return &s.college_path;
  if (column == "contact") return &s.contact;
  if (column == "availability") return &s.availability;
  if (column == "past_visits") return &s.past_visits;
  return nullptr;  // the two list columns
}

std::string cell_of(const Speaker& s, const std::string& column) {
  if (column == "languages") return join_list(s.languages);
  if (column == "topics") return join_list(s.topics);
  return *field_of(const_cast<Speaker&>(s), column);
}

}  // namespace

std::string roster_csv(const std::vector<Speaker>& speakers) {
  // Headers are the columns' titles in the current language (the reader takes ids or titles).
  const Language lang = stempush::i18n::language();
  stempush::csv::Row header;
  for (const auto& c : kColumns) header.push_back(text("roster." + c, lang));
  std::vector<stempush::csv::Row> rows = {header};
  for (const auto& s : speakers) {
    stempush::csv::Row row;
    for (const auto& c : kColumns) row.push_back(cell_of(s, c));
    rows.push_back(std::move(row));
  }
  return stempush::csv::write(rows);
}

RosterImport read_roster_csv(const std::string& file) {
  RosterImport out;
  stempush::csv::Table table;
  try {
    table = stempush::csv::parse(file);
  } catch (const stempush::csv::ParseError& e) {
    out.problems.push_back(e.what());
    return out;
  }
  if (table.rows.empty()) {
    out.problems.push_back(render({"roster.error.empty", {}}, Language::English));
    return out;
  }
  // Header cells by id or by the column's title in English or Spanish.
  std::vector<std::string> columns;
  for (const auto& raw : table.rows[0]) {
    const std::string h = sv::fold(raw);
    std::string found;
    for (const auto& c : kColumns)
      if (h == c || h == sv::fold(text("roster." + c, Language::English)) || h == sv::fold(text("roster." + c, Language::Spanish)))
        found = c;
    if (found.empty() && !h.empty())
      out.problems.push_back(render({"roster.error.column", {"1", raw}}, Language::English));
    if (!found.empty() && std::find(columns.begin(), columns.end(), found) != columns.end())
      out.problems.push_back(render({"roster.error.twice", {"1", raw}}, Language::English));
    columns.push_back(found);
  }
  if (std::find(columns.begin(), columns.end(), "name") == columns.end())
    out.problems.push_back(render({"roster.error.no_name", {}}, Language::English));
  if (!out.problems.empty()) return out;

  std::map<std::string, size_t> seen;  // folded name -> line
  for (size_t r = 1; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const std::string line = std::to_string(table.row_lines[r]);
    Speaker s;
    for (size_t i = 0; i < row.size(); ++i) {
      if (i >= columns.size() || columns[i].empty()) {
        if (!row[i].empty()) out.problems.push_back(render({"roster.error.extra", {line}}, Language::English));
        continue;
      }
      const std::string value = stempush::csv::unguard_field(row[i]);
      if (columns[i] == "languages") s.languages = split_list(value);
      else if (columns[i] == "topics") s.topics = split_list(value);
      else *field_of(s, columns[i]) = value;
    }
    if (sv::fold(s.name).empty()) {
      out.problems.push_back(render({"roster.error.no_name_row", {line}}, Language::English));
      continue;
    }
    if (auto [it, fresh] = seen.emplace(sv::fold(s.name), table.row_lines[r]); !fresh)
      out.problems.push_back(render({"roster.error.duplicate", {line, s.name, std::to_string(it->second)}}, Language::English));
    out.speakers.push_back(std::move(s));
  }
  if (!out.problems.empty()) out.speakers.clear();
  return out;
}

RosterApplied apply_roster(GuestSpeakerData& data, const std::vector<Speaker>& rows) {
  RosterApplied applied;
  for (const auto& row : rows) {
    auto same = std::find_if(data.speakers.begin(), data.speakers.end(),
                             [&](const Speaker& s) { return sv::fold(s.name) == sv::fold(row.name); });
    if (same != data.speakers.end()) {
      const std::string id = same->id;
      *same = row;
      same->id = id;
      ++applied.updated;
    } else {
      Speaker& added = add_speaker(data);
      const std::string id = added.id;
      added = row;
      added.id = id;
      ++applied.added;
    }
  }
  return applied;
}

}  // namespace guest_speaker
