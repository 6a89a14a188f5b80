// A test-only plugin that takes hand-offs of kind "change_idea.propose" (as a future improvement
// engine would) and reads the other plugins' measure feeds. It proves the platform's services
// work between plugins that do not know each other, and that every view extension point works.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "stempush/plugin.hpp"

namespace sample_ideas {

inline constexpr const char* kProposeKind = "change_idea.propose";

struct Idea {
  std::string id;
  std::string text;
  std::optional<stempush::HandoffLink> source;  // where it came from, if handed over
};

class IdeasModel : public stempush::PluginModel {
 public:
  const stempush::PluginInfo& info() const override;
  int schema_version() const override { return 1; }
  void from_json(const nlohmann::json& data) override;
  nlohmann::json to_json() const override;
  void clear() override;
  std::vector<std::string> accepted_handoffs() const override { return {kProposeKind}; }
  std::string accept_handoff(const stempush::Handoff& handoff) override;
  bool has_item(std::string_view item_id) const override;

  std::string add(std::string text);  // returns the new idea's id
  // Ids of the series the core offers (read through the host), for the view and the tests.
  std::vector<std::string> feed_ids() const;

  std::vector<Idea> ideas;
  bool show_sources = true;  // its settings section edits this
  int changes_heard = 0;     // section changes heard through the host since attach

 protected:
  void attached() override;

 private:
  int next_id_ = 1;
  stempush::ChangeSubscription subscription_;
};

}  // namespace sample_ideas
