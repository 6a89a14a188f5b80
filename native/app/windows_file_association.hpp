// Double-clicking a workspace file opens it in the toolkit (Windows): on the first start the app
// asks once, and on "Yes" registers itself for the current user (HKCU\Software\Classes: a
// StemPush.Workspace file type whose open command is `"stempush.exe" "%1"`, offered for .json
// files). Windows 10 and later then let the user confirm it as the default app once.
#pragma once
#include <string>

namespace stempush::native {
// `choice`: "" (ask on the first start only), "ask" (ask again), "yes" or "no" (answer without
// asking: tests and scripted installs). The answer is kept in `memory_file`.
void offer_file_association(const std::string& choice, const std::string& memory_file);
}  // namespace stempush::native
