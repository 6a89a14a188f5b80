#include "self_study/model/framework.hpp"

#include <cctype>
#include <functional>
#include <optional>
#include <set>

#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/json_reader.hpp"
#include "self_study_assets.hpp"
#include "stempush/workspace.hpp"

namespace self_study {

using namespace stempush::json_reader;  // the core reader: errors name the JSON pointer
using stempush::is_iso_date;
namespace {

// Collects problems instead of throwing when a caller wants them all (check-framework).
struct ProblemSink {
  std::vector<FrameworkProblem>* problems = nullptr;
  // Runs `read`; a SectionError is recorded (collecting) or passed on (strict).
  bool attempt(const std::function<void()>& read) {
    if (!problems) {
      read();
      return true;
    }
    try {
      read();
      return true;
    } catch (const stempush::SectionError& e) {
      std::string message = e.what();
      if (!e.path().empty() && message.rfind(e.path() + ": ", 0) == 0) message.erase(0, e.path().size() + 2);
      problems->push_back({e.path(), 0, message});
      return false;
    }
  }
  void report(const std::string& path, const std::string& message) {
    if (!problems) throw stempush::SectionError(path, message);
    problems->push_back({path, 0, message});
  }
};

void check_id(const std::string& id, const std::string& path) {
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
      throw stempush::SectionError(path, "\"" + id + "\" may only use letters, digits, '-', '_' and '.'");
}

bool language_code_ok(const std::string& code) {
  // "es", "fr", "pt-BR": two or three lower-case letters, an optional region.
  size_t n = 0;
  while (n < code.size() && code[n] >= 'a' && code[n] <= 'z') ++n;
  if (n < 2 || n > 3) return false;
  if (n == code.size()) return true;
  return code.size() == n + 3 && code[n] == '-' && std::isupper(static_cast<unsigned char>(code[n + 1])) &&
         std::isupper(static_cast<unsigned char>(code[n + 2]));
}

// The "i18n" object of an element at `path`: {"es": {"title": "…"}}. `english` names the
// element's translatable fields and their English text; a translation needs English to translate.
// Format 1 files have no "i18n".
Texts read_texts(const json& item, const std::string& path, const std::map<std::string, std::string>& english,
                 int format_version) {
  Texts texts;
  auto it = item.find("i18n");
  if (it == item.end()) return texts;
  const std::string i18n_path = child_path(path, "i18n");
  if (format_version < 2)
    throw stempush::SectionError(i18n_path, "needs \"format_version\": 2 (format 1 files are English only)");
  require_object(*it, i18n_path);
  std::vector<std::string_view> fields;
  for (auto& [field, text] : english) fields.push_back(field);
  for (auto& [lang, values] : it->items()) {
    const std::string lang_path = child_path(i18n_path, lang);
    if (lang == "en")
      throw stempush::SectionError(lang_path, "English is the element's own text; list only other languages here");
    if (!language_code_ok(lang))
      throw stempush::SectionError(lang_path, "\"" + lang + "\" is not a language code such as \"es\"");
    require_object(values, lang_path);
    reject_unknown_keys(values, fields, lang_path);
    for (auto& [field, text] : values.items()) {
      std::string value = require_text(values, field.c_str(), lang_path);
      if (english.at(field).empty())
        throw stempush::SectionError(child_path(lang_path, field),
                                     "translates " + field + ", which has no English text in this element");
      texts.i18n[lang][field] = std::move(value);
    }
  }
  return texts;
}

json texts_to_json(const Texts& texts) {
  json out = json::object();
  for (auto& [lang, fields] : texts.i18n) {
    json values = json::object();
    for (auto& [field, text] : fields) values[field] = text;
    out[lang] = std::move(values);
  }
  return out;
}

void put_texts(json& out, const Texts& texts) {
  if (!texts.i18n.empty()) out["i18n"] = texts_to_json(texts);
}

RatingScale read_scale(const json& data, const std::string& path, int format_version) {
  require_object(data, path);
  reject_unknown_keys(data, {"meets_level", "levels"}, path);
  RatingScale scale;
  const json& levels = require_array(data, "levels", path);
  std::string levels_path = child_path(path, "levels");
  if (levels.size() < 2 || levels.size() > 10)
    throw stempush::SectionError(levels_path, "must have between 2 and 10 levels (it has " +
                                                  std::to_string(levels.size()) + ")");
  for (size_t i = 0; i < levels.size(); ++i) {
    std::string level_path = child_path(levels_path, i);
    require_object(levels[i], level_path);
    reject_unknown_keys(levels[i], {"value", "label", "description", "i18n"}, level_path);
    ScaleLevel level;
    level.value = require_int(levels[i], "value", level_path);
    // Consecutive values from 1 keep means and spreads comparable across frameworks.
    if (level.value != static_cast<int>(i) + 1)
      throw stempush::SectionError(child_path(level_path, "value"),
                                   "must be " + std::to_string(i + 1) + " (levels count up from 1, in order)");
    level.label = require_text(levels[i], "label", level_path);
    level.description = require_text(levels[i], "description", level_path);
    level.texts = read_texts(levels[i], level_path, {{"label", level.label}, {"description", level.description}}, format_version);
    scale.levels.push_back(std::move(level));
  }
  scale.meets_level = require_int(data, "meets_level", path);
  if (scale.meets_level < scale.min() || scale.meets_level > scale.max())
    throw stempush::SectionError(child_path(path, "meets_level"),
                                 "must be one of the scale's levels (1 to " + std::to_string(scale.max()) + ")");
  return scale;
}

Standard read_standard(const json& data, const std::string& path, int format_version, ProblemSink& sink,
                       std::set<std::string>& indicator_ids) {
  require_object(data, path);
  reject_unknown_keys(data, {"id", "title", "description", "indicators", "resources", "i18n"}, path);
  Standard standard;
  standard.id = require_text(data, "id", path);
  check_id(standard.id, child_path(path, "id"));
  standard.title = require_text(data, "title", path);
  standard.description = optional_text(data, "description", path);
  standard.texts = read_texts(data, path, {{"title", standard.title}, {"description", standard.description}}, format_version);
  if (auto it = data.find("resources"); it != data.end()) {
    std::string list_path = child_path(path, "resources");
    if (!it->is_array()) throw stempush::SectionError(list_path, "must be a list ([...])");
    for (size_t i = 0; i < it->size(); ++i) {
      std::string item_path = child_path(list_path, i);
      require_object((*it)[i], item_path);
      reject_unknown_keys((*it)[i], {"title", "url", "i18n"}, item_path);
      Resource resource{require_text((*it)[i], "title", item_path), require_text((*it)[i], "url", item_path)};
      resource.texts = read_texts((*it)[i], item_path, {{"title", resource.title}}, format_version);
      standard.resources.push_back(std::move(resource));
    }
  }
  const json& indicators = require_array(data, "indicators", path);
  std::string list_path = child_path(path, "indicators");
  if (indicators.empty()) sink.report(list_path, "must list at least one indicator");
  for (size_t i = 0; i < indicators.size(); ++i) {
    std::string item_path = child_path(list_path, i);
    sink.attempt([&] {
      require_object(indicators[i], item_path);
      reject_unknown_keys(indicators[i], {"id", "text", "i18n"}, item_path);
      Indicator indicator;
      indicator.id = require_text(indicators[i], "id", item_path);
      check_id(indicator.id, child_path(item_path, "id"));
      indicator.text = require_text(indicators[i], "text", item_path);
      indicator.texts = read_texts(indicators[i], item_path, {{"text", indicator.text}}, format_version);
      // Ratings are stored by indicator id, so an id used twice would merge two indicators.
      if (!indicator_ids.insert(indicator.id).second)
        throw stempush::SectionError(child_path(item_path, "id"),
                                     "\"" + indicator.id + "\" is used by another indicator; ids must be unique");
      standard.indicators.push_back(std::move(indicator));
    });
  }
  return standard;
}

Framework read_framework(const json& data, ProblemSink& sink) {
  require_object(data, "");
  Framework framework;
  // The header first: without a known format nothing else can be trusted.
  std::string format = optional_text(data, "format", "");
  if (format != kFrameworkFormat)
    throw stempush::SectionError("/format", std::string("must be \"") + kFrameworkFormat +
                                                "\" (this does not look like a self-study framework file)");
  int format_version = require_int(data, "format_version", "");
  if (format_version < 1 || format_version > kFrameworkFormatVersion)
    throw stempush::SectionError("/format_version", "is " + std::to_string(format_version) +
                                                        "; this version of the toolkit reads format_version 1 to " +
                                                        std::to_string(kFrameworkFormatVersion));
  sink.attempt([&] {
    reject_unknown_keys(
        data, {"format", "format_version", "id", "version", "title", "source", "notice", "i18n", "scale", "domains"}, "");
  });
  sink.attempt([&] {
    framework.id = require_text(data, "id", "");
    check_id(framework.id, "/id");
  });
  sink.attempt([&] { framework.version = require_text(data, "version", ""); });
  sink.attempt([&] { framework.title = require_text(data, "title", ""); });
  sink.attempt([&] { framework.source = optional_text(data, "source", ""); });
  sink.attempt([&] { framework.notice = optional_text(data, "notice", ""); });
  sink.attempt([&] {
    framework.texts = read_texts(data, "", {{"title", framework.title}, {"source", framework.source}, {"notice", framework.notice}},
                                 format_version);
  });
  sink.attempt([&] {
    auto it = data.find("scale");
    if (it == data.end()) throw stempush::SectionError("/scale", "is missing");
    framework.scale = read_scale(*it, "/scale", format_version);
  });
  const json* domains = nullptr;
  sink.attempt([&] { domains = &require_array(data, "domains", ""); });
  if (!domains) return framework;
  if (domains->empty()) sink.report("/domains", "must list at least one domain");
  std::set<std::string> domain_ids, standard_ids, indicator_ids;
  for (size_t d = 0; d < domains->size(); ++d) {
    std::string domain_path = child_path("/domains", d);
    sink.attempt([&] {
      const json& item = require_object((*domains)[d], domain_path);
      reject_unknown_keys(item, {"id", "title", "description", "standards", "i18n"}, domain_path);
      Domain domain;
      domain.id = require_text(item, "id", domain_path);
      check_id(domain.id, child_path(domain_path, "id"));
      if (!domain_ids.insert(domain.id).second)
        sink.report(child_path(domain_path, "id"), "\"" + domain.id + "\" is used by another domain; ids must be unique");
      domain.title = require_text(item, "title", domain_path);
      domain.description = optional_text(item, "description", domain_path);
      domain.texts = read_texts(item, domain_path, {{"title", domain.title}, {"description", domain.description}}, format_version);
      const json& standards = require_array(item, "standards", domain_path);
      std::string list_path = child_path(domain_path, "standards");
      if (standards.empty()) sink.report(list_path, "must list at least one standard");
      for (size_t s = 0; s < standards.size(); ++s) {
        std::string standard_path = child_path(list_path, s);
        sink.attempt([&] {
          Standard standard = read_standard(standards[s], standard_path, format_version, sink, indicator_ids);
          if (!standard_ids.insert(standard.id).second)
            sink.report(child_path(standard_path, "id"),
                        "\"" + standard.id + "\" is used by another standard; ids must be unique");
          domain.standards.push_back(std::move(standard));
        });
      }
      framework.domains.push_back(std::move(domain));
    });
  }
  return framework;
}

// Fills in line numbers and turns nlohmann's parse failure into a problem at a line.
std::optional<json> parse_text(std::string_view text, std::vector<FrameworkProblem>& problems) {
  try {
    return stempush::parse_json_document(text, "framework");
  } catch (const stempush::WorkspaceError& e) {
    std::string message = e.what();
    // nlohmann says "... at line 3, column 7: ..."
    size_t line = 0;
    for (size_t at = message.find("line "); at != std::string::npos; at = message.find("line ", at + 1)) {
      size_t i = at + 5, value = 0;
      while (i < message.size() && message[i] >= '0' && message[i] <= '9') value = value * 10 + size_t(message[i++] - '0');
      if (i > at + 5) {
        line = value;
        break;
      }
    }
    problems.push_back({"", line, message});
    return std::nullopt;
  }
}

// The line of the field, or of the nearest enclosing object when the field is missing.
size_t line_for(std::string_view text, std::string path) {
  while (true) {
    if (size_t line = line_of_path(text, path)) return line;
    if (path.empty()) return 0;
    path.erase(path.rfind('/'));
  }
}

// Calls visit(path, field, text, texts) for every text field of the framework: `path` is the
// element's JSON pointer, `text` the field's English text. Fw is Framework or const Framework.
template <typename Fw, typename Visit>
void for_each_text(Fw& fw, Visit visit) {
  visit(std::string(), "title", fw.title, fw.texts);
  visit(std::string(), "source", fw.source, fw.texts);
  visit(std::string(), "notice", fw.notice, fw.texts);
  for (size_t l = 0; l < fw.scale.levels.size(); ++l) {
    auto& level = fw.scale.levels[l];
    const std::string path = child_path("/scale/levels", l);
    visit(path, "label", level.label, level.texts);
    visit(path, "description", level.description, level.texts);
  }
  for (size_t d = 0; d < fw.domains.size(); ++d) {
    auto& domain = fw.domains[d];
    const std::string domain_path = child_path("/domains", d);
    visit(domain_path, "title", domain.title, domain.texts);
    visit(domain_path, "description", domain.description, domain.texts);
    for (size_t s = 0; s < domain.standards.size(); ++s) {
      auto& standard = domain.standards[s];
      const std::string standard_path = child_path(child_path(domain_path, "standards"), s);
      visit(standard_path, "title", standard.title, standard.texts);
      visit(standard_path, "description", standard.description, standard.texts);
      for (size_t i = 0; i < standard.indicators.size(); ++i) {
        auto& indicator = standard.indicators[i];
        visit(child_path(child_path(standard_path, "indicators"), i), "text", indicator.text, indicator.texts);
      }
      for (size_t r = 0; r < standard.resources.size(); ++r) {
        auto& resource = standard.resources[r];
        visit(child_path(child_path(standard_path, "resources"), r), "title", resource.title, resource.texts);
      }
    }
  }
}

// "Spanish" for "es"; the code itself for a language the toolkit has no name for.
std::string language_name(std::string_view lang) {
  if (lang == "es") return "Spanish";
  return "\"" + std::string(lang) + "\"";
}

}  // namespace

const std::vector<std::string>& ui_translation_languages() {
  static const std::vector<std::string> languages{"es"};
  return languages;
}

Framework localized(const Framework& framework, std::string_view lang) {
  Framework out = framework;
  if (lang == "en") return out;
  const std::string code(lang);
  for_each_text(out, [&](const std::string&, const std::string& field, std::string& text, Texts& texts) {
    if (text.empty()) return;  // nothing to show in any language
    auto language = texts.i18n.find(code);
    if (language != texts.i18n.end())
      if (auto it = language->second.find(field); it != language->second.end()) {
        text = it->second;
        return;
      }
    texts.english_shown.insert(field);
  });
  return out;
}

std::string shown_text(const std::string& text, const Texts& texts, const std::string& field) {
  return stempush::i18n::with_english_tag(text, texts.shows_english(field));
}

Framework tagged(const Framework& shown) {
  Framework out = shown;
  for_each_text(out, [&](const std::string&, const std::string& field, std::string& text, Texts& texts) {
    text = shown_text(text, texts, field);
  });
  return out;
}

size_t english_shown_count(const Framework& shown) {
  size_t n = 0;
  for_each_text(shown, [&](const std::string&, const std::string& field, const std::string&, const Texts& texts) {
    n += texts.shows_english(field);
  });
  return n;
}

std::vector<FrameworkProblem> missing_translations(const Framework& framework, std::string_view lang) {
  const std::string code(lang);
  std::vector<FrameworkProblem> missing;
  size_t translated = 0;
  for_each_text(framework, [&](const std::string& path, const std::string& field, const std::string& text,
                               const Texts& texts) {
    if (text.empty()) return;
    auto language = texts.i18n.find(code);
    if (language != texts.i18n.end() && language->second.count(field)) {
      ++translated;
      return;
    }
    missing.push_back({child_path(path, field), 0,
                       "no " + language_name(lang) + " text yet; the app shows the English to " +
                           language_name(lang) + " users, tagged (EN)"});
  });
  // A file with no translation at all gets one note, not one per field.
  if (translated == 0 && !missing.empty())
    return {{"", 0, "no " + language_name(lang) + " translation (\"i18n\": {\"" + code +
                        "\": ...}); the app shows the whole framework in English to " + language_name(lang) + " users"}};
  return missing;
}

const ScaleLevel* RatingScale::level(int value) const {
  for (auto& l : levels)
    if (l.value == value) return &l;
  return nullptr;
}

size_t Framework::indicator_count() const {
  size_t n = 0;
  for (auto& d : domains)
    for (auto& s : d.standards) n += s.indicators.size();
  return n;
}

IndicatorRef Framework::find_indicator(std::string_view indicator_id) const {
  for (auto& d : domains)
    for (auto& s : d.standards)
      for (auto& i : s.indicators)
        if (i.id == indicator_id) return {&d, &s, &i};
  return {};
}

const Domain* Framework::find_domain(std::string_view domain_id) const {
  for (auto& d : domains)
    if (d.id == domain_id) return &d;
  return nullptr;
}

bool Framework::operator==(const Framework& other) const {
  return framework_to_json(*this) == framework_to_json(other);
}

std::string FrameworkProblem::describe() const {
  std::string out;
  if (line) out += "line " + std::to_string(line) + ", ";
  if (!path.empty()) out += path + ": ";
  return out + message;
}

FrameworkError::FrameworkError(FrameworkProblem problem)
    : std::runtime_error(problem.describe()), problem_(std::move(problem)) {}

Framework framework_from_json(const json& data) {
  ProblemSink strict;
  return read_framework(data, strict);
}

json framework_to_json(const Framework& framework) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  json out;
  out["format"] = kFrameworkFormat;
  out["format_version"] = kFrameworkFormatVersion;
  out["id"] = framework.id;
  out["version"] = framework.version;
  out["title"] = framework.title;
  json& scale = out["scale"];
  scale["meets_level"] = framework.scale.meets_level;
  json& levels = scale["levels"] = json::array();
  for (auto& l : framework.scale.levels) {
    json& level = levels.emplace_back();
    level["value"] = l.value;
    level["label"] = l.label;
    level["description"] = l.description;
    put_texts(level, l.texts);
  }
  json& domains = out["domains"] = json::array();
  for (auto& d : framework.domains) {
    json& domain = domains.emplace_back();
    domain["id"] = d.id;
    domain["title"] = d.title;
    json& standards = domain["standards"] = json::array();
    for (auto& s : d.standards) {
      json& standard = standards.emplace_back();
      standard["id"] = s.id;
      standard["title"] = s.title;
      json& indicators = standard["indicators"] = json::array();
      for (auto& i : s.indicators) {
        json& indicator = indicators.emplace_back();
        indicator["id"] = i.id;
        indicator["text"] = i.text;
        put_texts(indicator, i.texts);
      }
      if (!s.description.empty()) standard["description"] = s.description;
      if (!s.resources.empty()) {
        json& resources = standard["resources"] = json::array();
        for (auto& r : s.resources) {
          json& resource = resources.emplace_back();
          resource["title"] = r.title;
          resource["url"] = r.url;
          put_texts(resource, r.texts);
        }
      }
      put_texts(standard, s.texts);
    }
    if (!d.description.empty()) domain["description"] = d.description;
    put_texts(domain, d.texts);
  }
  if (!framework.source.empty()) out["source"] = framework.source;
  if (!framework.notice.empty()) out["notice"] = framework.notice;
  put_texts(out, framework.texts);
  return out;
}

