// What the routine computes from the data, for the view, the CLI and the exports alike:
//  - the interest summary (ranked interests, the students' questions with exact duplicates merged),
//  - the speaker match (who covers the group's top interests; which interests nobody covers),
//  - one visit's exit-ticket results (distributions, shares, plain sentences).
// Everything works on aggregates: matching takes the summary, never a response, so no student's
// code or group can change who is invited. Sentences are keys of this plugin's catalogs with
// their arguments, rendered in English or Spanish from the catalogs compiled into the model.
#pragma once
#include <string>
#include <vector>

#include "guest_speaker/model/data.hpp"

namespace guest_speaker {

struct Sentence {
  std::string key;  // without the "guest_speaker." prefix
  std::vector<std::string> args;
  // A count that picks the plural form: the catalog then has "<key>.one" and "<key>.other"
  // (stempush/i18n_plural.hpp's rule for the language); -1: the key has one form. The text's
  // {0}, {1}... stay `args`, so the count is usually also one of them.
  long long count = -1;
  std::vector<Sentence> then;  // sentences that follow, each after a space
};
std::string render(const Sentence& sentence, Language lang);
std::string text(const std::string& key, Language lang);  // one plain string of the catalog

// ---- Interests ---------------------------------------------------------------------------------
struct InterestCount {
  std::string item_id;    // the survey item ("fields")
  std::string option_id;  // the interest ("engineering"); option ids are unique across items
  LocalText label;
  int count = 0;  // students who chose it
  int rank = 0;   // 1 = most chosen; options chosen equally often share a rank
};
struct MergedText {
  std::string text;  // as first written
  int count = 0;     // how many students wrote it (capitals and spacing ignored)
};
struct InterestSummary {
  int respondents = 0;                  // students with at least one answer
  std::vector<InterestCount> interests;  // every option chosen at least once, most chosen first
  std::vector<MergedText> questions;     // most asked first, then in the order they came
};
InterestSummary summarize_interests(const sv::ResponseSet& responses);
// The group's top interests: the first `how_many` of the summary, plus any tied with the last
// one (an interest as popular as one kept is never dropped by chance).
std::vector<InterestCount> top_interests(const InterestSummary& summary, size_t how_many = 5);
// Identical answers merged: same text once capitals, accents' capitals and spacing are ignored.
std::vector<MergedText> merge_texts(const std::vector<std::string>& texts);

// The interest option a speaker's topic names (its id, or its text in English or Spanish), or ""
// when it names none (a free topic the match cannot use).
std::string topic_option(const std::string& topic);

// ---- Matching ----------------------------------------------------------------------------------
struct SpeakerMatch {
  std::string speaker_id;
  int rank = 0;                      // 1 = best; equal coverage and count share a rank
  bool tied = false;                 // shares its rank with another speaker
  double coverage = 0;               // share of the top interests' weight covered, 0..1
  std::vector<std::string> covered;  // option ids of the top interests covered, in rank order
};
struct MatchResult {
  std::vector<InterestCount> top;         // the interests matched against
  std::vector<SpeakerMatch> speakers;     // best first; ties by name
  std::vector<InterestCount> uncovered;   // top interests no speaker covers
  Sentence sentence;                      // the result in words
};
// A top interest weighs as many students as chose it: covering the most chosen interest counts
// more than covering one chosen by a single student.
MatchResult match_speakers(const InterestSummary& summary, const std::vector<Speaker>& speakers, size_t top_count = 5);

// ---- Exit-ticket results -------------------------------------------------------------------------
struct ScaleResult {
  std::string item_id;
  int points = 4;
  std::vector<int> counts;  // counts[p - 1] = answers of p
  int n = 0;                // answers to this item
  int agree = 0;            // answers in the top half (3 or 4 of 4)
  double agree_share = 0;   // agree / n; NaN when n = 0
  double mean = 0;          // NaN when n = 0
  Sentence sentence;
};
struct VisitResults {
  int n = 0;                // students who answered the ticket
  int min_group_size = 0;   // the program's threshold these results were made with
  bool suppressed = false;  // n below it: no figure or answer may be shown or shared
  std::vector<ScaleResult> scales;
  std::vector<MergedText> next_steps, questions;  // the two written answers, merged
  Sentence summary;         // the headline sentence
};
VisitResults visit_results(const Visit& visit, int min_group_size);

// "75%" (rounded) or "-" for NaN.
std::string percent(double share);

}  // namespace guest_speaker
