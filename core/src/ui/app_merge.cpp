// The "Merge from files…" dialog (Workspace menu): other devices' copies of the workspace (kiosk
// tablets, a colleague's ratings) into this one. It lists what each file adds per plugin and every
// conflict with a choice; nothing changes until Merge, which is one undo step. The work is the
// core's merge module (merge.hpp); this file only draws it.
#include "app_impl.hpp"
#include "imgui.h"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush {

void App::Impl::open_merge() {
  merge_state = MergeState{};
  merge_state.active = true;
}

void App::Impl::add_merge_file(const std::string& name, const std::string& bytes) {
  merge_state.files.push_back({name, bytes});
  refresh_merge();
}

// Recomputed after every change of files or choices: a choice for one file can change what the
// next file conflicts with. Conflicts with no choice yet show "Keep mine" selected.
void App::Impl::refresh_merge() {
  merge_state.error.clear();
  merge_state.preview.reset();
  if (merge_state.files.empty()) return;
  try {
    merge_state.preview = merge::preview(workspace, registry, merge_state.files, merge_state.choices, MergeChoice::KeepMine);
  } catch (const MergeError& e) {
    merge_state.error = e.what();
  }
}

void App::Impl::apply_merge() {
  if (!merge_state.preview) return;
  try {
    std::vector<std::string> changed = merge::apply(workspace, *merge_state.preview);
    if (history.commit_all(changed, tr("merge.undo_label"))) edited();
    // Choices remembered with no data changed are outside the undo history: save them now.
    if (changed.empty()) save_now();
    toast(!changed.empty() ? trn("merge.done", static_cast<long long>(merge_state.files.size()))
          : merge_state.preview->newly_settled.empty() ? std::string(tr("merge.done_nothing"))
                                                         : std::string(tr("merge.done_remembered")));
  } catch (const MergeError& e) {
    toast(e.what(), true);
  }
  merge_state = MergeState{};
}

void App::Impl::merge_dialog() {
  const char* title = tr("merge.title");
  // (Re)open while the merge is going on: a native path prompt for a file replaces the popup for
  // a moment, and the files and choices so far stay.
  if (merge_state.active && !prompt.open && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) ImGui::OpenPopup(title);
  const ImVec2 size = ImGui::GetMainViewport()->Size;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(size.x * 0.8f, size.y * 0.8f), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::TextWrapped("%s", tr("merge.intro"));
  if (ImGui::Button(tr("merge.pick")))
    pick_file(".json,application/json", [this](std::string name, std::string bytes) { add_merge_file(name, bytes); });
  ImGui::SameLine();
  ui::help_text(tr("merge.drop_hint"));  // both the native window and the browser page take drops
  if (merge_state.files.empty()) ui::help_text(tr("merge.no_files"));
  for (size_t i = 0; i < merge_state.files.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    ImGui::BulletText("%s", merge_state.files[i].name.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("merge.remove_file"))) {
      merge_state.files.erase(merge_state.files.begin() + static_cast<long>(i));
      merge_state.choices.clear();  // ids carry the file's number
      refresh_merge();
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  ImGui::Separator();
  ImGui::BeginChild("merge_plan", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.5f));
  if (!merge_state.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.2f, 0.2f, 1));
    ImGui::TextWrapped("%s", merge_state.error.c_str());
    ImGui::PopStyleColor();
  } else if (merge_state.preview && merge_state.preview->nothing_to_do() && merge_state.preview->conflicts() == 0) {
    ImGui::TextWrapped("%s", tr("merge.nothing"));
  }
  bool choice_changed = false;
  if (merge_state.preview) {
    for (auto& file : merge_state.preview->files) {
      if (file.sections.empty() && file.notes.empty()) continue;
      ui::section_heading(trf("merge.from_file", {file.name}).c_str());
      for (auto& section : file.sections) {
        ImGui::TextUnformatted(tr(section.title_key));
        ImGui::Indent();
        for (auto& added : section.plan.additions) ImGui::BulletText("%s", added.text().c_str());
        for (auto& c : section.plan.conflicts) {
          ImGui::PushID(c.id.c_str());
          ImGui::TextWrapped("%s", c.what.text().c_str());
          ImGui::Indent();
          ImGui::TextWrapped("%s", trf("merge.mine", {c.mine.text()}).c_str());
          ImGui::TextWrapped("%s", trf("merge.theirs", {c.theirs.text()}).c_str());
          const MergeChoice chosen = choice_for(merge_state.choices, c);
          auto option = [&](MergeChoice value, const char* key) {
            if (ImGui::RadioButton(tr(key), chosen == value)) {
              merge_state.choices[c.id] = value;
              choice_changed = true;
            }
          };
          option(MergeChoice::KeepMine, "merge.keep_mine");
          ImGui::SameLine();
          option(MergeChoice::TakeTheirs, "merge.take_theirs");
          if (c.can_keep_both) {
            ImGui::SameLine();
            option(MergeChoice::KeepBoth, "merge.keep_both");
          }
          ImGui::Unindent();
          ImGui::PopID();
        }
        ImGui::Unindent();
      }
      for (auto& note : file.notes) ui::help_text(note.text().c_str());
    }
  }
  ImGui::EndChild();
  if (choice_changed) refresh_merge();
  const bool can_merge = merge_state.preview && merge_state.error.empty() && !merge_state.preview->nothing_to_do();
  ImGui::BeginDisabled(!can_merge);
  if (ui::primary_button(tr("merge.apply"))) {
    apply_merge();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(tr("merge.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    merge_state = MergeState{};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace stempush
