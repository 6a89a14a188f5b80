// The factory the generated plugin registration calls.
#include "belonging/model/belonging_model.hpp"

std::unique_ptr<stempush::PluginModel> stempush_make_belonging_model() {
  return std::make_unique<belonging::BelongingModel>();
}
