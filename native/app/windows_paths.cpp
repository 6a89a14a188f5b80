// Where the desktop app keeps its data on Windows: %APPDATA%\STEM PUSH Toolkit (the roaming
// profile, so the workspace follows the user between a school's machines), and where exports
// are offered: the Documents folder.
#include <windows.h>

#include <shlobj.h>

#include "paths.hpp"
#include "windows_text.hpp"

namespace stempush::native {
namespace {
std::string known_folder(REFKNOWNFOLDERID id) {
  wchar_t* path = nullptr;
  std::string out;
  if (SUCCEEDED(SHGetKnownFolderPath(id, KF_FLAG_CREATE, nullptr, &path))) out = windows::narrow(path);
  CoTaskMemFree(path);
  return out;
}
}  // namespace

std::string data_folder() {
  std::string base = known_folder(FOLDERID_RoamingAppData);
  return (base.empty() ? std::string(".") : base) + "\\STEM PUSH Toolkit";
}

std::string documents_folder() {
  std::string docs = known_folder(FOLDERID_Documents);
  return docs.empty() ? "." : docs;
}
}  // namespace stempush::native
