#include "paths.hpp"

#include <cstdlib>
#include <sys/stat.h>

namespace stempush::native {
namespace {
std::string home() {
  const char* h = std::getenv("HOME");
  return h && *h ? h : ".";
}
bool is_folder(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}
}  // namespace

std::string data_folder() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  std::string base = xdg && *xdg ? xdg : home() + "/.local/share";
  return base + "/stempush-toolkit";
}

std::string documents_folder() {
  std::string docs = home() + "/Documents";
  return is_folder(docs) ? docs : home();
}
}  // namespace stempush::native
