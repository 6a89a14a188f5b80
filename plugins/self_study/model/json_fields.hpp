// Reading JSON objects field by field with errors that name the field.
//
// Every importer in this plugin (framework files, the workspace section) reads through these
// helpers so that a bad value always produces a stempush::SectionError whose path is a JSON
// pointer ("/domains/2/standards/0/title"); the user can find the field, and line_of_path()
// turns the pointer into a line number of the original text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/dates.hpp"
#include "stempush/plugin.hpp"

namespace self_study {

using nlohmann::json;

// "/a/b" + "c" -> "/a/b/c"; escapes "~" and "/" in keys as JSON pointer requires.
std::string child_path(const std::string& parent, std::string_view key);
std::string child_path(const std::string& parent, size_t index);

// Required and optional fields of an object. `path` is the object's own pointer.
const json& require_object(const json& value, const std::string& path);
const json& require_array(const json& obj, const char* key, const std::string& path);
std::string require_text(const json& obj, const char* key, const std::string& path);  // non-empty
std::string optional_text(const json& obj, const char* key, const std::string& path);
int require_int(const json& obj, const char* key, const std::string& path);
std::vector<std::string> optional_text_list(const json& obj, const char* key, const std::string& path);
// Rejects keys not in `allowed`: a misspelt key ("indicator" for "indicators") would otherwise be
// silently ignored and its content lost.
void reject_unknown_keys(const json& obj, const std::vector<std::string_view>& allowed,
                         const std::string& path);

using stempush::is_iso_date;  // dates are YYYY-MM-DD (stempush/dates.hpp)

// The 1-based line of `text` where the value at JSON pointer `path` starts, or 0 if the text
// has no such value. Walks the text once; only called when reporting an error.
size_t line_of_path(std::string_view text, const std::string& path);

}  // namespace self_study
