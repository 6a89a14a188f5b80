// Skeleton: replaced by the real model.
#include "stempush/plugin.hpp"

namespace {
class Model : public stempush::PluginModel {
 public:
  const stempush::PluginInfo& info() const override {
    static const stempush::PluginInfo i{"self_study", "self_study.title", "self_study.purpose", ""};
    return i;
  }
  int schema_version() const override { return 1; }
  void from_json(const nlohmann::json& d) override { data_ = d; }
  nlohmann::json to_json() const override { return data_; }
  void clear() override { data_ = nlohmann::json::object(); }
 private:
  nlohmann::json data_ = nlohmann::json::object();
};
}  // namespace

std::unique_ptr<stempush::PluginModel> stempush_make_self_study_model() { return std::make_unique<Model>(); }
