#include "stempush/changes.hpp"

namespace stempush {

void ChangeSubscription::reset() {
  if (auto slot = slot_.lock()) slot->active = false;
  slot_.reset();
}

ChangeSubscription ChangeNotifier::subscribe(ChangeListener listener) {
  auto slot = std::make_shared<ChangeSubscription::Slot>();
  slot->listener = std::move(listener);
  slots_.push_back(slot);
  ChangeSubscription subscription;
  subscription.slot_ = slot;
  return subscription;
}

void ChangeNotifier::notify(const SectionChange& change) {
  // Drop unsubscribed listeners, then call a copy of the list: a listener may subscribe or
  // notify again while it runs.
  std::vector<std::shared_ptr<ChangeSubscription::Slot>> kept;
  for (auto& slot : slots_)
    if (slot->active) kept.push_back(slot);
  slots_ = kept;
  for (auto& slot : kept)
    if (slot->active) slot->listener(change);
}

}  // namespace stempush
