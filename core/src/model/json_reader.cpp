// JSON field reader (see json_reader.hpp).
#include "stempush/json_reader.hpp"

namespace stempush::json_reader {

std::string child_path(const std::string& parent, std::string_view key) {
  std::string out = parent + "/";
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string child_path(const std::string& parent, size_t index) {
  return parent + "/" + std::to_string(index);
}

const json& require_object(const json& value, const std::string& path) {
  if (!value.is_object()) throw SectionError(path, "must be an object ({...})");
  return value;
}

const json& require_list(const json& value, const std::string& path) {
  if (!value.is_array()) throw SectionError(path, "must be a list ([...])");
  return value;
}

std::string text_value(const json& value, const std::string& path) {
  if (!value.is_string()) throw SectionError(path, "must be text");
  return value.get<std::string>();
}

int int_value(const json& value, const std::string& path, int lo, int hi) {
  if (!value.is_number_integer()) throw SectionError(path, "must be a whole number");
  auto v = value.get<long long>();
  if (v < lo || v > hi)
    throw SectionError(path, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  return static_cast<int>(v);
}

bool bool_value(const json& value, const std::string& path) {
  if (!value.is_boolean()) throw SectionError(path, "must be true or false");
  return value.get<bool>();
}

const json& require_field(const json& obj, const char* key, const std::string& path) {
  require_object(obj, path);
  auto it = obj.find(key);
  if (it == obj.end()) throw SectionError(child_path(path, key), "is missing");
  return *it;
}

const json& require_array(const json& obj, const char* key, const std::string& path) {
  return require_list(require_field(obj, key, path), child_path(path, key));
}

const json& optional_array(const json& obj, const char* key, const std::string& path) {
  static const json empty = json::array();
  require_object(obj, path);
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return empty;
  return require_list(*it, child_path(path, key));
}

std::string require_string(const json& obj, const char* key, const std::string& path) {
  return text_value(require_field(obj, key, path), child_path(path, key));
}

std::string require_text(const json& obj, const char* key, const std::string& path) {
  std::string text = require_string(obj, key, path);
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw SectionError(child_path(path, key), "must not be empty");
  return text;
}

std::string optional_text(const json& obj, const char* key, const std::string& path) {
  require_object(obj, path);
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  return text_value(*it, child_path(path, key));
}

int require_int(const json& obj, const char* key, const std::string& path) {
  const json& value = require_field(obj, key, path);
  if (!value.is_number_integer()) throw SectionError(child_path(path, key), "must be a whole number");
  auto v = value.get<long long>();
  if (v < -1000000 || v > 1000000) throw SectionError(child_path(path, key), "is out of range");
  return static_cast<int>(v);
}

int require_int(const json& obj, const char* key, const std::string& path, int lo, int hi) {
  return int_value(require_field(obj, key, path), child_path(path, key), lo, hi);
}

bool require_bool(const json& obj, const char* key, const std::string& path) {
  return bool_value(require_field(obj, key, path), child_path(path, key));
}

bool optional_bool(const json& obj, const char* key, const std::string& path, bool fallback) {
  require_object(obj, path);
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return fallback;
  return bool_value(*it, child_path(path, key));
}

namespace {
std::vector<std::string> text_list(const json& list, const std::string& list_path) {
  if (!list.is_array()) throw SectionError(list_path, "must be a list of text");
  std::vector<std::string> out;
  for (size_t i = 0; i < list.size(); ++i) out.push_back(text_value(list[i], child_path(list_path, i)));
  return out;
}
}  // namespace

std::vector<std::string> require_text_list(const json& obj, const char* key, const std::string& path) {
  return text_list(require_field(obj, key, path), child_path(path, key));
}

std::vector<std::string> optional_text_list(const json& obj, const char* key, const std::string& path) {
  require_object(obj, path);
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return {};
  return text_list(*it, child_path(path, key));
}

void reject_unknown_keys(const json& obj, const std::vector<std::string_view>& allowed,
                         const std::string& path) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (auto key : allowed) known = known || key == it.key();
    if (!known) {
      std::string expected;
      for (auto key : allowed) expected += (expected.empty() ? "" : ", ") + std::string(key);
      throw SectionError(child_path(path, it.key()), "is not a known field here (expected: " + expected + ")");
    }
  }
}

namespace {

// A minimal walk over JSON text that is already known to parse; it records only the line at
// which each value starts, so that pointers can be mapped back to lines.
class LineFinder {
 public:
  LineFinder(std::string_view text, const std::string& target) : text_(text), target_(target) {}

  size_t find() {
    skip_space();
    value("");
    return found_line_;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\r' ||
                                   text_[pos_] == '\n')) {
      if (text_[pos_] == '\n') ++line_;
      ++pos_;
    }
  }

  std::string string_token() {  // at the opening quote; returns the raw content (escapes kept)
    std::string out;
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) out += text_[pos_++];
      out += text_[pos_++];
    }
    ++pos_;
    return out;
  }

  void value(const std::string& path) {
    if (found_line_ || pos_ >= text_.size()) return;
    if (path == target_) {
      found_line_ = line_;
      return;
    }
    // Only descend into values whose path is a prefix of the target.
    bool on_route = target_.compare(0, path.size(), path) == 0 &&
                    (target_.size() == path.size() || target_[path.size()] == '/');
    char c = text_[pos_];
    if (c == '{') {
      ++pos_;
      skip_space();
      while (pos_ < text_.size() && text_[pos_] != '}') {
        std::string key = string_token();
        skip_space();
        ++pos_;  // ':'
        skip_space();
        if (on_route) {
          std::string child = child_path(path, key);
          if (child == target_) {  // the key's own line names the field best
            found_line_ = line_;
            return;
          }
          value(child);
        } else {
          value("\x01");  // a path that never matches
        }
        if (found_line_) return;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
        skip_space();
      }
      ++pos_;
    } else if (c == '[') {
      ++pos_;
      skip_space();
      size_t index = 0;
      while (pos_ < text_.size() && text_[pos_] != ']') {
        value(on_route ? child_path(path, index) : std::string("\x01"));
        if (found_line_) return;
        ++index;
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
        skip_space();
      }
      ++pos_;
    } else if (c == '"') {
      string_token();
    } else {
      while (pos_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[pos_]) == std::string_view::npos)
        ++pos_;
    }
  }

  std::string_view text_;
  const std::string& target_;
  size_t pos_ = 0;
  size_t line_ = 1;
  size_t found_line_ = 0;
};

}  // namespace

size_t line_of_path(std::string_view text, const std::string& path) {
  // Skip a UTF-8 byte-order mark, which some editors add.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return LineFinder(text, path).find();
}

}  // namespace stempush::json_reader
