// stempush-cli: the toolkit's models without a screen, for Network staff who process many
// programs' workspace files. Run with --help for the commands.
#include <iostream>

#include "core_commands.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  stempush::cli::Io io{std::cout, std::cerr};
  return stempush::cli::run(words, io);
}
