// Storage: atomic writes (an interrupted write leaves the old file), backups, and recovery from a
// damaged workspace file that is set aside, never deleted.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <csignal>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

#include "stempush/storage.hpp"
#include "test_support.hpp"

using Catch::Matchers::ContainsSubstring;
using stempush::DirectoryStorage;
using stempush::MemoryStorage;
using stempush::WorkspaceStore;

TEST_CASE("a write that fails half way leaves the old file intact", "[storage]") {
  DirectoryStorage storage(test_support::temp_folder("atomic"));
  storage.write_atomic("workspace.json", "old contents");
  storage.on_partial_write = [](size_t written) {
    if (written >= 64 * 1024) throw std::runtime_error("simulated crash");
  };
  REQUIRE_THROWS(storage.write_atomic("workspace.json", std::string(1 << 20, 'x')));
  REQUIRE(storage.read("workspace.json") == std::optional<std::string>("old contents"));
  // The half-written temporary file was cleaned up.
  REQUIRE(storage.list() == std::vector<std::string>{"workspace.json"});
}

namespace {
// A child process that starts saving `file` in `folder` and stops half way, alive, until killed.
pid_t start_save_and_hold(const std::string& folder, const std::string& file) {
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    DirectoryStorage in_child(folder);
    in_child.on_partial_write = [&](size_t written) {
      if (written >= 128 * 1024) {
        char one = 1;
        (void)!::write(ready[1], &one, 1);
        for (;;) ::pause();
      }
    };
    in_child.write_atomic(file, std::string(1 << 20, 'n'));
    ::_exit(0);
  }
  char byte = 0;
  REQUIRE(::read(ready[0], &byte, 1) == 1);
  ::close(ready[0]);
  ::close(ready[1]);
  return child;
}
// Kills it there and returns its wait status.
int end(pid_t child) {
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  return status;
}
}  // namespace

TEST_CASE("a process killed in the middle of a write leaves the old file intact", "[storage]") {
  const std::string folder = test_support::temp_folder("killed");
  DirectoryStorage storage(folder);
  storage.write_atomic("workspace.json", "old contents");
  const int status = end(start_save_and_hold(folder, "workspace.json"));
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(storage.read("workspace.json") == std::optional<std::string>("old contents"));
}

TEST_CASE("opening a workspace removes temp files of killed saves but not of a save still running", "[storage]") {
  const std::string folder = test_support::temp_folder("sweep");
  DirectoryStorage storage(folder);
  storage.write_atomic("workspace.json", "{}");
  const pid_t running = start_save_and_hold(folder, "workspace.json");
  const std::string running_tmp = "workspace.json.tmp-" + std::to_string(running);
  const pid_t killed = start_save_and_hold(folder, "workspace.backup-1.json");
  end(killed);
  const std::string killed_tmp = "workspace.backup-1.json.tmp-" + std::to_string(killed);
  storage.write_atomic("notes.txt.tmp-1", "not ours: another file's name");
  auto names = storage.list();
  REQUIRE(std::count(names.begin(), names.end(), killed_tmp) == 1);

  WorkspaceStore store(storage);
  auto opened = store.open([](std::string_view) {});
  REQUIRE(opened.messages.empty());
  names = storage.list();
  CHECK(std::count(names.begin(), names.end(), killed_tmp) == 0);   // its writer is gone
  CHECK(std::count(names.begin(), names.end(), running_tmp) == 1);  // a save in progress elsewhere
  CHECK(std::count(names.begin(), names.end(), "notes.txt.tmp-1") == 1);

  end(running);
  store.open([](std::string_view) {});
  names = storage.list();
  CHECK(std::count(names.begin(), names.end(), running_tmp) == 0);
  CHECK(storage.read("workspace.json") == std::optional<std::string>("{}"));
}

TEST_CASE("the command line sweeps killed saves beside the file it opens", "[storage]") {
  const std::string folder = test_support::temp_folder("sweep-cli");
  DirectoryStorage storage(folder);
  const pid_t killed = start_save_and_hold(folder, "team.json");
  end(killed);
  const pid_t running = start_save_and_hold(folder, "team.json");
  auto removed = stempush::remove_stale_temp_files_beside(folder + "/team.json");
  CHECK(removed == std::vector<std::string>{"team.json.tmp-" + std::to_string(killed)});
  CHECK(storage.list() == std::vector<std::string>{"team.json.tmp-" + std::to_string(running)});
  end(running);
}

TEST_CASE("an unwritable folder is an error with a message, not a crash", "[storage]") {
  REQUIRE_THROWS_WITH(stempush::write_file_atomic("/proc/no-such-folder/x.json", "data"),
                      ContainsSubstring("cannot write"));
  DirectoryStorage storage(test_support::temp_folder("names"));
  REQUIRE_THROWS_AS(storage.read("../escape"), stempush::StorageError);
}

TEST_CASE("backups rotate at most every interval and keep the last N", "[storage]") {
  MemoryStorage storage;
  double now = 0;
  WorkspaceStore store(storage, "workspace.json", 2, [&] { return now; }, 300);
  store.save("v1");  // first save of the session: nothing to back up yet
  now = 10;
  store.save("v2");  // within the interval: no new backup
  REQUIRE_FALSE(storage.read("workspace.backup-1.json"));
  now = 400;
  store.save("v3");
  REQUIRE(storage.read("workspace.backup-1.json") == std::optional<std::string>("v2"));
  now = 800;
  store.save("v4");
  now = 1200;
  store.save("v5");
  REQUIRE(storage.read("workspace.json") == std::optional<std::string>("v5"));
  REQUIRE(storage.read("workspace.backup-1.json") == std::optional<std::string>("v4"));
  REQUIRE(storage.read("workspace.backup-2.json") == std::optional<std::string>("v3"));
  REQUIRE_FALSE(storage.read("workspace.backup-3.json"));
}

TEST_CASE("a damaged workspace is set aside and the newest good backup is used", "[storage]") {
  MemoryStorage storage;
  storage.files["workspace.json"] = "garbage";
  storage.files["workspace.backup-1.json"] = "also garbage";
  storage.files["workspace.backup-2.json"] = "good";
  WorkspaceStore store(storage, "workspace.json", 3, [] { return 1.7e9; });
  std::string loaded;
  auto opened = store.open([&](std::string_view bytes) {
    if (bytes != "good") throw std::runtime_error("not a workspace");
    loaded = bytes;
  });
  REQUIRE(loaded == "good");
  REQUIRE(opened.loaded_from == "workspace.backup-2.json");
  REQUIRE(opened.messages.size() == 3);
  REQUIRE_THAT(opened.messages[0], ContainsSubstring("not a workspace"));
  // Both bad files still exist under new names; nothing was deleted.
  int aside = 0;
  for (auto& [name, bytes] : storage.files)
    if (name.find("damaged") != std::string::npos) {
      ++aside;
      REQUIRE((bytes == "garbage" || bytes == "also garbage"));
    }
  REQUIRE(aside == 2);
}

TEST_CASE("with no saved workspace the app starts empty and says nothing", "[storage]") {
  MemoryStorage storage;
  WorkspaceStore store(storage);
  auto opened = store.open([](std::string_view) {});
  REQUIRE_FALSE(opened.bytes);
  REQUIRE(opened.messages.empty());
}
