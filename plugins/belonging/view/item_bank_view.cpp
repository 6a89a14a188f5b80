// The survey item editor on the plan page: the default bank read-only, the program's own items
// editable (text in both languages, subscale, scale points, reverse scoring).
#include "view_state.hpp"

namespace belonging::view {
namespace {

// How many answers (before and after) an item has: items with answers keep their scale, and are
// never deleted, so no student's answer is lost.
size_t answers_for(const BelongingData& data, const std::string& item_id) {
  size_t n = 0;
  for (const Survey* survey : {&data.pre, &data.post})
    for (auto& r : survey->responses) n += r.answers.count(item_id);
  return n;
}

}  // namespace

// The survey items: the default bank read-only (with reverse-scored items marked), and the
// program's own items, which staff add and edit here. Pre and post surveys use the same items.
void draw_item_bank(State& s, stempush::ViewContext& ctx) {
  ItemBank& bank = s.data().bank;
  if (!ImGui::CollapsingHeader(T("items.title"))) return;
  ui::help_text(T("items.help"));
  int remove = -1;
  int number = 0;
  for (size_t i = 0; i < bank.items.size(); ++i) {
    Item& item = bank.items[i];
    const std::string n = std::to_string(++number);
    const Subscale* sub = bank.find_subscale(item.subscale);
    const std::string where = sub ? sub->name.en : item.subscale;
    ImGui::PushID(static_cast<int>(i));
    if (!item.custom) {
      ImGui::BulletText("%s  (%s, %d %s%s)", item.text.en.c_str(), where.c_str(), item.points, T("items.points"),
                        item.reverse ? T("items.reverse_mark") : "");
      ImGui::PopID();
      continue;
    }
    ImGui::Separator();
    ui::section_heading(TF("items.own_n", {n}).c_str());
    if (ui::text_field(TF("items.text_en_n", {n}).c_str(), &item.text.en, T("items.text_hint"), field_width()))
      s.commit(ctx, T("items.edit"), "items.en." + item.id);
    if (ui::text_field(TF("items.text_es_n", {n}).c_str(), &item.text.es, T("items.text_es_hint"), field_width()))
      s.commit(ctx, T("items.edit"), "items.es." + item.id);
    ImGui::SetNextItemWidth(field_width());
    if (ImGui::BeginCombo("##subscale", where.c_str())) {
      for (auto& option : bank.subscales)
        if (ImGui::Selectable(option.name.en.c_str(), option.id == item.subscale)) {
          item.subscale = option.id;
          s.commit(ctx, T("items.edit"));
        }
      ImGui::EndCombo();
    }
    ui::label_last_item(TF("items.subscale_n", {n}).c_str());
    const size_t answered = answers_for(s.data(), item.id);
    ImGui::BeginDisabled(answered > 0);
    int points = item.points;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::SliderInt("##points", &points, 4, 7, T("items.points_format")) && points != item.points) {
      item.points = points;
      item.labels = new_custom_item(bank, item.subscale, points).labels;
      s.commit(ctx, T("items.edit"), "items.points." + item.id);
    }
    ui::label_last_item(TF("items.points_n", {n}).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Checkbox(T("items.reverse"), &item.reverse)) s.commit(ctx, T("items.edit"));
    ui::label_last_item(TF("items.reverse_n", {n}).c_str());
    for (auto& problem : item_problems(item, bank)) ui::help_text(problem.c_str());
    if (answered > 0) {
      ui::help_text(TF("items.has_answers", {std::to_string(answered)}).c_str());
    } else if (named_button(T("plan.remove"), TF("items.remove_n", {n}))) {
      remove = static_cast<int>(i);
    }
    ImGui::PopID();
  }
  if (remove >= 0) {
    s.pending_remove_index = remove;
    ImGui::OpenPopup(T("items.remove_title"));
  }
  if (ui::confirm_dialog(T("items.remove_title"), T("items.remove_confirm"), T("items.remove")) &&
      s.pending_remove_index >= 0 && size_t(s.pending_remove_index) < bank.items.size() &&
      bank.items[s.pending_remove_index].custom) {
    bank.items.erase(bank.items.begin() + s.pending_remove_index);
    s.commit_responses(ctx, T("items.remove"));
  }
  ImGui::Spacing();
  if (ImGui::Button(T("items.add")) && !bank.subscales.empty()) {
    bank.items.push_back(new_custom_item(bank, bank.subscales.front().id, 5));
    s.commit_responses(ctx, T("items.add"));
  }
}

}  // namespace belonging::view
