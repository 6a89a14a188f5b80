// Windows' common Open and Save As dialogs (comdlg32), in the user's language, starting in the
// folder last used; Save As asks before replacing a file.
#include <windows.h>

#include <commdlg.h>

#include "file_dialogs.hpp"
#include "windows_text.hpp"

namespace stempush::native {

bool system_file_dialog_available() { return true; }

std::optional<std::string> show_system_file_dialog(const DialogRequest& request) {
  // The filter is pairs of NUL-terminated strings ending in an extra NUL:
  // "*.csv\0*.csv\0All files\0*.*\0\0".
  std::wstring filter;
  if (!request.extensions.empty()) {
    std::wstring patterns;
    for (auto& e : request.extensions) patterns += (patterns.empty() ? L"*." : L";*.") + windows::widen(e);
    filter += patterns + L'\0' + patterns + L'\0';
  }
  filter += std::wstring(L"*.*") + L'\0' + L"*.*" + L'\0' + L'\0';

  std::wstring folder = windows::widen(request.folder);
  std::wstring file(32768, L'\0');  // the longest path Windows allows
  std::wstring name = windows::widen(request.file_name);
  name.copy(file.data(), name.size());

  OPENFILENAMEW ofn{};
  ofn.lStructSize = sizeof ofn;
  ofn.hwndOwner = GetActiveWindow();
  ofn.lpstrFilter = filter.c_str();
  ofn.lpstrFile = file.data();
  ofn.nMaxFile = DWORD(file.size());
  ofn.lpstrInitialDir = folder.empty() ? nullptr : folder.c_str();
  ofn.Flags = OFN_EXPLORER | OFN_NOCHANGEDIR |
              (request.save ? OFN_OVERWRITEPROMPT | OFN_PATHMUSTEXIST : OFN_FILEMUSTEXIST);
  BOOL chosen = request.save ? GetSaveFileNameW(&ofn) : GetOpenFileNameW(&ofn);
  if (!chosen) return std::nullopt;
  return windows::narrow(file.c_str());
}

}  // namespace stempush::native
