// The Dear ImGui half of a plugin. Only the app links views; models never include this file.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "stempush/plugin.hpp"

namespace stempush {

struct ProgramProfile;

// What a view may ask of the app shell while drawing. One ViewContext per plugin.
class ViewContext {
 public:
  virtual ~ViewContext() = default;

  // Call after the view changed its model: the host saves the section, records an undo step
  // and schedules an autosave. Consecutive commits with the same non-empty merge_key (typing in
  // one text field) become one undo step.
  virtual void commit(std::string_view undo_label, std::string_view merge_key = {}) = 0;

  // A short message at the bottom of the window ("Report saved", or an error).
  virtual void toast(std::string message, bool is_error = false) = 0;

  // Hand bytes to the user as a file: a browser download on the web, a path prompt natively.
  virtual void offer_file(std::string suggested_name, std::string mime, std::string bytes) = 0;
  // Ask the user for a file to read; `on_file(name, bytes)` runs on a later frame, or never if
  // the user cancels. `accept` is a list like ".csv,text/csv".
  virtual void pick_file(std::string accept,
                         std::function<void(std::string name, std::string bytes)> on_file) = 0;

  // Full-screen mode hides the menu bar and sidebar (presenter view, kiosk). While
  // `locked` is true the shell offers no way out; the plugin must provide one (a staff PIN).
  virtual void set_fullscreen(bool on, bool locked = false) = 0;

  // Keep drawing frames (count-downs, animations) instead of waiting for input.
  virtual void request_redraw() = 0;

  virtual const ProgramProfile& profile() const = 0;
  virtual double now_seconds() const = 0;  // monotonic clock, for count-downs
};

class PluginView {
 public:
  virtual ~PluginView() = default;
  // Draw the plugin's page inside the content area (a child window already begun by the shell).
  virtual void draw(ViewContext& ctx) = 0;
};

using PluginViewFactory = std::unique_ptr<PluginView> (*)(PluginModel& model);

}  // namespace stempush
