// Spaces: where the program takes its outreach (library branch, barbershop, family event...), the
// community each reaches, a contact, a status and which are new this year; and the materials,
// each checked against the package's redesign checklist.
#include <algorithm>

#include "recruitment/model/checklist.hpp"
#include "recruitment/model/exports.hpp"
#include "view.hpp"

namespace recruitment::view {
namespace {

bool kind_combo(const char* label, const std::vector<std::string>& kinds, const char* key_prefix, std::string* kind) {
  bool changed = false;
  auto name = [&](const std::string& k) {
    return k.empty() ? std::string(T("none")) : std::string(stempush::tr(std::string("recruitment.") + key_prefix + k));
  };
  const bool open = ImGui::BeginCombo(label, name(*kind).c_str());
  ui::label_last_item(label);
  if (open) {
    for (auto& k : kinds)
      if (ImGui::Selectable(name(k).c_str(), k == *kind)) *kind = k, changed = true;
    ImGui::EndCombo();
  }
  return changed;
}

}  // namespace

void draw_spaces(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  ui::help_text(T("spaces.help"));
  ui::text_field(T("spaces.new"), &s.new_space, T("spaces.new_hint"), ImGui::GetFontSize() * 18);
  ImGui::SameLine();
  ImGui::BeginDisabled(stempush::table_import::fold_header(s.new_space).empty());
  if (ui::primary_button(T("spaces.add"))) {
    Space sp;
    sp.id = d.new_id("s");
    sp.name = s.new_space;
    sp.is_new = true;  // a space added now is one the program is trying this year
    d.spaces.push_back(sp);
    s.new_space.clear();
    s.commit(ctx, T("spaces.add"));
  }
  ImGui::EndDisabled();
  if (!d.spaces.empty()) {
    ImGui::SameLine();
    if (ImGui::Button(T("spaces.export_csv"))) ctx.offer_file("outreach-spaces.csv", "text/csv", spaces_csv(d));
  }
  if (d.spaces.empty()) {
    ui::empty_state(T("spaces.empty"), T("spaces.empty_hint"));
    return;
  }
  int new_count = 0, partners = 0;
  for (auto& sp : d.spaces) new_count += sp.is_new, partners += sp.status == SpaceStatus::Partner;
  ImGui::TextWrapped("%s", TF("spaces.summary", {TN("spaces.count", static_cast<long long>(d.spaces.size())), TN("spaces.new_count", new_count),
                                                    TN("spaces.partners", partners)}).c_str());
  const float w = ImGui::GetFontSize() * 14;
  for (auto& sp : d.spaces) {
    ImGui::PushID(sp.id.c_str());
    const std::string header = sp.name + (sp.is_new ? "  (" + std::string(T("spaces.new_badge")) + ")" : "") + "###space";
    if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      ui::label_last_item(TF("spaces.space_named", {sp.name}).c_str());
      if (ui::labelled_field(T("spaces.name"), &sp.name, {nullptr, w, 0, 0, TF("spaces.name_of", {sp.name}).c_str()}))
        s.commit(ctx, T("spaces.edit"), "space.name." + sp.id);
      ImGui::SetNextItemWidth(w);
      if (kind_combo(TF("spaces.kind_of", {sp.name}).c_str(), kSpaceKinds, "space_kind.", &sp.kind)) s.commit(ctx, T("spaces.edit"));
      ImGui::SetNextItemWidth(w);
      if (community_combo(TF("spaces.community_of", {sp.name}).c_str(), d, &sp.community, true)) s.commit(ctx, T("spaces.edit"));
      if (ui::labelled_field(T("spaces.contact"), &sp.contact, {nullptr, w, 0, 0, TF("spaces.contact_of", {sp.name}).c_str()}))
        s.commit(ctx, T("spaces.edit"), "space.contact." + sp.id);
      int status = int(sp.status);
      for (int i = 0; i < 4; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton(T((std::string("status.") + space_status_id(SpaceStatus(i))).c_str()), &status, i)) {
          sp.status = SpaceStatus(i);
          s.commit(ctx, T("spaces.edit"));
        }
        ui::label_last_item(TF("spaces.status_of", {sp.name, T((std::string("status.") + space_status_id(SpaceStatus(i))).c_str())}).c_str());
      }
      if (ImGui::Checkbox(T("spaces.is_new"), &sp.is_new)) s.commit(ctx, T("spaces.edit"));
      ui::label_last_item(TF("spaces.is_new_of", {sp.name}).c_str());
      if (ui::labelled_field(T("spaces.notes"), &sp.notes, {nullptr, -1, 2, 0, TF("spaces.notes_of", {sp.name}).c_str()}))
        s.commit(ctx, T("spaces.edit"), "space.notes." + sp.id);
      if (ui::named_button(T("remove"), TF("spaces.remove_of", {sp.name}))) {
        s.pending_remove = sp.id;
        ImGui::OpenPopup(T("spaces.remove_title"));
      }
      if (ui::confirm_dialog(T("spaces.remove_title"), T("spaces.remove_confirm"), T("remove")) && s.pending_remove == sp.id) {
        const std::string id = sp.id;
        ImGui::PopID();
        d.spaces.erase(std::remove_if(d.spaces.begin(), d.spaces.end(), [&](const Space& x) { return x.id == id; }), d.spaces.end());
        for (auto& e : d.events)
          if (e.space == id) e.space.clear();
        for (auto& st : d.students)  // the students keep where they heard of the program, as text
          if (st.source == id) st.source = "";
        s.commit(ctx, T("spaces.remove_title"));
        return;
      }
    }
    ImGui::PopID();
  }
}

