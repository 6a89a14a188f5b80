// Everything on the results page, computed once from the data (the view and the CLI only format
// it). Each figure carries a Sentence so that the same plain-language explanation appears in the
// app, the HTML report and `results --json`, in English or Spanish.
#pragma once
#include <string>
#include <vector>

#include "belonging/model/data.hpp"
#include "stempush/feeds.hpp"
#include "stempush/stats.hpp"

namespace belonging {


// A translatable sentence: an i18n key of this plugin and its {0}, {1}... arguments.
struct Sentence {
  std::string key;
  std::vector<std::string> args;
  // A count (>= 0) makes it a plural sentence: key.one / key.other by the language's rule, the count
  // as {0} and `args` from {1} on (as stempush::trn).
  long long count = -1;
  // Arguments that are words from the survey file (a scale's name), in both languages: by
  // position, they take the place of args[i] in the sentence's language.
  std::vector<std::pair<size_t, LocalText>> words = {};
};
// The sentence in a language, from this plugin's own catalogs (works without the app's i18n).
std::string render(const Sentence& sentence, Language lang);

struct Counts {
  int pre = 0, post = 0, paired = 0;  // paired: codes with both a pre and a post response
  Sentence sentence;
};

// Answers per scale point for one item, for diverging stacked bars: counts[p-1] = answers of p.
struct ItemDistribution {
  std::string item_id;
  int points = 0;
  bool reverse = false;
  std::vector<int> pre_counts, post_counts;
  int pre_n = 0, post_n = 0;
  double pre_mean = 0, post_mean = 0;  // raw answers, before reverse coding; NaN when n = 0
  Sentence sentence;
};

// One subscale: each student's score is the mean of their answered items after reverse coding
// (at least half the items answered, else no score).
// Cronbach's alpha is shown only when it means something: with at least 3 items and 10 students
// who answered every item (fewer make it swing wildly); below kAlphaLow it is explained, since a
// low or negative alpha usually means the items do not measure one thing (often a reverse-scored
// item that students read the other way).
inline constexpr int kAlphaMinItems = 3;
inline constexpr int kAlphaMinStudents = 10;
inline constexpr double kAlphaLow = 0.5;
enum class AlphaVerdict { NotShown, Low, Fine };
AlphaVerdict alpha_verdict(int items, int complete_students, double alpha);

// A subscale's mean score over the students of one group in one survey (raw n: callers that
// show it hide small groups; the measure feed leaves that to the core).
struct GroupMean {
  std::string group;  // "" is the students with no group
  int n = 0;
  double mean = 0;
};

struct ScaleResult {
  std::string subscale_id;
  int items = 0;
  int points = 0;                 // the scale's point count (items of one subscale share it)
  int pre_n = 0, post_n = 0;      // students with a score
  double pre_mean = 0, post_mean = 0;  // ALL students with a score (label them so where shown)
  std::vector<GroupMean> pre_groups, post_groups;  // by group, in name order; empty when no response has a group
  double alpha_pre = 0, alpha_post = 0;  // over students who answered every item; NaN if < 2 items
  int alpha_pre_n = 0, alpha_post_n = 0;  // those students
  AlphaVerdict alpha_pre_verdict = AlphaVerdict::NotShown, alpha_post_verdict = AlphaVerdict::NotShown;
  // The before/after of the change table: change.mean_pre / change.mean_post, the PAIRED students'.
  stempush::stats::PairedResult change;  // over paired students with both scores
  Sentence sentence;
  Sentence alpha_sentence;  // why alpha is not shown, or what a low one means; key "" when fine
};

struct GroupResult {
  std::string group;  // "" is reported as "(no group)"
  int paired_n = 0;
  bool suppressed = false;  // below min_group_size, or suppressed so a small group cannot be worked out
  std::vector<stempush::stats::PairedResult> change;  // per scale (same order); empty when suppressed
};
struct GroupBreakdown {
  bool present = false;  // any response has a group
  std::vector<GroupResult> groups;
  int suppressed_groups = 0;
  Sentence sentence;  // states the suppression
};

struct Results {
  int min_group_size = 0;  // the program's small-group threshold these figures were computed with
  Counts counts;
  std::vector<ItemDistribution> items;
  std::vector<ScaleResult> scales;
  GroupBreakdown groups;
};

// `min_group_size` is the program's setting (stempush::PluginHost::min_group_size(); the CLI and the
// view pass the workspace's); groups smaller than it are never shown (student privacy).
Results compute_results(const BelongingData& data, int min_group_size);

// A figure as the sentences and the report print it: "0.62", or "-" where it is undefined (NaN).
std::string number(double value, int decimals = 2);

}  // namespace belonging
