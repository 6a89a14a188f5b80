#include "stempush/storage.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace stempush {

namespace detail {
std::string read_and_close(std::FILE* f, const std::string& path, size_t max_bytes) {
  std::string out;
  if (max_bytes != SIZE_MAX && std::fseek(f, 0, SEEK_END) == 0) {  // its size first: refuse before reading
    const long size = std::ftell(f);
    if (size > 0 && size_t(size) > max_bytes) {
      std::fclose(f);
      throw FileTooLargeError(path, size_t(size));
    }
    if (size > 0) out.reserve(size_t(size));
    std::rewind(f);
  }
  char buf[64 * 1024];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out.append(buf, n);
    if (out.size() > max_bytes) {  // a file that grew, or one whose size could not be told
      std::fclose(f);
      throw FileTooLargeError(path, out.size());
    }
  }
  bool bad = std::ferror(f);
  std::fclose(f);
  if (bad) throw StorageError("cannot read " + path);
  return out;
}
}  // namespace detail

// The same on every system: path() checks the name, the file functions do the work.
std::optional<std::string> DirectoryStorage::read(const std::string& name) { return read_file(path(name)); }

void DirectoryStorage::write_atomic(const std::string& name, std::string_view bytes) {
  write_file_atomic(path(name), bytes, on_partial_write);
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

std::vector<std::string> remove_stale_temp_files(const std::string& folder, const std::string& stem) {
  constexpr double kMaxSaveSeconds = 3600;
  std::vector<std::string> removed;
  try {
    DirectoryStorage dir(folder);
    for (const std::string& name : dir.list()) {
      if (name.compare(0, stem.size(), stem) != 0) continue;
      const auto mark = name.rfind(".tmp-");
      if (mark == std::string::npos || mark + 5 == name.size()) continue;
      const std::string digits = name.substr(mark + 5);
      if (digits.size() > 10 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
      if (!detail::temp_file_is_stale(dir.folder() + "/" + name, std::stoul(digits), kMaxSaveSeconds)) continue;
      dir.remove(name);
      removed.push_back(name);
    }
  } catch (const StorageError&) {
    // An unreadable folder is reported by the open that follows; leftovers stay as they were.
  }
  return removed;
}

std::vector<std::string> remove_stale_temp_files_beside(const std::string& file_path) {
  const auto slash = file_path.find_last_of("/\\");
  if (slash == std::string::npos) return remove_stale_temp_files(".", file_path);
  return remove_stale_temp_files(file_path.substr(0, slash == 0 ? 1 : slash), file_path.substr(slash + 1));
}

std::vector<std::string> DirectoryStorage::remove_stale_temp_files(const std::string& stem) {
  return stempush::remove_stale_temp_files(folder_, stem);
}

WorkspaceStore::Opened WorkspaceStore::open(const std::function<void(std::string_view)>& try_load) {
  Opened result;
  // Before reading: leftovers of killed saves of the workspace or its backups take disk space
  // (up to the workspace's size each) and are never read.
  storage_.remove_stale_temp_files(stem_);
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
