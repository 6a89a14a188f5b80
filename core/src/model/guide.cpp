#include "stempush/guide.hpp"

namespace stempush {
namespace {

// The three parts' key suffixes, built on the plugin's prefix (never literal keys: the prefix
// is the plugin's).
constexpr const char* kWhat = ".what";
constexpr const char* kSteps = ".steps";
constexpr const char* kData = ".data";

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = trimmed(text.substr(start, end - start));
    if (!line.empty()) out.push_back(std::move(line));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::optional<PluginGuide> plugin_guide(const PluginInfo& info, i18n::Language lang) {
  if (info.guide_key.empty()) return std::nullopt;
  const std::string what = info.guide_key + kWhat, steps = info.guide_key + kSteps, data = info.guide_key + kData;
  if (!i18n::has(lang, what) || !i18n::has(lang, steps) || !i18n::has(lang, data)) return std::nullopt;
  PluginGuide guide{trimmed(i18n::tr_in(lang, what)), lines_of(i18n::tr_in(lang, steps)), trimmed(i18n::tr_in(lang, data))};
  if (guide.what.empty() || guide.steps.empty() || guide.data.empty()) return std::nullopt;
  return guide;
}

std::vector<std::string> guide_problems(const PluginInfo& info, i18n::Language lang) {
  const std::string language = i18n::language_code(lang);
  if (info.guide_key.empty()) return {info.id + ": names no guide (PluginInfo::guide_key)"};
  std::vector<std::string> problems;
  for (const char* part : {kWhat, kSteps, kData}) {
    const std::string key = info.guide_key + part;
    if (!i18n::has(lang, key) || trimmed(i18n::tr_in(lang, key)).empty())
      problems.push_back(info.id + ": no \"" + key + "\" in the " + language + " catalog");
  }
  if (auto guide = plugin_guide(info, lang);
      guide && (guide->steps.size() < kGuideMinSteps || guide->steps.size() > kGuideMaxSteps))
    problems.push_back(info.id + ": the " + language + " guide has " + std::to_string(guide->steps.size()) +
                       " steps (" + std::to_string(kGuideMinSteps) + " to " + std::to_string(kGuideMaxSteps) +
                       " expected)");
  return problems;
}

}  // namespace stempush
