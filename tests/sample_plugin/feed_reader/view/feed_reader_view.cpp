// Lists every published series with its latest point: the value, or that it is hidden because
// too few people are behind it. Each line is a named item so that tests read it.
#include <cstdio>

#include "imgui.h"
#include "stempush/i18n.hpp"
#include "stempush/plugin_view.hpp"
#include "stempush/ui/ui.hpp"

namespace feed_reader {
namespace {

class FeedReaderView : public stempush::PluginView {
 public:
  void draw(stempush::ViewContext& ctx) override {
    stempush::ui::page_header(stempush::tr("feed_reader.title"), stempush::tr("feed_reader.purpose"));
    const auto series = ctx.host().feeds();
    if (series.empty()) stempush::ui::empty_state(stempush::tr("feed_reader.empty"));
    for (const auto& s : series) {
      if (s.points.empty()) continue;
      const auto& last = s.points.back();
      std::string value = stempush::trf("feed_reader.hidden", {std::to_string(last.n)});
      if (last.value) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", *last.value);
        value = buf;
      }
      const std::string line = s.id + " " + last.date + ": " + value;
      ImGui::Selectable(line.c_str());
    }
  }
};

}  // namespace
}  // namespace feed_reader

std::unique_ptr<stempush::PluginView> stempush_make_feed_reader_view(stempush::PluginModel&) {
  return std::make_unique<feed_reader::FeedReaderView>();
}