Framework parse_framework(std::string_view text) {
  std::vector<FrameworkProblem> problems;
  auto data = parse_text(text, problems);
  if (!data) throw FrameworkError(problems.front());
  try {
    return framework_from_json(*data);
  } catch (const stempush::SectionError& e) {
    std::string message = e.what();
    if (!e.path().empty() && message.rfind(e.path() + ": ", 0) == 0) message.erase(0, e.path().size() + 2);
    throw FrameworkError({e.path(), line_for(text, e.path()), message});
  }
}

std::vector<FrameworkProblem> check_framework_text(std::string_view text) {
  std::vector<FrameworkProblem> problems;
  auto data = parse_text(text, problems);
  if (!data) return problems;
  ProblemSink collect{&problems};
  collect.attempt([&] { read_framework(*data, collect); });
  for (auto& p : problems) p.line = line_for(text, p.path);
  return problems;
}

std::vector<FrameworkProblem> translation_notes(std::string_view text) {
  std::vector<FrameworkProblem> ignored;
  auto data = parse_text(text, ignored);
  if (!data) return {};
  Framework framework;
  try {
    framework = framework_from_json(*data);
  } catch (const stempush::SectionError&) {
    return {};
  }
  std::vector<FrameworkProblem> notes;
  for (auto& lang : ui_translation_languages())
    for (auto& note : missing_translations(framework, lang)) {
      // The line of the element (a missing field has no line of its own).
      note.line = line_for(text, note.path);
      notes.push_back(std::move(note));
    }
  return notes;
}

const Framework& default_framework() {
  // Parsed once; a broken default is a build defect, caught by the unit tests.
  static const Framework framework = parse_framework(self_study_assets::asset("framework-default.json"));
  return framework;
}

}  // namespace self_study
