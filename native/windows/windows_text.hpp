// UTF-8 (the toolkit's strings and paths everywhere) <-> UTF-16 (Windows' wide API). Every path
// that reaches Windows goes through widen(): the narrow API would use the ANSI code page and
// lose any name with letters outside it (a Spanish "Año" on an English Windows is fine, Greek or
// Chinese is not).
#pragma once
#include <string>

namespace stempush::windows {
std::wstring widen(const std::string& utf8);
std::string narrow(const std::wstring& utf16);
// The text of GetLastError()'s code (or `code`), in the user's language.
std::string last_error_text(unsigned long code = 0);
}  // namespace stempush::windows
