// The desktop's file dialog on Linux, through zenity (GNOME and most desktops) or kdialog (KDE),
// whichever is installed, run as a child process: its standard output is the chosen path, exit
// status 0 means chosen, anything else cancelled. Without either, the shell's own path prompt.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "file_dialogs.hpp"

extern char** environ;

namespace stempush::native {
namespace {

// The program's full path if it is on PATH, else empty.
std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string candidate = dirs.substr(start, end - start) + "/" + program;
    if (end > start && ::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

std::string dialog_program() {
  std::string zenity = find_on_path("zenity");
  return zenity.empty() ? find_on_path("kdialog") : zenity;
}

std::vector<std::string> arguments_for(const std::string& program, const DialogRequest& r) {
  const bool kde = program.size() >= 7 && program.compare(program.size() - 7, 7, "kdialog") == 0;
  std::string start = r.folder + "/" + r.file_name;
  std::string patterns;
  for (auto& e : r.extensions) patterns += (patterns.empty() ? "*." : " *.") + e;
  std::vector<std::string> args{program};
  if (kde) {
    args.push_back(r.save ? "--getsavefilename" : "--getopenfilename");
    args.push_back(start);
    if (!r.save && !patterns.empty()) args.push_back(patterns);
  } else {
    args.push_back("--file-selection");
    if (r.save) {
      args.push_back("--save");
      args.push_back("--confirm-overwrite");
    }
    args.push_back("--filename=" + start);
    if (!r.save && !patterns.empty()) args.push_back("--file-filter=" + patterns);
  }
  return args;
}

}  // namespace

bool system_file_dialog_available() { return !dialog_program().empty(); }

std::optional<std::string> show_system_file_dialog(const DialogRequest& request) {
  std::string program = dialog_program();
  if (program.empty()) return std::nullopt;
  std::vector<std::string> args = arguments_for(program, request);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  int out[2];
  if (::pipe(out) != 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  pid_t pid;
  int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  if (spawned != 0) {
    ::close(out[0]);
    return std::nullopt;
  }
  std::string chosen;
  char buf[4096];
  for (ssize_t n; (n = ::read(out[0], buf, sizeof buf)) != 0;) {
    if (n < 0) break;
    chosen.append(buf, size_t(n));
  }
  ::close(out[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
  }
  while (!chosen.empty() && (chosen.back() == '\n' || chosen.back() == '\r')) chosen.pop_back();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || chosen.empty()) return std::nullopt;
  return chosen;
}

}  // namespace stempush::native
