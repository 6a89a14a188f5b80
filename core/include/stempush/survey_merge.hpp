// Merging survey responses collected on another device (two or three kiosk tablets, a colleague's
// laptop) into this workspace's: the core's survey service does it for every plugin that collects,
// so a plugin's PluginModel::merge_section needs one call per ResponseSet it keeps.
//
// Responses are matched by anonymous code within one survey:
//   - a code only they have: added;
//   - the same code with the same answers, group and partial mark (here, or already kept beside
//     mine as "CODE-2" by an earlier "keep both"): nothing to add, so merging a file twice adds nothing;
//   - the same code with different answers: a conflict with the id "<scope>/<CODE>". Keep mine,
//     take theirs, or keep both (two students who chose one code: theirs is kept as "CODE-2").
#pragma once
#include <string>

#include "stempush/merge_plan.hpp"
#include "stempush/survey.hpp"

namespace stempush::survey {

// Returns `mine` with `theirs` merged in under `choices`, and adds to `plan` a line for the new
// responses and a conflict per code answered differently. `scope` keeps conflict ids unique when a
// plugin has several surveys ("pre", "post", "ticket/v3"); `survey_label` names the survey in the
// plan's sentences. Throws MergeError when one of their answers does not fit `bank` (an item this
// workspace does not have, an answer out of range): nothing of theirs could be trusted then.
ResponseSet merge_responses(const ResponseSet& mine, const ResponseSet& theirs, const ItemBank& bank,
                            const std::string& scope, const MergeText& survey_label, const MergeChoices& choices,
                            MergePlan& plan);

}  // namespace stempush::survey
