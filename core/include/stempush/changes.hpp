// Change notifications: "section X changed, and why", delivered to every subscriber (models,
// views, the shell) when a workspace is loaded or cleared, on undo and redo, when an edit is
// committed, and when a hand-off lands in a section. A subscriber that cached figures computed
// from a section drops them here instead of polling a counter.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace stempush {

enum class ChangeCause {
  Loaded,     // a workspace was opened or imported (every section)
  Cleared,    // a new, empty workspace (every section)
  Committed,  // an edit by the section's own plugin or the profile page (EditHistory::commit)
  Undone,
  Redone,
  HandedOff,  // another plugin handed something to this section (PluginHost::hand_off)
  Replaced,   // Workspace::set_section called directly (tests, tools)
};

struct SectionChange {
  std::string section_id;  // "profile" or a plugin id
  ChangeCause cause;
};

using ChangeListener = std::function<void(const SectionChange&)>;

// Keeps a listener subscribed; destroying (or reset()) unsubscribes. Safe to outlive the
// workspace it came from.
class ChangeSubscription {
 public:
  ChangeSubscription() = default;
  ChangeSubscription(ChangeSubscription&&) noexcept = default;
  ChangeSubscription& operator=(ChangeSubscription&&) noexcept = default;
  ~ChangeSubscription() { reset(); }
  void reset();

 private:
  friend class ChangeNotifier;
  struct Slot {
    ChangeListener listener;
    bool active = true;
  };
  std::weak_ptr<Slot> slot_;
};

// The list of listeners; the workspace owns one.
class ChangeNotifier {
 public:
  ChangeSubscription subscribe(ChangeListener listener);
  // Calls every listener subscribed now; a listener may subscribe, unsubscribe or cause further
  // notifications while it runs.
  void notify(const SectionChange& change);

 private:
  std::vector<std::shared_ptr<ChangeSubscription::Slot>> slots_;
};

}  // namespace stempush
