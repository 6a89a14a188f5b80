#include "sample_visits/model/visits_model.hpp"

std::unique_ptr<stempush::PluginModel> stempush_make_sample_visits_model() {
  return std::make_unique<sample_visits::VisitsModel>();
}
