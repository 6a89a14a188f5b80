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

// Runs a shell command; its stdout (and whatever it redirects there).
inline CommandResult run_command(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// Runs the real stempush-cli binary.
inline CommandResult run_cli(const std::string& args) {
  return run_command(std::string(STEMPUSH_CLI_PATH) + " " + args + " 2>&1");
}

// `text` in single quotes for the shell.
inline std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// An XPath answer from xmllint's HTML parser (the one browsers follow), last newline dropped.
inline std::string html_xpath(const std::string& path, const std::string& expr) {
  std::string out = run_command("xmllint --html --xpath " + shell_quote(expr) + " " + shell_quote(path) + " 2>/dev/null").output;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

// xmllint's XML parser on a report (they are XHTML-compatible): exit 0 and no output when well-formed.
inline CommandResult xml_lint(const std::string& path) { return run_command("xmllint --noout " + shell_quote(path) + " 2>&1"); }

inline std::string fixture(const std::string& name) { return std::string(STEMPUSH_FIXTURES_DIR) + "/" + name; }

}  // namespace test_support
