// The system's own file dialogs for the shell (AppPlatform::choose_file): Windows' common
// dialogs (windows_file_dialogs.cpp); on Linux the desktop's dialog through zenity or kdialog
// when one is installed (linux_file_dialogs.cpp), else none, and the shell asks for a path
// itself. The folder last used is remembered in a file of the data folder, so the next dialog
// starts there, also after a restart.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace stempush::native {

struct DialogRequest {
  bool save = false;
  std::string folder;                   // where the dialog starts
  std::string file_name;                // save: the suggested name
  std::vector<std::string> extensions;  // open: "csv", "json" (from the accept string)
};

// One per system. `available` is false when there is no dialog to show (Linux without zenity
// or kdialog); `show` returns the chosen path, nullopt if the user cancelled.
bool system_file_dialog_available();
std::optional<std::string> show_system_file_dialog(const DialogRequest& request);

class FileDialogs {
 public:
  // `memory_file`: where the last folder is kept; `fallback_folder`: the first dialog's folder.
  FileDialogs(std::string memory_file, std::string fallback_folder);
  // `accept`: the shell's filter, like ".csv,text/csv" (the extensions are used).
  std::optional<std::string> open(const std::string& accept);
  std::optional<std::string> save(const std::string& suggested_name);
  const std::string& last_folder() const { return last_folder_; }

 private:
  std::optional<std::string> remember(std::optional<std::string> chosen);
  std::string memory_file_, last_folder_;
};

// ".csv,text/csv" -> {"csv"}.
std::vector<std::string> extensions_of(const std::string& accept);

}  // namespace stempush::native
