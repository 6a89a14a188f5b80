// The framework a program rates itself against: domains -> standards -> indicators, and a rating
// scale whose every level has a plain description.
//
// It is data, not code: the default (assets/framework-default.json) is our own wording under the
// Network's six dimensions, and the Network can replace it with its official text, or a program
// can load another file, without a new build. Files are versioned twice: `format_version` is the
// shape of the file (this code), `version` is the edition of the standards' wording.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace self_study {

inline constexpr const char* kFrameworkFormat = "stempush-self-study-framework";
inline constexpr int kFrameworkFormatVersion = 1;

struct ScaleLevel {
  int value = 0;             // 1..N, consecutive
  std::string label;         // "In place"
  std::string description;   // what that level looks like in a program, in plain words
};

struct RatingScale {
  std::vector<ScaleLevel> levels;
  // The level that means "meets the standard": standards rated at or above it are strengths,
  // those below it are candidate growth areas.
  int meets_level = 0;
  int min() const { return levels.empty() ? 0 : levels.front().value; }
  int max() const { return levels.empty() ? 0 : levels.back().value; }
  const ScaleLevel* level(int value) const;
};

struct Resource {  // a link a standard points to (the sheet's SUMMARY tab does this)
  std::string title;
  std::string url;
};

struct Indicator {
  std::string id;  // stable: ratings refer to it
  std::string text;
};

struct Standard {
  std::string id;
  std::string title;
  std::string description;
  std::vector<Indicator> indicators;
  std::vector<Resource> resources;
};

struct Domain {
  std::string id;
  std::string title;
  std::string description;
  std::vector<Standard> standards;
};

// Where an indicator sits, for lookups by id.
struct IndicatorRef {
  const Domain* domain = nullptr;
  const Standard* standard = nullptr;
  const Indicator* indicator = nullptr;
};

struct Framework {
  std::string id;
  std::string version;
  std::string title;
  std::string source;  // who wrote the wording; shown in reports
  RatingScale scale;
  std::vector<Domain> domains;

  size_t indicator_count() const;
  IndicatorRef find_indicator(std::string_view indicator_id) const;  // all null if unknown
  const Domain* find_domain(std::string_view domain_id) const;
  bool operator==(const Framework& other) const;  // by content (JSON form)
};

// One problem in a framework file: the field at fault as a JSON pointer, and its line in the
// file when known (0 otherwise).
struct FrameworkProblem {
  std::string path;
  size_t line = 0;
  std::string message;
  std::string describe() const;  // "line 12, /domains/0/title: must be text"
};

class FrameworkError : public std::runtime_error {
 public:
  explicit FrameworkError(FrameworkProblem problem);
  const FrameworkProblem& problem() const { return problem_; }

 private:
  FrameworkProblem problem_;
};

// Reads a framework from parsed JSON; throws stempush::SectionError naming the field (path
// relative to `data`). Checks everything a summary relies on: ids present and unique, at least
// one indicator per standard, a consecutive scale with descriptions, meets_level on the scale.
Framework framework_from_json(const nlohmann::json& data);
nlohmann::json framework_to_json(const Framework& framework);

// Parses a framework file's text. Throws FrameworkError with the line of the field at fault.
Framework parse_framework(std::string_view text);
// Every problem in a framework file (empty: the file is good). Structural problems stop the
// walk at that element; the walk carries on with the next domain/standard so that one run lists
// as much as possible.
std::vector<FrameworkProblem> check_framework_text(std::string_view text);

// The compiled-in default (assets/framework-default.json).
const Framework& default_framework();

}  // namespace self_study
