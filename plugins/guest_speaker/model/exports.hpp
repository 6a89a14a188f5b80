// Files the routine hands to other programs and people: the roster CSV (and its import), the
// speaker's brief (printable HTML and plain text for an email), the visit report (HTML), the
// calendar (.ics), and the JSON the CLI prints. Everything shared leaves out figures counted over
// fewer students than the program's threshold (min_group_size).
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "guest_speaker/model/analysis.hpp"

namespace guest_speaker {

// ---- Roster CSV --------------------------------------------------------------------------------
// Columns: name, field, role, employer, college path, languages, topics, contact, availability,
// past visits (titled in the UI's language), then "Reference id (for re-import): Topics"; lists
// as "a; b". Topics show as a person reads them (an interest option's text in that language);
// the reference column keeps them as stored (option ids), so read_roster_csv gets the same
// speakers back.
std::string roster_csv(const std::vector<Speaker>& speakers);
struct RosterImport {
  std::vector<Speaker> speakers;    // the rows read (ids empty: given on apply)
  std::vector<std::string> problems;  // "line 4: the name is empty"; nothing applies if any
};
// Columns are found by header (the ids above, or the English or Spanish column titles, in any
// order); unknown columns are refused by name so that no data is silently dropped.
RosterImport read_roster_csv(const std::string& text);
// Adds the speakers, or updates the speaker with the same name (capitals ignored), so that
// importing an exported roster changes nothing. Returns how many were added and updated.
struct RosterApplied {
  int added = 0, updated = 0;
};
RosterApplied apply_roster(GuestSpeakerData& data, const std::vector<Speaker>& rows);

// ---- The speaker's brief -------------------------------------------------------------------------
struct Brief {
  std::string title;       // "Guest speaker visit: Ana Ruiz, 2026-10-14"
  std::string program;     // the program's name
  std::string date;        // the visit's date (may be empty)
  std::string speaker;     // the speaker's name, or "(no speaker chosen)"
  std::string when, where;
  std::string note, students, guidance;  // after staff edits
  std::vector<std::string> questions;
  std::vector<Step> structure;
};
// The generated texts a brief starts from (BriefEdits fields left empty use them).
std::string generated_students(const GuestSpeakerData& data, const Visit& visit, int min_group_size, Language lang);
std::string generated_questions(const GuestSpeakerData& data);  // one per line, most asked first
std::string generated_guidance(Language lang);
Brief make_brief(const GuestSpeakerData& data, const Visit& visit, const std::string& program, int min_group_size,
                 Language lang);
std::string brief_html(const Brief& brief, Language lang);
std::string brief_text(const Brief& brief, Language lang);

// ---- The interests summary -----------------------------------------------------------------------
// What the group wants, to share with staff or a speaker: the interests ranked and the questions
// students want to ask (exact duplicates merged). Anonymous: no student's code, and how many chose
// each interest only when at least `min_group_size` students answered (the ranking alone otherwise).
// CSV header: kind,rank,item,option,text,students. An "interest" row has the survey item's id, the
// option's id and its text in `lang`; a "question" row has the question as first written and how
// many students wrote it; `students` is empty where the count is hidden.
std::string interests_csv(const InterestSummary& summary, int min_group_size, Language lang);
// A printable page of the same (the core's HTML report: tables and a bar chart when counts show).
std::string interests_html(const InterestSummary& summary, const std::string& program, int min_group_size, Language lang);

// ---- Visit report, results, match as JSON --------------------------------------------------------
// Every HTML page opens with a summary (the figures in plain sentences) and keeps the detail in
// an appendix that lists only what has data; `program` names the program on the first line.
std::string visit_report_html(const GuestSpeakerData& data, const Visit& visit, const VisitResults& results, Language lang,
                              const std::string& program = {});
nlohmann::json results_json(const Visit& visit, const VisitResults& results);
nlohmann::json match_json(const GuestSpeakerData& data, const InterestSummary& summary, const MatchResult& match,
                          int min_group_size);
// The interests summary (anonymous; counts only when enough students answered).
nlohmann::json interests_json(const InterestSummary& summary, int min_group_size);

// ---- Calendar --------------------------------------------------------------------------------------
// The visits as one .ics in the section's time zone; throws stempush::calendar::CalendarError.
std::string visits_ics(const GuestSpeakerData& data, const std::vector<const Visit*>& visits, Language lang);
std::string visit_end(const Visit& visit, std::string* end_date);  // "HH:MM" end, and its date

}  // namespace guest_speaker
