// The storyboard of a PDSA cycle: one printable HTML page that tells the cycle's story for a
// team meeting or a funder (the change and its plan, each learning question with its prediction
// and what the data said, what happened, the run chart of every measure the cycle looked at as
// inline SVG with the cycle marked on it, and the decision). Built from the model and the
// current feeds, so the view's download and `stempush-cli improvement storyboard` are the same page.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "improvement/model/improvement_model.hpp"
#include "stempush/feeds.hpp"

namespace improvement {

// The page opens with a summary (the change, what was predicted and found, the decision, the first
// measure's run chart) and keeps the whole story in an appendix; `program` names the program.
// Throws std::invalid_argument (a sentence) when there is no cycle `cycle_id`.
std::string storyboard_html(const ImprovementModel& model, const std::string& cycle_id,
                            const std::vector<stempush::MeasureSeries>& feeds, std::string_view program = {});
// "storyboard-cycle-3.html": the file name offered for the download.
std::string storyboard_file_name(const ImprovementModel& model, const std::string& cycle_id);

}  // namespace improvement
