// The framework a program rates itself against: domains -> standards -> indicators, and a rating
// scale whose every level has a plain description.
//
// It is data, not code: the default (assets/framework-default.json) is our own wording under the
// Network's six dimensions, and the Network can replace it with its official text, or a program
// can load another file, without a new build. Files are versioned twice: `format_version` is the
// shape of the file (this code), `version` is the edition of the standards' wording.
//
// Languages (format_version 2): every text field is English; the same element may carry the text
// in other languages beside it, `"i18n": {"es": {"title": "…", "description": "…"}}`. The app
// shows localized(framework, "es") to a Spanish UI: each field in Spanish where the file has it,
// in English otherwise, and `english_shown` tells the view which fields fell back (it tags them
// "(EN)"). check-framework lists missing translations as notes. Format 1 files (English only)
// still load.
#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace self_study {

inline constexpr const char* kFrameworkFormat = "stempush-self-study-framework";
inline constexpr int kFrameworkFormatVersion = 2;  // 2 added "i18n" and "notice"; 1 still loads

// An element's text in other languages: language code -> field name -> text
// ({"es": {"title": "Metas del programa"}}). The English text is in the element's own fields.
using Translations = std::map<std::string, std::map<std::string, std::string>>;

// The language codes the toolkit shows besides English (check-framework notes a field that
// lacks one of them).
const std::vector<std::string>& ui_translation_languages();

// What every element with text has: its translations and, in a localized() copy, the fields
// whose text fell back to English because the language has none.
struct Texts {
  Translations i18n;
  std::set<std::string> english_shown;
  bool shows_english(const std::string& field) const { return english_shown.count(field) != 0; }
};

struct ScaleLevel {
  int value = 0;             // 1..N, consecutive
  std::string label;         // "In place"
  std::string description;   // what that level looks like in a program, in plain words
  Texts texts = {};          // label, description
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
  Texts texts = {};  // title
};

struct Indicator {
  std::string id;  // stable: ratings refer to it
  std::string text;
  Texts texts = {};  // text
};

struct Standard {
  std::string id;
  std::string title;
  std::string description;
  std::vector<Indicator> indicators;
  std::vector<Resource> resources;
  Texts texts = {};  // title, description
};

struct Domain {
  std::string id;
  std::string title;
  std::string description;
  std::vector<Standard> standards;
  Texts texts = {};  // title, description
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
  // What the wording means for the people rating (the default says it is the toolkit's draft,
  // not the Network's official text); shown above the ratings when not empty.
  std::string notice;
  Texts texts;  // title, source, notice
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

// The framework as shown in language `lang` ("en", "es"): every text field in that language where
// the framework has it, else in English with the field named in that element's
// texts.english_shown. Ids, scale values and structure are unchanged. "en" returns a copy.
Framework localized(const Framework& framework, std::string_view lang);

// A text of a localized() framework as people read it, on a page, in the report or the CSV:
// tagged "(EN)" (the core's i18n::with_english_tag) when `field` fell back to English.
std::string shown_text(const std::string& text, const Texts& texts, const std::string& field);
// A localized() framework with every fallen-back text tagged that way (english_shown kept): what
// the summaries, the report, the ratings CSV, links and feeds read, so each says "(EN)" where
// the pages do.
Framework tagged(const Framework& shown);

// How many fields of a localized() framework fell back to English.
size_t english_shown_count(const Framework& shown);

// Notes (not problems) about a framework that loads: each text field with no translation in one
// of ui_translation_languages() (one note per language that has none at all), with lines.
// Empty when the file does not load (check_framework_text() says why).
std::vector<FrameworkProblem> translation_notes(std::string_view text);
// The same for parsed data (paths without lines); `lang` is one code.
std::vector<FrameworkProblem> missing_translations(const Framework& framework, std::string_view lang);

// The compiled-in default (assets/framework-default.json).
const Framework& default_framework();

}  // namespace self_study
