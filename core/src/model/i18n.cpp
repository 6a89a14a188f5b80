#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"

#include <map>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace stempush::i18n {
namespace {

struct Catalogs {
  // std::map nodes never move, so the const char* handed out stay valid until reset().
  std::map<std::string, std::string, std::less<>> text[2];
  Language current = Language::English;
};

Catalogs& catalogs() {
  static Catalogs c;
  return c;
}

int index(Language lang) { return lang == Language::Spanish ? 1 : 0; }

}  // namespace

void add_catalog(Language lang, std::string_view json_text) {
  if (json_text.empty()) return;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("i18n catalog is not JSON: ") + e.what());
  }
  if (!j.is_object()) throw std::runtime_error("i18n catalog must be a JSON object");
  auto& table = catalogs().text[index(lang)];
  for (auto& [key, value] : j.items()) {
    if (!value.is_string()) throw std::runtime_error("i18n key '" + key + "' is not a string");
    table[key] = value.get<std::string>();
  }
}

void set_language(Language lang) { catalogs().current = lang; }
Language language() { return catalogs().current; }
const char* language_code(Language lang) { return lang == Language::Spanish ? "es" : "en"; }

const char* tr_in(Language lang, std::string_view key) {
  auto& c = catalogs();
  auto& table = c.text[index(lang)];
  if (auto it = table.find(key); it != table.end()) return it->second.c_str();
  auto& english = c.text[0];
  if (auto it = english.find(key); it != english.end()) return it->second.c_str();
  // Unknown key: remember it so the returned pointer stays valid, and show the key itself.
  return english.emplace(std::string(key), std::string(key)).first->first.c_str();
}

const char* tr(std::string_view key) { return tr_in(catalogs().current, key); }

std::string with_english_tag(const std::string& text, bool english_shown) {
  if (!english_shown) return text;
  // A model's export (the CLI, a test) may tag a text before anything loaded the core's strings.
  if (!has(Language::English, "ui.english_tag")) load_core_catalogs();
  return text + " " + tr("ui.english_tag");
}

bool has(Language lang, std::string_view key) {
  auto& table = catalogs().text[index(lang)];
  auto it = table.find(key);
  // tr_in() remembers an unknown key as its own English text: that is not a translation.
  return it != table.end() && !(lang == Language::English && it->second == it->first);
}

std::string fill(std::string out, const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string marker = "{" + std::to_string(i) + "}";
    for (size_t pos = out.find(marker); pos != std::string::npos; pos = out.find(marker, pos + args[i].size()))
      out.replace(pos, marker.size(), args[i]);
  }
  return out;
}

std::string trf(std::string_view key, const std::vector<std::string>& args) { return fill(tr(key), args); }

PluralForm plural_form(Language, long long count) {
  // CLDR: English and Spanish both have "one" for exactly 1 (integers) and "other" otherwise.
  return count == 1 ? PluralForm::One : PluralForm::Other;
}

std::string plural_key(Language lang, std::string_view key, long long count) {
  return std::string(key) + (plural_form(lang, count) == PluralForm::One ? ".one" : ".other");
}

std::string trn_in(Language lang, std::string_view key, long long count, const std::vector<std::string>& args) {
  std::vector<std::string> all{std::to_string(count)};
  all.insert(all.end(), args.begin(), args.end());
  return fill(tr_in(lang, plural_key(lang, key, count)), all);
}

std::string trn(std::string_view key, long long count, const std::vector<std::string>& args) {
  return trn_in(language(), key, count, args);
}

std::vector<std::string> keys(Language lang) {
  std::vector<std::string> out;
  for (auto& [k, v] : catalogs().text[index(lang)]) out.push_back(k);
  return out;
}

void reset() {
  auto& c = catalogs();
  c.text[0].clear();
  c.text[1].clear();
  c.current = Language::English;
}

}  // namespace stempush::i18n

#include "core_catalogs.hpp"

namespace stempush::i18n {
void load_core_catalogs() {
  add_catalog(Language::English, core_catalogs::asset("en.json"));
  add_catalog(Language::Spanish, core_catalogs::asset("es.json"));
}
}  // namespace stempush::i18n
