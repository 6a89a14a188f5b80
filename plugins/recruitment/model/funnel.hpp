// The recruitment funnel: for each community and each source (space or "how did you hear"), how
// many students were reached, inquired, applied, were accepted, enrolled and stayed, this year and
// in the baseline year, with the conversion between stages and a plain sentence for each figure.
//
// Rules (each has a unit test with hand-computed figures):
// - A student counts at every stage up to the furthest one reached: an application without an
//   inquiry on record still passed the "inquired" step (the program heard from them), so a
//   recorded "applied" never makes the inquiry count smaller than the application count.
// - Counts typed by hand for a community add to that community, to the totals and to the source
//   "counted by hand" (they have no source).
// - A source that names no space is grouped by its text; a blank source is "unknown source"; a
//   blank community is "unknown community". A community present in one year only shows 0 in the
//   other. Focus communities are listed even with no students.
// - A conversion with a zero denominator has no value: shown as "–" with a sentence saying why,
//   never NaN or 0 %.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "recruitment/model/data.hpp"

namespace recruitment {

using StageCounts = std::array<int, kStageCount>;

struct FunnelRow {
  std::string key;    // community id, space id, "text:<source>", "" (unknown) or "hand"
  std::string label;  // what the user reads
  bool focus = false;       // a focus community (community rows)
  bool new_space = false;   // a space new this year (source rows)
  StageCounts now{}, base{};
};

struct Share {
  int part = 0, whole = 0;
  std::optional<double> percent() const {
    return whole > 0 ? std::optional<double>(100.0 * part / whole) : std::nullopt;
  }
};

struct Funnel {
  int year = 0, baseline_year = 0;
  FunnelRow total;
  std::vector<FunnelRow> by_community;
  std::vector<FunnelRow> by_source;
  Share focus_applicants_now, focus_applicants_base, focus_enrolled_now, focus_enrolled_base;
};

Funnel compute_funnel(const RecruitmentData& data, int year, int baseline_year);

// The share of students at `from` who reached `to`, in percent; nullopt when nobody reached `from`.
std::optional<double> conversion(const StageCounts& counts, Stage from, Stage to);
// "36%" or "–".
std::string percent_text(std::optional<double> percent);

// Plain sentences (current language). `group` is "" for all students, or a row's label.
std::string conversion_sentence(const StageCounts& counts, Stage from, Stage to, const std::string& group, int year);
std::string focus_share_sentence(const Share& share, Stage stage, int year);
std::string stage_name(Stage s);  // "Applied"

// Shared exports hide small counts: a count from 1 to min_group_size - 1 is "suppressed"
// (0 stays 0: nobody is identified by an absence), and so is any conversion or share built on one.
bool is_suppressed(int count, int min_group_size);

// Every figure, for the CLI's --json and tests. min_group_size > 0 hides small counts (a
// suppressed count is absent and "suppressed": true); 0 keeps them all.
nlohmann::json funnel_json(const Funnel& funnel, int min_group_size);

}  // namespace recruitment
