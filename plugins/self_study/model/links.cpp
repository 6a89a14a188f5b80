// What other plugins may point to in the self-study (stempush/handoff.hpp): each dimension of the
// standards (a framework domain) and each indicator, so that a change idea in the improvement
// engine can say which one it addresses; and each improvement priority, which its change ideas
// link back to when they are handed off. Ids carry their kind ("indicator:a1") so that one
// has_item() answers for all three, and survive renames (they are the framework's own ids).
#include "self_study/model/self_study_model.hpp"
#include "stempush/i18n.hpp"

namespace self_study {
namespace {

constexpr std::string_view kDimension = "dimension:";
constexpr std::string_view kIndicator = "indicator:";
constexpr std::string_view kPriority = "priority:";

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

}  // namespace

std::string priority_item_id(std::string_view priority_id) { return std::string(kPriority) + std::string(priority_id); }

std::vector<stempush::LinkableItem> SelfStudyModel::linkable_items() const {
  std::vector<stempush::LinkableItem> items;
  for (auto& domain : labelled_framework().domains) {
    const std::string group = stempush::trf("self_study.link.group", {domain.title});
    items.push_back({{"", std::string(kDimension) + domain.id, stempush::trf("self_study.link.dimension", {domain.title})}, group});
    for (auto& standard : domain.standards)
      for (auto& indicator : standard.indicators)
        items.push_back({{"", std::string(kIndicator) + indicator.id,
                          stempush::trf("self_study.link.indicator", {indicator.id, indicator.text})},
                         group});
  }
  return items;
}

bool SelfStudyModel::has_item(std::string_view item_id) const {
  if (starts_with(item_id, kDimension)) return framework_.find_domain(item_id.substr(kDimension.size())) != nullptr;
  if (starts_with(item_id, kIndicator)) return framework_.find_indicator(item_id.substr(kIndicator.size())).indicator != nullptr;
  if (starts_with(item_id, kPriority)) return priority(item_id.substr(kPriority.size())) != nullptr;
  return false;
}

}  // namespace self_study
