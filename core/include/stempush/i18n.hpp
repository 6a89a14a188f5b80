// Translated strings. English is the source language; Spanish is a full catalog (a unit test checks
// that every key exists in both). Plugins ship their own catalogs, merged at start-up.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace stempush::i18n {

enum class Language { English, Spanish };

// Add a catalog: a flat JSON object {"key": "text"}, parsed now (a key already there takes the
// new text). Throws std::runtime_error on bad JSON.
void add_catalog(Language lang, std::string_view json_text);
// Add a catalog compiled into the binary (the text must outlive every look-up): parsed on the
// first look-up in `lang` (tr, tr_in, has, keys; load_language), in the order catalogs were
// added, so that the browser's start-up parses only the language on screen. A broken one throws
// std::runtime_error there (the i18n unit tests parse every installed catalog).
void add_compiled_catalog(Language lang, std::string_view json_text);
// Parse the compiled-in catalogs of `lang` now (the platforms: the UI's language at start-up).
void load_language(Language lang);
void set_language(Language lang);
Language language();
const char* language_code(Language lang);  // "en", "es"

// The text for `key` in the current language; falls back to English, then to the key itself
// (so a missing key shows up on screen instead of crashing).
const char* tr(std::string_view key);
// The text in a given language, regardless of the current one (kiosk mode shows Spanish to a
// student while the staff UI stays English).
const char* tr_in(Language lang, std::string_view key);
// Whether `lang`'s own catalog has `key` (no fallback): a text that must exist in every language.
bool has(Language lang, std::string_view key);
// Text from a data file (a framework, an item bank) with no translation in the UI's language is
// shown in English with a visible tag: "text (EN)" when `english_shown`, the text alone otherwise.
// On screen, ui::english_tag_tooltip() explains the tag.
std::string with_english_tag(const std::string& text, bool english_shown);
// Replace {0}, {1}, ... in the translated text.
std::string trf(std::string_view key, const std::vector<std::string>& args);
// Replace {0}, {1}, ... in `text` by args[0], args[1], ... (every place each appears): the one
// placeholder filler, for catalogs of the app's and for a plugin's own (a report's sentences).
std::string fill(std::string text, const std::vector<std::string>& args);

// All keys of a language (for the parity test).
std::vector<std::string> keys(Language lang);
// Forget all catalogs (tests).
void reset();

}  // namespace stempush::i18n

namespace stempush {
using i18n::tr;
using i18n::trf;
}  // namespace stempush

namespace stempush::i18n {
// Adds the core's own catalogs (assets/i18n/*.json, compiled in; add_compiled_catalog).
void load_core_catalogs();
}  // namespace stempush::i18n
