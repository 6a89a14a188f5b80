// Helpers shared by the core unit tests.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

#include "stempush/registry.hpp"

namespace test_support {

// The installed plugins plus the tests' sample plugin.
inline const stempush::Registry& registry() {
  static stempush::Registry r = [] {
    stempush::Registry reg;
    stempush::register_plugin_models(reg);
    stempush::register_test_plugin_models(reg);
    return reg;
  }();
  return r;
}

// A fresh empty folder under /tmp, removed by the OS's tmp cleaning, not by the test (a failing
// test leaves its files to look at).
inline std::string temp_folder(const std::string& tag) {
  std::string pattern = "/tmp/stempush-" + tag + "-XXXXXX";
  char* made = ::mkdtemp(pattern.data());
  if (!made) std::abort();
  return made;
}

struct CommandResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};

// Runs the real stempush-cli binary.
inline CommandResult run_cli(const std::string& args) {
  std::string command = std::string(STEMPUSH_CLI_PATH) + " " + args + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

inline std::string fixture(const std::string& name) { return std::string(STEMPUSH_FIXTURES_DIR) + "/" + name; }

}  // namespace test_support
