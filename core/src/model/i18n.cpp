#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stempush::i18n {
namespace {

struct Catalogs {
  // std::map nodes never move, so the const char* handed out stay valid until reset().
  std::map<std::string, std::string, std::less<>> text[2];
  // Compiled-in catalogs not parsed yet, in the order they were added (add_compiled_catalog):
  // a language's are parsed on its first look-up, so a start-up in English never parses Spanish.
  std::vector<std::string_view> pending[2];
  Language current = Language::English;
};

Catalogs& catalogs() {
  static Catalogs c;
  return c;
}

int index(Language lang) { return lang == Language::Spanish ? 1 : 0; }

using Table = std::map<std::string, std::string, std::less<>>;

// Reads a flat {"key": "text"} object straight into the table (nlohmann's SAX interface): no json
// tree is built and copied, which halved the catalogs' share of the browser's start-up.
class CatalogReader {
 public:
  explicit CatalogReader(Table& table) : table_(table) {}
  bool start_object(std::size_t) {
    if (depth_++ == 0) return true;
    return fail_value();
  }
  bool end_object() {
    --depth_;
    return true;
  }
  bool key(std::string& k) {
    key_ = std::move(k);
    return true;
  }
  bool string(std::string& value) {
    if (depth_ != 1) return fail_root();
    table_.insert_or_assign(std::move(key_), std::move(value));
    return true;
  }
  bool null() { return fail_value(); }
  bool boolean(bool) { return fail_value(); }
  bool number_integer(std::int64_t) { return fail_value(); }
  bool number_unsigned(std::uint64_t) { return fail_value(); }
  bool number_float(double, const std::string&) { return fail_value(); }
  bool binary(std::vector<std::uint8_t>&) { return fail_value(); }
  bool start_array(std::size_t) { return fail_value(); }
  bool end_array() { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("i18n catalog is not JSON: ") + e.what());
  }

 private:
  bool fail_root() { throw std::runtime_error("i18n catalog must be a JSON object"); }
  bool fail_value() {
    if (depth_ == 0) return fail_root();
    throw std::runtime_error("i18n key '" + key_ + "' is not a string");
  }
  Table& table_;
  std::string key_;
  int depth_ = 0;
};

void parse_into(Table& table, std::string_view json_text) {
  if (json_text.empty()) return;
  CatalogReader reader(table);
  nlohmann::json::sax_parse(json_text, &reader);
}

// The language's table with every catalog added so far parsed into it, in the order added.
Table& table_of(Language lang) {
  auto& c = catalogs();
  auto& pending = c.pending[index(lang)];
  auto& table = c.text[index(lang)];
  if (!pending.empty()) {
    const std::vector<std::string_view> todo = std::move(pending);
    pending.clear();
    for (auto text : todo) parse_into(table, text);
  }
  return table;
}

}  // namespace

void add_catalog(Language lang, std::string_view json_text) { parse_into(table_of(lang), json_text); }

void add_compiled_catalog(Language lang, std::string_view json_text) {
  if (json_text.empty()) return;
  auto& pending = catalogs().pending[index(lang)];
  // The same compiled-in text twice (load_core_catalogs() called again) adds nothing new.
  for (auto text : pending)
    if (text.data() == json_text.data() && text.size() == json_text.size()) return;
  pending.push_back(json_text);
}

void load_language(Language lang) { table_of(lang); }

void set_language(Language lang) { catalogs().current = lang; }
Language language() { return catalogs().current; }
const char* language_code(Language lang) { return lang == Language::Spanish ? "es" : "en"; }

const char* tr_in(Language lang, std::string_view key) {
  auto& table = table_of(lang);
  if (auto it = table.find(key); it != table.end()) return it->second.c_str();
  auto& english = table_of(Language::English);
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
  auto& table = table_of(lang);
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
  for (auto& [k, v] : table_of(lang)) out.push_back(k);
  return out;
}

void reset() {
  auto& c = catalogs();
  c.text[0].clear();
  c.text[1].clear();
  c.pending[0].clear();
  c.pending[1].clear();
  c.current = Language::English;
}

}  // namespace stempush::i18n

#include "core_catalogs.hpp"

namespace stempush::i18n {
void load_core_catalogs() {
  add_compiled_catalog(Language::English, core_catalogs::asset("en.json"));
  add_compiled_catalog(Language::Spanish, core_catalogs::asset("es.json"));
}
}  // namespace stempush::i18n
