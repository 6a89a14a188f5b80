// The aim as one sentence (improvement_model.hpp).
#include "improvement/model/improvement_model.hpp"
#include "stempush/i18n.hpp"

namespace improvement {

std::string aim_sentence(const Aim& aim) {
  std::string rest;
  auto part = [&rest](const std::string& value, const char* key) {
    if (value.empty()) return;
    if (!rest.empty()) rest += ", ";
    rest += stempush::trf(key, {value});
  };
  part(aim.how_much, "improvement.aim.sentence.how_much");
  part(aim.by_when, "improvement.aim.sentence.by_when");
  part(aim.for_whom, "improvement.aim.sentence.for_whom");
  if (aim.what.empty()) return rest;
  return rest.empty() ? aim.what : aim.what + ": " + rest;
}

}  // namespace improvement
