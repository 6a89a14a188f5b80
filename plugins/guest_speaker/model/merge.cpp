#include "guest_speaker/model/guest_speaker_model.hpp"
#include "stempush/survey_merge.hpp"

namespace guest_speaker {

std::optional<nlohmann::json> GuestSpeakerModel::merge_section(const nlohmann::json& their_section,
                                                               const stempush::MergeChoices& choices,
                                                               stempush::MergePlan& plan) const {
  const GuestSpeakerData theirs = data_from_json(their_section);
  GuestSpeakerData merged = data_;
  merged.interests = stempush::survey::merge_responses(data_.interests, theirs.interests, interest_bank(), "interests",
                                                       {"guest_speaker.merge.interests", {}, {}}, choices, plan);
  // Visits are matched by id: copies of one workspace share them. A visit only the other device
  // planned is its plan, not collected data, so it stays there.
  for (Visit& visit : merged.visits) {
    const Visit* their_visit = theirs.find_visit(visit.id);
    if (!their_visit) continue;
    visit.ticket = stempush::survey::merge_responses(visit.ticket, their_visit->ticket, ticket_bank(), "ticket/" + visit.id,
                                                     {"guest_speaker.merge.ticket", {visit.title}, {}}, choices, plan);
  }
  return data_to_json(merged);
}

}  // namespace guest_speaker
