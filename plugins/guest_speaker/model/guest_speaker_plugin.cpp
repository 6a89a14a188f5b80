// The factory the generated plugin registration calls.
#include "guest_speaker/model/guest_speaker_model.hpp"

std::unique_ptr<stempush::PluginModel> stempush_make_guest_speaker_model() {
  return std::make_unique<guest_speaker::GuestSpeakerModel>();
}
