// Where the desktop app keeps its data: per the XDG Base Directory spec on Linux
// (xdg_paths.cpp), under %APPDATA% on Windows (windows_paths.cpp).
#pragma once
#include <string>

namespace stempush::native {
// Linux: $XDG_DATA_HOME/stempush-toolkit, or ~/.local/share/stempush-toolkit.
// Windows: %APPDATA%\STEM PUSH Toolkit.
std::string data_folder();
// Where exports are offered by default. Linux: ~/Documents if it exists, else the home folder.
// Windows: the Documents folder.
std::string documents_folder();

// Paths as the system writes them: Windows accepts both slashes, Linux only '/'.
#ifdef _WIN32
inline constexpr const char* kPathSeparators = "/\\";
#else
inline constexpr const char* kPathSeparators = "/";
#endif
// folder + the system's separator + name.
inline std::string path_join(const std::string& folder, const std::string& name) {
  return folder + kPathSeparators[std::char_traits<char>::length(kPathSeparators) - 1] + name;
}
// "C:\a\b.json" -> "C:\a" and "b.json"; a bare name -> "." and the name.
inline std::string folder_of(const std::string& path) {
  auto cut = path.find_last_of(kPathSeparators);
  return cut == std::string::npos ? "." : cut == 0 ? path.substr(0, 1) : path.substr(0, cut);
}
inline std::string file_name_of(const std::string& path) {
  auto cut = path.find_last_of(kPathSeparators);
  return cut == std::string::npos ? path : path.substr(cut + 1);
}
}  // namespace stempush::native
