// The command table of stempush-cli: the core's commands plus every plugin model's.
#pragma once
#include "stempush/cli.hpp"
#include "stempush/registry.hpp"

namespace stempush::cli {

// Adds validate / export-section / migrate, then lets each registered plugin add its own.
void build_command_table(CommandTable& table, const Registry& registry);
// Runs the tool on argv-style words (without the program name). Returns the exit code.
int run(const std::vector<std::string>& words, Io& io);

}  // namespace stempush::cli
