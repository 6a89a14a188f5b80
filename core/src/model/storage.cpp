#include "stempush/storage.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

std::optional<std::string> read_file(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    if (errno == ENOENT) return std::nullopt;
    throw StorageError(sys_error("cannot read", path));
  }
  std::string out;
  char buf[64 * 1024];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool bad = std::ferror(f);
  std::fclose(f);
  if (bad) throw StorageError("cannot read " + path);
  return out;
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

std::optional<std::string> DirectoryStorage::read(const std::string& name) { return read_file(path(name)); }

void DirectoryStorage::write_atomic(const std::string& name, std::string_view bytes) {
  write_file_atomic(path(name), bytes, on_partial_write);
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

std::optional<std::string> MemoryStorage::read(const std::string& name) {
  auto it = files.find(name);
  if (it == files.end()) return std::nullopt;
  return it->second;
}
void MemoryStorage::write_atomic(const std::string& name, std::string_view bytes) { files[name] = std::string(bytes); }
void MemoryStorage::rename(const std::string& from, const std::string& to) {
  auto it = files.find(from);
  if (it == files.end()) throw StorageError("cannot rename " + from + ": no such file");
  files[to] = std::move(it->second);
  files.erase(from);
}
void MemoryStorage::remove(const std::string& name) { files.erase(name); }
std::vector<std::string> MemoryStorage::list() {
  std::vector<std::string> names;
  for (auto& [k, v] : files) names.push_back(k);
  return names;
}

WorkspaceStore::WorkspaceStore(Storage& storage, std::string file_name, int max_backups,
                               std::function<double()> clock_seconds, double backup_interval_s)
    : storage_(storage),
      file_name_(std::move(file_name)),
      stem_(file_name_.size() > 5 && file_name_.compare(file_name_.size() - 5, 5, ".json") == 0
                ? file_name_.substr(0, file_name_.size() - 5)
                : file_name_),
      max_backups_(max_backups),
      clock_(clock_seconds ? std::move(clock_seconds)
                           : [] { return static_cast<double>(std::time(nullptr)); }),
      backup_interval_s_(backup_interval_s) {}

std::string WorkspaceStore::backup_name(int n) const { return stem_ + ".backup-" + std::to_string(n) + ".json"; }

WorkspaceStore::Opened WorkspaceStore::open(const std::function<void(std::string_view)>& try_load) {
  Opened result;
  std::vector<std::string> candidates{file_name_};
  for (int i = 1; i <= max_backups_; ++i) candidates.push_back(backup_name(i));
  for (auto& name : candidates) {
    auto bytes = storage_.read(name);
    if (!bytes) continue;
    try {
      try_load(*bytes);
      result.bytes = std::move(bytes);
      result.loaded_from = name;
      if (name != file_name_)
        result.messages.push_back("Started from the backup " + name + ".");
      return result;
    } catch (const std::exception& e) {
      // Set the bad file aside under a new name; it is never deleted.
      char stamp[32];
      std::time_t t = static_cast<std::time_t>(clock_());
      std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::gmtime(&t));
      std::string aside = stem_ + ".damaged-" + std::string(stamp) + "-" + name;
      for (int n = 2; storage_.read(aside); ++n)
        aside = stem_ + ".damaged-" + std::string(stamp) + "-" + std::to_string(n) + "-" + name;
      storage_.rename(name, aside);
      result.messages.push_back("The saved file " + name + " could not be opened (" + e.what() +
                                ") It was kept as " + aside + ".");
    }
  }
  if (!result.messages.empty()) {
    storage_.flush();
    result.messages.push_back("No good backup was found: starting with an empty workspace.");
  }
  return result;
}

void WorkspaceStore::rotate_backups() {
  if (!storage_.read(file_name_)) return;
  storage_.remove(backup_name(max_backups_));
  for (int i = max_backups_ - 1; i >= 1; --i)
    if (storage_.read(backup_name(i))) storage_.rename(backup_name(i), backup_name(i + 1));
  // Copy (not rename): the current file stays in place until the new one replaces it.
  storage_.write_atomic(backup_name(1), *storage_.read(file_name_));
}

void WorkspaceStore::save(std::string_view bytes) {
  double now = clock_();
  if (max_backups_ > 0 && (last_backup_at_ < 0 || now - last_backup_at_ >= backup_interval_s_)) {
    rotate_backups();
    last_backup_at_ = now;
  }
  storage_.write_atomic(file_name_, bytes);
  storage_.flush();
}

}  // namespace stempush
