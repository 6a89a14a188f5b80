// Hand-offs: one plugin offers something to whichever installed plugin takes that kind of thing,
// without knowing it. The offering plugin names a generic kind ("change_idea.propose"), a text and
// a link back to its own item; the user sees the offer only when some installed plugin accepts
// that kind (PluginModel::accepted_handoffs). The accepting plugin stores the link. Removing
// either plugin loses nothing: the other's data stays, and a stored link whose plugin or item is
// gone shows as unavailable (PluginHost::link_available).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace stempush {

// The hand-off kind of a change idea proposed to whichever plugin tests changes (the offering
// plugins and the receiving one share this name, not each other's).
inline constexpr const char* kProposeChangeIdea = "change_idea.propose";

struct HandoffLink {
  std::string plugin_id;  // the plugin that owns the item
  std::string item_id;    // stable id inside that plugin
  std::string label;      // what to show for it (kept, so an unavailable link still reads well)
  bool operator==(const HandoffLink& o) const {
    return plugin_id == o.plugin_id && item_id == o.item_id && label == o.label;
  }
};

struct Handoff {
  std::string kind;    // "change_idea.propose"
  std::string text;    // what is handed over
  HandoffLink source;  // back to the offering plugin's item
};

// An item of one plugin that another may point to without knowing the plugin (a self-study
// indicator or dimension that a change idea addresses). The owning plugin lists them
// (PluginModel::linkable_items); the host fills link.plugin_id and gathers every plugin's
// (PluginHost::linkable_items). A stored link reads back through link_available like a hand-off's.
struct LinkableItem {
  HandoffLink link;   // item_id and label from the owner
  std::string group;  // a heading to group the item under in a picker ("Dimension: Belonging")
};

struct HandoffTarget {
  std::string plugin_id;
  std::string title_key;  // the accepting plugin's name (i18n key), for "Send to ..."
};

// A link in a section's JSON: {"plugin": ..., "item": ..., "label": ...}. from_json throws
// SectionError naming `path`.
nlohmann::json link_to_json(const HandoffLink& link);
HandoffLink link_from_json(const nlohmann::json& j, const std::string& path);

}  // namespace stempush
