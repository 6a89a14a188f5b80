// The Linux desktop's file dialog (native/app/linux_file_dialogs.cpp) as the app runs it: a fake
// zenity on PATH records the arguments it got and answers like the real one (the path on stdout,
// exit 0; exit 1 when cancelled). The folder last chosen is remembered across restarts.
#include <catch2/catch_test_macros.hpp>

#include <cstdlib>
#include <string>

#include <sys/stat.h>

#include "file_dialogs.hpp"
#include "stempush/storage.hpp"
#include "test_support.hpp"

using stempush::native::FileDialogs;

namespace {
// Puts only `bin` on PATH for the test's lifetime.
struct PathOnly {
  std::string saved;
  explicit PathOnly(const std::string& bin) {
    const char* p = std::getenv("PATH");
    saved = p ? p : "";
    ::setenv("PATH", bin.c_str(), 1);
  }
  ~PathOnly() { ::setenv("PATH", saved.c_str(), 1); }
};

// A zenity that logs its arguments (one per line) and prints `answer`, or exits 1 if it is empty.
void fake_zenity(const std::string& bin, const std::string& log, const std::string& answer) {
  std::string script = "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + log + "'\n";
  script += answer.empty() ? "exit 1\n" : "echo '" + answer + "'\n";
  stempush::write_file_atomic(bin + "/zenity", script);
  ::chmod((bin + "/zenity").c_str(), 0755);
}
}  // namespace

TEST_CASE("the accept string becomes the dialog's extensions", "[dialogs]") {
  REQUIRE(stempush::native::extensions_of(".csv,text/csv") == std::vector<std::string>{"csv"});
  REQUIRE(stempush::native::extensions_of(".json,application/json,.txt") == std::vector<std::string>{"json", "txt"});
  REQUIRE(stempush::native::extensions_of("").empty());
}

TEST_CASE("without zenity or kdialog there is no system dialog", "[dialogs]") {
  const std::string bin = test_support::temp_folder("dialogs-bin");
  PathOnly path(bin);
  REQUIRE_FALSE(stempush::native::system_file_dialog_available());
}

TEST_CASE("zenity opens and saves files, starting in the folder last used", "[dialogs]") {
  const std::string bin = test_support::temp_folder("dialogs-bin");
  const std::string home = test_support::temp_folder("dialogs-home");
  const std::string log = home + "/args.txt", memory = home + "/last-folder.txt";
  PathOnly path(bin);
  fake_zenity(bin, log, "/srv/surveys/pre.csv");
  REQUIRE(stempush::native::system_file_dialog_available());

  FileDialogs dialogs(memory, "/home/staff/Documents");
  auto chosen = dialogs.open(".csv,text/csv");
  REQUIRE(chosen == std::optional<std::string>("/srv/surveys/pre.csv"));
  REQUIRE(*stempush::read_file(log) == "--file-selection\n--filename=/home/staff/Documents/\n--file-filter=*.csv\n");
  REQUIRE(dialogs.last_folder() == "/srv/surveys");

  // After a restart the save dialog starts in that folder with the suggested name, and asks
  // before replacing a file.
  fake_zenity(bin, log, "/srv/surveys/report.html");
  FileDialogs restarted(memory, "/home/staff/Documents");
  REQUIRE(restarted.save("report.html") == std::optional<std::string>("/srv/surveys/report.html"));
  REQUIRE(*stempush::read_file(log) == "--file-selection\n--save\n--confirm-overwrite\n--filename=/srv/surveys/report.html\n");

  // Cancelled: nothing chosen, the remembered folder stays.
  fake_zenity(bin, log, "");
  REQUIRE_FALSE(restarted.open(".json,application/json").has_value());
  REQUIRE(*stempush::read_file(memory) == "/srv/surveys");
}
