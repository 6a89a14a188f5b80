// The workspace folder and exports on Windows: the functions core/src/model/posix_files.cpp
// implements elsewhere, with Windows' semantics. Paths are UTF-8 in the toolkit and UTF-16 at
// the API. An atomic replace is: write a temp file in the same folder, flush it to the disk
// (fflush + _commit), then MoveFileExW with REPLACE_EXISTING (Windows' rename refuses an
// existing target) and WRITE_THROUGH (returns only once the move is on disk).
#include <windows.h>

#include <io.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "stempush/storage.hpp"
#include "windows_text.hpp"

namespace stempush {
namespace {
using windows::last_error_text;
using windows::widen;

std::string sys_error(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + last_error_text();
}

bool replace_file(const std::string& from, const std::string& to) {
  return MoveFileExW(widen(from).c_str(), widen(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
}
}  // namespace

void write_file_atomic(const std::string& path, std::string_view bytes,
                       const std::function<void(size_t)>& on_partial_write) {
  const std::string tmp = path + ".tmp-" + std::to_string(GetCurrentProcessId());
  FILE* f = _wfopen(widen(tmp).c_str(), L"wb");
  if (!f) throw StorageError("cannot write " + tmp + ": " + std::strerror(errno));
  auto discard = [&] {
    std::fclose(f);
    DeleteFileW(widen(tmp).c_str());
  };
  size_t done = 0;
  try {
    while (done < bytes.size()) {
      size_t chunk = std::min<size_t>(bytes.size() - done, 64 * 1024);
      size_t n = std::fwrite(bytes.data() + done, 1, chunk, f);
      if (n != chunk) throw StorageError("cannot write " + tmp + ": " + std::strerror(errno));
      done += n;
      if (on_partial_write) on_partial_write(done);
    }
    if (std::fflush(f) != 0 || _commit(_fileno(f)) != 0)
      throw StorageError("cannot flush " + tmp + ": " + std::strerror(errno));
  } catch (...) {
    discard();
    throw;
  }
  if (std::fclose(f) != 0) {
    DeleteFileW(widen(tmp).c_str());
    throw StorageError("cannot close " + tmp);
  }
  if (!replace_file(tmp, path)) {
    std::string msg = sys_error("cannot replace", path);
    DeleteFileW(widen(tmp).c_str());
    throw StorageError(msg);
  }
}

bool detail::temp_file_is_stale(const std::string& path, unsigned long pid, double max_age_s) {
  WIN32_FILE_ATTRIBUTE_DATA info;
  if (!GetFileAttributesExW(widen(path).c_str(), GetFileExInfoStandard, &info)) return false;
  FILETIME now_ft;
  GetSystemTimeAsFileTime(&now_ft);
  auto ticks = [](const FILETIME& t) { return (static_cast<ULONGLONG>(t.dwHighDateTime) << 32) | t.dwLowDateTime; };
  const double age_s = static_cast<double>(ticks(now_ft) - ticks(info.ftLastWriteTime)) / 1e7;  // 100 ns ticks
  if (age_s > max_age_s) return true;
  if (pid == GetCurrentProcessId()) return true;
  HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
  if (!process) return GetLastError() == ERROR_INVALID_PARAMETER;  // no process with that id
  DWORD code = 0;
  const bool ended = GetExitCodeProcess(process, &code) && code != STILL_ACTIVE;
  CloseHandle(process);
  return ended;
}

std::optional<std::string> read_file(const std::string& path) { return read_file(path, SIZE_MAX); }

std::optional<std::string> read_file(const std::string& path, size_t max_bytes) {
  FILE* f = _wfopen(widen(path).c_str(), L"rb");
  if (!f) {
    if (errno == ENOENT) return std::nullopt;
    throw StorageError("cannot read " + path + ": " + std::strerror(errno));
  }
  return detail::read_and_close(f, path, max_bytes);
}

size_t detail::device_memory_bytes() {
  MEMORYSTATUSEX status;
  status.dwLength = sizeof status;
  if (!GlobalMemoryStatusEx(&status)) return size_t(1) << 30;  // unknown: assume a small laptop's share
  return size_t(status.ullTotalPhys / 4);
}

DirectoryStorage::DirectoryStorage(std::string folder) : folder_(std::move(folder)) {
  while (folder_.size() > 3 && (folder_.back() == '/' || folder_.back() == '\\')) folder_.pop_back();
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(widen(folder_)), ec);
  if (ec) throw StorageError("cannot create folder " + folder_ + ": " + ec.message());
}

std::string DirectoryStorage::path(const std::string& name) const {
  if (name.empty() || name.find_first_of("/\\:") != std::string::npos || name == "." || name == "..")
    throw StorageError("invalid file name: " + name);
  return folder_ + "\\" + name;
}

void DirectoryStorage::rename(const std::string& from, const std::string& to) {
  if (!replace_file(path(from), path(to))) throw StorageError(sys_error("cannot rename", path(from)));
}

void DirectoryStorage::remove(const std::string& name) {
  if (!DeleteFileW(widen(path(name)).c_str())) {
    DWORD code = GetLastError();
    if (code != ERROR_FILE_NOT_FOUND && code != ERROR_PATH_NOT_FOUND)
      throw StorageError("cannot remove " + path(name) + ": " + last_error_text(code));
  }
}

std::vector<std::string> DirectoryStorage::list() {
  std::vector<std::string> names;
  WIN32_FIND_DATAW entry;
  HANDLE found = FindFirstFileW(widen(folder_ + "\\*").c_str(), &entry);
  if (found == INVALID_HANDLE_VALUE) throw StorageError(sys_error("cannot list", folder_));
  do {
    std::string n = windows::narrow(entry.cFileName);
    if (n != "." && n != "..") names.push_back(n);
  } while (FindNextFileW(found, &entry));
  FindClose(found);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace stempush
