// The shell's modal dialogs: About, new workspace, start-up recovery report, import refused /
// confirm, and the native path prompt for files offered or picked.
#include "app_impl.hpp"
#include "core_fonts.hpp"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "stempush/i18n.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush {

void App::Impl::dialogs() {
  if (open_about) ImGui::OpenPopup(tr("about.title"));
  if (open_new_confirm) ImGui::OpenPopup(tr("app.new_confirm_title"));
  if (open_startup_report) ImGui::OpenPopup(tr("app.recovered_title"));
  if (open_import_error) ImGui::OpenPopup(tr("app.import_error_title"));
  if (open_import_confirm) ImGui::OpenPopup(tr("app.import_confirm_title"));
  if (prompt.open) ImGui::OpenPopup(tr(prompt.for_save ? "app.save_as_title" : "app.open_title"));
  open_about = open_new_confirm = open_startup_report = open_import_error = open_import_confirm = false;
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  const float wrap = ImGui::GetFontSize() * 30;

  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("about.title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ui::push_font(ui::Font::Heading);
    ImGui::TextUnformatted(tr("app.title"));
    ui::pop_font();
    const std::string version = std::string(tr("about.version")) + " " + STEMPUSH_VERSION + " · " + platform.platform_name;
    ImGui::TextUnformatted(version.c_str());
    ui::name_last_region("##version", version);  // read by tests and screen readers
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextWrapped("%s", tr("about.text"));
    ImGui::PopTextWrapPos();
    ui::section_heading(tr("about.licenses"));
    std::string_view licenses = core_fonts::asset("LICENSES.txt");
    ImGui::BeginChild("licenses", ImVec2(wrap, ImGui::GetTextLineHeight() * 12), ImGuiChildFlags_Border);
    ImGui::TextUnformatted(licenses.data(), licenses.data() + licenses.size());
    ImGui::EndChild();
    if (ImGui::Button(tr("app.close")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (ui::confirm_dialog(tr("app.new_confirm_title"), tr("app.new_confirm"), tr("app.new_confirm_button")))
    new_workspace();

  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("app.recovered_title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(wrap);
    for (auto& m : startup_messages) ImGui::TextWrapped("%s", m.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("app.ok"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("app.import_error_title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextWrapped("%s", import_error.c_str());
    ImGui::Spacing();
    ui::help_text(tr("app.import_error_kept"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("app.ok")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(tr("app.import_confirm_title"), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextWrapped("%s", pending_import_summary.c_str());
    ImGui::PopTextWrapPos();
    if (ui::danger_button(tr("app.import_replace"))) {
      apply_import();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("app.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
      pending_import_bytes.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  const char* prompt_title = tr(prompt.for_save ? "app.save_as_title" : "app.open_title");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(prompt_title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    prompt.open = false;
    ui::FieldOptions path;
    path.width = wrap;
    path.flags = ImGuiInputTextFlags_EnterReturnsTrue;
    path.name = tr("app.file_path");
    path.activate = ImGui::IsWindowAppearing();
    bool enter = ui::labelled_field(tr(prompt.for_save ? "app.save_as_text" : "app.open_text"), &prompt.path, path);
    bool ok = ui::primary_button(tr(prompt.for_save ? "app.save" : "app.open")) || enter;
    ImGui::SameLine();
    if (ImGui::Button(tr("app.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    if (ok) {
      auto on_file = prompt.on_file;  // a copy: the callback may start another prompt
      bool done = prompt.for_save
                      ? save_file(prompt.path, prompt.bytes)
                      : open_file(prompt.path, prompt.path.substr(prompt.path.rfind('/') + 1), on_file);
      if (done) ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace stempush
