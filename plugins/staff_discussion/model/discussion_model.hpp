// The staff-discussion plugin's model: owns DiscussionData, reads and writes the workspace
// section, and hands practice changes to whichever plugin takes change ideas (the improvement
// engine's driver diagram) through the core's hand-offs, keeping the link back.
#pragma once
#include <string>
#include <vector>

#include "staff_discussion/model/data.hpp"
#include "stempush/plugin.hpp"

namespace staff_discussion {

inline constexpr const char* kChangeIdeaKind = "change_idea.propose";

class DiscussionModel : public stempush::PluginModel {
 public:
  // 2: the month the program year starts in (year_start_month; schema 1 files get August).
  static constexpr int kSchemaVersion = 2;

  const stempush::PluginInfo& info() const override;
  int schema_version() const override { return kSchemaVersion; }
  nlohmann::json migrate(nlohmann::json data, int from_version) const override;
  void from_json(const nlohmann::json& data) override;
  nlohmann::json to_json() const override;
  void clear() override;
  std::vector<std::string> check() const override;
  // Another plugin's link to a practice change ("s1/c7") resolves while the change exists.
  bool has_item(std::string_view item_id) const override;

  DiscussionData& data() { return data_; }
  const DiscussionData& data() const { return data_; }

  // What a practice change offers: kind change_idea.propose, its text, and the link back to it.
  stempush::Handoff change_idea_offer(const Session& s, const PracticeChange& c) const;
  // Stores where the change idea went (after a hand-off succeeded); false if the change is gone.
  bool record_change_idea(const std::string& session_id, const std::string& change_id, const std::string& plugin_id,
                          const std::string& item_id);
  // The whole action in one call (CLI, tests): hand the change to `target_plugin` and record the
  // link. Throws std::invalid_argument with a sentence (no such change, no host, refused).
  stempush::HandoffLink send_change_idea(const std::string& session_id, const std::string& change_id,
                                        const std::string& target_plugin);
  // Whether the change idea a practice change became still exists (its plugin installed, the
  // idea not removed). False for a change never sent.
  bool change_idea_available(const PracticeChange& c) const;

 private:
  DiscussionData data_;
};

// Section JSON without the PluginModel wrapper. Throws stempush::SectionError naming the field.
nlohmann::json data_to_json(const DiscussionData& data);
DiscussionData data_from_json(const nlohmann::json& j);

}  // namespace staff_discussion
