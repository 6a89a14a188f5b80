// A plugin's short guide, shown on the Help page in the UI's language.
//
// The core knows no plugin: each one names its guide in PluginInfo::guide_key ("<id>.guide") and
// its own i18n catalogs carry the three parts in English and Spanish:
//   "<id>.guide.what":  what the package is for (a short paragraph)
//   "<id>.guide.steps": how to use it, 4 to 8 steps, one per line ("\n"), without numbers
//   "<id>.guide.data":  where its data stays
// A unit test checks that every installed plugin has all three in both languages.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "stempush/i18n.hpp"
#include "stempush/plugin.hpp"

namespace stempush {

inline constexpr size_t kGuideMinSteps = 4, kGuideMaxSteps = 8;

struct PluginGuide {
  std::string what;
  std::vector<std::string> steps;  // in order, trimmed, none empty
  std::string data;
};

// The guide of the plugin in `lang` from the loaded catalogs; nullopt when the plugin names no
// guide or `lang`'s catalog lacks one of its parts (no fallback to English: the Help page shows
// the English guide with its (EN) tag instead).
std::optional<PluginGuide> plugin_guide(const PluginInfo& info, i18n::Language lang);

// What is wrong with a plugin's guide in `lang` (a missing part, too few or too many steps);
// empty when it is complete. For the tests and `stempush-cli validate`-style checks.
std::vector<std::string> guide_problems(const PluginInfo& info, i18n::Language lang);

}  // namespace stempush
