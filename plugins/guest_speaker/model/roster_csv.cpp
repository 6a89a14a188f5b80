// The roster as CSV and back (see exports.hpp). Validated whole before anything is applied.
#include <algorithm>
#include <map>

#include "guest_speaker/model/exports.hpp"
#include "stempush/csv.hpp"
#include "stempush/i18n.hpp"
#include "stempush/report.hpp"

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

// A topic as a person reads it: an interest option's id becomes its text in `lang`; a topic
// typed as text stays as typed.
std::string topic_label(const std::string& topic, Language lang) {
  for (const auto& item : interest_bank().items)
    for (const auto& option : item.options)
      if (option.id == topic) return option.text.in(lang);
  return topic;
}

std::string cell_of(const Speaker& s, const std::string& column, Language lang) {
  if (column == "languages") return join_list(s.languages);
  if (column == "topics") {
    std::vector<std::string> labels;
    for (const auto& t : s.topics) labels.push_back(topic_label(t, lang));
    return join_list(labels);
  }
  return *field_of(const_cast<Speaker&>(s), column);
}

// The topics read back from the label column, using the reference column (the topics as
// stored) where it agrees with the label: an exported roster reads back exactly, and a label
// changed in a spreadsheet wins (kept as typed; the match reads options by text too).
std::vector<std::string> read_topics(const std::string& labels, const std::string& reference) {
  const std::vector<std::string> shown = split_list(labels), stored = split_list(reference);
  std::vector<std::string> topics;
  for (size_t i = 0; i < shown.size(); ++i) {
    const std::string folded = sv::fold(shown[i]);
    if (i < stored.size() && shown.size() == stored.size() &&
        (folded == sv::fold(topic_label(stored[i], Language::English)) ||
         folded == sv::fold(topic_label(stored[i], Language::Spanish)) || folded == sv::fold(stored[i]))) {
      topics.push_back(stored[i]);
      continue;
    }
    topics.push_back(shown[i]);  // as typed: the match reads an option's text in either language
  }
  return topics;
}

}  // namespace

std::string roster_csv(const std::vector<Speaker>& speakers) {
  // Headers are the columns' titles in the current language (the reader takes ids or titles).
  const Language lang = stempush::i18n::language();
  stempush::csv::Row header;
  for (const auto& c : kColumns) header.push_back(text("roster." + c, lang));
  // The topics as stored (interest option ids), for programs and for re-import, last.
  header.push_back(stempush::report::reference_header(text("roster.topics", lang), stempush::i18n::language_code(lang)));
  std::vector<stempush::csv::Row> rows = {header};
  for (const auto& s : speakers) {
    stempush::csv::Row row;
    for (const auto& c : kColumns) row.push_back(cell_of(s, c, lang));
    row.push_back(join_list(s.topics));
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
  size_t topics_reference = std::string::npos;  // the reference column of the topics, if any
  for (const auto& raw : table.rows[0]) {
    const std::string h = sv::fold(raw);
    if (stempush::report::is_reference_header(raw)) {
      // Ids for programs: the topics' column is used below; any other reference column is skipped.
      const std::string topics_en = stempush::report::reference_header(text("roster.topics", Language::English), "en");
      const std::string topics_es = stempush::report::reference_header(text("roster.topics", Language::Spanish), "es");
      if (h == sv::fold(topics_en) || h == sv::fold(topics_es)) topics_reference = columns.size();
      columns.push_back("#reference");
      continue;
    }
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
    std::string topic_labels, topic_reference;
    for (size_t i = 0; i < row.size(); ++i) {
      if (i < columns.size() && columns[i] == "#reference") {
        if (i == topics_reference) topic_reference = stempush::csv::unguard_field(row[i]);
        continue;
      }
      if (i >= columns.size() || columns[i].empty()) {
        if (!row[i].empty()) out.problems.push_back(render({"roster.error.extra", {line}}, Language::English));
        continue;
      }
      const std::string value = stempush::csv::unguard_field(row[i]);
      if (columns[i] == "languages") s.languages = split_list(value);
      else if (columns[i] == "topics") topic_labels = value;
      else *field_of(s, columns[i]) = value;
    }
    s.topics = read_topics(topic_labels, topic_reference);
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
