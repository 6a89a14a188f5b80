// What leaves the app: the responses CSV (codes only, never names), every results figure as JSON
// (`results --json`), and the standalone HTML report.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "belonging/model/data.hpp"
#include "belonging/model/results.hpp"

namespace belonging {

// One row per response: survey, code, group, then one column per item (its wording in the UI's
// language; empty if unanswered). Choice answers are the options' texts in that language, which
// the survey import reads back (no option id where a person reads).
std::string responses_csv(const BelongingData& data);
// Every figure of the results page with its English sentence (and Spanish where students or
// families read it). NaN figures are null.
nlohmann::json results_json(const BelongingData& data, const Results& results);
// A printable standalone HTML report: plan summary, results with charts, and the reflection. It names
// the program (the workspace profile's; may be empty), the session and its date.
std::string results_html(const BelongingData& data, const Results& results, std::string_view program_name);

}  // namespace belonging
