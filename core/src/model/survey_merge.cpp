#include "stempush/survey_merge.hpp"

#include <set>

#include "stempush/i18n.hpp"

namespace stempush::survey {
namespace {

bool same_response(const Response& a, const Response& b) {
  return a.answers == b.answers && a.group == b.group && a.partial == b.partial;
}

// "CODE-2", "CODE-3"...: where "keep both" keeps their response beside mine.
std::string kept_both_code(const std::string& code, int n) { return code + "-" + std::to_string(n); }

// Their response is already here when mine (or a copy kept beside it) is the same.
bool already_here(const ResponseSet& mine, const Response& theirs) {
  if (const Response* m = mine.find(theirs.code); m && same_response(*m, theirs)) return true;
  for (int n = 2; n <= 9; ++n)
    if (const Response* m = mine.find(kept_both_code(theirs.code, n)); m && same_response(*m, theirs)) return true;
  return false;
}

// A response as the section stores it: what a conflict's sides are remembered by (merge.hpp).
std::string stored_form(const Response& r, const ItemBank& bank) {
  ResponseSet one;
  one.responses.push_back(r);
  return responses_to_json(one, bank).dump();
}

std::string free_kept_both_code(const ResponseSet& mine, const std::string& code) {
  for (int n = 2; n <= 9; ++n) {
    std::string candidate = kept_both_code(code, n);
    if (candidate.size() <= 12 && !mine.find(candidate)) return candidate;
  }
  return {};
}

void check_fits(const Response& r, const ItemBank& bank) {
  for (auto& [item_id, answer] : r.answers) {
    const Item* item = bank.find(item_id);
    if (!item) throw MergeError(trf("survey.merge.unknown_item", {r.code, std::string(item_id)}));
    if (!answer.empty() && !answer_problem(*item, answer).empty())
      throw MergeError(trf("survey.merge.bad_answer", {r.code, item->text.in(i18n::language()), answer_problem(*item, answer)}));
  }
}

// What one side answered where the two differ, in words: "I felt welcome: Agree; Group: A".
std::string differences(const Response& side, const Response& other, const ItemBank& bank) {
  std::string out;
  auto add = [&out](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
  std::set<std::string_view> ids;
  for (auto& [id, a] : side.answers) ids.insert(id);
  for (auto& [id, a] : other.answers) ids.insert(id);
  int shown = 0;
  for (const Item& item : bank.items) {
    if (!ids.count(item.id)) continue;
    auto mine = side.answers.find(item.id), theirs = other.answers.find(item.id);
    Answer a = mine == side.answers.end() ? Answer{} : mine->second;
    Answer b = theirs == other.answers.end() ? Answer{} : theirs->second;
    if (a == b) continue;
    if (++shown > 3) {
      add("…");
      break;
    }
    add(item.text.in(i18n::language()) + ": " +
        (a.empty() ? std::string(tr("survey.merge.no_answer")) : answer_words(item, a, i18n::language())));
  }
  if (side.group != other.group) add(trf("survey.merge.group", {side.group.empty() ? "-" : side.group}));
  if (side.partial != other.partial && side.partial) add(tr("survey.merge.partial"));
  if (out.empty()) out = tr("survey.merge.no_answer");
  return out;
}

}  // namespace

ResponseSet merge_responses(const ResponseSet& mine, const ResponseSet& theirs, const ItemBank& bank,
                            const std::string& scope, const MergeText& survey_label, const MergeChoices& choices,
                            MergePlan& plan) {
  ResponseSet out = mine;
  const std::string label = survey_label.text();
  long long added = 0;
  for (const Response& t : theirs.responses) {
    check_fits(t, bank);
    if (already_here(mine, t)) continue;
    const Response* m = mine.find(t.code);
    if (!m) {
      out.responses.push_back(t);
      ++added;
      continue;
    }
    MergeConflict conflict{scope + "/" + t.code, {"survey.merge.conflict", {label, t.code}, {}},
                           {"survey.merge.side", {differences(*m, t, bank)}, {}},
                           {"survey.merge.side", {differences(t, *m, bank)}, {}},
                           !free_kept_both_code(out, t.code).empty()};
    conflict.mine_data = stored_form(*m, bank);
    conflict.theirs_data = stored_form(t, bank);
    switch (choice_for(choices, conflict)) {
      case MergeChoice::KeepMine: break;
      case MergeChoice::TakeTheirs: *out.find(t.code) = t; break;
      case MergeChoice::KeepBoth: {
        Response copy = t;
        copy.code = free_kept_both_code(out, t.code);
        out.responses.push_back(std::move(copy));
        break;
      }
    }
    plan.conflicts.push_back(std::move(conflict));
  }
  if (added > 0) plan.additions.push_back({"survey.merge.added", {label}, added});
  return out;
}

}  // namespace stempush::survey
