#include "belonging/model/belonging_model.hpp"
#include "stempush/survey_merge.hpp"

namespace belonging {

std::optional<nlohmann::json> BelongingModel::merge_section(const nlohmann::json& their_section,
                                                            const stempush::MergeChoices& choices,
                                                            stempush::MergePlan& plan) const {
  const BelongingData theirs = data_from_json(their_section);
  BelongingData merged = data_;
  for (SurveyKind kind : {SurveyKind::Pre, SurveyKind::Post}) {
    const std::string name = survey_name(kind);
    merged.survey(kind) = stempush::survey::merge_responses(data_.survey(kind), theirs.survey(kind), data_.bank, name,
                                                            {"belonging.collect." + name, {}, {}}, choices, plan);
  }
  return data_to_json(merged);
}

}  // namespace belonging
