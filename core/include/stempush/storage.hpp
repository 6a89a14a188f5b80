// Where the workspace lives: a folder of named files. Natively a folder on disk (XDG data dir);
// in the browser the same folder code runs on an IndexedDB-backed mount, and flush() copies it
// to IndexedDB. WorkspaceStore adds atomic saves, backups and recovery on top.
#pragma once
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>
#include <map>

namespace stempush {

class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Storage {
 public:
  virtual ~Storage() = default;
  // nullopt if the file does not exist. Throws StorageError on a read error.
  virtual std::optional<std::string> read(const std::string& name) = 0;
  // All or nothing: afterwards the file holds either its old bytes or the new ones, never a mix
  // or a truncated file, even if the process dies half way. Throws StorageError.
  virtual void write_atomic(const std::string& name, std::string_view bytes) = 0;
  virtual void rename(const std::string& from, const std::string& to) = 0;
  virtual void remove(const std::string& name) = 0;
  virtual std::vector<std::string> list() = 0;  // file names, sorted
  // Make what was written durable beyond this process (web: sync to IndexedDB). Default: nothing.
  virtual void flush() {}
  // True while a flush is still on its way (web: IndexedDB sync running or queued): the shell
  // says "Saved" only when this is false.
  virtual bool flush_pending() const { return false; }
  // The last flush's error for the user, empty if none (web: quota exceeded).
  virtual std::string flush_error() const { return {}; }
  // Removes what interrupted saves left behind for files whose names start with `stem` (see
  // remove_stale_temp_files below) and returns the names removed. Default: nothing to sweep.
  virtual std::vector<std::string> remove_stale_temp_files(const std::string& stem) { (void)stem; return {}; }
};

// A folder on a POSIX file system: temp file in the same folder, fsync, rename, fsync folder.
class DirectoryStorage : public Storage {
 public:
  explicit DirectoryStorage(std::string folder);  // creates it (and parents) if missing
  std::optional<std::string> read(const std::string& name) override;
  void write_atomic(const std::string& name, std::string_view bytes) override;
  void rename(const std::string& from, const std::string& to) override;
  void remove(const std::string& name) override;
  std::vector<std::string> list() override;
  std::vector<std::string> remove_stale_temp_files(const std::string& stem) override;
  const std::string& folder() const { return folder_; }

  // Test hook: called after `n` bytes of the temp file were written; throwing from it simulates
  // a crash half way through a write.
  std::function<void(size_t bytes_written)> on_partial_write;

 private:
  std::string path(const std::string& name) const;
  std::string folder_;
};

// Writes `bytes` to an arbitrary path atomically (exports natively). Throws StorageError.
void write_file_atomic(const std::string& path, std::string_view bytes,
                       const std::function<void(size_t)>& on_partial_write = {});
std::optional<std::string> read_file(const std::string& path);  // throws StorageError
// The same, refusing a file over `max_bytes` before reading it (FileTooLargeError).
std::optional<std::string> read_file(const std::string& path, size_t max_bytes);
struct FileTooLargeError : StorageError {
  FileTooLargeError(const std::string& path, size_t bytes)
      : StorageError(path + " is too large"), bytes(bytes) {}
  size_t bytes;  // the file's size
};

// A save killed half way leaves its temp file, "<name>.tmp-<pid>", as large as the whole file.
// This removes those in `folder` whose name starts with `stem` and that are stale: the process
// that wrote it has ended (or is this one, which is not saving while it opens), or the file is
// over an hour old (pids are reused; no save takes an hour). A temp file of a save that another
// running process is making right now is kept. Returns the names removed; never throws (a sweep
// that fails leaves files, which is what happened before it existed).
std::vector<std::string> remove_stale_temp_files(const std::string& folder, const std::string& stem);
// The same beside a file given by path (the command line opens workspaces by path).
std::vector<std::string> remove_stale_temp_files_beside(const std::string& file_path);

namespace detail {
// The rest of an open file, then closes it; throws StorageError naming `path` on a read error.
// Shared by each system's read_file().
std::string read_and_close(std::FILE* f, const std::string& path, size_t max_bytes = SIZE_MAX);
// The memory this device gives the app, in bytes: natively a quarter of the physical memory (the
// rest is the system's and other programs'), in the browser half the largest WebAssembly heap.
size_t device_memory_bytes();
// Each system's answer for one temp file: is process `pid` gone (or this process), or was the
// file last written over `max_age_s` seconds ago?
bool temp_file_is_stale(const std::string& path, unsigned long pid, double max_age_s);
}  // namespace detail

class MemoryStorage : public Storage {
 public:
  std::optional<std::string> read(const std::string& name) override;
  void write_atomic(const std::string& name, std::string_view bytes) override;
  void rename(const std::string& from, const std::string& to) override;
  void remove(const std::string& name) override;
  std::vector<std::string> list() override;
  std::map<std::string, std::string> files;
};

// The workspace file with its backups.
//   workspace.json            the current workspace (the name is a parameter)
//   workspace.backup-N.json   N = 1 (newest) .. max_backups
//   workspace.damaged-<time>-workspace.json   a file that would not load, set aside at start-up
class WorkspaceStore {
 public:
  static constexpr const char* kDefaultFileName = "workspace.json";
  WorkspaceStore(Storage& storage, std::string file_name = kDefaultFileName, int max_backups = 5,
                 std::function<double()> clock_seconds = nullptr, double backup_interval_s = 300);
  const std::string& file_name() const { return file_name_; }

  struct Opened {
    std::optional<std::string> bytes;   // what to load; nullopt: start a new workspace
    std::string loaded_from;            // file name it came from
    std::vector<std::string> messages;  // for the user: what was set aside and why
  };
  // Reads the workspace; `try_load` loads bytes into the app and throws (any std::exception) if
  // they are no good. A bad file is renamed aside (never deleted) and the newest good backup is
  // used instead.
  Opened open(const std::function<void(std::string_view)>& try_load);

  // Rotates backups (at the first save, then at most every backup_interval_s), then writes
  // atomically and flushes. Throws StorageError; the previous file is then still intact.
  void save(std::string_view bytes);

  std::string backup_name(int n) const;

 private:
  void rotate_backups();
  Storage& storage_;
  std::string file_name_, stem_;
  int max_backups_;
  std::function<double()> clock_;
  double backup_interval_s_;
  double last_backup_at_ = -1;
};

}  // namespace stempush
