// What the core offers every plugin model (PluginModel::host()) and view (ViewContext::host()):
// the data other plugins publish, the program's settings, change notifications and hand-offs.
// The Workspace implements it, so the CLI, the unit tests and the app all get the same services.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "stempush/changes.hpp"
#include "stempush/feeds.hpp"
#include "stempush/handoff.hpp"

namespace stempush {

class PluginHost {
 public:
  virtual ~PluginHost() = default;

  // Every installed plugin's measure series (ids "<plugin id>.<name>"), small groups suppressed
  // with min_group_size(). A fresh copy: readers cannot change what a publisher holds.
  virtual std::vector<MeasureSeries> feeds() const = 0;
  // The program's small-group threshold: every count below it is hidden (charts, exports, feeds).
  virtual int min_group_size() const = 0;

  // Tells `listener` about every section change until the subscription is dropped.
  virtual ChangeSubscription subscribe(ChangeListener listener) = 0;

  // The installed plugins that accept hand-offs of `kind`, in sidebar order (empty: offer nothing).
  virtual std::vector<HandoffTarget> handoff_targets(std::string_view kind) const = 0;
  // Hands `handoff` to `target_plugin`, which stores it; returns the new item's id there. Throws
  // std::invalid_argument (with a sentence) if the target is not installed, does not accept the
  // kind, or refuses the content. Listeners hear SectionChange{target, HandedOff}.
  virtual std::string hand_off(std::string_view target_plugin, const Handoff& handoff) = 0;
  // Every installed plugin's linkable items, in sidebar order, each with its plugin's id in
  // link.plugin_id (a picker of "what this addresses" in another plugin).
  virtual std::vector<LinkableItem> linkable_items() const = 0;
  // Whether the plugin a stored link points to is installed and still has the item.
  virtual bool link_available(const HandoffLink& link) const = 0;
};

}  // namespace stempush
