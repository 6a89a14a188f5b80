// Shared by the recruitment tests: catalogs loaded, temp folders, the CLI as a real process.
#pragma once
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "recruitment_assets.hpp"
#include "stempush/i18n.hpp"

namespace recruitment_test {
namespace fs = std::filesystem;

inline void load_english() {
  stempush::i18n::load_core_catalogs();
  stempush::i18n::add_catalog(stempush::i18n::Language::English, recruitment_assets::asset("i18n/en.json"));
  stempush::i18n::add_catalog(stempush::i18n::Language::Spanish, recruitment_assets::asset("i18n/es.json"));
  stempush::i18n::set_language(stempush::i18n::Language::English);
}

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
inline void spit(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

inline fs::path temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "recruitment-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
  return pattern;
}

// Runs a shell command; returns its exit code, output (stdout + stderr) in `out`.
inline int run(const std::string& command, std::string* out = nullptr) {
  const fs::path log = temp_dir() / "out.txt";
  const int status = std::system((command + " > " + log.string() + " 2>&1").c_str());
  if (out) *out = slurp(log);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
inline int run_cli(const std::string& args, std::string* out = nullptr) {
  return run(std::string(STEMPUSH_CLI_PATH) + " " + args, out);
}

}  // namespace recruitment_test
