// Where the desktop app keeps its data, per the XDG Base Directory spec.
#pragma once
#include <string>

namespace stempush::native {
// $XDG_DATA_HOME/stempush-toolkit, or ~/.local/share/stempush-toolkit.
std::string data_folder();
// ~/Documents if it exists, else the home folder: where exports are offered by default.
std::string documents_folder();
}  // namespace stempush::native
