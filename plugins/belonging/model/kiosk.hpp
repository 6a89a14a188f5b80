// Kiosk mode for the belonging surveys: the core's kiosk (stempush/survey_kiosk.hpp) on the item
// bank, collecting into the before or the after survey, locked by the plugin's staff PIN.
#pragma once
#include "belonging/model/data.hpp"
#include "stempush/survey_kiosk.hpp"

namespace belonging {

using stempush::survey::hash_pin;
using stempush::survey::is_valid_pin;
using stempush::survey::pin_matches;
using stempush::survey::sha256_hex;

class Kiosk : public stempush::survey::Kiosk {
 public:
  // Throws std::logic_error when no staff PIN is set: a kiosk that cannot be locked is not started.
  Kiosk(BelongingData& data, SurveyKind kind)
      : stempush::survey::Kiosk(data.bank, data.survey(kind), data.kiosk_pin_hash) {}
};

}  // namespace belonging
