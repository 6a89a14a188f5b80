// Reading JSON field by field, with errors that name the field.
//
// Every plugin reads its workspace section (and any JSON file a user hands it) through these
// helpers, so that a bad value always throws a stempush::SectionError whose path is a JSON
// pointer ("/cycles/0/name: must be text"): the user can find the field, and line_of_path()
// turns the pointer into a line number of the original text.
//
//   using namespace stempush::json_reader;
//   require_object(data, "");
//   std::string name = require_text(data, "name", "");            // present, text, not blank
//   int minutes = require_int(step, "minutes", path, 0, 600);      // whole number in range
//   for (size_t i = 0; i < list.size(); ++i) read_step(list[i], child_path(path, i));
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stempush/plugin.hpp"  // SectionError

namespace stempush::json_reader {

using nlohmann::json;

// "/a/b" + "c" -> "/a/b/c"; escapes "~" and "/" in keys as JSON pointer (RFC 6901) requires.
std::string child_path(const std::string& parent, std::string_view key);
std::string child_path(const std::string& parent, size_t index);

// A value itself, at pointer `path`.
const json& require_object(const json& value, const std::string& path);
const json& require_list(const json& value, const std::string& path);
std::string text_value(const json& value, const std::string& path);  // any text, may be empty
int int_value(const json& value, const std::string& path, int lo, int hi);
bool bool_value(const json& value, const std::string& path);

// Fields of an object; `path` is the object's own pointer. A missing required field "is missing".
const json& require_field(const json& obj, const char* key, const std::string& path);
const json& require_array(const json& obj, const char* key, const std::string& path);
// A list that may be absent (or null): then an empty list.
const json& optional_array(const json& obj, const char* key, const std::string& path);
std::string require_text(const json& obj, const char* key, const std::string& path);    // not blank
std::string require_string(const json& obj, const char* key, const std::string& path);  // may be ""
std::string optional_text(const json& obj, const char* key, const std::string& path);   // "" if absent
// A whole number; without bounds, any value within +-1,000,000 ("is out of range" otherwise).
int require_int(const json& obj, const char* key, const std::string& path);
int require_int(const json& obj, const char* key, const std::string& path, int lo, int hi);
bool require_bool(const json& obj, const char* key, const std::string& path);
bool optional_bool(const json& obj, const char* key, const std::string& path, bool fallback = false);
std::vector<std::string> require_text_list(const json& obj, const char* key, const std::string& path);
std::vector<std::string> optional_text_list(const json& obj, const char* key, const std::string& path);
// Rejects keys not in `allowed`: a misspelt key ("indicator" for "indicators") would otherwise be
// silently ignored and its content lost.
void reject_unknown_keys(const json& obj, const std::vector<std::string_view>& allowed,
                         const std::string& path);

// The 1-based line of `text` where the value at JSON pointer `path` starts, or 0 if the text
// has no such value. Walks the text once; only called when reporting an error.
size_t line_of_path(std::string_view text, const std::string& path);

}  // namespace stempush::json_reader
