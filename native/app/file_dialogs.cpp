#include "file_dialogs.hpp"

#include "paths.hpp"
#include "stempush/storage.hpp"

namespace stempush::native {

std::vector<std::string> extensions_of(const std::string& accept) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= accept.size()) {
    size_t end = accept.find(',', start);
    if (end == std::string::npos) end = accept.size();
    std::string part = accept.substr(start, end - start);
    if (part.size() > 1 && part[0] == '.') out.push_back(part.substr(1));
    start = end + 1;
  }
  return out;
}

FileDialogs::FileDialogs(std::string memory_file, std::string fallback_folder)
    : memory_file_(std::move(memory_file)), last_folder_(std::move(fallback_folder)) {
  try {
    if (auto saved = read_file(memory_file_); saved && !saved->empty()) last_folder_ = *saved;
  } catch (const StorageError&) {
    // Unreadable memory: start in the fallback folder.
  }
}

std::optional<std::string> FileDialogs::open(const std::string& accept) {
  DialogRequest request;
  request.folder = last_folder_;
  request.extensions = extensions_of(accept);
  return remember(show_system_file_dialog(request));
}

std::optional<std::string> FileDialogs::save(const std::string& suggested_name) {
  DialogRequest request;
  request.save = true;
  request.folder = last_folder_;
  request.file_name = suggested_name;
  return remember(show_system_file_dialog(request));
}

std::optional<std::string> FileDialogs::remember(std::optional<std::string> chosen) {
  if (!chosen) return chosen;
  last_folder_ = folder_of(*chosen);
  try {
    write_file_atomic(memory_file_, last_folder_);
  } catch (const StorageError&) {
    // Not remembered across restarts; this session still starts the next dialog there.
  }
  return chosen;
}

}  // namespace stempush::native
