// Files in and out of the shell: workspace import/export, a new workspace, and the download /
// file-picker service views use (a path prompt natively when the platform has none).
#include "app_impl.hpp"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"

namespace stempush {

void App::Impl::new_workspace() {
  autosave(true);
  workspace.clear();
  history.reset();
  last_edit_at = now();
  autosave(true);
  page = kProfilePage;
  toast(tr("app.new_workspace_done"));
}
void App::Impl::offer_file(std::string name, std::string mime, std::string bytes) {
  if (platform.download) {
    platform.download(name, mime, bytes);
    toast(trf("app.download_started", {name}));
    return;
  }
  prompt = PathPrompt{};
  prompt.open = true;
  prompt.for_save = true;
  prompt.path = platform.default_export_folder.empty() ? name : platform.default_export_folder + "/" + name;
  prompt.name = std::move(name);
  prompt.mime = std::move(mime);
  prompt.bytes = std::move(bytes);
}
void App::Impl::pick_file(std::string accept, std::function<void(std::string, std::string)> on_file) {
  if (platform.pick_file) {
    platform.pick_file(accept, std::move(on_file));
    return;
  }
  prompt = PathPrompt{};
  prompt.open = true;
  prompt.for_save = false;
  prompt.path = platform.default_export_folder.empty() ? "" : platform.default_export_folder + "/";
  prompt.on_file = std::move(on_file);
}
void App::Impl::export_workspace() {
  std::string name = "stempush-workspace-" + stempush::today_iso() + ".json";
  offer_file(name, "application/json", workspace.save());
}
// Validate an imported file on a scratch workspace; only a good one is offered for import.
void App::Impl::receive_import(const std::string& name, const std::string& bytes) {
  Workspace scratch(registry);
  try {
    auto notes = scratch.load(bytes);
    pending_import_bytes = bytes;
    pending_import_name = name;
    std::string program = scratch.profile().program_name.empty() ? tr("app.unnamed_program")
                                                                 : scratch.profile().program_name;
    pending_import_summary = trf("app.import_confirm", {name, program});
    for (auto& n : notes) pending_import_summary += "\n" + n;
    open_import_confirm = true;
  } catch (const WorkspaceError& e) {
    import_error = trf("app.import_refused", {name}) + "\n\n" + e.what();
    open_import_error = true;
    toast(trf("app.import_refused", {name}), true);
  }
}
void App::Impl::apply_import() {
  autosave(true);  // the current workspace becomes a backup before it is replaced
  try {
    auto notes = workspace.load(pending_import_bytes);
    history.reset();
    last_edit_at = now();
    autosave(true);
    toast(trf("app.import_done", {pending_import_name}));
  } catch (const WorkspaceError& e) {
    import_error = e.what();
    open_import_error = true;
  }
  pending_import_bytes.clear();
}

}  // namespace stempush
