#include "windows_file_association.hpp"

#include <windows.h>

#include <shlobj.h>

#include "stempush/i18n.hpp"
#include "stempush/storage.hpp"
#include "windows_text.hpp"

namespace stempush::native {
namespace {
using windows::widen;

constexpr const wchar_t* kProgId = L"StemPush.Workspace";

// Sets HKCU\Software\Classes\<key> [value] = data (REG_SZ; REG_NONE when data is null).
bool set_class_value(const std::wstring& key, const wchar_t* value, const std::wstring* data) {
  HKEY handle;
  std::wstring path = L"Software\\Classes\\" + key;
  if (RegCreateKeyExW(HKEY_CURRENT_USER, path.c_str(), 0, nullptr, 0, KEY_SET_VALUE, nullptr, &handle, nullptr) != ERROR_SUCCESS)
    return false;
  LSTATUS status = data ? RegSetValueExW(handle, value, 0, REG_SZ, reinterpret_cast<const BYTE*>(data->c_str()),
                                         DWORD((data->size() + 1) * sizeof(wchar_t)))
                        : RegSetValueExW(handle, value, 0, REG_NONE, nullptr, 0);
  RegCloseKey(handle);
  return status == ERROR_SUCCESS;
}

bool register_file_type() {
  std::wstring exe(MAX_PATH * 4, L'\0');
  DWORD n = GetModuleFileNameW(nullptr, exe.data(), DWORD(exe.size()));
  if (n == 0 || n >= exe.size()) return false;
  exe.resize(n);
  const std::wstring name = widen(tr("native.file_type_name"));
  const std::wstring icon = L"\"" + exe + L"\",0";
  const std::wstring open = L"\"" + exe + L"\" \"%1\"";
  bool ok = set_class_value(kProgId, nullptr, &name) &&
            set_class_value(std::wstring(kProgId) + L"\\DefaultIcon", nullptr, &icon) &&
            set_class_value(std::wstring(kProgId) + L"\\shell\\open\\command", nullptr, &open) &&
            set_class_value(L".json\\OpenWithProgids", kProgId, nullptr) &&
            set_class_value(L"Applications\\stempush.exe\\shell\\open\\command", nullptr, &open);
  SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, nullptr, nullptr);
  return ok;
}
}  // namespace

void offer_file_association(const std::string& choice, const std::string& memory_file) {
  std::string answer = choice;
  if (answer.empty()) {
    try {
      if (read_file(memory_file)) return;  // asked before
    } catch (const StorageError&) {
      return;  // cannot tell: better not to ask at every start
    }
  }
  if (answer.empty() || answer == "ask") {
    int button = MessageBoxW(nullptr, widen(tr("native.file_type_question")).c_str(),
                             widen(tr("native.file_type_title")).c_str(), MB_YESNO | MB_ICONQUESTION);
    answer = button == IDYES ? "yes" : "no";
  }
  if (answer == "yes" && !register_file_type()) answer = "failed";
  try {
    write_file_atomic(memory_file, answer);
  } catch (const StorageError&) {
    // Asked again next time: harmless.
  }
}

}  // namespace stempush::native
