// Storage: atomic writes (an interrupted write leaves the old file), backups, and recovery from a
// damaged workspace file that is set aside, never deleted.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

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

TEST_CASE("a process killed in the middle of a write leaves the old file intact", "[storage]") {
  const std::string folder = test_support::temp_folder("killed");
  DirectoryStorage storage(folder);
  storage.write_atomic("workspace.json", "old contents");
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
        for (;;) ::pause();  // killed here, with the temporary file half written
      }
    };
    in_child.write_atomic("workspace.json", std::string(8 << 20, 'n'));
    ::_exit(0);
  }
  char byte = 0;
  REQUIRE(::read(ready[0], &byte, 1) == 1);
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(storage.read("workspace.json") == std::optional<std::string>("old contents"));
  ::close(ready[0]);
  ::close(ready[1]);
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