void draw_materials(State& s, ViewContext& ctx) {
  RecruitmentData& d = s.data();
  ui::help_text(T("materials.help"));
  const std::vector<ChecklistItem> list = checklist(d);
  const bool es = stempush::i18n::language() == stempush::i18n::Language::Spanish;
  ui::text_field(T("materials.new"), &s.new_material, T("materials.new_hint"), ImGui::GetFontSize() * 18);
  ImGui::SameLine();
  ImGui::BeginDisabled(stempush::table_import::fold_header(s.new_material).empty());
  if (ui::primary_button(T("materials.add"))) {
    d.materials.push_back({d.new_id("m"), s.new_material, "flyer", {}, ""});
    s.new_material.clear();
    s.commit(ctx, T("materials.add"));
  }
  ImGui::EndDisabled();
  if (d.materials.empty()) ui::empty_state(T("materials.empty"), T("materials.empty_hint"));
  int ready = 0;
  for (auto& m : d.materials) ready += material_status(m, list).ready;
  if (!d.materials.empty())
    ImGui::TextWrapped("%s", TN("materials.summary", static_cast<long long>(d.materials.size()), {std::to_string(ready)}).c_str());
  for (auto& m : d.materials) {
    ImGui::PushID(m.id.c_str());
    const MaterialStatus st = material_status(m, list);
    const std::string header = m.name + "  \xe2\x80\x94  " + (st.ready ? std::string(T("materials.ready"))
                                                                         : TF("materials.missing_n", {std::to_string(st.missing.size())})) + "###material";
    if (ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      ui::label_last_item(TF("materials.material_named", {m.name}).c_str());
      if (ui::labelled_field(T("materials.name"), &m.name, {nullptr, ImGui::GetFontSize() * 18, 0, 0, TF("materials.name_of", {m.name}).c_str()}))
        s.commit(ctx, T("materials.edit"), "material.name." + m.id);
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
      if (kind_combo(TF("materials.kind_of", {m.name}).c_str(), kMaterialKinds, "material_kind.", &m.kind)) s.commit(ctx, T("materials.edit"));
      for (auto& item : list) {
        bool on = m.checked.count(item.id) > 0;
        const std::string text = es && !item.es.empty() ? item.es : item.en;
        if (ImGui::Checkbox((text + "##" + item.id).c_str(), &on)) {
          if (on) m.checked.insert(item.id);
          else m.checked.erase(item.id);
          s.commit(ctx, T("materials.check"));
        }
        ui::label_last_item(TF("materials.check_of", {text, m.name}).c_str());
        const std::string help = es && !item.help_es.empty() ? item.help_es : item.help_en;
        if (!help.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help.c_str());
      }
      if (st.ready) {
        ui::styled_text(ui::TextStyle::Success, T("materials.ready_sentence"));
      } else {
        std::string missing;
        for (auto& item : st.missing) missing += (missing.empty() ? "" : "; ") + (es && !item.es.empty() ? item.es : item.en);
        ui::styled_text(ui::TextStyle::Warning, TF("materials.still_missing", {missing}).c_str());
      }
      if (ui::named_button(T("remove"), TF("materials.remove_of", {m.name}))) {
        s.pending_remove = m.id;
        ImGui::OpenPopup(T("materials.remove_title"));
      }
      if (ui::confirm_dialog(T("materials.remove_title"), T("materials.remove_confirm"), T("remove")) && s.pending_remove == m.id) {
        const std::string id = m.id;
        ImGui::PopID();
        d.materials.erase(std::remove_if(d.materials.begin(), d.materials.end(), [&](const Material& x) { return x.id == id; }),
                          d.materials.end());
        for (auto& e : d.events) e.materials.erase(std::remove(e.materials.begin(), e.materials.end(), id), e.materials.end());
        s.commit(ctx, T("materials.remove_title"));
        return;
      }
    }
    ImGui::PopID();
  }
  ui::section_heading(T("materials.own_items"));
  ui::help_text(T("materials.own_items_help"));
  ui::text_field(T("materials.new_item"), &s.new_check_item, nullptr,
                 std::min(ImGui::GetFontSize() * 24, ImGui::GetContentRegionAvail().x));
  ui::same_line_if_fits(ui::button_width(T("materials.add_item")));
  ImGui::BeginDisabled(stempush::table_import::fold_header(s.new_check_item).empty());
  if (ImGui::Button(T("materials.add_item"))) {
    const std::string id = d.new_id("x");
    d.extra_checklist.push_back({id, s.new_check_item, es ? s.new_check_item : "", "", ""});
    if (es) d.extra_checklist.back().en = s.new_check_item;
    s.new_check_item.clear();
    s.commit(ctx, T("materials.add_item"));
  }
  ImGui::EndDisabled();
}

}  // namespace recruitment::view
