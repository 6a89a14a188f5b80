#include "stempush/merge_plan.hpp"

#include "stempush/i18n_plural.hpp"

namespace stempush {

std::string MergeText::text() const { return count ? trn(key, *count, args) : trf(key, args); }

const char* merge_choice_name(MergeChoice choice) {
  switch (choice) {
    case MergeChoice::KeepMine: return "mine";
    case MergeChoice::TakeTheirs: return "theirs";
    case MergeChoice::KeepBoth: return "both";
  }
  return "mine";
}

std::optional<MergeChoice> parse_merge_choice(std::string_view name) {
  for (MergeChoice c : {MergeChoice::KeepMine, MergeChoice::TakeTheirs, MergeChoice::KeepBoth})
    if (name == merge_choice_name(c)) return c;
  return std::nullopt;
}

MergeChoice choice_for(const MergeChoices& choices, const MergeConflict& conflict) {
  auto it = choices.find(conflict.id);
  if (it == choices.end()) return MergeChoice::KeepMine;
  if (it->second == MergeChoice::KeepBoth && !conflict.can_keep_both) return MergeChoice::KeepMine;
  return it->second;
}

}  // namespace stempush
