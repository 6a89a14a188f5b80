// What merging another copy of a workspace into this one would do, for one plugin's section: the
// things it adds and every conflict (the same student code answered twice, the same rater in two
// files) with the choice the user made. A plugin fills it in PluginModel::merge_section; the core's
// merge module (merge.hpp) drives every plugin and the UI and the CLI show it.
// Texts are i18n keys with arguments, so the dialog speaks the user's language and the CLI English.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stempush {

struct MergeText {
  std::string key;                // an i18n key ("survey.merge.added")
  std::vector<std::string> args;  // its {0}, {1}, ... ({0} is the count when there is one)
  std::optional<long long> count;  // set: a plural key ("<key>.one"/"<key>.other", i18n_plural.hpp)
  std::string text() const;        // in the current language
};

enum class MergeChoice { KeepMine, TakeTheirs, KeepBoth };
const char* merge_choice_name(MergeChoice choice);  // "mine", "theirs", "both"
std::optional<MergeChoice> parse_merge_choice(std::string_view name);

struct MergeConflict {
  std::string id;            // stable within the section's plan ("pre/AB12"); choices are keyed by it
  MergeText what;            // "Before the session: code AB12 answered twice"
  MergeText mine, theirs;    // what each side holds, in a few words
  bool can_keep_both = false;  // whether KeepBoth makes sense (two students who chose one code)
  // What each side holds, as data (the plugin's own JSON, not words): the same conflict met again
  // (the same file merged a second time) holds the same data, so a choice made once between
  // exactly these two versions is remembered (merge.hpp) and not asked again.
  std::string mine_data, theirs_data;
};

struct MergePlan {
  std::vector<MergeText> additions;  // one line per kind of thing added ("3 new responses before the session")
  std::vector<MergeConflict> conflicts;
  bool empty() const { return additions.empty() && conflicts.empty(); }
};

// Conflict id -> choice. A conflict with no choice keeps mine.
using MergeChoices = std::map<std::string, MergeChoice, std::less<>>;
// The choice for `id`, KeepMine when none (KeepBoth downgraded to KeepMine when it makes no sense).
MergeChoice choice_for(const MergeChoices& choices, const MergeConflict& conflict);

// A file that cannot be merged (its data does not fit this workspace). what() is a sentence.
class MergeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace stempush
