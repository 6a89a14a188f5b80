// The workspace folder on a POSIX file system: Linux natively, and Emscripten's file system in
// the browser (its IndexedDB mount). Windows has its own implementation of the same functions in
// native/windows/windows_files.cpp, with Windows' replace semantics; the build picks one.
#include "stempush/storage.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#endif

namespace stempush {
namespace {

std::string sys_error(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

std::string parent_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

void make_dirs(const std::string& folder) {
  if (folder.empty()) return;
  std::string partial;
  size_t pos = 0;
  while (pos != std::string::npos) {
    pos = folder.find('/', pos + 1);
    partial = folder.substr(0, pos);
    if (partial.empty()) continue;
    if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST)
      throw StorageError(sys_error("cannot create folder", partial));
  }
}

// fsync the folder so that the rename itself survives a power cut (ext4 can otherwise leave a
// zero-length file). Some file systems refuse to fsync a folder; that is not an error here.
void sync_folder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void write_file_atomic(const std::string& path, std::string_view bytes,
                       const std::function<void(size_t)>& on_partial_write) {
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw StorageError(sys_error("cannot write", tmp));
  auto fail = [&](const std::string& msg) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw StorageError(msg);
  };
  size_t done = 0;
  try {
    while (done < bytes.size()) {
      // Write in chunks so the test hook can interrupt part way.
      size_t chunk = std::min<size_t>(bytes.size() - done, 64 * 1024);
      ssize_t n = ::write(fd, bytes.data() + done, chunk);
      if (n < 0) {
        if (errno == EINTR) continue;
        fail(sys_error("cannot write", tmp));
      }
      done += static_cast<size_t>(n);
      if (on_partial_write) on_partial_write(done);
    }
  } catch (const StorageError&) {
    throw;
  } catch (...) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw;
  }
  if (::fsync(fd) != 0) fail(sys_error("cannot flush", tmp));
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw StorageError(sys_error("cannot close", tmp));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string msg = sys_error("cannot replace", path);
    ::unlink(tmp.c_str());
    throw StorageError(msg);
  }
  sync_folder(parent_of(path));
}

bool detail::temp_file_is_stale(const std::string& path, unsigned long pid, double max_age_s) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  if (std::difftime(std::time(nullptr), st.st_mtime) > max_age_s) return true;
  // In the browser every module has the same pid and saves are synchronous, so a temp file there
  // is always a leftover: it is "this process" below.
  if (pid == static_cast<unsigned long>(::getpid())) return true;
  // kill(pid, 0) sends nothing; ESRCH means no such process. EPERM: it runs as another user.
  return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

std::optional<std::string> read_file(const std::string& path) { return read_file(path, SIZE_MAX); }

std::optional<std::string> read_file(const std::string& path, size_t max_bytes) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    if (errno == ENOENT) return std::nullopt;
    throw StorageError(sys_error("cannot read", path));
  }
  return detail::read_and_close(f, path, max_bytes);
}

size_t detail::device_memory_bytes() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_heap_max() / 2;
#else
  const long pages = ::sysconf(_SC_PHYS_PAGES), page = ::sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page <= 0) return size_t(1) << 30;  // unknown: assume a small laptop's share
  return size_t(pages) / 4 * size_t(page);
#endif
}

DirectoryStorage::DirectoryStorage(std::string folder) : folder_(std::move(folder)) {
  while (folder_.size() > 1 && folder_.back() == '/') folder_.pop_back();
  make_dirs(folder_);
}

std::string DirectoryStorage::path(const std::string& name) const {
  if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..")
    throw StorageError("invalid file name: " + name);
  return folder_ + "/" + name;
}

void DirectoryStorage::rename(const std::string& from, const std::string& to) {
  if (::rename(path(from).c_str(), path(to).c_str()) != 0)
    throw StorageError(sys_error("cannot rename", path(from)));
  sync_folder(folder_);
}

void DirectoryStorage::remove(const std::string& name) {
  if (::unlink(path(name).c_str()) != 0 && errno != ENOENT)
    throw StorageError(sys_error("cannot remove", path(name)));
}

std::vector<std::string> DirectoryStorage::list() {
  std::vector<std::string> names;
  DIR* dir = ::opendir(folder_.c_str());
  if (!dir) throw StorageError(sys_error("cannot list", folder_));
  while (dirent* e = ::readdir(dir)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace stempush
