// stempush-cli on Windows: wmain (linked with -municode) receives the arguments in UTF-16, so a
// file name outside the ANSI code page arrives intact; they go on as UTF-8 like everywhere else.
// The console is switched to UTF-8 so accented names and messages print as they are.
#include <windows.h>

#include <iostream>

#include "core_commands.hpp"
#include "windows_text.hpp"

int wmain(int argc, wchar_t** argv) {
  SetConsoleOutputCP(CP_UTF8);
  std::vector<std::string> words;
  for (int i = 1; i < argc; ++i) words.push_back(stempush::windows::narrow(argv[i]));
  stempush::cli::Io io{std::cout, std::cerr};
  return stempush::cli::run(words, io);
}
