// Files in and out of the shell: workspace import/export, a new workspace, and the download /
// file-picker service views use (the system's file dialog natively when it has one, else a path
// prompt).
#include "app_impl.hpp"
#include "stempush/csv.hpp"
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
  if (platform.choose_file) {
    if (auto chosen = platform.choose_file(true, name)) save_file(chosen->path, bytes);
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
  if (platform.choose_file) {
    if (auto chosen = platform.choose_file(false, accept)) open_file(chosen->path, chosen->name, on_file);
    return;
  }
  prompt = PathPrompt{};
  prompt.open = true;
  prompt.for_save = false;
  prompt.path = platform.default_export_folder.empty() ? "" : platform.default_export_folder + "/";
  prompt.on_file = std::move(on_file);
}
bool App::Impl::save_file(const std::string& path, const std::string& bytes) {
  try {
    write_file_atomic(path, bytes);
    toast(trf("app.file_saved", {path}));
    return true;
  } catch (const StorageError& e) {
    toast(e.what(), true);
    return false;
  }
}
bool App::Impl::open_file(const std::string& path, const std::string& name,
                          const std::function<void(std::string, std::string)>& on_file) {
  try {
    auto bytes = read_file(path, csv::max_import_bytes());  // a file too large is refused before it is read
    if (!bytes) throw StorageError(trf("app.no_such_file", {path}));
    if (on_file) on_file(name, *bytes);
    return true;
  } catch (const FileTooLargeError& e) {
    toast(trf("app.file_too_large", {name, csv::megabytes(e.bytes), csv::megabytes(csv::max_import_bytes())}), true);
    return false;
  } catch (const StorageError& e) {
    toast(e.what(), true);
    return false;
  }
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
