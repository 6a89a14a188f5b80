// A test-only plugin that reads what other plugins publish (PluginHost::feeds) without knowing
// them, so the UI tests can show that a feed crosses from one plugin to another. It stores nothing.
#include "stempush/plugin.hpp"

namespace feed_reader {

struct FeedReaderModel : stempush::PluginModel {
  const stempush::PluginInfo& info() const override {
    static const stempush::PluginInfo info{"feed_reader", "feed_reader.title", "feed_reader.purpose", "", ""};
    return info;
  }
  int schema_version() const override { return 1; }
  void from_json(const nlohmann::json&) override {}
  nlohmann::json to_json() const override { return nlohmann::json::object(); }
  void clear() override {}
};

}  // namespace feed_reader

std::unique_ptr<stempush::PluginModel> stempush_make_feed_reader_model() {
  return std::make_unique<feed_reader::FeedReaderModel>();
}
