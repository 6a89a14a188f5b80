// The factory the generated register_plugin_models() calls (see cmake/StempushPlugins.cmake).
#include <memory>

#include "self_study/model/self_study_model.hpp"

std::unique_ptr<stempush::PluginModel> stempush_make_self_study_model() {
  return std::make_unique<self_study::SelfStudyModel>();
}
