// Drawing hand-offs (see stempush/handoff.hpp): the offering plugin calls handoff_buttons() next to
// its item; the accepting plugin shows its stored links with link_text().
#pragma once
#include <string>

#include "stempush/handoff.hpp"
#include "stempush/plugin_view.hpp"

namespace stempush::ui {

// One "Send to <plugin>" button per installed plugin that accepts handoff.kind, and nothing at
// all when none does. A click hands it over and says so in a toast (or why it was refused).
// Returns true on the frame it was handed over; `sent` (optional) then receives the link to the
// new item in the accepting plugin (its id, the new item's id, handoff.text), so the offering
// plugin can keep a link to what its item became.
// `item_name` (optional) tells repeated buttons apart for automation and screen readers:
// "Send “Bus passes” to Improvement" instead of every row's "Send to Improvement".
bool handoff_buttons(ViewContext& ctx, const Handoff& handoff, HandoffLink* sent = nullptr, const char* item_name = nullptr);

// A stored link's label, marked "(no longer available)" when its plugin or item is gone.
std::string link_text(ViewContext& ctx, const HandoffLink& link);

}  // namespace stempush::ui
