// What leaves the toolkit: a printable HTML report for a board or funder, a CSV of every rating
// for spreadsheets, and a de-identified summary the program may share with the Network.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "self_study/model/self_study_model.hpp"

namespace self_study {

// A standalone HTML report of one cycle: summary, domain chart (compared with the previous
// cycle), strengths and lowest areas, per-standard table, priorities, and the evidence behind
// each rating. Every user string is escaped; the markup is XHTML-compatible. Labels follow the
// current i18n language. Throws std::invalid_argument for an unknown cycle.
std::string html_report(const SelfStudyModel& model, std::string_view cycle_id, std::string_view program_name);

// Every rating of every cycle: one row per participant x indicator (unrated included, so that
// gaps are visible), with a header row. RFC 4180 via csv::write, formula cells neutralised.
std::string ratings_csv(const SelfStudyModel& model);

// For the Network: per cycle its date, the number of participants, the consensus state/level per
// indicator and the domain figures. No names (people, cycles, owners), no evidence, notes,
// rationales or aims.
nlohmann::json deidentified_summary(const SelfStudyModel& model);

// Makes sure this plugin's catalogs are loaded (the CLI and tests may not have done it).
void ensure_self_study_catalogs();

}  // namespace self_study
